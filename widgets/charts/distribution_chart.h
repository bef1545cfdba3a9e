// Distribution chart: the values of every region of a level for one period, as a histogram
// or as a box plot (switch with setMode), with the municipality's value marked.
#pragma once

#include "charts/chart_data.h"
#include "charts/chart_stats.h"

#include <QtCharts/QChart>

namespace wijk::charts {

class DistributionChart : public QT_CHARTS_NAMESPACE::QChart
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

private:
    void rebuild();
    void buildHistogram(const std::vector<double> &values);
    void buildBoxPlot(const std::vector<double> &values);
    QString countNote() const;

    DistributionChartData mData;
    Mode mMode = Mode::Histogram;
    Histogram mHistogram;
    BoxStats mBox;
    int mWithoutValue = 0;
};

} // namespace wijk::charts
