#include "engine/crosswalk_chain.h"

#include "engine/boundary_choice.h"

#include <deque>
#include <map>

namespace wijk::engine {

std::vector<int> crosswalkPath(const std::vector<std::pair<int, int>> &edges, int from, int to)
{
    if (from == to)
        return {};
    // Breadth first: the first time `to` is reached is over the fewest edges.
    std::map<int, int> reachedBy{{from, -1}}; // node -> edge index that reached it
    std::deque<int> queue{from};
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (int e = 0; e < int(edges.size()); ++e) {
            const auto &[a, b] = edges[size_t(e)];
            if (a != node || a == b || reachedBy.count(b))
                continue;
            reachedBy[b] = e;
            if (b == to) {
                std::vector<int> path;
                for (int at = to; at != from; at = edges[size_t(reachedBy[at])].first)
                    path.insert(path.begin(), reachedBy[at]);
                return path;
            }
            queue.push_back(b);
        }
    }
    return {};
}

std::optional<CrosswalkMatrix>
crosswalkBetween(const Dataset &dataset, RegionLevel level,
                 const std::vector<wijk::workspace::Crosswalk> &crosswalks, int fromDivision,
                 int toDivision)
{
    std::vector<std::pair<int, int>> edges;
    for (const wijk::workspace::Crosswalk &crosswalk : crosswalks)
        edges.emplace_back(divisionInForce(dataset, level, crosswalk.fromYear),
                           divisionInForce(dataset, level, crosswalk.toYear));
    const std::vector<int> path = crosswalkPath(edges, fromDivision, toDivision);
    if (path.empty())
        return std::nullopt;
    CrosswalkMatrix matrix =
        CrosswalkMatrix::fromCrosswalk(dataset, level, crosswalks[size_t(path.front())]);
    for (size_t k = 1; k < path.size(); ++k)
        matrix = matrix.then(
            CrosswalkMatrix::fromCrosswalk(dataset, level, crosswalks[size_t(path[k])]));
    return matrix;
}

} // namespace wijk::engine
