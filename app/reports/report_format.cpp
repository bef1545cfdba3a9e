#include "reports/report_format.h"

#include "model/number_format.h"
#include "model/units.h"

#include <QDate>
#include <QRegularExpression>
#include <cmath>

namespace wijk::reports {

namespace {
const QChar kMinus(0x2212);
const QString kDash = QStringLiteral("\u2013");
} // namespace

QLocale dutchLocale()
{
    QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString printedNumber(double value, int decimals)
{
    NumberFormat format;
    format.decimals = decimals;
    format.typographicMinus = true;
    return formatNumber(value, format, Language::Dutch);
}

QString unitSuffix(const Indicator &indicator)
{
    return unitLabel(unitFromCode(indicator.unit), Language::Dutch);
}

QString formatValue(const Indicator &indicator, double value)
{
    const QString number = printedNumber(value, indicator.displayDecimals());
    if (number.isEmpty())
        return kDash;
    // Shares carry their symbol after the number, amounts in euro theirs before it.
    const Unit unit = unitFromCode(indicator.unit);
    if (unit == Unit::Euro)
        return withUnit(unitLabel(unit, Language::Dutch), number);
    return unit == Unit::Percent ? withUnit(number, valueSymbol(unit)) : number;
}

QString formatChange(const Indicator &indicator, double change)
{
    const QString number = printedNumber(change, indicator.displayDecimals());
    if (number.isEmpty())
        return kDash;
    const bool zero = !number.contains(QRegularExpression(QStringLiteral("[1-9]")));
    QString text = (zero || number.startsWith(kMinus)) ? number : QLatin1Char('+') + number;
    if (indicator.unit == QLatin1String("percent"))
        text += QStringLiteral("\u00a0%-punt");
    return text;
}

QString trendArrow(engine::TrendDirection direction, double slope)
{
    switch (direction) {
    case engine::TrendDirection::Up:
        return QStringLiteral("\u25b2"); // ▲
    case engine::TrendDirection::Down:
        return QStringLiteral("\u25bc"); // ▼
    case engine::TrendDirection::Flat:
        if (std::isfinite(slope) && slope != 0.0)
            return slope > 0 ? QStringLiteral("\u25b3") : QStringLiteral("\u25bd"); // △ ▽
        return QStringLiteral("\u25b7");                                            // ▷ level
    case engine::TrendDirection::None:
        break;
    }
    return kDash;
}

QString signalWord(engine::TrendSignal signal)
{
    switch (signal) {
    case engine::TrendSignal::Worsening:
        return QStringLiteral("verslechtering");
    case engine::TrendSignal::Improving:
        return QStringLiteral("verbetering");
    case engine::TrendSignal::None:
        break;
    }
    return QString();
}

QString dutchDate(const QDate &date)
{
    return dutchLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace wijk::reports
