#include "trend_cache.h"

#include <algorithm>

namespace wijk::presentation {

TrendSet::TrendSet(std::vector<engine::TrendRow> rows) : mRows(std::move(rows))
{
    // Rows come in period order per region and indicator: the last one wins (latest series).
    for (int k = 0; k < int(mRows.size()); ++k)
        mLatest.insert({mRows[size_t(k)].region, mRows[size_t(k)].indicator}, k);
}

const engine::TrendRow *TrendSet::latest(int region, int indicator) const
{
    const auto row = mLatest.constFind({region, indicator});
    return row == mLatest.constEnd() ? nullptr : &mRows[size_t(row.value())];
}

const TrendSet &TrendCache::trends(const engine::Dataset &dataset, int indicator, RegionLevel level,
                                   int toYear, int threads)
{
    const Key key{indicator, level, toYear};
    auto it = mSets.find(key);
    if (it == mSets.end()) {
        engine::TrendOptions options;
        options.level = level;
        if (indicator != kAllIndicators)
            options.indicators = {indicator};
        if (toYear > 0)
            options.toYear = toYear;
        options.threads = threads;
        TrendSet set(engine::computeTrends(dataset, options));
        while (!mOrder.empty() && mOrder.size() >= mCapacity) {
            mSets.erase(mOrder.front());
            mOrder.pop_front();
        }
        it = mSets.emplace(key, std::move(set)).first;
    } else {
        mOrder.erase(std::find(mOrder.begin(), mOrder.end(), key));
    }
    mOrder.push_back(key);
    return it->second;
}

void TrendCache::clear()
{
    mSets.clear();
    mOrder.clear();
}

} // namespace wijk::presentation
