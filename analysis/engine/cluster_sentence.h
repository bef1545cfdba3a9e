// The memo's sentence about where high values cluster ("Waar het samenkomt"): "De buurten
// met hoge waarden voor bijstand per 1000 inwoners liggen geclusterd in het zuidoosten
// (Moran's I 0,41, p < 0,001)." Plain inputs, like engine/signal_sentences.h, so memo and
// window code can call it. Dutch is the source language.
#pragma once

#include "engine/contiguity.h"
#include "engine/spatial_analysis.h"

#include <QString>

namespace wijk::engine {

struct ClusterSentenceInput
{
    RegionLevel level = RegionLevel::Buurt;
    QString indicatorName; //!< Dutch display name
    double moranI = 0;
    double p = 1; //!< the permutation p-value (or the analytic one without permutations)
    //! Where the high-high regions lie relative to all analysed ones: "noorden" ...
    //! "noordwesten", or empty for the middle.
    QString direction;
};

//! The sentence, or an empty string when there is nothing to say: I not positive, p above
//! 0.05 or no high-high region.
QString clusterSentence(const ClusterSentenceInput &input, int highHighCount);

//! The compass direction (Dutch, "zuidoosten") of the mean centroid of the high-high
//! regions seen from the mean centroid of all analysed regions; empty when that lies within
//! a tenth of the analysed regions' extent from the middle or no centroid is known.
QString clusterDirection(const SpatialAnalysis &analysis,
                         const std::vector<std::optional<Centroid>> &centroids);

//! The sentence for an analysis (p: the permutation p-value when there is one).
QString clusterSentence(const SpatialAnalysis &analysis, const Indicator &indicator,
                        RegionLevel level, const std::vector<std::optional<Centroid>> &centroids);

} // namespace wijk::engine
