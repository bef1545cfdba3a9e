// The Clusters map and the Moran scatter of one indicator, level and year, computed in one
// place for the window, `wijkmonitor-cli spatial`/`map --mode clusters` and the memo: the
// weights as engine::resolveWeights() finds them for the division in force, then
// engine::analyseSpatial() (docs/engine.md, "Spatial statistics"). The clusters a map draws
// are the `cluster` column the command line writes for the same inputs.
#pragma once

#include "chart_inputs.h"
#include "engine/cluster_sentence.h"
#include "engine/dataset.h"
#include "engine/spatial_analysis.h"
#include "engine/weights_storage.h"
#include "map_values.h"

#include <QString>
#include <QVector>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::presentation {

struct ClusterRequest
{
    RegionLevel level = RegionLevel::Wijk;
    QString indicator; //!< indicator code
    int period = 0;    //!< the year analysed
    //! Weights stored under this name, or queen | rook | knn:K | gal:FILE (the CLI's --weights).
    QString weights = QStringLiteral("queen");
    //! Permutations, seed, alpha; the transform is the weights' own (W when made now).
    engine::MoranOptions options;
};

struct ClusterMap
{
    QString error;   //!< not empty: nothing was computed (Dutch, as the engine words it)
    int vintage = 0; //!< the division whose regions the weights join
    engine::ResolvedWeights weights;
    engine::SpatialAnalysis analysis;
    //! One value per region of the weights: value, status, small numbers and cluster.
    QVector<MapValue> values;
    //! The memo's sentence (engine::clusterSentence); empty when nothing clusters.
    QString sentence;
    bool ok() const { return error.isEmpty(); }
};

//! The clusters of request over the division in force in its year (engine::divisionInForce,
//! as `wijkmonitor-cli spatial`); dataset must hold the indicator's values.
ClusterMap clusterMap(const workspace::Workspace &workspace, const engine::Dataset &dataset,
                      const ClusterRequest &request);

//! The map values of an analysis: one per region of its weights, with the value (withheld
//! and missing regions keep their status), small numbers and the cluster the analysis found.
QVector<MapValue> clusterMapValues(const engine::Dataset &dataset,
                                   const engine::SpatialAnalysis &analysis);

//! "Hoog–hoog" … "Niet significant" (translated; the legend's and the table's words).
QString clusterLabel(engine::LisaCluster cluster);

//! What the legend says about how the clusters were found: "queen-gewichten wijk-2017-queen
//! (W) · 999 permutaties, seed 12345 · Benjamini–Hochberg, q ≤ 0,05" (translated).
QString clusterMethodNote(const ClusterMap &map);

//! "Moran's I 0,41 (p 0,001; n 37)": the global line (permutation p when there is one).
QString globalMoranLine(const engine::GlobalMoran &global);

//! The Moran scatter: per analysed region its standardised value (x) and the spatial lag of
//! the standardised values (y), so the quadrants are the clusters and, with row-standardised
//! weights, the least-squares slope is Moran's I. Regions left out get no point.
ScatterChartData moranScatterData(const engine::Dataset &dataset, const ClusterMap &map,
                                  bool english);

} // namespace wijk::presentation
