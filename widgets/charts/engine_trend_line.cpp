#include "charts/engine_trend_line.h"

#include <cmath>

namespace wijk::widgets::charts {

std::optional<TrendLine> trendLineOf(const engine::TrendRow *row)
{
    if (!row || !row->tested() || !std::isfinite(row->sen.slope))
        return std::nullopt;
    TrendLine line;
    line.slope = row->sen.slope;
    line.intercept = row->sen.intercept;
    line.lo = row->sen.low;
    line.hi = row->sen.high;
    line.significant = row->direction == engine::TrendDirection::Up ||
                       row->direction == engine::TrendDirection::Down;
    return line;
}

} // namespace wijk::widgets::charts
