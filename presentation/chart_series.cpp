#include "chart_series.h"

#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "map_values.h"

#include <cmath>

namespace wijk::presentation {

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

TrendSeries trendSeries(const engine::Dataset &dataset, int indicator, int region, bool reference,
                        const engine::TrendRow *trend)
{
    TrendSeries series;
    series.code = dataset.region(region).code;
    series.name = dataset.region(region).name;
    series.reference = reference;
    for (const engine::LevelValue &v : engine::regionSeries(dataset, indicator, region)) {
        series.periods.push_back(v.period);
        series.values.push_back(v.value); // NaN unless disclosure control lets it through
        series.statuses.push_back(shownStatus(v));
    }
    series.trend = trendLineOf(trend);
    return series;
}

RankingChartData rankingData(const engine::Dataset &dataset, int indicator, RegionLevel level,
                             int period, int reference)
{
    RankingChartData data;
    data.indicator = dataset.indicator(indicator);
    for (const engine::LevelValue &v : engine::levelValues(dataset, level, {indicator}, period)) {
        const engine::RegionEntry &entry = dataset.region(v.region);
        data.items.push_back({entry.code, entry.name, v.value, v.status});
    }
    const int p = dataset.periodIndex(period);
    if (reference >= 0 && p >= 0 && engine::mayShow(dataset, indicator, reference, p)) {
        data.referenceValue = dataset.value(indicator, reference, p);
        data.referenceName = dataset.region(reference).name;
    }
    return data;
}

} // namespace wijk::presentation
