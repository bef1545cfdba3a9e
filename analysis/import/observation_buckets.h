// The rows of an import gathered per indicator before they are written. The observation
// table is indicator-major (PRIMARY KEY (indicator_id, region_id, period)), and files are
// usually region-major: written in the file's order, every chunk after the first lands in
// the middle of the B-tree (a descent from the root and a three-page rebalance per row,
// twice the cost of an append). Gathered first, a new workspace's rows are written as
// appends, one indicator after the other (docs/benchmarks.md, "Import").
#pragma once

#include "import/observation_bulk.h"

#include <functional>
#include <map>
#include <vector>

namespace wijk::import {

class ObservationBuckets
{
public:
    //! Adds a row to its indicator's bucket (24 bytes: the indicator is the bucket).
    void add(const ParsedObservation &row);
    //! Rows gathered and not yet drained.
    size_t size() const { return mRows; }
    bool empty() const { return mRows == 0; }

    //! Hands the rows to write one indicator at a time, in key order, each run sorted with
    //! sortByKey(), and frees them; drained is the number of rows handed over so far.
    //! Stops and returns false as soon as write does.
    [[nodiscard]] bool drain(const std::function<bool(const std::vector<ParsedObservation> &rows,
                                                      size_t drained)> &write);

    //! Hands over the largest buckets of the indicators that `streams`, one at a time as in
    //! drain(), until at most keep rows are gathered (or no such bucket is left). Called after
    //! each block of the file, this sends a steady share of what was read while the rest is
    //! still being parsed. Stops and returns false as soon as write does.
    [[nodiscard]] bool
    drainLargest(size_t keep, const std::function<bool(qint64 indicator)> &streams,
                 const std::function<bool(const std::vector<ParsedObservation> &rows)> &write);

private:
    struct Row
    {
        double value;
        qint64 region;
        qint32 line;
        qint16 period;
        quint8 status;
    };
    //! One indicator's rows in segments of kSegmentRows: no doubling (a bucket takes what
    //! it holds plus one part-filled segment), few allocations.
    using Bucket = std::vector<std::vector<Row>>;
    static constexpr size_t kSegmentRows = 8192;
    static std::vector<ParsedObservation> takeSorted(qint64 indicator, Bucket &bucket);
    static size_t rowsIn(const Bucket &bucket)
    {
        return bucket.empty() ? 0 : (bucket.size() - 1) * kSegmentRows + bucket.back().size();
    }

    std::map<qint64, Bucket> mBuckets;
    qint64 mLastIndicator = 0;
    Bucket *mLast = nullptr;
    size_t mRows = 0;
};

} // namespace wijk::import
