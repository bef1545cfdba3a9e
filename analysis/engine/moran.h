// Global Moran's I (Cliff & Ord) and local Moran (Anselin 1995) with analytic moments,
// seeded permutation tests and Benjamini-Hochberg q-values over the regions, as
// shared/docs/statistics.md ("Spatial statistics") and docs/engine.md define them.
// The functions take one value per region of the weights, without gaps: the caller
// (engine/spatial_analysis.h) leaves out regions without a value and islands first.
#pragma once

#include "engine/spatial_weights.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace wijk::engine {

constexpr double kMoranNaN = std::numeric_limits<double>::quiet_NaN();

struct GlobalMoran
{
    int n = 0;
    double i = kMoranNaN;
    double expected = kMoranNaN;  //!< E[I] = -1/(n-1)
    double varNormal = kMoranNaN; //!< under normality
    double varRandom = kMoranNaN; //!< under randomisation
    double zNormal = kMoranNaN;
    double zRandom = kMoranNaN;
    double pNormal = kMoranNaN; //!< two-sided
    double pRandom = kMoranNaN; //!< two-sided
    double pSim = kMoranNaN;    //!< permutation pseudo p-value (NaN without permutations)
    int permutations = 0;
};

//! The LISA cluster classes of the Clusters map.
enum class LisaCluster
{
    NotSignificant,
    HighHigh,
    LowLow,
    HighLow,
    LowHigh
};

//! "high-high", "low-low", "high-low", "low-high", "not significant" (CSV and contract names).
QString lisaClusterName(LisaCluster cluster);

struct LocalMoran
{
    double value = kMoranNaN;    //!< x_i
    double lag = kMoranNaN;      //!< sum_j w_ij x_j (the mean of the neighbours under W)
    double zLag = kMoranNaN;     //!< sum_j w_ij z_j, the Moran scatter's y
    double z = kMoranNaN;        //!< z_i = x_i - mean, the Moran scatter's x
    double localI = kMoranNaN;   //!< I_i = z_i sum_j w_ij z_j / m2
    double expected = kMoranNaN; //!< E[I_i] under conditional randomisation
    double variance = kMoranNaN; //!< Var[I_i] under conditional randomisation
    double zScore = kMoranNaN;   //!< (I_i - E[I_i]) / sqrt(Var[I_i])
    double pSim = kMoranNaN;     //!< conditional permutation pseudo p-value
    double q = kMoranNaN;        //!< Benjamini-Hochberg over the regions
    LisaCluster cluster = LisaCluster::NotSignificant;
};

struct MoranOptions
{
    WeightsTransform transform = WeightsTransform::RowStandardised;
    int permutations = 999; //!< 0: no permutation tests (pSim and q NaN, no clusters)
    std::uint64_t seed = 12345;
    double alpha = 0.05; //!< a region is a cluster when q <= alpha
    //! Threads for the local permutations (0: one per core); the result is the same for any.
    int threads = 0;
};

//! Global Moran's I with its moments; weights without islands, x.size() == weights.size().
GlobalMoran globalMoran(const std::vector<double> &x, const SpatialWeights &weights,
                        const MoranOptions &options);

//! Local Moran of every region with conditional permutations, q-values and clusters.
std::vector<LocalMoran> localMoran(const std::vector<double> &x, const SpatialWeights &weights,
                                   const MoranOptions &options);

//! The pseudo p-value of an observed statistic among R permuted ones: (1 + the number of
//! permuted values at least as extreme on the observed side) / (R + 1), where the observed
//! side is the smaller of the counts at or above and at or below the observed value.
double permutationPValue(double observed, const std::vector<double> &permuted);

} // namespace wijk::engine
