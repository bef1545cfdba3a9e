// The chart inputs of engine results, for the window's charts and the wijk profile's alike:
// a region's series over time with its trend line, and the ranking of a level in one year.
#pragma once

#include "chart_inputs.h"
#include "engine/dataset.h"
#include "engine/trends.h"

#include <optional>

namespace wijk::presentation {

//! The Theil-Sen line of row with its slope's interval; nullopt without a tested trend.
std::optional<TrendLine> trendLineOf(const engine::TrendRow *row);

//! One region's values of the indicator over time (NaN where not shown, statuses as views
//! show them) with the line of trend (none when nullptr or untested).
TrendSeries trendSeries(const engine::Dataset &dataset, int indicator, int region, bool reference,
                        const engine::TrendRow *trend);

//! The reference line of the charts that compare regions (ranking, distribution).
struct ChartReference
{
    double value = kNoValue; //!< NaN: no reference line
    QString name;
};

//! region's value (the gemeente) as the charts' reference line in period: none for a count
//! (a gemeente's total dwarfs every wijk), for region -1 or an unknown year, and where
//! disclosure control withholds the value. The window, its focus and the profile's charts
//! draw this one line.
ChartReference chartReference(const engine::Dataset &dataset, int indicator, int region,
                              int period);

//! The regions of a level in one year, with chartReference(reference) as the reference line
//! (reference -1: none). No title (the caller's words).
RankingChartData rankingData(const engine::Dataset &dataset, int indicator, RegionLevel level,
                             int period, int reference);

//! The scatter's points: each region of x (in x's order) with its shown value of x and of y,
//! joined on the region code; NaN where either has no shown value (the chart counts those as
//! left out).
std::vector<ScatterPoint> scatterPoints(const std::vector<RegionValue> &x,
                                        const std::vector<RegionValue> &y);

} // namespace wijk::presentation
