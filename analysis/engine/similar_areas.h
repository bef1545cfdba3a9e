// Similar areas: for one region, the regions of the same level nearest to it on
// standardised indicators (z-scores over the level's regions in one period), Euclidean
// distance. With CBS data for all municipalities this is the "vergelijkbare gemeenten" list.
#pragma once

#include "engine/dataset.h"

namespace wijk::engine {

struct SimilarArea
{
    int region = -1;     //!< index in the dataset
    double distance = 0; //!< on z-scores, sqrt(sum of squared differences)
};

struct SimilarAreasResult
{
    std::vector<SimilarArea> peers; //!< nearest first; ties by region code
    //! Regions of the level left out because a chosen indicator has no value for them.
    int leftOut = 0;
    //! Indicators left out because they do not vary over the level (no z-score).
    QStringList constant;
};

//! The k regions most like `region` in period index p on the indicators (dataset indices),
//! among the regions of its level that exist in p and have a value for every indicator.
//! Empty when the region itself lacks a value.
SimilarAreasResult similarAreas(const Dataset &dataset, int region, int p,
                                const std::vector<int> &indicators, int k);

//! The default indicators for a level: those with a value for at least 90 % of its regions
//! in period p, of kind ratio, mean or value (counts only measure size), in catalogue order.
std::vector<int> defaultSimilarityIndicators(const Dataset &dataset, RegionLevel level, int p);

} // namespace wijk::engine
