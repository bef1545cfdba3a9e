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
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
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

std::unique_ptr<QtCharts::QChart> buildThemeScoreChart(const WijkProfileContent &content)
{
    namespace charts = widgets::charts;
    auto chart = std::make_unique<QtCharts::QChart>();
    if (!content.composite)
        return chart;
    const ProfileComposite &composite = *content.composite;
    charts::applyBaseStyle(chart.get(),
                           QStringLiteral("Themascores en index %1").arg(composite.year));
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
    const auto add = [&](const QString &category, double w, double g) {
        // No bar where a score is missing, and the category says so (0 would read as a score).
        const QString missing = !std::isfinite(w) && !std::isfinite(g)
                                    ? QStringLiteral("geen score")
                                : !std::isfinite(w) ? QStringLiteral("wijk: geen score")
                                : !std::isfinite(g) ? QStringLiteral("gemeente: geen score")
                                                    : QString();
        categories << (missing.isEmpty() ? category
                                         : QStringLiteral("%1<br>(%2)").arg(category, missing));
        *wijk << (std::isfinite(w) ? w : 0.0);
        *gemeente << (std::isfinite(g) ? g : 0.0);
        for (const double v : {w, g})
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    };
    // The themes in the definition's order, then the index over all components.
    for (int t = 0; t < composite.themes.size(); ++t)
        add(composite.themes[t], composite.wijk[size_t(t)], composite.gemeente[size_t(t)]);
    add(QStringLiteral("Index (totaal)"), composite.wijkIndex, composite.gemeenteIndex);
    auto *series = new QtCharts::QBarSeries;
    series->append(wijk);
    series->append(gemeente);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *themes = new QtCharts::QBarCategoryAxis;
    themes->append(categories);
    charts::styleAxis(themes);
    themes->setGridLineVisible(false);
    chart->addAxis(themes, Qt::AlignBottom);
    series->attachAxis(themes);
    const bool z = composite.definition.scaling == engine::CompositeScaling::ZScore;
    // At least one standard deviation either way (or the whole 0-100 scale), so that small
    // differences do not look large.
    low = std::min(low, z ? -1.0 : 0.0);
    high = std::max(high, z ? 1.0 : 100.0);
    auto *values = charts::makeValueAxis(
        dutchLocale(), low, high, z ? 1 : 0,
        z ? QStringLiteral("z-score (0 = gemiddelde wijk; hoger is beter)")
          : QStringLiteral("score (0 = slechtste wijk, 100 = beste; hoger is beter)"),
        6, true);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    return chart;
}

bool writeThemeScoreChart(const WijkProfileContent &content, const QSizeF &sizeMm,
                          const QString &path, QString *error)
{
    std::unique_ptr<QtCharts::QChart> chart = buildThemeScoreChart(content);
    // A chart over the page's width: on a smaller canvas than the others, so that its
    // labels come out a little larger (9 pt axis labels print at about 6.6 pt, not 5.3).
    return widgets::charts::exportChartSvg(chart.get(), path,
                                           pixels(sizeMm, 96 * kChartScale * 0.8), error);
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
