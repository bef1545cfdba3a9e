#include "engine/dataset.h"

#include "model/division_in_force.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace wijk::engine {

Dataset::Dataset()
{
    // One shared empty division for every default-constructed dataset.
    static const std::shared_ptr<const Divisions> empty = std::make_shared<const Divisions>();
    mDiv = empty;
}

namespace {
//! The name a code goes by: its latest vintage's, unless that is only a stand-in. A vintage
//! of figures without boundaries may carry none (the KWB 2024 JSON names nothing: the import
//! makes "Wijk 01" and "GM0402", shared by hundreds of gemeenten), so a name equal to the
//! code gives way to an earlier real one, and a vintage without boundaries to the latest
//! with boundaries (whose names come from CBS's boundary files).
QString displayName(const std::vector<Region> &vintages)
{
    const auto isName = [](const Region &region) {
        return !region.name.trimmed().isEmpty() && region.name != region.code;
    };
    const Region &latest = vintages.back();
    if (isName(latest) && std::isfinite(latest.areaM2))
        return latest.name;
    for (auto it = vintages.rbegin(); it != vintages.rend(); ++it)
        if (isName(*it) && std::isfinite(it->areaM2))
            return it->name;
    for (auto it = vintages.rbegin(); it != vintages.rend(); ++it)
        if (isName(*it))
            return it->name;
    return latest.name;
}
} // namespace

Dataset::Dataset(std::vector<Indicator> indicators, const std::vector<Region> &regions,
                 std::vector<int> periods, Storage storage)
{
    auto div = std::make_shared<Divisions>();
    div->periods = std::move(periods);
    std::sort(div->periods.begin(), div->periods.end());
    div->periods.erase(std::unique(div->periods.begin(), div->periods.end()), div->periods.end());

    std::map<QString, std::vector<Region>> byCode;
    for (const Region &region : regions)
        byCode[region.code].push_back(region);
    div->regions.reserve(byCode.size());
    for (auto &entry : byCode) {
        RegionEntry region;
        region.code = entry.first;
        region.vintages = std::move(entry.second);
        std::sort(region.vintages.begin(), region.vintages.end(),
                  [](const Region &a, const Region &b) { return a.vintage < b.vintage; });
        region.name = displayName(region.vintages);
        region.level = region.vintages.back().level;
        div->regionIndex.insert(region.code, int(div->regions.size()));
        div->regions.push_back(std::move(region));
    }
    buildDivisions(*div);
    mDiv = std::move(div);
    mPeriodCount = mDiv->periods.size();
    setIndicators(std::move(indicators));
    if (storage == Storage::Eager)
        for (int i = 0; i < indicatorCount(); ++i)
            allocate(i);
    else
        mDisclosureApplied = true;
}

Dataset Dataset::withIndicators(std::vector<Indicator> indicators, Storage storage) const
{
    Dataset group;
    group.mDiv = mDiv;
    group.mPeriodCount = mPeriodCount;
    group.setIndicators(std::move(indicators));
    if (storage == Storage::Eager)
        for (int i = 0; i < group.indicatorCount(); ++i)
            group.allocate(i);
    else
        group.mDisclosureApplied = true;
    return group;
}

Dataset Dataset::withCopiesOf(const std::vector<int> &indicators) const
{
    Dataset copy;
    copy.mDiv = mDiv;
    copy.mPeriodCount = mPeriodCount;
    copy.setIndicators(mIndicators);
    for (const int i : indicators) {
        if (i < 0 || i >= indicatorCount() || !isLoaded(i))
            continue;
        copy.mValues[size_t(i)] = mValues[size_t(i)];
        copy.mStatus[size_t(i)] = mStatus[size_t(i)];
    }
    copy.mDisclosureApplied = mDisclosureApplied;
    return copy;
}

void Dataset::setIndicators(std::vector<Indicator> indicators)
{
    mIndicators = std::move(indicators);
    mIndicatorIndex.clear();
    for (int i = 0; i < int(mIndicators.size()); ++i)
        mIndicatorIndex.insert(mIndicators[size_t(i)].code, i);
    mValues.assign(mIndicators.size(), {});
    mStatus.assign(mIndicators.size(), {});
}

void Dataset::allocate(int i)
{
    const size_t cells = mDiv->regions.size() * mPeriodCount;
    mValues[size_t(i)].assign(cells, std::nan(""));
    mStatus[size_t(i)].assign(cells, 0);
}

void Dataset::adoptIndicator(int i, Dataset &group, int j)
{
    if (!sharesDivisionsWith(group) || !group.disclosureApplied() || !group.isLoaded(j))
        throw std::logic_error("Dataset::adoptIndicator(): not a loaded, disclosure-controlled "
                               "group over the same divisions");
    mValues[size_t(i)] = std::move(group.mValues[size_t(j)]);
    mStatus[size_t(i)] = std::move(group.mStatus[size_t(j)]);
    group.mValues[size_t(j)] = {};
    group.mStatus[size_t(j)] = {};
}

void Dataset::unloadIndicator(int i)
{
    mValues[size_t(i)] = {};
    mStatus[size_t(i)] = {};
}

