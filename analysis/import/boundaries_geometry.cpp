#include "import/boundaries_geometry.h"

#include "import/rd_new_extent.h"

#include <cpl_error.h>
#include <memory>
#include <ogr_geometry.h>

namespace wijk::import::boundaries {

namespace {
struct GeometryDeleter
{
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

//! The polygonal parts of any geometry (MakeValid may return a collection with lines).
void collectPolygons(const OGRGeometry *geometry, OGRMultiPolygon *out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        out->addGeometry(geometry);
    } else if (type == wkbCurvePolygon) {
        GeometryPtr linear(OGRGeometryFactory::forceToPolygon(geometry->clone()));
        if (linear)
            out->addGeometry(linear.get());
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection ||
               type == wkbMultiSurface) {
        const auto *collection = geometry->toGeometryCollection();
        for (const OGRGeometry *part : *collection)
            collectPolygons(part, out);
    }
}

bool isPolygonal(const OGRGeometry *geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    return type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon ||
           type == wkbMultiSurface || type == wkbGeometryCollection;
}
} // namespace

PreparedBoundary prepareBoundary(const OGRGeometry *geometry, OGRCoordinateTransformation *ct)
{
    PreparedBoundary result;
    if (!geometry || geometry->IsEmpty()) {
        result.state = PreparedBoundary::State::Collapsed;
        return result;
    }
    if (!isPolygonal(geometry)) {
        result.state = PreparedBoundary::State::NotPolygon;
        result.detail = QString::fromUtf8(geometry->getGeometryName());
        return result;
    }
    GeometryPtr work(geometry->clone());
    if (ct && work->transform(ct) != OGRERR_NONE) {
        result.state = PreparedBoundary::State::ReprojectionFailed;
        return result;
    }
    if (!withinRdNewExtent(*work)) {
        result.state = PreparedBoundary::State::OutsideNetherlands;
        return result;
    }
    if (!work->IsValid()) {
        CPLErrorReset();
        // IsValid() reported the reason through CPL; keep it for the warning.
        work->IsValid();
        result.detail = QString::fromUtf8(CPLGetLastErrorMsg());
        GeometryPtr repaired(work->MakeValid());
        if (!repaired) {
            result.state = PreparedBoundary::State::Collapsed;
            return result;
        }
        work = std::move(repaired);
        result.state = PreparedBoundary::State::Repaired;
    }
    auto *multi = new OGRMultiPolygon();
    GeometryPtr polygons(multi);
    collectPolygons(work.get(), multi);
    if (multi->IsEmpty() || multi->get_Area() <= 0) {
        result.state = PreparedBoundary::State::Collapsed;
        return result;
    }
    if (result.state == PreparedBoundary::State::Repaired && !multi->IsValid()) {
        // Parts of a repaired collection may touch along edges; dissolve them.
        GeometryPtr dissolved(multi->UnionCascaded());
        if (!dissolved || !dissolved->IsValid()) {
            result.state = PreparedBoundary::State::Collapsed;
            return result;
        }
        auto *again = new OGRMultiPolygon();
        polygons.reset(again);
        collectPolygons(dissolved.get(), again);
        multi = again;
    }
    result.wkb.resize(static_cast<int>(multi->WkbSize()));
    multi->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(result.wkb.data()), wkbVariantIso);
    return result;
}

} // namespace wijk::import::boundaries
