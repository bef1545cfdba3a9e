// Chaining crosswalks (docs/crosswalk.md): 2017->2019 and 2019->2024 give 2017->2024 when
// no direct one exists. The shortest chain wins; a direct crosswalk is the shortest.
#pragma once

#include "engine/crosswalk_matrix.h"

#include <optional>
#include <utility>
#include <vector>

namespace wijk::engine {

//! The indices of the edges (from, to) that lead from `from` to `to` in the fewest steps
//! (the earliest listed edges on a tie); empty when none (or when from == to).
std::vector<int> crosswalkPath(const std::vector<std::pair<int, int>> &edges, int from, int to);

//! The crosswalk (direct or chained) that moves level's figures from the division
//! `fromDivision` onto `toDivision` of the dataset; nullopt when the crosswalks do not
//! connect them. Crosswalk years are read as the divisions in force in them.
std::optional<CrosswalkMatrix>
crosswalkBetween(const Dataset &dataset, RegionLevel level,
                 const std::vector<wijk::workspace::Crosswalk> &crosswalks, int fromDivision,
                 int toDivision);

} // namespace wijk::engine
