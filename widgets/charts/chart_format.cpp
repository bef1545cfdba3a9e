#include "charts/chart_format.h"

#include "engine/signal_sentences.h"

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

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    // Avoid "-0" for values that round to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0.0)
        value = 0.0;
    return QLocale().toString(value, 'f', decimals);
}

QString formatValue(double value, const Indicator &indicator)
{
    const QString number = formatNumber(value, indicator.displayDecimals());
    if (number.isEmpty())
        return number;
    if (indicator.unit == QLatin1String("percent"))
        return number + QStringLiteral("\u00a0%");
    if (indicator.unit == QLatin1String("euro"))
        return QStringLiteral("\u20ac\u00a0") + number;
    return number;
}

QString unitLabel(const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("per_1000"))
        return tr("per %1").arg(QLocale().toString(1000));
    if (unit == QLatin1String("euro"))
        return QStringLiteral("\u20ac");
    if (unit == QLatin1String("euro_x1000"))
        return QStringLiteral("\u00d7\u00a0\u20ac\u00a0") + QLocale().toString(1000);
    if (unit == QLatin1String("years"))
        return tr("years");
    if (unit == QLatin1String("index"))
        return tr("index");
    if (unit == QLatin1String("score"))
        return tr("score");
    return engine::unitSymbol(unit);
}

QString axisTitle(const Indicator &indicator)
{
    const QString unit = unitLabel(indicator.unit);
    const QString name = indicator.name.isEmpty() ? indicator.code : indicator.name;
    return unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit);
}

QString axisTitle(const Indicator &indicator, const QString &chartTitle)
{
    const QString name = indicator.name.isEmpty() ? indicator.code : indicator.name;
    // The title is in the interface language: the Dutch or the English name.
    for (const QString &shown : {name, indicator.nameEn})
        if (!shown.isEmpty() && chartTitle.contains(shown, Qt::CaseInsensitive))
            return unitLabel(indicator.unit);
    return axisTitle(indicator);
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
