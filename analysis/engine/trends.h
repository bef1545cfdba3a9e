// Trends per region x indicator series over a period range (docs/engine.md, "Trends"),
// with Benjamini-Hochberg q-values over each family (one indicator, one level, all regions).
#pragma once

#include "engine/dataset.h"
#include "engine/trend_statistics.h"

#include <climits>

namespace wijk::engine {

//! Fewer values than this: no test (empty statistics, not zeros).
constexpr int kMinTestValues = 4;

enum class TrendDirection
{
    None, //!< not tested
    Up,   //!< significant (q < alpha) increase
    Down, //!< significant decrease
    Flat  //!< tested, not significant
};

enum class TrendSignal
{
    None,
    Worsening, //!< significant in the direction the indicator's polarity calls worse
    Improving
};

struct TrendOptions
{
    RegionLevel level = RegionLevel::Wijk;
    std::vector<int> indicators; //!< indicator indices; empty: all
    int fromYear = INT_MIN;
    int toYear = INT_MAX;
    double alpha = 0.05; //!< significance level of the q-values, and 1 - confidence of intervals
    int threads = 0;     //!< workers; 0: as many as the thread pool has threads
};

//! One series: one region, one indicator, one boundary-stable stretch of periods.
struct TrendRow
{
    int region = -1;
    int indicator = -1;
    int seriesBreakYear = 0; //!< > 0: the series starts this year because boundaries changed
    //! > 0: on a harmonised dataset, the values up to this year are estimates moved onto the
    //! chosen division by a crosswalk (HarmonisedDataset::lastEstimatedYear()).
    int estimatedUntilYear = 0;
    int n = 0; //!< values used (missing and suppressed ones left out)
    int firstPeriod = 0;
    int lastPeriod = 0;
    double firstValue = stats::kNaN;
    double lastValue = stats::kNaN;
    double changeAbs = stats::kNaN; //!< last - first
    double changePct = stats::kNaN; //!< (last - first) / |first| x 100; NaN when first is 0
    stats::OlsResult ols;
    stats::TheilSenResult sen;
    stats::MannKendallResult mk;
    double q = stats::kNaN;
    TrendDirection direction = TrendDirection::None;
    TrendSignal signal = TrendSignal::None;

    bool tested() const { return n >= kMinTestValues; }
};

//! Every series of the level, in indicator, region, period order; computed on all cores.
//! Requires a dataset on which applyDisclosure() ran.
std::vector<TrendRow> computeTrends(const Dataset &dataset, const TrendOptions &options);

//! Statistics of one series of (year, value) pairs in time order; no q-value, direction or
//! signal (those need the family). For charts and tests.
TrendRow trendOfSeries(const std::vector<double> &years, const std::vector<double> &values,
                       double alpha = 0.05);

//! up/down/flat, empty when untested.
QString directionName(TrendDirection direction);
//! worsening/improving, empty for none.
QString signalName(TrendSignal signal);

} // namespace wijk::engine
