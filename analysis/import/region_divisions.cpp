#include "import/region_divisions.h"

#include "model/division_in_force.h"
#include "workspace/workspace.h"

#include <set>

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
    if (found == mCodes.end())
        return 0;
    std::set<int> vintages;
    for (const auto &division : found->second)
        vintages.insert(division.first);
    return vintageInForce(vintages, year);
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
