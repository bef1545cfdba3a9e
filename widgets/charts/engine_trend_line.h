// The trend line a chart draws for an engine trend: one conversion for the workbench's
// trend chart and the wijk profile's charts.
#pragma once

#include "charts/chart_data.h"
#include "engine/trends.h"

#include <optional>

namespace wijk::widgets::charts {

//! The Theil-Sen line of row with its slope's interval; nullopt without a tested trend.
std::optional<TrendLine> trendLineOf(const engine::TrendRow *row);

} // namespace wijk::widgets::charts
