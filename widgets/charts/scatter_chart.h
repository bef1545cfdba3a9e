// Scatter chart: two indicators across the regions of a level, with the least-squares line,
// Pearson's r and n in the legend. Regions lacking either value are left out and counted.
#pragma once

#include "charts/chart_data.h"
#include "charts/chart_stats.h"
#include "charts/charts_namespace.h"
#include "charts/selectable_chart.h"

#include <QHash>

WIJK_CHARTS_BEGIN_NAMESPACE
class QCategoryAxis;
class QScatterSeries;
class QLineSeries;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

class ScatterChart : public SelectableChart
{
    Q_OBJECT
public:
    explicit ScatterChart(QGraphicsItem *parent = nullptr);

    //! Rebuilds the chart from data; the current highlight is kept.
    void setData(const ScatterChartData &data);
    const ScatterChartData &data() const { return mData; }

    //! The indicator a scatter of x starts with: a ratio or mean other than x (a count
    //! against a mean mostly shows how big regions are), preferably of x's theme. Empty when
    //! there is none.
    static QString defaultYIndicator(const QVector<Indicator> &indicators, const QString &x);
    //! Whether an indicator compares regions of any size: a ratio or a mean.
    static bool isComparable(const Indicator &indicator);

    WIJK_CHARTS_NAMESPACE::QCategoryAxis *axisX() const { return mAxisX; }
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *axisY() const { return mAxisY; }
    //! The fit line as drawn (clipped to the range of the points), or nullptr.
    WIJK_CHARTS_NAMESPACE::QLineSeries *fitSeries() const { return mFitSeries; }

    //! The fitted line and r over the complete points (valid is false below 3 points).
    LinearFit fit() const { return mFit; }
    //! Points left out for lacking x or y.
    int leftOut() const { return mLeftOut; }
    //! The code of the region drawn at point (nearest within a small tolerance), or empty.
    QString codeAt(const QPointF &point) const;

    WIJK_CHARTS_NAMESPACE::QScatterSeries *baseSeries() const { return mBaseSeries; }
    WIJK_CHARTS_NAMESPACE::QScatterSeries *selectedSeries() const { return mSelectedSeries; }

protected:
    void applyHighlight(const QString &code, bool on) override;
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    //! Value ticks along x that fit the chart's width; axis titles wrapped to the plot.
    void fitAxes(qreal chartWidth);
    //! Re-ticks the y axis for the plot's height (and pads it).
    void tickY();

    ScatterChartData mData;
    QHash<QString, QPointF> mPointOf;
    LinearFit mFit;
    int mLeftOut = 0;
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisX = nullptr; //!< kept for the chart's life
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisY = nullptr; //!< kept for the chart's life
    double mXMin = 0.0, mXMax = 1.0;
    int mXTicks = 100; //!< x ticks the chart's width holds
    double mYMin = 0.0, mYMax = 1.0;
    int mMaxYTicks = 100;     //!< y ticks the plot's height holds
    QString mXTitle, mYTitle; //!< axis titles before wrapping
    WIJK_CHARTS_NAMESPACE::QScatterSeries *mBaseSeries = nullptr;
    WIJK_CHARTS_NAMESPACE::QScatterSeries *mSelectedSeries = nullptr;
    WIJK_CHARTS_NAMESPACE::QLineSeries *mFitSeries = nullptr;
};

} // namespace wijk::widgets::charts
