// The charts' plain inputs are the presentation module's (presentation/chart_inputs.h), which
// fills them from the engine for the window and the reports alike.
#pragma once

#include "chart_inputs.h"

namespace wijk::widgets {

using presentation::DistributionChartData;
using presentation::kNoValue;
using presentation::RankingChartData;
using presentation::RankingItem;
using presentation::RegionValue;
using presentation::ScatterChartData;
using presentation::ScatterPoint;
using presentation::TrendChartData;
using presentation::TrendLine;
using presentation::TrendSeries;

} // namespace wijk::widgets
