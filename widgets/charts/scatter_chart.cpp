#include "charts/scatter_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/trend_chart.h"

#include <QCursor>
#include <QGraphicsSceneResizeEvent>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <algorithm>

QT_CHARTS_USE_NAMESPACE

namespace wijk::charts {

ScatterChart::ScatterChart(QGraphicsItem *parent) : SelectableChart(parent)
{
    applyBaseStyle(this, {});
    // One pair of axes for the chart's life (see TrendChart): new data re-ticks them.
    mAxisX = makeValueAxis(0.0, 1.0, 0, QString());
    mAxisY = makeValueAxis(0.0, 1.0, 0, QString());
    addAxis(mAxisX, Qt::AlignBottom);
    addAxis(mAxisY, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        fitAxisTitle(mAxisX, mXTitle, plot.width());
        fitAxisTitle(mAxisY, mYTitle, plot.height());
        const int maxTicks = verticalTicks(plot.height());
        if (maxTicks != mMaxYTicks) {
            mMaxYTicks = maxTicks;
            setValueTicks(mAxisY, mYMin, mYMax, mData.yIndicator.displayDecimals(),
                          mAxisY->titleText(), 6, false, mMaxYTicks);
        }
    });
}

void ScatterChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    fitAxes(event->newSize().width()); // before Qt's layout: no second pass
    fitLegendBelow(this, event->newSize());
    fitChartTitle(this, mData.title, event->newSize().width());
    SelectableChart::resizeEvent(event);
}

void ScatterChart::fitAxes(qreal chartWidth)
{
    const int decimals = mData.xIndicator.displayDecimals();
    // The y labels and the margins take about 70 px of the chart's width.
    const int ticks = ticksAlong(chartWidth - 70, mXMin, mXMax, decimals);
    if (ticks == mXTicks)
        return;
    mXTicks = ticks;
    setValueTicks(mAxisX, mXMin, mXMax, decimals, mAxisX->titleText(), 6, false, mXTicks);
}

void ScatterChart::setData(const ScatterChartData &data)
{
    mData = data;
    removeAllSeries();
    mPointOf.clear();
    fitChartTitle(this, data.title, size().width() > 0 ? size().width() : 1e6);

    std::vector<double> xs, ys;
    mLeftOut = 0;
    for (const ScatterPoint &point : data.points) {
        if (!point.isComplete()) {
            ++mLeftOut;
            continue;
        }
        xs.push_back(point.x);
        ys.push_back(point.y);
        mPointOf.insert(point.code, QPointF(point.x, point.y));
    }
    mFit = linearFit(xs, ys);

    const auto [xMin, xMax] =
        xs.empty() ? std::pair<double, double>(0.0, 1.0)
                   : std::pair<double, double>(*std::min_element(xs.begin(), xs.end()),
                                               *std::max_element(xs.begin(), xs.end()));
    const auto [yMin, yMax] =
        ys.empty() ? std::pair<double, double>(0.0, 1.0)
                   : std::pair<double, double>(*std::min_element(ys.begin(), ys.end()),
                                               *std::max_element(ys.begin(), ys.end()));
    mXMin = xMin;
    mXMax = xMax;
    mXTitle = axisTitle(data.xIndicator, data.title);
    mYTitle = axisTitle(data.yIndicator, data.title);
    setValueTicks(mAxisX, xMin, xMax, data.xIndicator.displayDecimals(), mXTitle, 6, false,
                  mXTicks);
    mYMin = yMin;
    mYMax = yMax;
    setValueTicks(mAxisY, yMin, yMax, data.yIndicator.displayDecimals(), mYTitle, 6, false,
                  mMaxYTicks);
    if (size().width() > 0)
        fitAxes(size().width());
    if (plotArea().width() > 0) {
        fitAxisTitle(mAxisX, mXTitle, plotArea().width());
        fitAxisTitle(mAxisY, mYTitle, plotArea().height());
    }
    QCategoryAxis *axisX = mAxisX;
    QCategoryAxis *axisY = mAxisY;

    if (mFit.valid) {
        auto *line = new QLineSeries;
        line->append(xMin, mFit.intercept + mFit.slope * xMin);
        line->append(xMax, mFit.intercept + mFit.slope * xMax);
        line->setPen(QPen(palette::fit, 1.8));
        line->setName(tr("linear fit: r = %1, n = %2")
                          .arg(formatNumber(mFit.r, 2), QLocale().toString(mFit.n)));
        line->setProperty("wijkRole", role::fit);
        addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }

    mBaseSeries = new QScatterSeries;
    mBaseSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    mBaseSeries->setMarkerSize(8);
    QColor fill = palette::base;
    fill.setAlpha(200);
    mBaseSeries->setBrush(fill);
    mBaseSeries->setPen(QPen(palette::base.darker(130), 0.8));
    mBaseSeries->setName(
        mLeftOut ? tr("regions (%1 left out: no value)").arg(QLocale().toString(mLeftOut))
                 : tr("regions"));
    mBaseSeries->setProperty("wijkRole", role::points);
    for (const ScatterPoint &point : data.points) {
        if (point.isComplete())
            mBaseSeries->append(point.x, point.y);
    }
    mSelectedSeries = new QScatterSeries;
    mSelectedSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    mSelectedSeries->setMarkerSize(11);
    mSelectedSeries->setBrush(palette::accent);
    mSelectedSeries->setPen(QPen(Qt::black, 1.2));
    mSelectedSeries->setName(tr("selected"));
    mSelectedSeries->setProperty("wijkRole", role::selectedPoints);
    for (QScatterSeries *series : {mBaseSeries, mSelectedSeries}) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        connect(series, &QScatterSeries::clicked, this,
                [this](const QPointF &point) { clickRegion(codeAt(point), additiveModifier()); });
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QString code = codeAt(point);
            for (const ScatterPoint &p : mData.points) {
                if (p.code == code) {
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                                           .arg(p.name.toHtmlEscaped(),
                                                mData.xIndicator.name.toHtmlEscaped(),
                                                formatValue(p.x, mData.xIndicator),
                                                mData.yIndicator.name.toHtmlEscaped(),
                                                formatValue(p.y, mData.yIndicator)));
                    break;
                }
            }
        });
    }
    for (QLegendMarker *marker : legend()->markers(mSelectedSeries))
        showInLegend(marker, false);
    fitLegendBelow(this, size());
    reapplyHighlight();
}

QString ScatterChart::codeAt(const QPointF &point) const
{
    QString best;
    double bestDistance = 0.0;
    for (auto it = mPointOf.constBegin(); it != mPointOf.constEnd(); ++it) {
        const QPointF d = it.value() - point;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (best.isEmpty() || distance < bestDistance) {
            best = it.key();
            bestDistance = distance;
        }
    }
    return best;
}

void ScatterChart::applyHighlight(const QString &code, bool on)
{
    const auto it = mPointOf.constFind(code);
    if (it == mPointOf.constEnd() || !mBaseSeries)
        return;
    QScatterSeries *from = on ? mBaseSeries : mSelectedSeries;
    QScatterSeries *to = on ? mSelectedSeries : mBaseSeries;
    const int index = from->points().indexOf(*it);
    if (index >= 0)
        from->remove(index);
    to->append(*it);
}

} // namespace wijk::charts
