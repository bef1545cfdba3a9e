#include "engine/sum_relations.h"

namespace wijk::engine {

SumRelations::SumRelations(const Dataset &data) : mData(data)
{
    for (RegionLevel level :
         {RegionLevel::Buurt, RegionLevel::Wijk, RegionLevel::Gemeente, RegionLevel::Land})
        mLevels.push_back(data.regionsOfLevel(level));
    // CBS does not make NL00 the parent of the gemeenten, but a national total still equals
    // the sum of all gemeenten: a withheld gemeente would be NL00 minus the others.
    if (mLevels.back().size() != 1)
        return;
    mLand = mLevels.back().front();
    mLandChildren.resize(size_t(data.periodCount()));
    for (int p = 0; p < data.periodCount(); ++p) {
        mLandChildren[size_t(p)] = data.childrenAt(mLand, p);
        for (int g : mLevels[2])
            if (data.existsAt(g, p) && data.parentAt(g, p) < 0)
                mLandChildren[size_t(p)].push_back(g);
    }
}

int SumRelations::parent(int r, int p) const
{
    const int parent = mData.parentAt(r, p);
    if (parent >= 0 || mLand < 0 || mData.region(r).level != RegionLevel::Gemeente ||
        !mData.existsAt(r, p))
        return parent;
    return mLand;
}

const std::vector<int> &SumRelations::children(int r, int p) const
{
    return r == mLand ? mLandChildren[size_t(p)] : mData.childrenAt(r, p);
}

} // namespace wijk::engine
