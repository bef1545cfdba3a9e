#include "charts/scatter_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"
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
#include <cmath>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

namespace {
//! Widens an axis a little beyond the points so markers at the edge are drawn whole (the
//! labelled ticks stay where they are).
void padAxis(QCategoryAxis *axis, double min, double max)
{
    const double pad = (max > min ? max - min : std::max(1.0, std::abs(max))) * 0.04;
    axis->setRange(std::min(axis->min(), min - pad), std::max(axis->max(), max + pad));
}

//! The part of the line y = intercept + slope·x inside [x0, x1] × [y0, y1]; false if none.
bool clipLine(const LinearFit &fit, double x0, double x1, double y0, double y1, QPointF *from,
              QPointF *to)
{
    double lo = x0, hi = x1;
    if (fit.slope != 0.0) {
        const double a = (y0 - fit.intercept) / fit.slope;
        const double b = (y1 - fit.intercept) / fit.slope;
        lo = std::max(lo, std::min(a, b));
        hi = std::min(hi, std::max(a, b));
    } else if (fit.intercept < y0 || fit.intercept > y1) {
        return false;
    }
    if (!(lo < hi))
        return false;
    *from = QPointF(lo, std::clamp(fit.intercept + fit.slope * lo, y0, y1));
    *to = QPointF(hi, std::clamp(fit.intercept + fit.slope * hi, y0, y1));
    return true;
}
} // namespace

bool ScatterChart::isComparable(const Indicator &indicator)
{
    return indicator.kind == IndicatorKind::Ratio || indicator.kind == IndicatorKind::Mean;
}

QString ScatterChart::defaultYIndicator(const QVector<Indicator> &indicators, const QString &x)
{
    QString theme;
    for (const Indicator &indicator : indicators)
        if (indicator.code == x)
            theme = indicator.theme;
    QString other;
    for (const Indicator &indicator : indicators) {
        if (indicator.code == x || !isComparable(indicator))
            continue;
        if (indicator.theme == theme)
            return indicator.code;
        if (other.isEmpty())
            other = indicator.code;
    }
    return other;
}

ScatterChart::ScatterChart(QGraphicsItem *parent) : SelectableChart(parent)
{
    applyBaseStyle(this, {});
    // One pair of axes for the chart's life (see TrendChart): new data re-ticks them.
    mAxisX = makeValueAxis(locale(), 0.0, 1.0, 0, QString());
    mAxisY = makeValueAxis(locale(), 0.0, 1.0, 0, QString());
    addAxis(mAxisX, Qt::AlignBottom);
    addAxis(mAxisY, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        fitAxisTitle(mAxisX, mXTitle, plot.width());
        fitAxisTitle(mAxisY, mYTitle, plot.height());
        const int maxTicks = verticalTicks(plot.height());
        if (maxTicks != mMaxYTicks) {
            mMaxYTicks = maxTicks;
            tickY();
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

void ScatterChart::tickY()
{
    setValueTicks(mAxisY, locale(), mYMin, mYMax, mData.yIndicator.displayDecimals(),
                  mAxisY->titleText(), 6, false, mMaxYTicks);
    padAxis(mAxisY, mYMin, mYMax);
}

void ScatterChart::fitAxes(qreal chartWidth)
{
    const int decimals = mData.xIndicator.displayDecimals();
    // The y labels and the margins take about 70 px of the chart's width.
    const int ticks = ticksAlong(locale(), chartWidth - 70, mXMin, mXMax, decimals);
    if (ticks == mXTicks)
        return;
    mXTicks = ticks;
    setValueTicks(mAxisX, locale(), mXMin, mXMax, decimals, mAxisX->titleText(), 6, false, mXTicks);
    padAxis(mAxisX, mXMin, mXMax);
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
    mXTitle = axisTitle(data.xIndicator, data.title, locale());
    mYTitle = axisTitle(data.yIndicator, data.title, locale());
    setValueTicks(mAxisX, locale(), xMin, xMax, data.xIndicator.displayDecimals(), mXTitle, 6,
                  false, mXTicks);
    padAxis(mAxisX, xMin, xMax);
    mYMin = yMin;
    mYMax = yMax;
    mAxisY->setTitleText(mYTitle);
    tickY();
    if (size().width() > 0)
        fitAxes(size().width());
    if (plotArea().width() > 0) {
        fitAxisTitle(mAxisX, mXTitle, plotArea().width());
        fitAxisTitle(mAxisY, mYTitle, plotArea().height());
    }
    QCategoryAxis *axisX = mAxisX;
    QCategoryAxis *axisY = mAxisY;

    mFitSeries = nullptr;
    QPointF from, to;
    // Within the points' range only: a line of shares must not run below 0 %.
    if (mFit.valid && clipLine(mFit, xMin, xMax, yMin, yMax, &from, &to)) {
        auto *line = new QLineSeries;
        mFitSeries = line;
        line->append(from);
        line->append(to);
        line->setPen(QPen(palette::fit, 1.8));
        line->setName(tr("linear fit: r = %1, n = %2")
                          .arg(formatNumber(mFit.r, 2, locale()), locale().toString(mFit.n)));
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
        mLeftOut ? tr("regions (%1 left out: no value)").arg(locale().toString(mLeftOut))
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
                                                formatValue(p.x, mData.xIndicator, locale()),
                                                mData.yIndicator.name.toHtmlEscaped(),
                                                formatValue(p.y, mData.yIndicator, locale())));
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

} // namespace wijk::widgets::charts