void Dataset::buildDivisions(Divisions &div)
{
    // The division in force in a year is, per level, vintageInForce() of that level's
    // vintages. A region belongs to a period when it is part of that vintage.
    std::map<RegionLevel, std::set<int>> vintagesOfLevel;
    for (const RegionEntry &region : div.regions)
        for (const Region &vintage : region.vintages)
            vintagesOfLevel[region.level].insert(vintage.vintage);

    auto activeVintage = [&](RegionLevel level, int year) {
        return vintageInForce(vintagesOfLevel[level], year);
    };

    const size_t periodCount = div.periods.size();
    div.parentAt.assign(div.regions.size() * periodCount, kAbsent);
    div.children.assign(periodCount, std::vector<std::vector<int>>(div.regions.size()));
    for (size_t r = 0; r < div.regions.size(); ++r) {
        RegionEntry &region = div.regions[r];
        for (size_t p = 0; p < periodCount; ++p) {
            const int vintage = activeVintage(region.level, div.periods[p]);
            for (const Region &candidate : region.vintages) {
                if (candidate.vintage != vintage)
                    continue;
                const int parent =
                    candidate.parent.isEmpty() ? -1 : div.regionIndex.value(candidate.parent, -1);
                div.parentAt[r * periodCount + p] = parent;
                if (parent >= 0)
                    div.children[p][size_t(parent)].push_back(int(r));
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
    const std::vector<int> &periods = mDiv->periods;
    auto it = std::lower_bound(periods.begin(), periods.end(), year);
    return it != periods.end() && *it == year ? int(it - periods.begin()) : -1;
}

std::vector<int> Dataset::regionsOfLevel(RegionLevel level) const
{
    std::vector<int> result;
    for (int r = 0; r < regionCount(); ++r)
        if (mDiv->regions[size_t(r)].level == level)
            result.push_back(r);
    return result;
}

int Dataset::parentAt(int r, int p) const
{
    const int parent = mDiv->parentAt[cellIndex(r, p)];
    return parent == kAbsent ? -1 : parent;
}

const std::vector<int> &Dataset::childrenAt(int parent, int p) const
{
    return mDiv->children[size_t(p)][size_t(parent)];
}

int Dataset::municipalityAt(int r, int p) const
{
    for (int guard = 0; r >= 0 && guard < 4; ++guard) {
        if (mDiv->regions[size_t(r)].level == RegionLevel::Gemeente)
            return r;
        r = parentAt(r, p);
    }
    return -1;
}

int Dataset::seriesAt(int r, int p) const
{
    const std::vector<int> &breaks = mDiv->regions[size_t(r)].boundaryBreaks;
    return int(std::upper_bound(breaks.begin(), breaks.end(), mDiv->periods[size_t(p)]) -
               breaks.begin());
}

int Dataset::seriesBreakYear(int r, int p) const
{
    const int series = seriesAt(r, p);
    return series == 0 ? 0 : mDiv->regions[size_t(r)].boundaryBreaks[size_t(series - 1)];
}

Cell Dataset::cell(int i, int r, int p) const
{
    if (!isLoaded(i))
        return Cell{std::nan(""), ValueStatus::Missing, false, false};
    const uint8_t bits = mStatus[size_t(i)][cellIndex(r, p)];
    return Cell{value(i, r, p), ValueStatus(bits & 0x0f), (bits & kDerived) != 0,
                (bits & kPresent) != 0};
}

bool Dataset::hasValue(int i, int r, int p) const
{
    if (!isLoaded(i))
        return false;
    const uint8_t bits = mStatus[size_t(i)][cellIndex(r, p)];
    const auto status = ValueStatus(bits & 0x0f);
    return (bits & kPresent) && status != ValueStatus::Suppressed &&
           status != ValueStatus::Missing && !std::isnan(value(i, r, p));
}

void Dataset::setCell(int i, int r, int p, double value, ValueStatus status, bool derived)
{
    if (!isLoaded(i))
        allocate(i);
    const size_t index = cellIndex(r, p);
    if (status == ValueStatus::Suppressed || status == ValueStatus::Missing)
        value = std::nan("");
    mValues[size_t(i)][index] = value;
    mStatus[size_t(i)][index] =
        uint8_t(uint8_t(status) | kPresent | (derived ? kDerived : uint8_t(0)));
}

void Dataset::suppress(int i, int r, int p)
{
    if (!isLoaded(i))
        allocate(i);
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
            problems << skippedMessage(
                observation.region, observation.indicator, observation.period,
                i < 0 ? QStringLiteral("indicator")
                      : (r < 0 ? QStringLiteral("region") : QStringLiteral("period")));
            continue;
        }
        addDelivered(i, r, p, observation.value, observation.status);
    }
    return problems;
}

QString Dataset::skippedMessage(const QString &region, const QString &indicator, int period,
                                const QString &what)
{
    return QCoreApplication::translate("wijk::engine::Dataset",
                                       "Observation %1 / %2 / %3 skipped: unknown %4.")
        .arg(region, indicator)
        .arg(period)
        .arg(what);
}

void Dataset::addDelivered(int i, int r, int p, double value, ValueStatus status)
{
    if (status == ValueStatus::Final && std::isnan(value))
        status = ValueStatus::Missing;
    setCell(i, r, p, value, status, status == ValueStatus::Derived);
}

} // namespace wijk::engine
