#include "engine/dataset.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace wijk::engine {

Dataset::Dataset(std::vector<Indicator> indicators, const std::vector<Region> &regions,
                 std::vector<int> periods)
    : mIndicators(std::move(indicators)), mPeriods(std::move(periods))
{
    std::sort(mPeriods.begin(), mPeriods.end());
    mPeriods.erase(std::unique(mPeriods.begin(), mPeriods.end()), mPeriods.end());
    for (int i = 0; i < int(mIndicators.size()); ++i)
        mIndicatorIndex.insert(mIndicators[size_t(i)].code, i);

    std::map<QString, std::vector<Region>> byCode;
    for (const Region &region : regions)
        byCode[region.code].push_back(region);
    mRegions.reserve(byCode.size());
    for (auto &entry : byCode) {
        RegionEntry region;
        region.code = entry.first;
        region.vintages = std::move(entry.second);
        std::sort(region.vintages.begin(), region.vintages.end(),
                  [](const Region &a, const Region &b) { return a.vintage < b.vintage; });
        region.name = region.vintages.back().name;
        region.level = region.vintages.back().level;
        mRegionIndex.insert(region.code, int(mRegions.size()));
        mRegions.push_back(std::move(region));
    }
    buildDivisions();

    const size_t cells = mRegions.size() * mPeriods.size();
    mValues.assign(mIndicators.size(), std::vector<double>(cells, std::nan("")));
    mStatus.assign(mIndicators.size(), std::vector<uint8_t>(cells, 0));
}

void Dataset::buildDivisions()
{
    // The division in force in a year is, per level, the latest vintage of that level not
    // after the year (the earliest vintage for years before any). A region belongs to a
    // period when it is part of that vintage.
    std::map<RegionLevel, std::set<int>> vintagesOfLevel;
    for (const RegionEntry &region : mRegions)
        for (const Region &vintage : region.vintages)
            vintagesOfLevel[region.level].insert(vintage.vintage);

    auto activeVintage = [&](RegionLevel level, int year) {
        const std::set<int> &vintages = vintagesOfLevel[level];
        auto it = vintages.upper_bound(year);
        return it == vintages.begin() ? *vintages.begin() : *std::prev(it);
    };

    mParentAt.assign(mRegions.size() * mPeriods.size(), kAbsent);
    mChildren.assign(mPeriods.size(), std::vector<std::vector<int>>(mRegions.size()));
    for (int r = 0; r < regionCount(); ++r) {
        RegionEntry &region = mRegions[size_t(r)];
        for (int p = 0; p < periodCount(); ++p) {
            const int vintage = activeVintage(region.level, mPeriods[size_t(p)]);
            for (const Region &candidate : region.vintages) {
                if (candidate.vintage != vintage)
                    continue;
                const int parent = candidate.parent.isEmpty() ? -1 : regionIndex(candidate.parent);
                mParentAt[cellIndex(r, p)] = parent;
                if (parent >= 0)
                    mChildren[size_t(p)][size_t(parent)].push_back(r);
            }
        }
        // Boundary changes: the area moves by more than the tolerance between consecutive
        // vintages, or the code disappears from a vintage of its level and comes back.
        const std::set<int> &levelVintages = vintagesOfLevel[region.level];
        // A region that first appears in a later division starts with that change too.
        if (region.vintages.front().vintage > *levelVintages.begin())
            region.boundaryBreaks.push_back(region.vintages.front().vintage);
        for (size_t k = 1; k < region.vintages.size(); ++k) {
            const Region &before = region.vintages[k - 1];
            const Region &after = region.vintages[k];
            const double a = before.areaM2;
            const double b = after.areaM2;
            bool changed = std::isfinite(a) && std::isfinite(b) && a > 0 &&
                           std::fabs(b - a) / a > kBoundaryTolerance;
            const auto gapBegin = levelVintages.upper_bound(before.vintage);
            const auto gapEnd = levelVintages.lower_bound(after.vintage);
            if (gapBegin != gapEnd)
                changed = true; // absent from at least one vintage in between
            if (changed)
                region.boundaryBreaks.push_back(after.vintage);
        }
    }
}

