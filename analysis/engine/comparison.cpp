#include "engine/comparison.h"

#include "engine/disclosure.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace wijk::engine {

namespace {

ReferenceComparison against(const Dataset &data, int i, int reference, int p, double value)
{
    ReferenceComparison out;
    out.reference = reference;
    if (reference < 0 || !mayShow(data, i, reference, p))
        return out;
    out.value = data.value(i, reference, p);
    out.difference = value - out.value;
    if (out.value != 0.0)
        out.ratio = value / out.value;
    return out;
}

//! Competition ranks (1, 2, 2, 4) of the shown values in period p; 0 where none.
std::vector<int> ranks(const Dataset &data, int i, const std::vector<int> &regions, int p)
{
    const bool lowFirst = data.indicator(i).polarity == Polarity::LowerIsBetter;
    std::vector<double> values;
    for (int r : regions)
        if (mayShow(data, i, r, p))
            values.push_back(data.value(i, r, p));
    std::sort(values.begin(), values.end());
    std::vector<int> out(regions.size(), 0);
    for (size_t k = 0; k < regions.size(); ++k) {
        if (!mayShow(data, i, regions[k], p))
            continue;
        const double v = data.value(i, regions[k], p);
        const auto better = lowFirst
                                ? std::lower_bound(values.begin(), values.end(), v) - values.begin()
                                : values.end() - std::upper_bound(values.begin(), values.end(), v);
        out[k] = int(better) + 1;
    }
    return out;
}

} // namespace

std::vector<ComparisonRow> compareRegions(const Dataset &dataset, int indicator, RegionLevel level,
                                          int year)
{
    if (!dataset.disclosureApplied())
        throw std::logic_error("compareRegions() before applyDisclosure()");
    std::vector<ComparisonRow> rows;
    const int p = dataset.periodIndex(year);
    if (p < 0)
        return rows;
    std::vector<int> regions;
    for (int r : dataset.regionsOfLevel(level))
        if (dataset.existsAt(r, p))
            regions.push_back(r);
    const std::vector<int> lands = dataset.regionsOfLevel(RegionLevel::Land);

    double sum = 0, sumSq = 0;
    int n = 0;
    for (int r : regions)
        if (mayShow(dataset, indicator, r, p)) {
            sum += dataset.value(indicator, r, p);
            ++n;
        }
    const double mean = n > 0 ? sum / n : stats::kNaN;
    for (int r : regions)
        if (mayShow(dataset, indicator, r, p))
            sumSq += std::pow(dataset.value(indicator, r, p) - mean, 2);
    const double sd = n > 1 ? std::sqrt(sumSq / (n - 1)) : stats::kNaN;

    const std::vector<int> now = ranks(dataset, indicator, regions, p);
    const std::vector<int> before =
        p > 0 ? ranks(dataset, indicator, regions, p - 1) : std::vector<int>(regions.size(), 0);
    for (size_t k = 0; k < regions.size(); ++k) {
        const int r = regions[k];
        ComparisonRow row;
        row.region = r;
        if (mayShow(dataset, indicator, r, p)) {
            row.value = dataset.value(indicator, r, p);
            const int gemeente = dataset.municipalityAt(r, p);
            row.municipality =
                against(dataset, indicator, gemeente == r ? -1 : gemeente, p, row.value);
            for (int land : lands)
                if (mayShow(dataset, indicator, land, p))
                    row.references.push_back(against(dataset, indicator, land, p, row.value));
            if (sd > 0)
                row.z = (row.value - mean) / sd;
            row.rank = now[k];
            // A rank change across a boundary change compares different areas: none.
            if (p > 0 && before[k] > 0 && dataset.seriesAt(r, p - 1) == dataset.seriesAt(r, p)) {
                row.previousRank = before[k];
                row.rankChange = row.previousRank - row.rank;
            }
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace wijk::engine
