// The memo's "Waar het samenkomt": for the memo's key indicators, where the regions with high
// values lie together, in the sentence of engine::clusterSentence() over the clusters the
// window's Clusters map and `wijkmonitor-cli spatial` find (presentation::clusterMap, queen
// weights of the division in force, 999 permutations, seed 12345).
#pragma once

#include "reports/report_data.h"

#include <QStringList>
#include <vector>

namespace wijk::reports {

//! One sentence per indicator (dataset indices, in that order) whose high values cluster
//! significantly among the level's regions in the latest year; indicators without a cluster,
//! or whose weights cannot be had, say nothing.
QStringList memoClusterSentences(const ReportData &data, const std::vector<int> &indicators,
                                 RegionLevel level);

} // namespace wijk::reports