int Dataset::periodIndex(int year) const
{
    auto it = std::lower_bound(mPeriods.begin(), mPeriods.end(), year);
    return it != mPeriods.end() && *it == year ? int(it - mPeriods.begin()) : -1;
}

std::vector<int> Dataset::regionsOfLevel(RegionLevel level) const
{
    std::vector<int> result;
    for (int r = 0; r < regionCount(); ++r)
        if (mRegions[size_t(r)].level == level)
            result.push_back(r);
    return result;
}

int Dataset::parentAt(int r, int p) const
{
    const int parent = mParentAt[cellIndex(r, p)];
    return parent == kAbsent ? -1 : parent;
}

const std::vector<int> &Dataset::childrenAt(int parent, int p) const
{
    return mChildren[size_t(p)][size_t(parent)];
}

int Dataset::municipalityAt(int r, int p) const
{
    for (int guard = 0; r >= 0 && guard < 4; ++guard) {
        if (mRegions[size_t(r)].level == RegionLevel::Gemeente)
            return r;
        r = parentAt(r, p);
    }
    return -1;
}

int Dataset::seriesAt(int r, int p) const
{
    const std::vector<int> &breaks = mRegions[size_t(r)].boundaryBreaks;
    return int(std::upper_bound(breaks.begin(), breaks.end(), mPeriods[size_t(p)]) -
               breaks.begin());
}

int Dataset::seriesBreakYear(int r, int p) const
{
    const int series = seriesAt(r, p);
    return series == 0 ? 0 : mRegions[size_t(r)].boundaryBreaks[size_t(series - 1)];
}

Cell Dataset::cell(int i, int r, int p) const
{
    const uint8_t bits = mStatus[size_t(i)][cellIndex(r, p)];
    return Cell{value(i, r, p), ValueStatus(bits & 0x0f), (bits & kDerived) != 0,
                (bits & kPresent) != 0};
}

bool Dataset::hasValue(int i, int r, int p) const
{
    const uint8_t bits = mStatus[size_t(i)][cellIndex(r, p)];
    const auto status = ValueStatus(bits & 0x0f);
    return (bits & kPresent) && status != ValueStatus::Suppressed &&
           status != ValueStatus::Missing && !std::isnan(value(i, r, p));
}

void Dataset::setCell(int i, int r, int p, double value, ValueStatus status, bool derived)
{
    const size_t index = cellIndex(r, p);
    if (status == ValueStatus::Suppressed || status == ValueStatus::Missing)
        value = std::nan("");
    mValues[size_t(i)][index] = value;
    mStatus[size_t(i)][index] =
        uint8_t(uint8_t(status) | kPresent | (derived ? kDerived : uint8_t(0)));
}

void Dataset::suppress(int i, int r, int p)
{
    const size_t index = cellIndex(r, p);
    mValues[size_t(i)][index] = std::nan("");
    mStatus[size_t(i)][index] =
        uint8_t((mStatus[size_t(i)][index] & ~0x0f) | uint8_t(ValueStatus::Suppressed) | kPresent);
}

QStringList Dataset::addObservations(const std::vector<Observation> &observations)
{
    QStringList problems;
    for (const Observation &observation : observations) {
        const int i = indicatorIndex(observation.indicator);
        const int r = regionIndex(observation.region);
        const int p = periodIndex(observation.period);
        if (i < 0 || r < 0 || p < 0) {
            problems << QCoreApplication::translate("wijk::engine::Dataset",
                                                    "Observation %1 / %2 / %3 skipped: unknown %4.")
                            .arg(observation.region, observation.indicator)
                            .arg(observation.period)
                            .arg(i < 0 ? QStringLiteral("indicator")
                                       : (r < 0 ? QStringLiteral("region")
                                                : QStringLiteral("period")));
            continue;
        }
        ValueStatus status = observation.status;
        if (status == ValueStatus::Final && std::isnan(observation.value))
            status = ValueStatus::Missing;
        setCell(i, r, p, observation.value, status, status == ValueStatus::Derived);
    }
    return problems;
}

} // namespace wijk::engine
