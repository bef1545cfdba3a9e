#include "engine/empirical_bayes.h"

#include <algorithm>
#include <cmath>

namespace wijk::engine {

std::vector<EmpiricalBayesRate> empiricalBayesRates(const std::vector<double> &numerators,
                                                    const std::vector<double> &denominators)
{
    const size_t count = std::min(numerators.size(), denominators.size());
    std::vector<EmpiricalBayesRate> rates(count);
    const auto usable = [&](size_t i) {
        return std::isfinite(numerators[i]) && numerators[i] >= 0 &&
               std::isfinite(denominators[i]) && denominators[i] > 0;
    };
    double sumO = 0;
    double sumP = 0;
    int n = 0;
    for (size_t i = 0; i < count; ++i)
        if (usable(i)) {
            sumO += numerators[i];
            sumP += denominators[i];
            ++n;
        }
    if (n == 0)
        return rates;
    const double b = sumO / sumP;
    double spread = 0;
    for (size_t i = 0; i < count; ++i)
        if (usable(i)) {
            const double r = numerators[i] / denominators[i];
            spread += denominators[i] * (r - b) * (r - b);
        }
    const double s2 = spread / sumP;
    const double a = std::max(0.0, s2 - b / (sumP / n));
    for (size_t i = 0; i < count; ++i) {
        if (!usable(i))
            continue;
        EmpiricalBayesRate &rate = rates[i];
        rate.raw = numerators[i] / denominators[i];
        // a = 0 (no spread beyond chance) and b = 0 (no events) both shrink fully to b.
        const double denominator = a + b / denominators[i];
        rate.shrinkage = denominator > 0 ? a / denominator : 0.0;
        rate.smoothed = rate.shrinkage * rate.raw + (1 - rate.shrinkage) * b;
    }
    return rates;
}

std::vector<RegionRate> empiricalBayesOfLevel(const Dataset &dataset, int i, RegionLevel level,
                                              int p)
{
    std::vector<RegionRate> result;
    const Indicator &indicator = dataset.indicator(i);
    const int numerator = dataset.indicatorIndex(indicator.numerator);
    const int denominator = dataset.indicatorIndex(indicator.denominator);
    if (indicator.kind != IndicatorKind::Ratio || numerator < 0 || denominator < 0)
        return result;
    std::vector<double> observed;
    std::vector<double> population;
    for (const int r : dataset.regionsOfLevel(level)) {
        if (!dataset.existsAt(r, p))
            continue;
        RegionRate row;
        row.region = r;
        if (dataset.hasValue(numerator, r, p))
            row.numerator = dataset.value(numerator, r, p);
        if (dataset.hasValue(denominator, r, p))
            row.denominator = dataset.value(denominator, r, p);
        observed.push_back(row.numerator);
        population.push_back(row.denominator);
        result.push_back(row);
    }
    const std::vector<EmpiricalBayesRate> rates = empiricalBayesRates(observed, population);
    for (size_t m = 0; m < result.size(); ++m) {
        EmpiricalBayesRate rate = rates[m];
        rate.raw *= indicator.scale;
        rate.smoothed *= indicator.scale;
        result[m].rate = rate;
    }
    return result;
}

} // namespace wijk::engine
