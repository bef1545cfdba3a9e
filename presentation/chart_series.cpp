#include "chart_series.h"

#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "map_values.h"

#include <QHash>
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
    const ChartReference line = chartReference(dataset, indicator, reference, period);
    data.referenceValue = line.value;
    data.referenceName = line.name;
    return data;
}

ChartReference chartReference(const engine::Dataset &dataset, int indicator, int region, int period)
{
    const int p = dataset.periodIndex(period);
    if (indicator < 0 || region < 0 || p < 0 ||
        dataset.indicator(indicator).kind == IndicatorKind::Count ||
        !engine::mayShow(dataset, indicator, region, p))
        return {};
    return {dataset.value(indicator, region, p), dataset.region(region).name};
}

std::vector<ScatterPoint> scatterPoints(const std::vector<RegionValue> &x,
                                        const std::vector<RegionValue> &y)
{
    QHash<QString, const RegionValue *> yByCode;
    for (const RegionValue &value : y)
        yByCode.insert(value.code, &value);
    std::vector<ScatterPoint> points;
    points.reserve(x.size());
    for (const RegionValue &xValue : x) {
        const RegionValue *yValue = yByCode.value(xValue.code);
        points.push_back({xValue.code, xValue.name, xValue.hasValue() ? xValue.value : kNoValue,
                          yValue && yValue->hasValue() ? yValue->value : kNoValue});
    }
    return points;
}

} // namespace wijk::presentation
