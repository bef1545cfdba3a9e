#include "import/observation_buckets.h"

#include <future>

namespace wijk::import {

void ObservationBuckets::add(const ParsedObservation &row)
{
    // Files are grouped one way or another: most rows go where the previous one went.
    if (!mLast || row.indicator != mLastIndicator) {
        mLast = &mBuckets[row.indicator];
        mLastIndicator = row.indicator;
    }
    if (mLast->empty() || mLast->back().size() == kSegmentRows) {
        mLast->emplace_back();
        mLast->back().reserve(kSegmentRows);
    }
    mLast->back().push_back({row.value, row.region, row.line, row.period, row.status});
    ++mRows;
}

std::vector<ParsedObservation> ObservationBuckets::takeSorted(qint64 indicator, Bucket &bucket)
{
    size_t count = 0;
    for (const std::vector<Row> &segment : bucket)
        count += segment.size();
    std::vector<ParsedObservation> rows;
    rows.reserve(count);
    for (std::vector<Row> &segment : bucket) {
        for (const Row &row : segment)
            rows.push_back({indicator, row.region, row.value, row.line, row.period, row.status});
        std::vector<Row>().swap(segment); // freed as it is copied: memory stays flat
    }
    bucket.clear();
    sortByKey(rows);
    return rows;
}

bool ObservationBuckets::drain(
    const std::function<bool(const std::vector<ParsedObservation> &rows, size_t drained)> &write)
{
    // While SQLite writes one indicator (the critical path, one core), another thread
    // copies and sorts the next one.
    size_t drained = 0;
    bool ok = true;
    auto it = mBuckets.begin();
    std::vector<ParsedObservation> rows;
    if (it != mBuckets.end())
        rows = takeSorted(it->first, it->second);
    while (ok && it != mBuckets.end()) {
        const auto next = std::next(it);
        std::future<std::vector<ParsedObservation>> prepared;
        if (next != mBuckets.end())
            // async | deferred: should no thread be available, it runs at get() instead.
            prepared = std::async(std::launch::async | std::launch::deferred,
                                  [next] { return takeSorted(next->first, next->second); });
        drained += rows.size();
        ok = write(rows, drained);
        rows = prepared.valid() ? prepared.get() : std::vector<ParsedObservation>();
        it = next;
    }
    mBuckets.clear();
    mLast = nullptr;
    mRows = 0;
    return ok;
}

bool ObservationBuckets::drainLargest(
    size_t keep, const std::function<bool(qint64 indicator)> &streams,
    const std::function<bool(const std::vector<ParsedObservation> &rows)> &write)
{
    while (mRows > keep) {
        Bucket *largest = nullptr;
        qint64 indicator = 0;
        size_t rows = 0;
        for (auto &[key, bucket] : mBuckets) {
            const size_t count = rowsIn(bucket);
            if (count > rows && streams(key)) {
                largest = &bucket;
                indicator = key;
                rows = count;
            }
        }
        if (!largest)
            return true;
        mRows -= rows;
        std::vector<ParsedObservation> sorted = takeSorted(indicator, *largest);
        // Gone from the map: drain() hands over no empty bucket; add() makes it again.
        mBuckets.erase(indicator);
        mLast = nullptr;
        if (!write(sorted))
            return false;
    }
    return true;
}

} // namespace wijk::import
