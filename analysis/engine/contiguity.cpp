#include "engine/contiguity.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <ogr_api.h>
#include <ogr_geometry.h>

namespace wijk::engine {

namespace {

struct GeometryDeleter
{
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

struct PreparedDeleter
{
    void operator()(OGRPreparedGeometryH prepared) const { OGRDestroyPreparedGeometry(prepared); }
};
using PreparedPtr = std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, PreparedDeleter>;

//! The boundaries as OGR geometries (null where a region has none).
bool readGeometries(const std::vector<RegionBoundary> &regions, std::vector<GeometryPtr> *out,
                    QString *error)
{
    out->clear();
    out->reserve(regions.size());
    for (const RegionBoundary &region : regions) {
        if (region.wkb.isEmpty()) {
            out->emplace_back();
            continue;
        }
        OGRGeometry *raw = nullptr;
        if (OGRGeometryFactory::createFromWkb(region.wkb.constData(), nullptr, &raw,
                                              size_t(region.wkb.size())) != OGRERR_NONE ||
            !raw) {
            *error = QCoreApplication::translate("wijk::engine::spatial",
                                                 "De grens van %1 is niet leesbaar (WKB).")
                         .arg(region.code);
            return false;
        }
        out->emplace_back(raw);
    }
    return true;
}

SpatialWeights weightsOf(const std::vector<RegionBoundary> &regions,
                         std::vector<std::vector<int>> neighbours, WeightsMethod method, int k)
{
    std::vector<QString> codes;
    codes.reserve(regions.size());
    for (const RegionBoundary &region : regions)
        codes.push_back(region.code);
    SpatialWeights weights(std::move(codes), std::move(neighbours));
    weights.method = method;
    weights.k = k;
    return weights;
}

} // namespace

std::optional<SpatialWeights> contiguityWeights(const std::vector<RegionBoundary> &regions,
                                                WeightsMethod method, QString *error)
{
    std::vector<GeometryPtr> geometries;
    if (!readGeometries(regions, &geometries, error))
        return std::nullopt;
    const size_t n = regions.size();
    std::vector<OGREnvelope> envelopes(n);
    std::vector<int> order;
    for (size_t i = 0; i < n; ++i)
        if (geometries[i]) {
            geometries[i]->getEnvelope(&envelopes[i]);
            order.push_back(int(i));
        }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return envelopes[size_t(a)].MinX < envelopes[size_t(b)].MinX; });

    std::vector<std::vector<int>> neighbours(n);
    for (size_t a = 0; a < order.size(); ++a) {
        const size_t i = size_t(order[a]);
        const OGREnvelope &box = envelopes[i];
        PreparedPtr prepared;
        for (size_t b = a + 1; b < order.size(); ++b) {
            const size_t j = size_t(order[b]);
            const OGREnvelope &other = envelopes[j];
            if (other.MinX > box.MaxX)
                break;
            if (other.MinY > box.MaxY || other.MaxY < box.MinY)
                continue;
            if (!prepared)
                prepared.reset(
                    OGRCreatePreparedGeometry(OGRGeometry::ToHandle(geometries[i].get())));
            if (!OGRPreparedGeometryIntersects(prepared.get(),
                                               OGRGeometry::ToHandle(geometries[j].get())))
                continue;
            if (method == WeightsMethod::Rook) {
                // A shared point only: the intersection has dimension 0.
                const GeometryPtr shared(geometries[i]->Intersection(geometries[j].get()));
                if (!shared || shared->getDimension() < 1)
                    continue;
            }
            neighbours[i].push_back(int(j));
            neighbours[j].push_back(int(i));
        }
    }
    return weightsOf(regions, std::move(neighbours),
                     method == WeightsMethod::Rook ? WeightsMethod::Rook : WeightsMethod::Queen, 0);
}

std::optional<SpatialWeights> nearestCentroidWeights(const std::vector<RegionBoundary> &regions,
                                                     int k, QString *error)
{
    std::vector<GeometryPtr> geometries;
    if (!readGeometries(regions, &geometries, error))
        return std::nullopt;
    const std::vector<std::optional<Centroid>> centroids = centroidsOf(regions);
    std::vector<int> located;
    for (size_t i = 0; i < centroids.size(); ++i)
        if (centroids[i])
            located.push_back(int(i));

    std::vector<std::vector<int>> neighbours(regions.size());
    std::vector<std::pair<double, int>> distances;
    for (const int i : located) {
        distances.clear();
        for (const int j : located) {
            if (j == i)
                continue;
            const double dx = centroids[size_t(i)]->x - centroids[size_t(j)]->x;
            const double dy = centroids[size_t(i)]->y - centroids[size_t(j)]->y;
            distances.emplace_back(dx * dx + dy * dy, j);
        }
        const size_t take = std::min(size_t(std::max(k, 0)), distances.size());
        std::partial_sort(distances.begin(), distances.begin() + ptrdiff_t(take), distances.end(),
                          [&](const std::pair<double, int> &a, const std::pair<double, int> &b) {
                              if (a.first != b.first)
                                  return a.first < b.first;
                              return regions[size_t(a.second)].code <
                                     regions[size_t(b.second)].code;
                          });
        for (size_t m = 0; m < take; ++m)
            neighbours[size_t(i)].push_back(distances[m].second);
    }
    return weightsOf(regions, std::move(neighbours), WeightsMethod::NearestCentroids, k);
}

std::vector<std::optional<Centroid>> centroidsOf(const std::vector<RegionBoundary> &regions)
{
    std::vector<std::optional<Centroid>> result(regions.size());
    std::vector<GeometryPtr> geometries;
    QString error;
    for (size_t i = 0; i < regions.size(); ++i) {
        if (!readGeometries({regions[i]}, &geometries, &error) || !geometries[0])
            continue;
        OGRPoint point;
        if (geometries[0]->Centroid(&point) == OGRERR_NONE && !point.IsEmpty())
            result[i] = Centroid{point.getX(), point.getY()};
    }
    return result;
}

} // namespace wijk::engine
