// Scatter chart: two indicators across the regions of a level, with the least-squares line,
// Pearson's r and n in the legend. Regions lacking either value are left out and counted.
#pragma once

#include "charts/chart_data.h"
#include "charts/chart_stats.h"
#include "charts/selectable_chart.h"

#include <QHash>

QT_CHARTS_BEGIN_NAMESPACE
class QScatterSeries;
class QLineSeries;
QT_CHARTS_END_NAMESPACE

namespace wijk::charts {

class ScatterChart : public SelectableChart
{
    Q_OBJECT
public:
    explicit ScatterChart(QGraphicsItem *parent = nullptr);

    //! Rebuilds the chart from data; the current highlight is kept.
    void setData(const ScatterChartData &data);

    //! The fitted line and r over the complete points (valid is false below 3 points).
    LinearFit fit() const { return mFit; }
    //! Points left out for lacking x or y.
    int leftOut() const { return mLeftOut; }
    //! The code of the region drawn at point (nearest within a small tolerance), or empty.
    QString codeAt(const QPointF &point) const;

    QT_CHARTS_NAMESPACE::QScatterSeries *baseSeries() const { return mBaseSeries; }
    QT_CHARTS_NAMESPACE::QScatterSeries *selectedSeries() const { return mSelectedSeries; }

protected:
    void applyHighlight(const QString &code, bool on) override;

private:
    ScatterChartData mData;
    QHash<QString, QPointF> mPointOf;
    LinearFit mFit;
    int mLeftOut = 0;
    QT_CHARTS_NAMESPACE::QScatterSeries *mBaseSeries = nullptr;
    QT_CHARTS_NAMESPACE::QScatterSeries *mSelectedSeries = nullptr;
};

} // namespace wijk::charts
