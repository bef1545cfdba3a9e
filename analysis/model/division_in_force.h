// The one rule for which division of a level is in force in a year (docs/engine.md): the
// latest vintage not after the year, the earliest vintage for years before any. The engine's
// Dataset, the map's boundary choice and the workspace's RegionDivisions all ask this function,
// so a series, its map and a crosswalk never disagree about a year's division.
#pragma once

#include <set>

namespace wijk {

//! The vintage of `vintages` in force in `year`; 0 when there are none.
int vintageInForce(const std::set<int> &vintages, int year);

} // namespace wijk
