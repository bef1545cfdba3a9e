#include "charts/distribution_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"
#include "charts/trend_chart.h"

#include <QFontMetricsF>
#include <QGraphicsSceneResizeEvent>
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

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

DistributionChart::DistributionChart(QGraphicsItem *parent) : QChart(parent)
{
    applyBaseStyle(this, {});
    // One pair of axes for the chart's life (see TrendChart), also across mode switches.
    mAxisX = new QCategoryAxis;
    mAxisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(mAxisX);
    mAxisX->setGridLineVisible(false);
    mAxisY = makeValueAxis(locale(), 0.0, 1.0, 0, QString());
    addAxis(mAxisX, Qt::AlignBottom);
    addAxis(mAxisY, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        fitAxisTitle(mAxisX, mXTitle, plot.width());
        fitAxisTitle(mAxisY, mYTitle, plot.height());
        const int maxTicks = verticalTicks(plot.height());
        if (maxTicks != mMaxYTicks) {
            mMaxYTicks = maxTicks;
            setValueTicks(mAxisY, locale(), mYMin, mYMax, mYDecimals, mAxisY->titleText(), 6,
                          mMode == Mode::Histogram, mMaxYTicks);
        }
    });
}

void DistributionChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    if (mMode == Mode::Histogram)
        labelEdges(event->newSize().width()); // before Qt's layout: no second pass
    fitLegendBelow(this, event->newSize());
    fitChartTitle(this, mData.title, event->newSize().width());
    QChart::resizeEvent(event);
}

void DistributionChart::labelEdges(qreal chartWidth)
{
    const int bins = int(mHistogram.counts.size());
    if (bins == 0)
        return;
    const int decimals = mData.indicator.displayDecimals();
    const double width = mHistogram.edges[1] - mHistogram.edges[0];
    const int labelDecimals = std::min(decimals, niceTicks(0.0, width, 2).decimals);
    // Each label needs its width plus padding; the y axis and margins take about 70 px.
    const qreal perLabel =
        QFontMetricsF(axisFont())
            .horizontalAdvance(formatNumber(mHistogram.edges.back(), labelDecimals, locale())) +
        16.0;
    const qreal perEdge = std::max(1.0, chartWidth - 70.0) / bins;
    int step = 1;
    for (int candidate : {1, 2, 3, 4, 5, 10}) {
        step = candidate;
        if (perEdge * step >= perLabel)
            break;
    }
    if (step == mEdgeStep && mAxisX->count() > 0)
        return;
    mEdgeStep = step;
    const QStringList old = mAxisX->categoriesLabels();
    for (const QString &label : old)
        mAxisX->remove(label);
    mAxisX->setStartValue(-0.5);
    for (int j = 0; j <= bins; j += step)
        mAxisX->append(formatNumber(mHistogram.edges[j], labelDecimals, locale()), j - 0.5);
    mAxisX->setRange(-0.5, bins - 0.5);
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
    fitChartTitle(this, mData.title, size().width() > 0 ? size().width() : 1e6);
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
    fitLegendBelow(this, size());
}

void DistributionChart::fitTitles()
{
    const QRectF plot = plotArea();
    fitAxisTitle(mAxisX, mXTitle, plot.width() > 0 ? plot.width() : 1e6);
    fitAxisTitle(mAxisY, mYTitle, plot.height() > 0 ? plot.height() : 1e6);
}

QString DistributionChart::countNote() const
{
    const QString n = locale().toString(int(mData.items.size()) - mWithoutValue);
    return mWithoutValue
               ? tr("regions (n = %1; %2 without a value)").arg(n, locale().toString(mWithoutValue))
               : tr("regions (n = %1)").arg(n);
}

void DistributionChart::buildHistogram(const std::vector<double> &)
{
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
    mEdgeStep = 0;
    labelEdges(size().width() > 0 ? size().width() : 600.0);
    mXTitle = axisTitle(mData.indicator, mData.title, locale());
    mYTitle = tr("number of regions");
    mYMin = 0;
    mYMax = maxCount;
    mYDecimals = 0;
    setValueTicks(mAxisY, locale(), 0, maxCount, 0, mYTitle, 6, true, mMaxYTicks);
    fitTitles();
    QCategoryAxis *axisX = mAxisX;
    QCategoryAxis *axisY = mAxisY;
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    // The reference value on the category scale: bin i spans [i - 0.5, i + 0.5].
    if (std::isfinite(mData.referenceValue) && !mHistogram.counts.empty()) {
        const double width = mHistogram.edges[1] - mHistogram.edges[0];
        const double x = (mData.referenceValue - mHistogram.edges[0]) / width - 0.5;
        auto *line = new QLineSeries;
        line->append(x, 0);
        // Past the top: the plot clips it, and fewer ticks on a short plot raise the top.
        line->append(x, 2.0 * axisY->max());
        line->setPen(QPen(palette::reference, 2.0, Qt::DashLine));
        const QString who =
            mData.referenceName.isEmpty() ? tr("municipality") : mData.referenceName;
        line->setName(QStringLiteral("%1: %2").arg(
            who, formatValue(mData.referenceValue, mData.indicator, locale())));
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
    // The one box sits at x = 0 on the same axis the histogram uses, named by a label there.
    const QStringList old = mAxisX->categoriesLabels();
    for (const QString &label : old)
        mAxisX->remove(label);
    mAxisX->setStartValue(-0.5);
    mAxisX->append(mData.indicator.name.isEmpty() ? mData.indicator.code : mData.indicator.name,
                   0.0);
    mAxisX->setRange(-0.5, 0.5);
    mXTitle.clear();
    mYTitle = axisTitle(mData.indicator, mData.title, locale());
    mYMin = lo;
    mYMax = hi;
    mYDecimals = mData.indicator.displayDecimals();
    setValueTicks(mAxisY, locale(), lo, hi, mYDecimals, mYTitle, 6, false, mMaxYTicks);
    fitTitles();
    QCategoryAxis *axisX = mAxisX;
    QCategoryAxis *axisY = mAxisY;
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
        line->setName(QStringLiteral("%1: %2").arg(
            who, formatValue(mData.referenceValue, mData.indicator, locale())));
        line->setProperty("wijkRole", role::reference);
        addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
}

} // namespace wijk::widgets::charts
