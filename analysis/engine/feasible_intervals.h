// What an attacker can conclude about one count indicator in one period (docs/engine.md,
// "Disclosure"): from every known value, the sums of SumRelations and values >= 0, each
// region's value lies in an interval. For a tree of sums these intervals are exact and take
// two passes: up (what a region's own subtree allows) and down (what the rest allows).
#pragma once

#include "engine/sum_relations.h"

#include <functional>
#include <limits>
#include <vector>

namespace wijk::engine {

struct FeasibleRange
{
    double lo = 0.0;
    double hi = std::numeric_limits<double>::infinity();
    bool exact() const { return lo == hi; }
};

class FeasibleIntervals
{
public:
    FeasibleIntervals(const Dataset &data, const SumRelations &relations);

    //! known(r): whether the attacker sees region r's value (then data.value(i, r, p)).
    void compute(int i, int p, const std::function<bool(int)> &known);

    //! The feasible interval of region r (lo > hi when the known values contradict the sums).
    const FeasibleRange &range(int r) const { return mFull[size_t(r)]; }
    //! The interval with only r's own subtree considered.
    const FeasibleRange &subtree(int r) const { return mSub[size_t(r)]; }
    //! The lowest sum r's children can have (0 without children).
    double childrenLow(int r) const { return mChildLo[size_t(r)]; }

private:
    const Dataset &mData;
    const SumRelations &mRelations;
    std::vector<FeasibleRange> mSub;
    std::vector<FeasibleRange> mFull;
    std::vector<double> mChildLo;
};

} // namespace wijk::engine
