#include "charts/scatter_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/trend_chart.h"

#include <QCursor>
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
}

void ScatterChart::setData(const ScatterChartData &data)
{
    mData = data;
    removeAllSeries();
    const auto oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    mPointOf.clear();
    setTitle(data.title);

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
    auto *axisX =
        makeValueAxis(xMin, xMax, data.xIndicator.displayDecimals(), axisTitle(data.xIndicator));
    auto *axisY =
        makeValueAxis(yMin, yMax, data.yIndicator.displayDecimals(), axisTitle(data.yIndicator));
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);

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
        marker->setVisible(false);
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
