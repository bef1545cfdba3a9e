#include "import/region_divisions.h"

#include "workspace/workspace.h"

#include <iterator>

namespace wijk::import {

RegionDivisions::RegionDivisions(const workspace::Workspace &workspace)
    : RegionDivisions(workspace.regions())
{
}

RegionDivisions::RegionDivisions(const std::vector<Region> &regions)
{
    for (const Region &region : regions)
        mCodes[region.level][region.vintage].insert(region.code);
}

int RegionDivisions::inForce(RegionLevel level, int year) const
{
    const auto found = mCodes.find(level);
    if (found == mCodes.end() || found->second.empty())
        return 0;
    const auto &vintages = found->second;
    const auto after = vintages.upper_bound(year);
    return after == vintages.begin() ? vintages.begin()->first : std::prev(after)->first;
}

bool RegionDivisions::holds(RegionLevel level, int vintage, const QString &code) const
{
    const auto found = mCodes.find(level);
    if (found == mCodes.end())
        return false;
    const auto division = found->second.find(vintage);
    return division != found->second.end() && division->second.contains(code);
}

QStringList RegionDivisions::codes(RegionLevel level, int vintage) const
{
    QStringList result;
    const auto found = mCodes.find(level);
    if (found != mCodes.end()) {
        const auto division = found->second.find(vintage);
        if (division != found->second.end())
            result = QStringList(division->second.begin(), division->second.end());
    }
    result.sort();
    return result;
}

} // namespace wijk::import
