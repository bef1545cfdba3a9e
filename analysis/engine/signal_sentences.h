// The one-line Dutch explanations of signals. Memo and report code reuse these, so they take
// plain values, not engine structures. Dutch is the source language of these sentences.
#pragma once

#include "model/model.h"

#include <QLocale>
#include <QString>

namespace wijk::engine {

struct TrendSentenceInput
{
    QString indicatorName; //!< Dutch display name, e.g. "Aandeel huishoudens met een laag inkomen"
    QString unit;          //!< contract unit: percent, count, euro, ...
    int decimals = 1;      //!< display decimals of the indicator
    QString regionName;
    int sinceYear = 0;
    double slopePerYear = 0; //!< Theil-Sen slope
    double q = 1;
    QString referenceName;           //!< e.g. the gemeente; empty: no comparison clause
    double referenceSlope = qQNaN(); //!< the reference's slope over the same years
};

struct OutlierSentenceInput
{
    QString indicatorName;
    QString unit;
    int decimals = 1;
    QString regionName;
    RegionLevel level = RegionLevel::Wijk;
    int year = 0;
    double value = 0;
    double levelMean = 0;
    double z = 0; //!< (value - levelMean) / SD; "ver boven/onder" only from kFarOutlierZ
};

//! "Het aandeel ... in Wijk 07 stijgt sinds 2015 met 0,4 procentpunt per jaar (q = 0,01),
//! sneller dan gemiddeld in Demostad."
QString trendSentence(const TrendSentenceInput &input);
//! "Het aandeel ... in Wijk 07 ligt in 2023 met 23,4 % ver boven het gemiddelde van de
//! wijken (12,1 %)." ("ver" only when isFarOutlier(z)).
QString outlierSentence(const OutlierSentenceInput &input);
//! |z| from which a sentence may say a value lies far above or below the mean.
constexpr double kFarOutlierZ = 2.0;
bool isFarOutlier(double z);
//! How a region's trend compares with its reference's (the clause after the trend).
enum class ReferenceComparison
{
    None,           //!< no reference, or no reference slope
    ReferenceLevel, //!< the reference stays level
    ReferenceRises, //!< opposite directions: the reference rises
    ReferenceFalls, //!< opposite directions: the reference falls
    Faster,         //!< same direction, steeper than the reference
    Slower          //!< same direction, less steep
};
ReferenceComparison compareWithReference(double slope, const QString &referenceName,
                                         double referenceSlope);
//! "q = 0,01", "q = 0,004" or "q < 0,001" in locale.
QString qText(double q, const QLocale &locale);
//! "q = 0,01", "q = 0,004" or "q < 0,001".
QString dutchQ(double q);

} // namespace wijk::engine
