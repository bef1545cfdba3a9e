// The Moran scatter: each region's standardised value against the spatial lag of the
// standardised values (presentation::moranScatterData), with quadrant lines through 0 (the
// four cluster classes) and the least-squares line, whose slope is Moran's I under
// row-standardised weights. Linked to the selection like the ordinary scatter.
#pragma once

#include "charts/scatter_chart.h"

WIJK_CHARTS_BEGIN_NAMESPACE
class QLineSeries;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

class MoranScatterChart : public ScatterChart
{
    Q_OBJECT
public:
    explicit MoranScatterChart(QGraphicsItem *parent = nullptr);

    //! Shows data with the global Moran's I (NaN: unknown) in the fit line's legend entry.
    void setMoran(const ScatterChartData &data, double moranI);
    //! The global I shown (NaN before setMoran()).
    double moranI() const { return mMoranI; }
    //! The quadrant lines (x = 0 and y = 0), or nullptr without points.
    WIJK_CHARTS_NAMESPACE::QLineSeries *verticalQuadrantLine() const { return mVertical; }
    WIJK_CHARTS_NAMESPACE::QLineSeries *horizontalQuadrantLine() const { return mHorizontal; }

private:
    double mMoranI;
    WIJK_CHARTS_NAMESPACE::QLineSeries *mVertical = nullptr;
    WIJK_CHARTS_NAMESPACE::QLineSeries *mHorizontal = nullptr;
};

} // namespace wijk::widgets::charts
