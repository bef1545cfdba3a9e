// The workspace's spatial weights (schema version 6, docs/workspace.md "Spatial weights"):
// saved whole in one transaction of their own, replacing weights of the same name, and read
// back. Plain data: the engine (engine/weights_storage.h) turns them into SpatialWeights.
#pragma once

#include "model/model.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace wijk::workspace {

class Workspace;

struct WeightsRecord
{
    QString name; //!< unique in the workspace
    RegionLevel level = RegionLevel::Buurt;
    int vintage = 0;
    QString method;                          //!< queen, rook, knn, gal
    int k = 0;                               //!< for knn
    QString transform = QStringLiteral("W"); //!< B or W: the default for analyses
    QString source;                          //!< the .gal file read, for gal
    QStringList codes;                       //!< the regions, by position
    std::vector<std::pair<int, int>> links;  //!< (region, neighbour) positions
    QStringList islands;                     //!< codes without neighbours (reported)
    QDateTime createdAt;                     //!< set on save when invalid
};

//! Saves the weights (replacing any of the same name) in one transaction; false with
//! *error when the workspace is read-only, locked or cannot be written.
bool storeWeightsRecord(Workspace &workspace, const WeightsRecord &record, QString *error);

//! The weights of that name; nullopt with *error when there are none.
std::optional<WeightsRecord> readWeightsRecord(const Workspace &workspace, const QString &name,
                                               QString *error);

//! Every stored weights' description (no codes or links), by name.
std::vector<WeightsRecord> weightsRecords(const Workspace &workspace);

//! Per region of a level and vintage (code order) its RD New WKB, empty without geometry.
std::vector<std::pair<QString, QByteArray>> levelGeometries(const Workspace &workspace,
                                                            RegionLevel level, int vintage);

} // namespace wijk::workspace
