#include "engine/feasible_intervals.h"

#include <algorithm>
#include <cmath>

namespace wijk::engine {

FeasibleIntervals::FeasibleIntervals(const Dataset &data, const SumRelations &relations)
    : mData(data), mRelations(relations), mSub(size_t(data.regionCount())),
      mFull(size_t(data.regionCount())), mChildLo(size_t(data.regionCount()), 0.0)
{
}

void FeasibleIntervals::compute(int i, int p, const std::function<bool(int)> &known)
{
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    const std::vector<std::vector<int>> &levels = mRelations.deepestFirst();
    for (const std::vector<int> &level : levels)
        for (int r : level) {
            const std::vector<int> &children = mRelations.children(r, p);
            double childLo = 0.0;
            double childHi = 0.0;
            for (int c : children) {
                childLo += mSub[size_t(c)].lo;
                childHi += mSub[size_t(c)].hi;
            }
            mChildLo[size_t(r)] = childLo;
            FeasibleRange &sub = mSub[size_t(r)];
            if (known(r))
                sub.lo = sub.hi = mData.value(i, r, p);
            else if (children.empty())
                sub = FeasibleRange{};
            else
                sub = FeasibleRange{std::max(0.0, childLo), childHi};
        }
    for (auto level = levels.rbegin(); level != levels.rend(); ++level)
        for (int r : *level) {
            if (mRelations.parent(r, p) < 0)
                mFull[size_t(r)] = mSub[size_t(r)];
            const std::vector<int> &children = mRelations.children(r, p);
            if (children.empty())
                continue;
            // The siblings' sums, with infinite upper bounds counted apart.
            double siblingsLo = 0.0;
            double finiteHi = 0.0;
            int infiniteHi = 0;
            for (int c : children) {
                siblingsLo += mSub[size_t(c)].lo;
                if (std::isinf(mSub[size_t(c)].hi))
                    ++infiniteHi;
                else
                    finiteHi += mSub[size_t(c)].hi;
            }
            const FeasibleRange parent = mFull[size_t(r)];
            for (int c : children) {
                const FeasibleRange &own = mSub[size_t(c)];
                FeasibleRange &full = mFull[size_t(c)];
                if (own.exact()) { // a known value stays what it is, whatever the sums say
                    full = own;
                    continue;
                }
                const bool ownInfinite = std::isinf(own.hi);
                const double othersHi = infiniteHi - (ownInfinite ? 1 : 0) > 0
                                            ? kInfinity
                                            : finiteHi - (ownInfinite ? 0.0 : own.hi);
                const double othersLo = siblingsLo - own.lo;
                full.lo = std::max({own.lo, parent.lo - othersHi, 0.0});
                full.hi = std::min(own.hi, parent.hi - othersLo);
            }
        }
}

} // namespace wijk::engine
