// Distribution chart: the values of every region of a level for one period, as a histogram
// or as a box plot (switch with setMode), with the municipality's value marked.
#pragma once

#include "charts/chart_data.h"
#include "charts/chart_stats.h"
#include "charts/charts_namespace.h"

#include <QtCharts/QChart>

WIJK_CHARTS_BEGIN_NAMESPACE
class QCategoryAxis;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

class DistributionChart : public WIJK_CHARTS_NAMESPACE::QChart
{
    Q_OBJECT
public:
    enum class Mode
    {
        Histogram,
        BoxPlot
    };
    Q_ENUM(Mode)

    explicit DistributionChart(QGraphicsItem *parent = nullptr);

    //! Rebuilds the chart from data in the current mode.
    void setData(const DistributionChartData &data);
    //! Switches between histogram and box plot (rebuilds).
    void setMode(Mode mode);
    Mode mode() const { return mMode; }

    //! The bins drawn in histogram mode.
    const Histogram &bins() const { return mHistogram; }
    //! The figures drawn in box-plot mode.
    const BoxStats &box() const { return mBox; }
    //! Regions without a value (suppressed or missing), reported in the legend.
    int withoutValue() const { return mWithoutValue; }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void rebuild();
    //! Labels as many bin edges as the chart's width holds (Qt elides crowded labels).
    void labelEdges(qreal chartWidth);
    //! Wraps the axis titles to the current plot area.
    void fitTitles();
    void buildHistogram(const std::vector<double> &values);
    void buildBoxPlot(const std::vector<double> &values);
    QString countNote() const;

    DistributionChartData mData;
    Mode mMode = Mode::Histogram;
    Histogram mHistogram;
    BoxStats mBox;
    int mWithoutValue = 0;
    //! Kept for the chart's life (see TrendChart); the box plot uses x for its one box.
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisX = nullptr;
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisY = nullptr;
    int mEdgeStep = 0;               //!< every how many bin edges a label is drawn
    double mYMin = 0.0, mYMax = 1.0; //!< the range the value axis covers
    int mYDecimals = 0;
    int mMaxYTicks = 100;     //!< y ticks the plot's height holds
    QString mXTitle, mYTitle; //!< axis titles before wrapping
};

} // namespace wijk::widgets::charts
