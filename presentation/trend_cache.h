// The one trend cache of the window and the reports: the engine's trends of one indicator
// (or of all) at one level up to a year, computed on first use and kept, the least recently
// used dropped beyond a capacity. Each region shows its latest series (the one its current
// boundaries belong to); a view shows that series' trend only when it was tested.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"

#include <QHash>
#include <deque>
#include <map>
#include <tuple>
#include <vector>

namespace wijk::presentation {

//! The trends of one request, with each (region, indicator)'s latest series.
class TrendSet
{
public:
    TrendSet() = default;
    explicit TrendSet(std::vector<engine::TrendRow> rows);
    const std::vector<engine::TrendRow> &rows() const { return mRows; }
    //! The latest series of the region and indicator (tested or not), nullptr when none.
    const engine::TrendRow *latest(int region, int indicator) const;

private:
    std::vector<engine::TrendRow> mRows;
    QHash<QPair<int, int>, int> mLatest; //!< (region, indicator) -> mRows index
};

class TrendCache
{
public:
    //! Trends of all indicators of a level are asked with this indicator.
    static constexpr int kAllIndicators = -1;

    explicit TrendCache(size_t capacity) : mCapacity(capacity) {}

    //! The trends of indicator (kAllIndicators: every one) at the level from the first period
    //! to toYear (0: the last), one family per level as the signals have them. The reference
    //! stays valid until capacity other requests were made or clear() ran.
    const TrendSet &trends(const engine::Dataset &dataset, int indicator, RegionLevel level,
                           int toYear, int threads = 0);
    //! Forgets everything (the dataset changed).
    void clear();

private:
    using Key = std::tuple<int, RegionLevel, int>;
    size_t mCapacity;
    std::map<Key, TrendSet> mSets; //!< stable addresses while others are added
    std::deque<Key> mOrder;        //!< least recently used first
};

} // namespace wijk::presentation
