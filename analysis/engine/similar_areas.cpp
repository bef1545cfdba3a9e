#include "engine/similar_areas.h"

#include <algorithm>
#include <cmath>

namespace wijk::engine {

namespace {

std::vector<int> regionsAt(const Dataset &dataset, RegionLevel level, int p)
{
    std::vector<int> regions;
    for (const int r : dataset.regionsOfLevel(level))
        if (dataset.existsAt(r, p))
            regions.push_back(r);
    return regions;
}

} // namespace

SimilarAreasResult similarAreas(const Dataset &dataset, int region, int p,
                                const std::vector<int> &indicators, int k)
{
    SimilarAreasResult result;
    const RegionLevel level = dataset.region(region).level;
    std::vector<int> complete;
    for (const int r : regionsAt(dataset, level, p)) {
        const bool hasAll = std::all_of(indicators.begin(), indicators.end(),
                                        [&](int i) { return dataset.hasValue(i, r, p); });
        if (hasAll)
            complete.push_back(r);
        else
            ++result.leftOut;
    }
    if (std::find(complete.begin(), complete.end(), region) == complete.end())
        return result;

    // z-scores per indicator over the complete regions (sample standard deviation).
    const size_t n = complete.size();
    std::vector<std::vector<double>> z;
    for (const int i : indicators) {
        double mean = 0;
        for (const int r : complete)
            mean += dataset.value(i, r, p);
        mean /= double(n);
        double squares = 0;
        for (const int r : complete)
            squares += (dataset.value(i, r, p) - mean) * (dataset.value(i, r, p) - mean);
        const double sd = n > 1 ? std::sqrt(squares / double(n - 1)) : 0.0;
        if (!(sd > 0)) {
            result.constant << dataset.indicator(i).code;
            continue;
        }
        std::vector<double> column(n);
        for (size_t m = 0; m < n; ++m)
            column[m] = (dataset.value(i, complete[m], p) - mean) / sd;
        z.push_back(std::move(column));
    }

    const size_t self =
        size_t(std::find(complete.begin(), complete.end(), region) - complete.begin());
    std::vector<SimilarArea> all;
    for (size_t m = 0; m < n; ++m) {
        if (m == self)
            continue;
        double sum = 0;
        for (const std::vector<double> &column : z)
            sum += (column[m] - column[self]) * (column[m] - column[self]);
        all.push_back({complete[m], std::sqrt(sum)});
    }
    const size_t take = std::min(size_t(std::max(k, 0)), all.size());
    std::partial_sort(all.begin(), all.begin() + ptrdiff_t(take), all.end(),
                      [&](const SimilarArea &a, const SimilarArea &b) {
                          if (a.distance != b.distance)
                              return a.distance < b.distance;
                          return dataset.region(a.region).code < dataset.region(b.region).code;
                      });
    all.resize(take);
    result.peers = std::move(all);
    return result;
}

std::vector<int> defaultSimilarityIndicators(const Dataset &dataset, RegionLevel level, int p)
{
    const std::vector<int> regions = regionsAt(dataset, level, p);
    std::vector<int> chosen;
    if (regions.empty())
        return chosen;
    for (int i = 0; i < dataset.indicatorCount(); ++i) {
        if (dataset.indicator(i).kind == IndicatorKind::Count || !dataset.isLoaded(i))
            continue;
        const auto withValue = std::count_if(regions.begin(), regions.end(),
                                             [&](int r) { return dataset.hasValue(i, r, p); });
        if (double(withValue) >= 0.9 * double(regions.size()))
            chosen.push_back(i);
    }
    return chosen;
}

} // namespace wijk::engine
