#include "import/value_plausibility.h"

#include <QCoreApplication>
#include <cmath>

namespace wijk::import {

QString valueProblem(const QString &text, double value, IndicatorKind kind,
                     const QString &indicator)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate(
                   "wijk::ValuePlausibility",
                   "'%1' is not a finite number (NaN and infinity are not allowed)")
            .arg(text);
    if (std::fabs(value) > kMaxValueMagnitude)
        return QCoreApplication::translate(
                   "wijk::ValuePlausibility",
                   "'%1' is implausibly large: a value may be at most 1e15 in magnitude, so "
                   "that sums and trends stay finite")
            .arg(text);
    if (kind == IndicatorKind::Count && value < 0)
        return QCoreApplication::translate("wijk::ValuePlausibility",
                                           "%1 is negative, but '%2' is a count")
            .arg(text, indicator);
    return QString();
}

} // namespace wijk::import
