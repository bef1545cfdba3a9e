// Values per level and period for tables, choropleths and the `values` CLI command, and the
// series of one region for trend charts. Only what disclosure control lets through.
#pragma once

#include "engine/dataset.h"

#include <optional>

namespace wijk::engine {

//! One shown (or explicitly not shown) value of one region.
struct LevelValue
{
    int region = -1;
    int indicator = -1;
    int period = 0; //!< the year
    double value;   //!< NaN unless mayShow() (suppressed and missing values carry no number)
    ValueStatus status = ValueStatus::Missing; //!< Derived for engine aggregates
    bool derived = false;                      //!< false: delivered by the extract
    int seriesBreakYear = 0; //!< > 0: the region's series starts this year (boundary change)
    //! A shown ratio or mean whose denominator is below min_reliable_n (small_numbers.h):
    //! shown, marked "kleine aantallen", never read as news.
    bool smallNumbers = false;
    //! An estimate on another division than the one it was delivered on, moved by a
    //! crosswalk (HarmonisedDataset; source `harmonised`).
    bool harmonised = false;
};

//! Rows for every region of `level` that exists in the period (or holds data then) and every
//! requested indicator (all when empty), in region, indicator, period order. Requires a dataset
//! on which applyDisclosure() ran.
std::vector<LevelValue> levelValues(const Dataset &dataset, RegionLevel level,
                                    const std::vector<int> &indicators = {},
                                    std::optional<int> year = std::nullopt);

//! The values of one region and indicator over time (NaN where not shown), for charts.
std::vector<LevelValue> regionSeries(const Dataset &dataset, int indicator, int region);

//! Contract word of the status column: final/provisional/estimated/derived/suppressed/missing.
QString statusName(const LevelValue &value);

} // namespace wijk::engine
