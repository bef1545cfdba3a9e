#include "reports/profile_charts.h"

#include "chart_series.h"
#include "charts/chart_export.h"
#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "reports/report_format.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
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

std::unique_ptr<QtCharts::QChart> buildThemeScoreChart(const ReportData &data,
                                                       const WijkProfileContent &content)
{
    namespace charts = widgets::charts;
    auto chart = std::make_unique<QtCharts::QChart>();
    if (!content.composite)
        return chart;
    const ProfileComposite &composite = *content.composite;
    const engine::Dataset &dataset = data.dataset();
    charts::applyBaseStyle(chart.get(), QStringLiteral("%1: themascores %2")
                                            .arg(dataset.indicator(composite.indicator).name)
                                            .arg(composite.year));
    chart->setLocale(dutchLocale());
    auto *wijk = new QtCharts::QBarSet(content.name);
    wijk->setColor(charts::palette::accent);
    wijk->setBorderColor(charts::palette::accent);
    auto *gemeente =
        new QtCharts::QBarSet(QStringLiteral("Gemeente %1").arg(content.municipalityName));
    gemeente->setColor(charts::palette::national);
    gemeente->setBorderColor(charts::palette::national);
    QStringList categories;
    double low = 0;
    double high = 0;
    // Horizontal bars run bottom-up: the last theme first, so the first one is on top.
    for (int t = int(composite.themes.size()) - 1; t >= 0; --t) {
        categories << composite.themes[t];
        const double w = composite.wijk[size_t(t)];
        const double g = composite.gemeente[size_t(t)];
        *wijk << (std::isfinite(w) ? w : 0.0); // no bar: the note says the score is missing
        *gemeente << (std::isfinite(g) ? g : 0.0);
        for (const double v : {w, g})
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    }
    auto *series = new QtCharts::QHorizontalBarSeries;
    series->append(gemeente);
    series->append(wijk);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *themes = new QtCharts::QBarCategoryAxis;
    themes->append(categories);
    charts::styleAxis(themes);
    chart->addAxis(themes, Qt::AlignLeft);
    series->attachAxis(themes);
    const bool z = composite.definition.scaling == engine::CompositeScaling::ZScore;
    if (!z) {
        low = 0;
        high = 100;
    }
    auto *values = charts::makeValueAxis(
        dutchLocale(), low, high, z ? 1 : 0,
        z ? QStringLiteral("z-score (0 = gemiddelde van de wijken; hoger is beter)")
          : QStringLiteral("score 0\u2013100 (hoger is beter)"),
        6, true);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    return chart;
}

bool writeThemeScoreChart(const ReportData &data, const WijkProfileContent &content,
                          const QSizeF &sizeMm, const QString &path, QString *error)
{
    std::unique_ptr<QtCharts::QChart> chart = buildThemeScoreChart(data, content);
    return widgets::charts::exportChartSvg(chart.get(), path, pixels(sizeMm, 96 * kChartScale),
                                           error);
}

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
    // No bar, no noise for a wijk without the figure (e.g. an industrial estate).
    chartData.items.erase(std::remove_if(chartData.items.begin(), chartData.items.end(),
                                         [](const widgets::RankingItem &item) {
                                             return item.status == ValueStatus::Missing;
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
