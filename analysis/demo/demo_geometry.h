// Geometry steps of the demo town: an irregular outline, Voronoi buurten with organic
// edges, clipping, splitting and unions, all through OGR/GEOS.
#pragma once

#include <QString>
#include <ogr_geometry.h>
#include <vector>

namespace wijk::demo {

class DemoRandom;

struct DemoPoint
{
    double x = 0.0;
    double y = 0.0;
};

//! Coordinates are rounded to this grid (metres) so that edges computed twice coincide.
constexpr double kGridMetres = 0.01;

//! A closed, star-shaped outline around (cx, cy) with the given mean radius (metres),
//! irregular through a few harmonics; stretched by \a aspect along an axis at \a tilt rad.
OGRGeometryUniquePtr makeOutline(DemoRandom &random, double cx, double cy, double radius,
                                 double aspect, double tilt);

//! The outline's radius in direction \a angle from (cx, cy): where a ray leaves the polygon.
double outlineRadius(const OGRGeometry &outline, double cx, double cy, double angle);

//! Voronoi cells of \a seeds (built from OGR's Delaunay triangulation, so neighbouring cells
//! share their edge vertices exactly), edges bent by up to \a bend of their length with a
//! hash of the edge, clipped to \a outline. One (Multi)Polygon per seed, in seed order.
[[nodiscard]] std::vector<OGRGeometryUniquePtr> voronoiCells(const std::vector<DemoPoint> &seeds,
                                                             const OGRGeometry &outline,
                                                             double bend, QString *error);

//! Splits \a polygon along the line through its centroid at angle \a angle (radians):
//! first the part to the left of the line, then the part to the right.
std::pair<OGRGeometryUniquePtr, OGRGeometryUniquePtr>
splitThroughCentroid(const OGRGeometry &polygon, double angle);

//! The union of \a parts (OGR UnionCascaded), as a MultiPolygon snapped to the grid.
OGRGeometryUniquePtr unionOf(const std::vector<const OGRGeometry *> &parts);

//! Rounds every coordinate to kGridMetres, in place.
void snapToGrid(OGRGeometry &geometry);

//! The geometry as a MultiPolygon (a Polygon is wrapped; polygon parts of a collection kept).
OGRGeometryUniquePtr toMultiPolygon(const OGRGeometry &geometry);

//! Area in square metres of a (Multi)Polygon, 0 for anything else.
double areaOf(const OGRGeometry &geometry);

} // namespace wijk::demo
