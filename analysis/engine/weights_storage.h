// Spatial weights in and out of the workspace: built from its boundaries, saved with how
// they were made, and loaded back for an analysis (workspace/weights_table.h stores them).
#pragma once

#include "engine/contiguity.h"
#include "engine/spatial_weights.h"

#include <optional>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::engine {

//! Weights as stored: with their name and the transform analyses use by default.
struct StoredWeights
{
    QString name;
    SpatialWeights weights;
    WeightsTransform transform = WeightsTransform::RowStandardised;
};

//! The boundaries of a level's regions in one vintage (code order) from the workspace.
std::vector<RegionBoundary> levelBoundaries(const workspace::Workspace &workspace,
                                            RegionLevel level, int vintage);

//! The name weights get unless the user gives one: "wijk-2017-queen", "buurt-2024-knn6".
QString defaultWeightsName(const SpatialWeights &weights);

//! Weights of a level's regions in one vintage made as `spec` says: "queen", "rook",
//! "knn:K" (K >= 1) from the workspace's boundaries, or "gal:FILE" read from a GeoDa file
//! (its ids must be regions of that level and vintage). nullopt with *error (Dutch) when
//! the spec is not one of those, the level has no boundaries there, or the file is bad.
std::optional<SpatialWeights> buildWeights(const workspace::Workspace &workspace, RegionLevel level,
                                           int vintage, const QString &spec, QString *error);

//! The weights an analysis of a level's regions in `vintage` uses for `spec`, as the command
//! line and the window both find them: weights stored under the name `spec` (their level
//! must be `level`); for queen, rook and knn:K the weights stored under the name they would
//! get (defaultWeightsName(), same level and vintage), so weights made once are reused;
//! otherwise made now (buildWeights()). nullopt with *error (Dutch) when none can be had.
struct ResolvedWeights
{
    StoredWeights stored;
    bool fromWorkspace = false; //!< read from the workspace (false: made now)
};
std::optional<ResolvedWeights> resolveWeights(const workspace::Workspace &workspace,
                                              const QString &spec, RegionLevel level, int vintage,
                                              QString *error);

//! Saves the weights under `name` (replacing weights of that name), in one transaction.
bool saveWeights(workspace::Workspace &workspace, const StoredWeights &stored, QString *error);

//! The weights stored under `name`; nullopt with *error when absent.
std::optional<StoredWeights> loadWeights(const workspace::Workspace &workspace, const QString &name,
                                         QString *error);

} // namespace wijk::engine
