// Global Empirical Bayes rates (Marshall 1991; shared/docs/statistics.md): each region's
// raw rate shrunk towards the overall rate, the more the smaller its denominator, the answer
// to small numbers on a rate map. The raw rate stays alongside.
#pragma once

#include "engine/dataset.h"

#include <limits>
#include <vector>

namespace wijk::engine {

struct EmpiricalBayesRate
{
    double raw = std::numeric_limits<double>::quiet_NaN();       //!< O_i / P_i
    double smoothed = std::numeric_limits<double>::quiet_NaN();  //!< EB_i
    double shrinkage = std::numeric_limits<double>::quiet_NaN(); //!< w_i: 1 keeps the raw rate
};

//! EB rates of the regions with numerator O_i >= 0 and denominator P_i > 0; other regions
//! (NaN or P_i <= 0) get NaN and do not count in b, s² and n. Rates are unscaled (O/P):
//! multiply by the indicator's scale.
std::vector<EmpiricalBayesRate> empiricalBayesRates(const std::vector<double> &numerators,
                                                    const std::vector<double> &denominators);

//! One region's EB rate on the indicator's scale, with the numbers it rests on.
struct RegionRate
{
    int region = -1; //!< dataset index
    double numerator = std::numeric_limits<double>::quiet_NaN();
    double denominator = std::numeric_limits<double>::quiet_NaN();
    EmpiricalBayesRate rate; //!< raw and smoothed times the indicator's scale
};

//! EB rates of ratio indicator i over the regions of a level that exist in period index p,
//! from its numerator and denominator in the dataset (withheld or missing: NaN, left out).
//! Empty when i is no ratio or its numerator or denominator is not in the dataset.
std::vector<RegionRate> empiricalBayesOfLevel(const Dataset &dataset, int i, RegionLevel level,
                                              int p);

} // namespace wijk::engine
