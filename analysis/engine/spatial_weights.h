// Spatial weights of one level and one division (shared/docs/statistics.md, "Spatial
// statistics"): who neighbours whom, how that was made, and the binary or row-standardised
// weights the Moran statistics use. Built by engine/contiguity.h (queen, rook),
// engine/nearest_centroids.h (k nearest) or read from a GeoDa file (engine/gal_file.h);
// kept in the workspace by workspace/weights_store.h.
#pragma once

#include "model/model.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wijk::engine {

//! How the neighbours were found.
enum class WeightsMethod
{
    Queen,            //!< polygons sharing at least one point
    Rook,             //!< polygons sharing an edge of positive length
    NearestCentroids, //!< the k nearest centroids (not symmetric)
    GalFile           //!< read from a GeoDa .gal file
};

//! How a row of weights is scaled.
enum class WeightsTransform
{
    Binary,         //!< B: w_ij = 1 for each neighbour
    RowStandardised //!< W: each row sums to 1 (the default, as in GeoDa)
};

QString methodName(WeightsMethod method); //!< "queen", "rook", "knn", "gal"
std::optional<WeightsMethod> methodFromName(const QString &name);
QString transformName(WeightsTransform transform); //!< "B", "W"
std::optional<WeightsTransform> transformFromName(const QString &name);

class SpatialWeights
{
public:
    SpatialWeights() = default;
    //! codes: the regions, in the order of the neighbour lists; neighbours[i]: indices into
    //! codes (no i itself, no duplicates; sorted here).
    SpatialWeights(std::vector<QString> codes, std::vector<std::vector<int>> neighbours);

    int size() const { return int(mCodes.size()); }
    const std::vector<QString> &codes() const { return mCodes; }
    const QString &code(int i) const { return mCodes[size_t(i)]; }
    //! -1 when the code is not one of the regions.
    int indexOf(const QString &code) const { return mIndex.value(code, -1); }
    const std::vector<int> &neighbours(int i) const { return mNeighbours[size_t(i)]; }
    //! Total number of (directed) links.
    int linkCount() const;
    //! Whether j is a neighbour of i exactly when i is one of j.
    bool isSymmetric() const;
    //! The codes of regions without neighbours, in region order.
    QStringList islands() const;

    //! w_ij of i's k-th neighbour under a transform (1, or 1/k_i).
    double weight(int i, WeightsTransform transform) const;

    //! The weights among the regions kept (by index), in their order; a region whose
    //! neighbours are all dropped becomes an island of the result.
    SpatialWeights restrictedTo(const std::vector<int> &kept) const;

    // How the weights were made (stored with them in the workspace).
    RegionLevel level = RegionLevel::Buurt;
    int vintage = 0;
    WeightsMethod method = WeightsMethod::Queen;
    int k = 0;      //!< for NearestCentroids
    QString source; //!< the .gal file read, for GalFile

private:
    std::vector<QString> mCodes;
    QHash<QString, int> mIndex;
    std::vector<std::vector<int>> mNeighbours;
};

} // namespace wijk::engine
