#include "import/observation_buckets.h"

namespace wijk {

void ObservationBuckets::add(const ParsedObservation &row)
{
    // Files are grouped one way or another: most rows go where the previous one went.
    if (!mLast || row.indicator != mLastIndicator) {
        mLast = &mBuckets[row.indicator];
        mLastIndicator = row.indicator;
    }
    mLast->push_back({row.value, row.region, row.line, row.period, row.status});
    ++mRows;
}

bool ObservationBuckets::drain(
    const std::function<bool(const std::vector<ParsedObservation> &rows, size_t drained)> &write)
{
    std::vector<ParsedObservation> rows;
    size_t drained = 0;
    bool ok = true;
    for (auto it = mBuckets.begin(); ok && it != mBuckets.end(); it = mBuckets.erase(it)) {
        rows.clear();
        rows.reserve(it->second.size());
        for (const Row &row : it->second)
            rows.push_back({it->first, row.region, row.value, row.line, row.period, row.status});
        it->second.clear();
        it->second.shrink_to_fit();
        sortByKey(rows);
        drained += rows.size();
        ok = write(rows, drained);
    }
    mBuckets.clear();
    mLast = nullptr;
    mRows = 0;
    return ok;
}

} // namespace wijk
