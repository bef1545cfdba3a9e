// Trend chart: the selected regions over time against their municipality (and NL00), with
// each series' Theil-Sen line and the bow-tie band of its slope's confidence interval.
// Suppressed and missing values are gaps (the line is split, never interpolated); lines
// into a provisional value are dashed and the value gets a hollow marker; an estimate (moved
// onto another division by a crosswalk) gets a hollow square and a dotted line into it.
#pragma once

#include "charts/chart_data.h"
#include "charts/charts_namespace.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>
#include <optional>

namespace wijk::widgets::charts {

//! Role of a series in a built chart, stored as the "wijkRole" property (tests, exports).
namespace role {
constexpr const char *line = "line";                //!< a solid run of values
constexpr const char *provisionalLine = "provline"; //!< a dashed run into provisional values
constexpr const char *sparseLine = "sparseline";    //!< dashed between observations years apart
constexpr const char *estimatedLine = "estline";    //!< a dotted run into estimates
constexpr const char *markers = "markers";          //!< final (or derived) values
constexpr const char *provisionalMarkers = "provmarkers"; //!< hollow markers
constexpr const char *estimatedMarkers = "estmarkers";    //!< hollow squares
constexpr const char *trend = "trend";
constexpr const char *band = "band";
constexpr const char *note = "note"; //!< a legend-only entry (e.g. "provisional")
constexpr const char *reference = "reference";
constexpr const char *bars = "bars";
constexpr const char *selectedBars = "selectedbars";
constexpr const char *points = "points";
constexpr const char *selectedPoints = "selectedpoints";
constexpr const char *fit = "fit";
} // namespace role

class TrendChart : public WIJK_CHARTS_NAMESPACE::QChart
{
    Q_OBJECT
public:
    explicit TrendChart(QGraphicsItem *parent = nullptr);

    //! Rebuilds the chart from data (series order: reference lines first, then selected).
    void setData(const TrendChartData &data);
    const TrendChartData &data() const { return mData; }
    //! The years the time axis runs over (the data's, or this year when there is none).
    int firstYear() const { return mFirstYear; }
    int lastYear() const { return mLastYear; }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    struct Style
    {
        QColor color;
        Qt::PenStyle penStyle = Qt::SolidLine;
        qreal width = 2.5;
        qreal markerSize = 7.0;
        int z = 0;
    };
    Style styleFor(const TrendSeries &series, int selectedIndex) const;
    void addSeriesLines(const TrendSeries &series, const Style &style);
    void addTrend(const TrendSeries &series, const Style &style, bool firstBand);
    void addLegendNote(const QString &text,
                       WIJK_CHARTS_NAMESPACE::QScatterSeries::MarkerShape shape =
                           WIJK_CHARTS_NAMESPACE::QScatterSeries::MarkerShapeCircle);
    //! Shows name, year and value on hover; `marked` adds the status's label (provisional,
    //! estimated).
    void connectTooltip(WIJK_CHARTS_NAMESPACE::QScatterSeries *markers, const QString &name,
                        std::optional<ValueStatus> marked);
    void attach(WIJK_CHARTS_NAMESPACE::QAbstractSeries *series);
    //! Thins the year labels to what the plot's width holds (Qt elides crowded labels) and
    //! wraps the value axis title to the plot's height.
    void updateYearLabels();

    TrendChartData mData;
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisX = nullptr;
    int mFirstYear = 0;
    int mLastYear = 0;
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisY = nullptr;
    QString mValueTitle;         //!< the value axis title before wrapping
    double mLo = 0.0, mHi = 1.0; //!< the range the value axis covers
    int mMaxValueTicks = 100;    //!< value ticks the plot's height holds
};

} // namespace wijk::widgets::charts
