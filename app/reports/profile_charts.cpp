#include "reports/profile_charts.h"

#include "chart_series.h"
#include "charts/chart_export.h"
#include "charts/chart_format.h"
#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "reports/report_format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace wijk::reports {

namespace {

constexpr double kMmPerInch = 25.4;
//! Charts are laid out on a canvas this much larger than the paper at 96 dpi, so that their
//! screen-sized fonts, legends and margins come out at print size (about 2/3).
constexpr double kChartScale = 1.7;

QString titleOf(const Indicator &indicator)
{
    const QString unit = widgets::charts::unitLabel(indicator.unit, dutchLocale());
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
        if (gemeente >= 0)
            chartData.series.push_back(
                presentation::trendSeries(dataset, request.indicator, gemeente, true,
                                          data.trendOf(gemeente, request.indicator)));
        chartData.series.push_back(
            presentation::trendSeries(dataset, request.indicator, request.wijk, false,
                                      data.trendOf(request.wijk, request.indicator)));
        auto chart = std::make_unique<widgets::charts::TrendChart>();
        chart->setLocale(dutchLocale()); // a Dutch document, whatever the window's language
        chart->setData(chartData);
        return chart;
    }
    widgets::RankingChartData chartData = presentation::rankingData(
        dataset, request.indicator, RegionLevel::Wijk, data.lastYear(), gemeente);
    chartData.title = QStringLiteral("Alle wijken, %1").arg(data.lastYear()); // name: left chart
    // No bar, no noise for a wijk without the figure (e.g. an industrial estate); the wijken
    // of the wijk's own gemeente only (a workspace may hold the whole country).
    chartData.items.erase(
        std::remove_if(chartData.items.begin(), chartData.items.end(),
                       [&](const widgets::RankingItem &item) {
                           const int r = dataset.regionIndex(item.code);
                           return item.status == ValueStatus::Missing ||
                                  (gemeente >= 0 && last >= 0 &&
                                   (r < 0 || dataset.municipalityAt(r, last) != gemeente));
                       }),
        chartData.items.end());
    auto chart = std::make_unique<widgets::charts::RankingChart>();
    chart->setLocale(dutchLocale());
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
