#include "engine/moran.h"

#include "engine/permutation_random.h"
#include "engine/trend_statistics.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>

namespace wijk::engine {

namespace {

// The stream of the global test; local tests use the region's index as their stream.
constexpr std::uint64_t kGlobalStream = ~std::uint64_t(0);

std::vector<double> deviations(const std::vector<double> &x)
{
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
    std::vector<double> z(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        z[i] = x[i] - mean;
    return z;
}

//! sum_i z_i sum_j w_ij z_j: the numerator of I without its scale.
double crossProduct(const std::vector<double> &z, const SpatialWeights &weights,
                    WeightsTransform transform)
{
    double sum = 0;
    for (int i = 0; i < weights.size(); ++i) {
        double lag = 0;
        for (const int j : weights.neighbours(i))
            lag += z[size_t(j)];
        sum += z[size_t(i)] * weights.weight(i, transform) * lag;
    }
    return sum;
}

//! w_ji, 0 when i is not a neighbour of j.
double reverseWeight(const SpatialWeights &weights, int i, int j, WeightsTransform transform)
{
    const std::vector<int> &back = weights.neighbours(j);
    return std::binary_search(back.begin(), back.end(), i) ? weights.weight(j, transform) : 0.0;
}

} // namespace

QString lisaClusterName(LisaCluster cluster)
{
    switch (cluster) {
    case LisaCluster::HighHigh:
        return QStringLiteral("high-high");
    case LisaCluster::LowLow:
        return QStringLiteral("low-low");
    case LisaCluster::HighLow:
        return QStringLiteral("high-low");
    case LisaCluster::LowHigh:
        return QStringLiteral("low-high");
    case LisaCluster::NotSignificant:
        break;
    }
    return QStringLiteral("not significant");
}

double permutationPValue(double observed, const std::vector<double> &permuted)
{
    if (permuted.empty())
        return kMoranNaN;
    int atOrAbove = 0;
    int atOrBelow = 0;
    for (const double value : permuted) {
        if (value >= observed)
            ++atOrAbove;
        if (value <= observed)
            ++atOrBelow;
    }
    return double(std::min(atOrAbove, atOrBelow) + 1) / double(permuted.size() + 1);
}

GlobalMoran globalMoran(const std::vector<double> &x, const SpatialWeights &weights,
                        const MoranOptions &options)
{
    GlobalMoran result;
    const int n = weights.size();
    result.n = n;
    if (n < 4 || int(x.size()) != n)
        return result;
    const WeightsTransform transform = options.transform;
    const std::vector<double> z = deviations(x);
    double sumZ2 = 0;
    double sumZ4 = 0;
    for (const double value : z) {
        sumZ2 += value * value;
        sumZ4 += value * value * value * value;
    }

    double s0 = 0;
    double s1 = 0;
    std::vector<double> rowSums(size_t(n), 0.0);
    std::vector<double> columnSums(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const double w = weights.weight(i, transform);
        for (const int j : weights.neighbours(i)) {
            const double back = reverseWeight(weights, i, j, transform);
            s0 += w;
            rowSums[size_t(i)] += w;
            columnSums[size_t(j)] += w;
            // Each ordered pair (i, j) and (j, i) counts; a link without its reverse is
            // met once here, so it counts for both pairs.
            s1 += (w + back) * (w + back) * (back > 0 ? 1.0 : 2.0);
        }
    }
    s1 /= 2;
    double s2 = 0;
    for (int i = 0; i < n; ++i)
        s2 += (rowSums[size_t(i)] + columnSums[size_t(i)]) *
              (rowSums[size_t(i)] + columnSums[size_t(i)]);
    if (s0 <= 0 || sumZ2 <= 0)
        return result;

    const double dn = n;
    result.i = dn / s0 * crossProduct(z, weights, transform) / sumZ2;
    result.expected = -1.0 / (dn - 1);
    const double e2 = result.expected * result.expected;
    result.varNormal = (dn * dn * s1 - dn * s2 + 3 * s0 * s0) / (s0 * s0 * (dn * dn - 1)) - e2;
    const double b2 = dn * sumZ4 / (sumZ2 * sumZ2);
    result.varRandom = (dn * ((dn * dn - 3 * dn + 3) * s1 - dn * s2 + 3 * s0 * s0) -
                        b2 * ((dn * dn - dn) * s1 - 2 * dn * s2 + 6 * s0 * s0)) /
                           ((dn - 1) * (dn - 2) * (dn - 3) * s0 * s0) -
                       e2;
    result.zNormal = (result.i - result.expected) / std::sqrt(result.varNormal);
    result.zRandom = (result.i - result.expected) / std::sqrt(result.varRandom);
    result.pNormal = stats::normalTwoSidedP(result.zNormal);
    result.pRandom = stats::normalTwoSidedP(result.zRandom);

    if (options.permutations > 0) {
        PermutationRandom random(options.seed, kGlobalStream);
        std::vector<double> shuffled = z;
        std::vector<double> permuted;
        permuted.reserve(size_t(options.permutations));
        std::vector<std::uint64_t> limits(shuffled.size() + 1); // the same bounds every time
        for (size_t k = 1; k < limits.size(); ++k)
            limits[k] = PermutationRandom::limitFor(k);
        for (int r = 0; r < options.permutations; ++r) {
            for (size_t k = shuffled.size() - 1; k > 0; --k)
                std::swap(shuffled[k], shuffled[size_t(random.below(k + 1, limits[k + 1]))]);
            permuted.push_back(dn / s0 * crossProduct(shuffled, weights, transform) / sumZ2);
        }
        result.pSim = permutationPValue(result.i, permuted);
        result.permutations = options.permutations;
    }
    return result;
}

std::vector<LocalMoran> localMoran(const std::vector<double> &x, const SpatialWeights &weights,
                                   const MoranOptions &options)
{
    const int n = weights.size();
    std::vector<LocalMoran> rows(static_cast<size_t>(n));
    if (n < 3 || int(x.size()) != n)
        return rows;
    const WeightsTransform transform = options.transform;
    const std::vector<double> z = deviations(x);
    double m2 = 0;
    for (const double value : z)
        m2 += value * value;
    m2 /= n;
    if (m2 <= 0)
        return rows;
    const double dn = n;

    // Conditional permutation: the pool holds every other region's index in its first
    // n - 1 places; the draws of one permutation are swaps into its front, undone afterwards,
    // so that each region's draws depend only on the seed and the region. That also lets the
    // regions be shared out over threads (chunks taken in turn, a pool per thread) with the
    // same result whatever the thread count.
    std::vector<double> pValues(size_t(n), kMoranNaN);
    std::atomic<int> nextChunk{0};
    constexpr int kChunk = 64;
    const auto work = [&] {
        std::vector<int> pool(static_cast<size_t>(n));
        std::iota(pool.begin(), pool.end(), 0);
        std::vector<size_t> swaps;
        std::vector<std::uint64_t> limits;
        std::vector<double> permuted;
        for (int first = nextChunk.fetch_add(kChunk); first < n;
             first = nextChunk.fetch_add(kChunk)) {
            for (int i = first; i < std::min(n, first + kChunk); ++i) {
                LocalMoran &row = rows[size_t(i)];
                const std::vector<int> &neighbours = weights.neighbours(i);
                const double w = weights.weight(i, transform);
                const double zi = z[size_t(i)];
                double lag = 0;
                double zLag = 0;
                for (const int j : neighbours) {
                    lag += w * x[size_t(j)];
                    zLag += w * z[size_t(j)];
                }
                const double wi = w * double(neighbours.size());
                const double wi2 = w * w * double(neighbours.size());
                row.value = x[size_t(i)];
                row.z = zi;
                row.lag = lag;
                row.zLag = zLag;
                row.localI = zi * zLag / m2;
                // spdep's localmoran (conditional = TRUE): Sokal, Oden & Thomson (1998).
                row.expected = -(zi * zi * wi) / ((dn - 1) * m2);
                row.variance = (zi / m2) * (zi / m2) * (dn / (dn - 2)) *
                               (wi2 - wi * wi / (dn - 1)) * (m2 - zi * zi / (dn - 1));
                row.zScore = row.variance > 0
                                 ? (row.localI - row.expected) / std::sqrt(row.variance)
                                 : kMoranNaN;

                if (options.permutations <= 0 || neighbours.empty())
                    continue;
                const size_t k = neighbours.size();
                const size_t others = size_t(n - 1);
                std::swap(pool[size_t(i)], pool[others]);
                PermutationRandom random(options.seed, std::uint64_t(i));
                permuted.clear();
                swaps.resize(k);
                limits.resize(k);
                for (size_t m = 0; m < k; ++m)
                    limits[m] = PermutationRandom::limitFor(others - m);
                for (int r = 0; r < options.permutations; ++r) {
                    double sum = 0;
                    for (size_t m = 0; m < k; ++m) {
                        const size_t pick = m + size_t(random.below(others - m, limits[m]));
                        std::swap(pool[m], pool[pick]);
                        swaps[m] = pick;
                        sum += z[size_t(pool[m])];
                    }
                    for (size_t m = k; m-- > 0;)
                        std::swap(pool[m], pool[swaps[m]]);
                    permuted.push_back(zi * w * sum / m2);
                }
                std::swap(pool[size_t(i)], pool[others]);
                row.pSim = permutationPValue(row.localI, permuted);
                pValues[size_t(i)] = row.pSim;
            }
        }
    };
    const int threads =
        options.permutations > 0
            ? std::max(1, std::min(options.threads > 0 ? options.threads
                                                       : int(std::thread::hardware_concurrency()),
                                   n / kChunk + 1))
            : 1;
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();

    if (options.permutations <= 0)
        return rows;
    const std::vector<double> q = stats::benjaminiHochberg(pValues);
    for (int i = 0; i < n; ++i) {
        LocalMoran &row = rows[size_t(i)];
        row.q = q[size_t(i)];
        if (!(row.q <= options.alpha))
            continue;
        if (row.z > 0 && row.zLag > 0)
            row.cluster = LisaCluster::HighHigh;
        else if (row.z < 0 && row.zLag < 0)
            row.cluster = LisaCluster::LowLow;
        else if (row.z > 0 && row.zLag < 0)
            row.cluster = LisaCluster::HighLow;
        else if (row.z < 0 && row.zLag > 0)
            row.cluster = LisaCluster::LowHigh;
    }
    return rows;
}

} // namespace wijk::engine
