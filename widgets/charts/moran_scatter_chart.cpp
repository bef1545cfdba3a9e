#include "charts/moran_scatter_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"

#include <QPen>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <cmath>
#include <limits>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

MoranScatterChart::MoranScatterChart(QGraphicsItem *parent)
    : ScatterChart(parent), mMoranI(std::numeric_limits<double>::quiet_NaN())
{
}

void MoranScatterChart::setMoran(const ScatterChartData &data, double moranI)
{
    mMoranI = moranI;
    mVertical = nullptr;
    mHorizontal = nullptr;
    setData(data);
    if (QLineSeries *line = fitSeries()) {
        line->setName(std::isfinite(moranI)
                          ? tr("slope = Moran's I = %1").arg(formatNumber(moranI, 2, locale()))
                          : tr("slope"));
    }
    if (fit().n == 0)
        return;
    // Through 0 across the whole plot: the quadrants are the four cluster classes.
    const QPen pen(palette::reference, 1.0, Qt::DashLine);
    auto quadrantLine = [&](QPointF from, QPointF to) {
        auto *line = new QLineSeries;
        line->append(from);
        line->append(to);
        line->setPen(pen);
        addSeries(line);
        line->attachAxis(axisX());
        line->attachAxis(axisY());
        for (QLegendMarker *marker : legend()->markers(line))
            showInLegend(marker, false);
        return line;
    };
    mVertical = quadrantLine({0.0, axisY()->min()}, {0.0, axisY()->max()});
    mHorizontal = quadrantLine({axisX()->min(), 0.0}, {axisX()->max(), 0.0});
    fitLegendBelow(this, size());
}

} // namespace wijk::widgets::charts
