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

//! The regions of a level in one year, with reference's value (reference -1: none) as the
//! reference line when disclosure control lets it through. No title (the caller's words).
RankingChartData rankingData(const engine::Dataset &dataset, int indicator, RegionLevel level,
                             int period, int reference);

} // namespace wijk::presentation
