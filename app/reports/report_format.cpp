#include "reports/report_format.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace wijk::reports {

namespace {
const QChar kMinus(0x2212);
const QString kDash = QStringLiteral("\u2013");

QLocale dutch()
{
    QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}
} // namespace

DutchLocaleScope::DutchLocaleScope() : mPrevious(QLocale())
{
    QLocale::setDefault(dutch());
}

DutchLocaleScope::~DutchLocaleScope()
{
    QLocale::setDefault(mPrevious);
}

DeterministicHashScope::DeterministicHashScope()
{
    qSetGlobalQHashSeed(0);
}

DeterministicHashScope::~DeterministicHashScope()
{
    qSetGlobalQHashSeed(-1); // back to a random seed for hashes made from now on
}

QString dutchNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    const double factor = std::pow(10.0, decimals);
    double rounded = std::round(value * factor) / factor;
    if (rounded == 0.0)
        rounded = 0.0; // never print "−0"
    QString text = dutch().toString(std::fabs(rounded), 'f', decimals);
    return rounded < 0 ? kMinus + text : text;
}

QString unitSuffix(const Indicator &indicator)
{
    const QString &unit = indicator.unit;
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("per_1000"))
        return QStringLiteral("per 1.000");
    if (unit == QLatin1String("euro"))
        return QStringLiteral("\u20ac");
    if (unit == QLatin1String("euro_x1000"))
        return QStringLiteral("\u00d7\u00a0\u20ac\u00a01.000");
    if (unit == QLatin1String("years"))
        return QStringLiteral("jaar");
    if (unit == QLatin1String("m3"))
        return QStringLiteral("m\u00b3");
    if (unit == QLatin1String("kwh"))
        return QStringLiteral("kWh");
    if (unit == QLatin1String("ug_m3"))
        return QStringLiteral("\u00b5g/m\u00b3");
    return QString();
}

QString formatValue(const Indicator &indicator, double value)
{
    const QString number = dutchNumber(value, indicator.displayDecimals());
    if (number.isEmpty())
        return kDash;
    if (indicator.unit == QLatin1String("percent"))
        return number + QStringLiteral("\u00a0%");
    if (indicator.unit == QLatin1String("euro"))
        return QStringLiteral("\u20ac\u00a0") + number;
    return number;
}

QString formatChange(const Indicator &indicator, double change)
{
    const QString number = dutchNumber(change, indicator.displayDecimals());
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
    return dutch().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace wijk::reports
