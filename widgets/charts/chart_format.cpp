#include "charts/chart_format.h"

#include "model/number_format.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace wijk::widgets::charts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::widgets::charts", text);
}
} // namespace

QString formatNumber(double value, int decimals, const QLocale &locale)
{
    NumberFormat format;
    format.decimals = decimals;
    return wijk::formatNumber(value, format, locale);
}

QString formatValue(double value, const Indicator &indicator, const QLocale &locale)
{
    const QString number = formatNumber(value, indicator.displayDecimals(), locale);
    if (number.isEmpty())
        return number;
    // The unit after the number as a sentence writes it, but euros before it ("€ 312").
    const Unit unit = unitFromCode(indicator.unit);
    if (unit == Unit::Euro)
        return withUnit(unitLabel(unit, languageOf(locale)), number);
    return unit == Unit::Percent ? withUnit(number, valueSymbol(unit)) : number;
}

QString unitLabel(const QString &unit, const QLocale &locale)
{
    return wijk::unitLabel(unitFromCode(unit), languageOf(locale));
}

QString axisTitle(const Indicator &indicator, const QLocale &locale)
{
    const QString unit = unitLabel(indicator.unit, locale);
    const QString name = indicator.name.isEmpty() ? indicator.code : indicator.name;
    return unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit);
}

QString axisTitle(const Indicator &indicator, const QString &chartTitle, const QLocale &locale)
{
    const QString name = indicator.name.isEmpty() ? indicator.code : indicator.name;
    // The title is in the interface language: the Dutch or the English name.
    for (const QString &shown : {name, indicator.nameEn})
        if (!shown.isEmpty() && chartTitle.contains(shown, Qt::CaseInsensitive))
            return unitLabel(indicator.unit, locale);
    return axisTitle(indicator, locale);
}

QString statusLabel(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Suppressed:
        return tr("suppressed");
    case ValueStatus::Missing:
        return tr("missing");
    case ValueStatus::Provisional:
        return tr("provisional");
    case ValueStatus::Estimated:
        return tr("estimated");
    case ValueStatus::Derived:
        return tr("derived");
    case ValueStatus::Final:
        break;
    }
    return {};
}

QString yearLabel(int year)
{
    return QString::number(year);
}

} // namespace wijk::widgets::charts
