#include "reports/profile_charts.h"

#include "charts/chart_export.h"
#include "charts/chart_format.h"
#include "charts/engine_trend_line.h"
#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "engine/level_values.h"

#include <QCoreApplication>
#include <cmath>

namespace wijk::reports {

namespace {

constexpr double kMmPerInch = 25.4;
//! Charts are laid out on a canvas this much larger than the paper at 96 dpi, so that their
//! screen-sized fonts, legends and margins come out at print size (about 2/3).
constexpr double kChartScale = 1.7;

widgets::TrendSeries seriesOf(const engine::Dataset &dataset, int indicator, int region,
                              bool reference)
{
    widgets::TrendSeries series;
    series.code = dataset.region(region).code;
    series.name = dataset.region(region).name;
    series.reference = reference;
    for (const engine::LevelValue &value : engine::regionSeries(dataset, indicator, region)) {
        series.periods.push_back(value.period);
        series.values.push_back(value.value); // NaN unless disclosure control lets it through
        series.statuses.push_back(value.status);
    }
    return series;
}

std::optional<widgets::TrendLine> trendLineOf(const ReportData &data, int region, int indicator)
{
    return widgets::charts::trendLineOf(data.trendOf(region, indicator));
}

QString titleOf(const Indicator &indicator)
{
    const QString unit = widgets::charts::unitLabel(indicator.unit);
    return unit.isEmpty() || indicator.unit == QLatin1String("count")
               ? indicator.name
               : QStringLiteral("%1 (%2)").arg(indicator.name, unit);
}

QSize pixels(const QSizeF &mm, double dpi)
{
    return QSize(int(std::lround(mm.width() / kMmPerInch * dpi)),
                 int(std::lround(mm.height() / kMmPerInch * dpi)));
}

} // namespace

std::unique_ptr<QtCharts::QChart> buildProfileChart(const ReportData &data,
                                                    const ChartRequest &request)
{
    const engine::Dataset &dataset = data.dataset();
    const Indicator &indicator = dataset.indicator(request.indicator);
    const int last = data.lastPeriodIndex();
    const int gemeente =
        last >= 0 ? dataset.municipalityAt(request.wijk, last) : data.municipality();
    if (request.trend) {
        widgets::TrendChartData chartData;
        chartData.title = titleOf(indicator);
        chartData.indicator = indicator;
        if (gemeente >= 0) {
            chartData.series.push_back(seriesOf(dataset, request.indicator, gemeente, true));
            chartData.series.back().trend = trendLineOf(data, gemeente, request.indicator);
        }
        chartData.series.push_back(seriesOf(dataset, request.indicator, request.wijk, false));
        chartData.series.back().trend = trendLineOf(data, request.wijk, request.indicator);
        auto chart = std::make_unique<widgets::charts::TrendChart>();
        chart->setData(chartData);
        return chart;
    }
    widgets::RankingChartData chartData;
    chartData.title = QStringLiteral("Alle wijken, %1").arg(data.lastYear()); // name: left chart
    chartData.indicator = indicator;
    for (const engine::LevelValue &value :
         engine::levelValues(dataset, RegionLevel::Wijk, {request.indicator}, data.lastYear())) {
        if (value.status == ValueStatus::Missing)
            continue; // e.g. an industrial estate without residents: no bar, no noise
        widgets::RankingItem item;
        item.code = dataset.region(value.region).code;
        item.name = dataset.region(value.region).name;
        item.value = value.value;
        item.status = value.status;
        chartData.items.push_back(item);
    }
    if (gemeente >= 0 && last >= 0 && dataset.hasValue(request.indicator, gemeente, last)) {
        const auto shown = engine::levelValues(dataset, RegionLevel::Gemeente, {request.indicator},
                                               data.lastYear());
        for (const engine::LevelValue &value : shown) {
            if (value.region == gemeente)
                chartData.referenceValue = value.value;
        }
        chartData.referenceName = dataset.region(gemeente).name;
    }
    auto chart = std::make_unique<widgets::charts::RankingChart>();
    chart->setData(chartData);
    chart->setHighlighted({dataset.region(request.wijk).code});
    return chart;
}

bool writeProfileChart(const ReportData &data, const ChartRequest &request, const QString &path,
                       QString *error)
{
    std::unique_ptr<QtCharts::QChart> chart = buildProfileChart(data, request);
    // SVG user units are 96 dpi pixels: the chart's fonts keep their point size on paper.
    return widgets::charts::exportChartSvg(chart.get(), path,
                                           pixels(request.sizeMm, 96 * kChartScale), error);
}

QImage profileChartImage(const ReportData &data, const ChartRequest &request, int dpi)
{
    std::unique_ptr<QtCharts::QChart> chart = buildProfileChart(data, request);
    return widgets::charts::renderChartImage(chart.get(), pixels(request.sizeMm, 96 * kChartScale),
                                             dpi / (96.0 * kChartScale));
}

} // namespace wijk::reports
