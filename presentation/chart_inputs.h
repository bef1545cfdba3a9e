// Plain inputs of the chart panels. The presentation module (chart_series.h) fills them from
// engine results for the window and the reports alike, so the charts never depend on
// analysis/engine. NaN means "no value" throughout.
#pragma once

#include "model/model.h"

#include <QString>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace wijk::presentation {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

//! A Theil-Sen line with the confidence interval of its slope (statistics.md).
struct TrendLine
{
    double slope = kNoValue;
    double intercept = kNoValue; //!< value at period 0: median(x) - slope * median(t)
    double lo = kNoValue;        //!< lower bound of the slope's confidence interval
    double hi = kNoValue;        //!< upper bound of the slope's confidence interval
    bool significant = false;
    //! The period the band pivots on (median of the periods with a value); NaN: computed.
    double pivotPeriod = kNoValue;

    bool isValid() const { return std::isfinite(slope) && std::isfinite(intercept); }
    double valueAt(double period) const { return intercept + slope * period; }
};

//! One region over time. periods, values and statuses run in parallel.
struct TrendSeries
{
    QString code;
    QString name;
    std::vector<int> periods;
    std::vector<double> values; //!< NaN = gap (suppressed or missing)
    std::vector<ValueStatus> statuses;
    bool reference = false; //!< the municipality or NL00, drawn as a dashed grey context line
    //! The median of a peer group (presentation/peer_median.h): a reference of its own look.
    bool peerMedian = false;
    std::optional<TrendLine> trend;
};

struct TrendChartData
{
    QString title; //!< given by the caller, already in the user's language
    Indicator indicator;
    std::vector<TrendSeries> series;
};

//! One region's value for one period (ranking, distribution, map tooltips).
struct RegionValue
{
    QString code;
    QString name;
    double value = kNoValue;
    ValueStatus status = ValueStatus::Final;

    bool hasValue() const
    {
        return std::isfinite(value) && status != ValueStatus::Suppressed &&
               status != ValueStatus::Missing;
    }
};
using RankingItem = RegionValue;

struct RankingChartData
{
    QString title;
    Indicator indicator;
    std::vector<RankingItem> items;   //!< any order; the chart sorts best first
    double referenceValue = kNoValue; //!< the municipality's value; NaN: no reference line
    QString referenceName;
    //! The value axis covers at least axisMin…axisMax (NaN: only the data): the range of
    //! every year, so that the axis stays put while the years play.
    double axisMin = kNoValue;
    double axisMax = kNoValue;
};

struct ScatterPoint
{
    QString code;
    QString name;
    double x = kNoValue;
    double y = kNoValue;

    bool isComplete() const { return std::isfinite(x) && std::isfinite(y); }
};

struct ScatterChartData
{
    QString title;
    Indicator xIndicator;
    Indicator yIndicator;
    std::vector<ScatterPoint> points; //!< points lacking x or y are left out and counted
};

struct DistributionChartData
{
    QString title;
    Indicator indicator;
    std::vector<RegionValue> items;
    double referenceValue = kNoValue; //!< the municipality's value, marked when given
    QString referenceName;
};

} // namespace wijk::presentation
