// Queen and rook contiguity from region boundaries, with GEOS through OGR (no home-made
// polygon topology): queen when two boundaries share at least one point, rook when they
// share a line of positive length (or overlap). Candidate pairs come from a sweep over the
// bounding boxes, so a national level of ~15 000 buurten needs no n² tests.
#pragma once

#include "engine/spatial_weights.h"

#include <QByteArray>
#include <optional>

namespace wijk::engine {

//! One region's boundary as the workspace stores it (RD New WKB; empty when none).
struct RegionBoundary
{
    QString code;
    QByteArray wkb;
};

//! Queen or rook weights of the regions, in their order; a region without a boundary has
//! no neighbours (an island). nullopt with *error (Dutch, naming the region) when a
//! boundary cannot be read.
std::optional<SpatialWeights> contiguityWeights(const std::vector<RegionBoundary> &regions,
                                                WeightsMethod method, QString *error);

//! The k nearest regions by the distance between their centroids (ties by code order), an
//! asymmetric neighbour list; regions without a boundary are islands. k >= 1.
std::optional<SpatialWeights> nearestCentroidWeights(const std::vector<RegionBoundary> &regions,
                                                     int k, QString *error);

//! A region's centroid (OGR Centroid), the place k nearest and cluster sentences measure
//! from; nullopt without a readable boundary.
struct Centroid
{
    double x = 0;
    double y = 0;
};
std::vector<std::optional<Centroid>> centroidsOf(const std::vector<RegionBoundary> &regions);

} // namespace wijk::engine
