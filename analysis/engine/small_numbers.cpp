#include "engine/small_numbers.h"

namespace wijk::engine {

bool restsOnSmallNumbers(const Dataset &dataset, int i, int r, int p)
{
    const Indicator &indicator = dataset.indicator(i);
    const int threshold = indicator.reliableThreshold();
    if (threshold <= 0)
        return false;
    const int denominator = dataset.indicatorIndex(indicator.denominator);
    if (denominator < 0 || !dataset.isLoaded(denominator) || !dataset.hasValue(denominator, r, p))
        return false;
    return dataset.value(denominator, r, p) < threshold;
}

bool restsOnSmallNumbers(const Dataset &dataset, const TrendRow &row)
{
    if (dataset.indicator(row.indicator).reliableThreshold() <= 0)
        return false;
    for (int p = 0; p < dataset.periodCount(); ++p) {
        const int year = dataset.period(p);
        if (year >= row.firstPeriod && year <= row.lastPeriod &&
            dataset.hasValue(row.indicator, row.region, p) &&
            restsOnSmallNumbers(dataset, row.indicator, row.region, p))
            return true;
    }
    return false;
}

} // namespace wijk::engine
