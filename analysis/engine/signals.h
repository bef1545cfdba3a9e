// Signals for maps, lists and memos (docs/engine.md, "Signals"): significant trends in the
// direction the polarity calls worse or better, and latest values far out on the bad side.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"

namespace wijk::engine {

enum class SignalKind
{
    Worsening, //!< "verslechtering": significant trend (q < alpha) the bad way
    Improving, //!< "verbetering"
    Outlier    //!< latest value more than outlierSds SD from its level's mean, bad side
};

struct SignalOptions
{
    TrendOptions trends;     //!< level, indicators, period range, alpha
    double outlierSds = 1.5; //!< threshold of the outlier flag in standard deviations
};

struct Signal
{
    SignalKind kind = SignalKind::Worsening;
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

//! Signals of one level from its trends (computeTrends with the same options), strongest
//! first. Only each region's latest series counts; neutral indicators never signal.
std::vector<Signal> computeSignals(const Dataset &dataset, const std::vector<TrendRow> &trends,
                                   const SignalOptions &options);

//! worsening/improving/outlier.
QString signalKindName(SignalKind kind);

} // namespace wijk::engine
