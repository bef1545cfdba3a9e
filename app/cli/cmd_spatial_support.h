// Shared by the spatial CLI commands (weights, spatial, similar, eb): opening the workspace,
// the weights and transform options.
#pragma once

#include "cli/cli_command.h"
#include "engine/weights_storage.h"

#include <memory>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::cli::spatial_support {

//! Opens the --workspace (which must exist) read-only or for writing; bad input otherwise.
std::unique_ptr<workspace::Workspace> openWorkspace(const QCommandLineParser &parser,
                                                    bool writable);

//! The weights --weights names (engine::resolveWeights(), as the window finds them): weights
//! stored in the workspace under that name (their level must be `level`) or, for queen |
//! rook | knn:K, under the name they would get; otherwise queen | rook | knn:K | gal:FILE
//! made now for the level's regions in `vintage`. Bad input when they cannot be had.
engine::StoredWeights weightsOption(const workspace::Workspace &workspace, const QString &spec,
                                    RegionLevel level, int vintage);

//! --transform B|W; `fallback` when absent; usage error otherwise.
engine::WeightsTransform transformOption(const QCommandLineParser &parser,
                                         engine::WeightsTransform fallback);

//! A whole-number option >= minimum; `fallback` when absent; usage error otherwise.
qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                     qint64 minimum);

} // namespace wijk::cli::spatial_support
