#include "model/number_format.h"

#include <algorithm>
#include <cmath>

namespace wijk {

QString formatNumber(double value, const NumberFormat &format, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QString();
    int decimals = std::max(format.decimals, 0);
    if (format.significantDigit && value != 0.0)
        decimals = std::min(std::max(decimals, int(-std::floor(std::log10(std::fabs(value))))), 8);
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // never "-0"
    QLocale shown = locale;
    shown.setNumberOptions(format.grouping ? QLocale::DefaultNumberOptions
                                           : QLocale::OmitGroupSeparator);
    QString text = shown.toString(std::fabs(rounded), 'f', decimals);
    if (rounded < 0)
        text.prepend(format.typographicMinus ? QString(QChar(0x2212))
                                             : QString(shown.negativeSign()));
    return text;
}

QString formatNumber(double value, const NumberFormat &format, Language language)
{
    return formatNumber(value, format, localeOf(language));
}

QString formatNumber(double value, int decimals, Language language)
{
    NumberFormat format;
    format.decimals = decimals;
    return formatNumber(value, format, language);
}

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QChar(0x00a0) + unit;
}

} // namespace wijk
