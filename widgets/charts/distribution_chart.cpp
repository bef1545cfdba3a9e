#include "charts/distribution_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/trend_chart.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <algorithm>

QT_CHARTS_USE_NAMESPACE

namespace wijk::charts {

DistributionChart::DistributionChart(QGraphicsItem *parent) : QChart(parent)
{
    applyBaseStyle(this, {});
}

void DistributionChart::setData(const DistributionChartData &data)
{
    mData = data;
    rebuild();
}

void DistributionChart::setMode(Mode mode)
{
    if (mode == mMode)
        return;
    mMode = mode;
    rebuild();
}

void DistributionChart::rebuild()
{
    removeAllSeries();
    const auto oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    setTitle(mData.title);
    std::vector<double> values;
    mWithoutValue = 0;
    for (const RegionValue &item : mData.items) {
        if (item.hasValue())
            values.push_back(item.value);
        else
            ++mWithoutValue;
    }
    mHistogram = histogram(values, 0, minimumStep(mData.indicator.displayDecimals()));
    mBox = boxStats(values);
    if (mMode == Mode::Histogram)
        buildHistogram(values);
    else
        buildBoxPlot(values);
}

QString DistributionChart::countNote() const
{
    const QString n = QLocale().toString(int(mData.items.size()) - mWithoutValue);
    return mWithoutValue ? tr("regions (n = %1; %2 without a value)")
                               .arg(n, QLocale().toString(mWithoutValue))
                         : tr("regions (n = %1)").arg(n);
}

void DistributionChart::buildHistogram(const std::vector<double> &)
{
    const int decimals = mData.indicator.displayDecimals();
    auto *set = new QBarSet(countNote());
    set->setColor(palette::base);
    set->setBorderColor(Qt::white);
    int maxCount = 1;
    for (int count : mHistogram.counts) {
        set->append(count);
        maxCount = std::max(maxCount, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.96);
    series->setProperty("wijkRole", role::bars);
    addSeries(series);
    // A value axis with the bin edges as ticks: bar i is centred on i, so edge j sits at
    // j - 0.5. Edges read better than "2.000-4.000" per bar, which Qt elides.
    const int bins = int(mHistogram.counts.size());
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(-0.5);
    const double width = bins ? mHistogram.edges[1] - mHistogram.edges[0] : 1.0;
    const Ticks edgeTicks = niceTicks(0.0, width, 2);
    const int labelDecimals = std::min(decimals, edgeTicks.decimals);
    const int every = bins > 12 ? 2 : 1;
    for (int j = 0; j <= bins; ++j) {
        if (j % every == 0)
            axisX->append(formatNumber(mHistogram.edges[j], labelDecimals), j - 0.5);
    }
    axisX->setRange(-0.5, bins - 0.5);
    styleAxis(axisX, axisTitle(mData.indicator));
    axisX->setGridLineVisible(false);
    auto *axisY = makeValueAxis(0, maxCount, 0, tr("number of regions"), 6, true);
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    // The reference value on the category scale: bin i spans [i - 0.5, i + 0.5].
    if (std::isfinite(mData.referenceValue) && !mHistogram.counts.empty()) {
        const double width = mHistogram.edges[1] - mHistogram.edges[0];
        const double x = (mData.referenceValue - mHistogram.edges[0]) / width - 0.5;
        auto *line = new QLineSeries;
        line->append(x, 0);
        line->append(x, axisY->max());
        line->setPen(QPen(palette::reference, 2.0, Qt::DashLine));
        const QString who =
            mData.referenceName.isEmpty() ? tr("municipality") : mData.referenceName;
        line->setName(
            QStringLiteral("%1: %2").arg(who, formatValue(mData.referenceValue, mData.indicator)));
        line->setProperty("wijkRole", role::reference);
        addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
}

void DistributionChart::buildBoxPlot(const std::vector<double> &values)
{
    auto *series = new QBoxPlotSeries;
    auto *box = new QBoxSet(mBox.lowerWhisker, mBox.q1, mBox.median, mBox.q3, mBox.upperWhisker,
                            mData.indicator.name);
    box->setBrush(palette::base);
    box->setPen(QPen(palette::reference, 1.5));
    series->append(box);
    series->setName(countNote());
    series->setBoxWidth(0.35);
    series->setBrush(palette::base);
    series->setPen(QPen(palette::reference, 1.5));
    series->setProperty("wijkRole", role::bars);
    addSeries(series);

    double lo = 0.0, hi = 1.0;
    if (!values.empty()) {
        lo = *std::min_element(values.begin(), values.end());
        hi = *std::max_element(values.begin(), values.end());
    }
    if (std::isfinite(mData.referenceValue)) {
        lo = std::min(lo, mData.referenceValue);
        hi = std::max(hi, mData.referenceValue);
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->append(
        QStringList{mData.indicator.name.isEmpty() ? mData.indicator.code : mData.indicator.name});
    styleAxis(axisX);
    axisX->setGridLineVisible(false);
    auto *axisY =
        makeValueAxis(lo, hi, mData.indicator.displayDecimals(), axisTitle(mData.indicator));
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    if (!mBox.outliers.empty()) {
        auto *outliers = new QScatterSeries;
        outliers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        outliers->setMarkerSize(7);
        outliers->setBrush(Qt::white);
        outliers->setPen(QPen(palette::reference, 1.2));
        outliers->setName(tr("outliers (beyond 1.5 \u00d7 IQR)"));
        for (double v : mBox.outliers)
            outliers->append(0.0, v);
        addSeries(outliers);
        outliers->attachAxis(axisX);
        outliers->attachAxis(axisY);
    }
    if (std::isfinite(mData.referenceValue)) {
        auto *line = new QLineSeries;
        line->append(-0.45, mData.referenceValue);
        line->append(0.45, mData.referenceValue);
        line->setPen(QPen(palette::accent, 2.0, Qt::DashLine));
        const QString who =
            mData.referenceName.isEmpty() ? tr("municipality") : mData.referenceName;
        line->setName(
            QStringLiteral("%1: %2").arg(who, formatValue(mData.referenceValue, mData.indicator)));
        line->setProperty("wijkRole", role::reference);
        addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
}

} // namespace wijk::charts
