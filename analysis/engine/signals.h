// Signals for maps, lists and memos (docs/engine.md, "Signals"): significant trends (judged
// by the indicator's polarity) and latest values far out on the bad side, what needs
// attention first.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"

namespace wijk::engine {

enum class SignalKind
{
    Worsening, //!< "verslechtering": significant trend (q < alpha) the bad way
    Improving, //!< "verbetering"
    Outlier,   //!< latest value more than outlierSds SD from its level's mean, bad side
    Trend      //!< significant trend of a neutral indicator: a change, neither worse nor better
};

//! What a signal means given the indicator's polarity; lists show unfavourable first.
enum class SignalAssessment
{
    Unfavourable, //!< a worsening trend, an outlier on the bad side
    Favourable,   //!< an improving trend
    Neutral       //!< a trend of an indicator without polarity
};

struct SignalOptions
{
    TrendOptions trends;     //!< level, indicators, period range, alpha
    double outlierSds = 1.5; //!< threshold of the outlier flag in standard deviations
    //! Also return what was held back because it rests on small numbers (smallNumbers set).
    bool includeSmallNumbers = false;
};

struct Signal
{
    SignalKind kind = SignalKind::Worsening;
    SignalAssessment assessment = SignalAssessment::Unfavourable;
    //! Rests on small numbers (engine/small_numbers.h): held back, only returned on request.
    bool smallNumbers = false;
    int region = -1;
    int indicator = -1;
    //! Comparable across kinds: |z| of an outlier, the normal quantile of q for a trend.
    double strength = 0;
    int sinceYear = 0;              //!< trends: first year of the series
    double slope = stats::kNaN;     //!< trends: Theil-Sen slope per year
    double q = stats::kNaN;         //!< trends
    int year = 0;                   //!< outliers: the year of the latest value
    double value = stats::kNaN;     //!< outliers: the latest value
    double z = stats::kNaN;         //!< outliers: (value - mean) / SD among the level's regions
    double levelMean = stats::kNaN; //!< outliers: the mean of the level's regions that year
    QString referenceName;          //!< trends: the gemeente compared with (empty: none)
    double referenceSlope = stats::kNaN; //!< trends: the gemeente's slope, same years
    QString explanation;                 //!< one Dutch sentence (signal_sentences.h)
};

//! Signals of one level from its trends (computeTrends with the same options), in
//! sortSignals() order. Only each region's latest series counts; neutral indicators give
//! Trend signals, never outliers. What rests on small numbers is left out unless
//! options.includeSmallNumbers.
std::vector<Signal> computeSignals(const Dataset &dataset, const std::vector<TrendRow> &trends,
                                   const SignalOptions &options);

//! The one order of signals everywhere they are listed: unfavourable, favourable, neutral;
//! within each strongest first, then region code (of `divisions`), then catalogue position.
//! Stable, so a trend stays before an outlier of the same series.
void sortSignals(std::vector<Signal> &list, const Dataset &divisions);

//! worsening/improving/outlier/trend.
QString signalKindName(SignalKind kind);
//! unfavourable/favourable/neutral (the CSV column `assessment`).
QString assessmentName(SignalAssessment assessment);

} // namespace wijk::engine
