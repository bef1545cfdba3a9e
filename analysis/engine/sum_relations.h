// The sums an attacker of disclosure control knows (docs/engine.md, "Disclosure"): each
// region is the sum of its children in the division of the period (buurt -> wijk ->
// gemeente), and the gemeenten are the sum under the land region when the dataset has one.
#pragma once

#include "engine/dataset.h"

#include <vector>

namespace wijk::engine {

class SumRelations
{
public:
    explicit SumRelations(const Dataset &data);

    //! The region r is part of in period p; -1 for none.
    int parent(int r, int p) const;
    //! The regions that sum to r in period p.
    const std::vector<int> &children(int r, int p) const;
    //! Region indices per level, buurten first (children before their parents).
    const std::vector<std::vector<int>> &deepestFirst() const { return mLevels; }

private:
    const Dataset &mData;
    //! The one land region (-1 without, or with several: then no gemeente is tied to one).
    int mLand = -1;
    //! Per period: the land's children, its own plus every gemeente without a parent.
    std::vector<std::vector<int>> mLandChildren;
    std::vector<std::vector<int>> mLevels;
};

} // namespace wijk::engine
