// Each region's value against its municipality and any reference region the data holds
// (level land, e.g. NL00): difference, ratio, z-score within its level, rank and rank change.
#pragma once

#include "engine/dataset.h"
#include "engine/trend_statistics.h"

namespace wijk::engine {

struct ReferenceComparison
{
    int reference = -1; //!< region index (gemeente or land)
    double value = stats::kNaN;
    double difference = stats::kNaN; //!< region - reference
    double ratio = stats::kNaN;      //!< region / reference (NaN when the reference is 0)
};

struct ComparisonRow
{
    int region = -1;
    double value = stats::kNaN; //!< NaN when not shown (then every other field is empty too)
    ReferenceComparison municipality;
    std::vector<ReferenceComparison> references; //!< one per land-level region with a value
    double z = stats::kNaN; //!< (value - mean) / SD over the level's regions shown this year
    int rank = 0;           //!< 1 = best by polarity (neutral: highest); 0 = none; ties share
    int previousRank = 0;   //!< in the previous period of the same series; 0 = none
    int rankChange = 0;     //!< previousRank - rank: positive means it climbed
};

//! One row per region of `level` that exists in `year`. Requires applyDisclosure().
std::vector<ComparisonRow> compareRegions(const Dataset &dataset, int indicator, RegionLevel level,
                                          int year);

} // namespace wijk::engine
