#include "engine/aggregation.h"

#include <cmath>

namespace wijk::engine {

namespace {

//! Whether the engine may fill this cell: nothing delivered, or delivered as missing.
//! A publisher's suppression is never undone by aggregating its parts.
bool mayDerive(const Dataset &data, int i, int r, int p)
{
    const Cell cell = data.cell(i, r, p);
    return !cell.present || cell.status == ValueStatus::Missing;
}

const RegionLevel kParentLevels[] = {RegionLevel::Wijk, RegionLevel::Gemeente};

void deriveCounts(Dataset &data, int i)
{
    for (RegionLevel level : kParentLevels) {
        const std::vector<int> parents = data.regionsOfLevel(level);
        for (int p = 0; p < data.periodCount(); ++p)
            for (int parent : parents) {
                const std::vector<int> &children = data.childrenAt(parent, p);
                if (children.empty() || !mayDerive(data, i, parent, p))
                    continue;
                double sum = 0.0;
                bool complete = true;
                for (int child : children) {
                    if (!data.hasValue(i, child, p)) {
                        complete = false;
                        break;
                    }
                    sum += data.value(i, child, p);
                }
                if (complete)
                    data.setCell(i, parent, p, sum, ValueStatus::Derived, true);
            }
    }
}

void deriveMeans(Dataset &data, int i)
{
    const int weight = data.indicatorIndex(data.indicator(i).denominator);
    if (weight < 0)
        return;
    for (RegionLevel level : kParentLevels) {
        const std::vector<int> parents = data.regionsOfLevel(level);
        for (int p = 0; p < data.periodCount(); ++p)
            for (int parent : parents) {
                const std::vector<int> &children = data.childrenAt(parent, p);
                if (children.empty() || !mayDerive(data, i, parent, p))
                    continue;
                double weighted = 0.0;
                double weights = 0.0;
                bool complete = true;
                for (int child : children) {
                    if (!data.hasValue(i, child, p) || !data.hasValue(weight, child, p)) {
                        complete = false;
                        break;
                    }
                    weighted += data.value(i, child, p) * data.value(weight, child, p);
                    weights += data.value(weight, child, p);
                }
                if (complete && weights > 0)
                    data.setCell(i, parent, p, weighted / weights, ValueStatus::Derived, true);
            }
    }
}

void deriveRatios(Dataset &data, int i)
{
    const Indicator &indicator = data.indicator(i);
    const int numerator = data.indicatorIndex(indicator.numerator);
    const int denominator = data.indicatorIndex(indicator.denominator);
    if (numerator < 0 || denominator < 0)
        return;
    for (int r = 0; r < data.regionCount(); ++r) {
        for (int p = 0; p < data.periodCount(); ++p) {
            if (!mayDerive(data, i, r, p) || !data.hasValue(numerator, r, p) ||
                !data.hasValue(denominator, r, p))
                continue;
            const double den = data.value(denominator, r, p);
            if (den == 0.0)
                continue;
            data.setCell(i, r, p, data.value(numerator, r, p) / den * indicator.scale,
                         ValueStatus::Derived, true);
        }
    }
}

} // namespace

void deriveAggregates(Dataset &dataset)
{
    // Counts first: means are weighted by, and ratios divide, counts at the same region.
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        if (dataset.indicator(i).kind == IndicatorKind::Count)
            deriveCounts(dataset, i);
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        if (dataset.indicator(i).kind == IndicatorKind::Mean)
            deriveMeans(dataset, i);
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        if (dataset.indicator(i).kind == IndicatorKind::Ratio)
            deriveRatios(dataset, i);
}

} // namespace wijk::engine
