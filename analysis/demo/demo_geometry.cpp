#include "demo/demo_geometry.h"

#include "demo/demo_random.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <ogr_api.h>

namespace wijk::demo {

namespace {

double snapped(double value)
{
    return std::round(value / kGridMetres) * kGridMetres;
}

void snapCurve(OGRSimpleCurve &curve)
{
    for (int i = 0; i < curve.getNumPoints(); ++i)
        curve.setPoint(i, snapped(curve.getX(i)), snapped(curve.getY(i)));
}

DemoPoint circumcentre(const DemoPoint &a, const DemoPoint &b, const DemoPoint &c)
{
    // Relative to a, which keeps the arithmetic well conditioned at RD New magnitudes.
    const double bx = b.x - a.x, by = b.y - a.y, cx = c.x - a.x, cy = c.y - a.y;
    const double d = 2.0 * (bx * cy - by * cx);
    const double b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
    return {a.x + (cy * b2 - by * c2) / d, a.y + (bx * c2 - cx * b2) / d};
}

struct Triangle
{
    int corner[3];
    DemoPoint centre;
};

//! Whether \a x lies inside triangle (a, b, c) with every barycentric weight above 0.08.
bool wellInside(const DemoPoint &x, const DemoPoint &a, const DemoPoint &b, const DemoPoint &c)
{
    const double d = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
    const double wa = ((b.y - c.y) * (x.x - c.x) + (c.x - b.x) * (x.y - c.y)) / d;
    const double wb = ((c.y - a.y) * (x.x - c.x) + (a.x - c.x) * (x.y - c.y)) / d;
    return wa > 0.08 && wb > 0.08 && 1.0 - wa - wb > 0.08;
}

//! The bent points inside the Voronoi edge between triangles i and j, in i -> j order.
//! Each bent point stays inside the fan triangle (seed, edge) of the cell it bulges into,
//! which keeps every cell simple; it depends only on the edge, so both cells agree.
std::vector<DemoPoint> bentEdge(const std::vector<Triangle> &triangles,
                                const std::vector<DemoPoint> &seeds, int i, int j, double bend)
{
    const int lo = std::min(i, j), hi = std::max(i, j);
    const DemoPoint &p = triangles[lo].centre, &q = triangles[hi].centre;
    const double dx = q.x - p.x, dy = q.y - p.y, length = std::hypot(dx, dy);
    std::vector<DemoPoint> points;
    if (length < 60.0 || bend <= 0.0)
        return points;
    std::vector<int> shared; // the Delaunay edge dual to this Voronoi edge
    for (const int a : triangles[lo].corner) {
        for (const int b : triangles[hi].corner) {
            if (a == b)
                shared.push_back(a);
        }
    }
    if (shared.size() != 2)
        return points;
    const double nx = -dy / length, ny = dx / length;
    for (const double t : {0.35, 0.65}) {
        double offset = bend * length * hashedSigned(lo, hi * 2 + (t < 0.5 ? 0 : 1));
        for (int attempt = 0; attempt < 8; ++attempt, offset /= 2) {
            const DemoPoint x{p.x + t * dx + offset * nx, p.y + t * dy + offset * ny};
            if (wellInside(x, p, q, seeds[shared[0]]) || wellInside(x, p, q, seeds[shared[1]])) {
                points.push_back(x);
                break;
            }
        }
    }
    if (lo != i)
        std::reverse(points.begin(), points.end());
    return points;
}

OGRGeometryUniquePtr polygonFrom(const std::vector<DemoPoint> &points)
{
    auto ring = std::make_unique<OGRLinearRing>();
    for (const DemoPoint &point : points)
        ring->addPoint(snapped(point.x), snapped(point.y));
    ring->closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return OGRGeometryUniquePtr(polygon.release());
}

} // namespace

void snapToGrid(OGRGeometry &geometry)
{
    if (auto *curve = dynamic_cast<OGRSimpleCurve *>(&geometry)) {
        snapCurve(*curve);
    } else if (auto *polygon = dynamic_cast<OGRCurvePolygon *>(&geometry)) {
        for (int i = 0; i < polygon->getNumInteriorRings() + 1; ++i) {
            OGRCurve *ring =
                i == 0 ? polygon->getExteriorRingCurve() : polygon->getInteriorRingCurve(i - 1);
            if (ring)
                snapToGrid(*ring);
        }
    } else if (auto *collection = dynamic_cast<OGRGeometryCollection *>(&geometry)) {
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            snapToGrid(*collection->getGeometryRef(i));
    }
}

OGRGeometryUniquePtr toMultiPolygon(const OGRGeometry &geometry)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        multi->addGeometry(&geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        const auto *collection = geometry.toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            const OGRGeometry *part = collection->getGeometryRef(i);
            if (wkbFlatten(part->getGeometryType()) == wkbPolygon)
                multi->addGeometry(part);
        }
    }
    return OGRGeometryUniquePtr(multi.release());
}

double areaOf(const OGRGeometry &geometry)
{
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&geometry)));
}

OGRGeometryUniquePtr makeOutline(DemoRandom &random, double cx, double cy, double radius,
                                 double aspect, double tilt)
{
    double amplitude[7] = {0, 0, 0.11, 0.08, 0.05, 0.0, 0.035};
    double phase[7] = {};
    for (int k = 2; k < 7; ++k)
        phase[k] = random.uniform(0.0, 2.0 * M_PI);
    const int vertices = 120;
    const double stretch = std::sqrt(aspect);
    std::vector<DemoPoint> points;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2.0 * M_PI * i / vertices;
        double r = 1.0 + random.uniform(-0.012, 0.012);
        for (int k = 2; k < 7; ++k)
            r += amplitude[k] * std::sin(k * angle + phase[k]);
        const double u = radius * r * std::cos(angle) * stretch;
        const double v = radius * r * std::sin(angle) / stretch;
        points.push_back({cx + u * std::cos(tilt) - v * std::sin(tilt),
                          cy + u * std::sin(tilt) + v * std::cos(tilt)});
    }
    return polygonFrom(points);
}

double outlineRadius(const OGRGeometry &outline, double cx, double cy, double angle)
{
    OGRLineString ray;
    ray.addPoint(cx, cy);
    ray.addPoint(cx + 1e5 * std::cos(angle), cy + 1e5 * std::sin(angle));
    OGRGeometryUniquePtr inside(outline.Intersection(&ray));
    if (!inside)
        return 0.0;
    return OGR_G_Length(OGRGeometry::ToHandle(inside.get()));
}

std::vector<OGRGeometryUniquePtr> voronoiCells(const std::vector<DemoPoint> &seeds,
                                               const OGRGeometry &outline, double bend,
                                               QString *error)
{
    std::vector<OGRGeometryUniquePtr> cells;
    OGREnvelope extent;
    outline.getEnvelope(&extent);
    const double mx = (extent.MinX + extent.MaxX) / 2, my = (extent.MinY + extent.MaxY) / 2;
    const double far = 3.0 * std::max(extent.MaxX - extent.MinX, extent.MaxY - extent.MinY);

    // A ring of ghost seeds far outside makes every real seed interior, so its cell is bounded.
    std::vector<DemoPoint> all = seeds;
    for (int i = 0; i < 36; ++i)
        all.push_back({snapped(mx + far * std::cos(i * M_PI / 18)),
                       snapped(my + far * std::sin(i * M_PI / 18))});
    std::map<std::pair<double, double>, int> indexOf;
    OGRMultiPoint points;
    for (int i = 0; i < int(all.size()); ++i) {
        indexOf[{all[i].x, all[i].y}] = i;
        points.addGeometryDirectly(new OGRPoint(all[i].x, all[i].y));
    }
    OGRGeometryUniquePtr triangles(points.DelaunayTriangulation(0.0, FALSE));
    if (!triangles || !OGR_GT_IsSubClassOf(triangles->getGeometryType(), wkbGeometryCollection)) {
        *error = QCoreApplication::translate("demo", "Delaunay triangulation failed");
        return cells;
    }

    std::vector<Triangle> centres;
    std::vector<std::vector<int>> incident(seeds.size());
    const auto *collection = triangles->toGeometryCollection();
    for (int t = 0; t < collection->getNumGeometries(); ++t) {
        const auto *ring = collection->getGeometryRef(t)->toPolygon()->getExteriorRing();
        int corner[3];
        for (int k = 0; k < 3; ++k) {
            const auto found = indexOf.find({ring->getX(k), ring->getY(k)});
            if (found == indexOf.end()) {
                *error = QCoreApplication::translate("demo", "Triangulation moved a seed");
                return cells;
            }
            corner[k] = found->second;
        }
        centres.push_back({{corner[0], corner[1], corner[2]},
                           circumcentre(all[corner[0]], all[corner[1]], all[corner[2]])});
        for (const int k : corner) {
            if (k < int(seeds.size()))
                incident[k].push_back(int(centres.size()) - 1);
        }
    }

    for (int s = 0; s < int(seeds.size()); ++s) {
        std::vector<int> around = incident[s];
        auto angle = [&](int t) {
            return std::atan2(centres[t].centre.y - seeds[s].y, centres[t].centre.x - seeds[s].x);
        };
        std::sort(around.begin(), around.end(), [&](int a, int b) { return angle(a) < angle(b); });
        std::vector<DemoPoint> ring;
        for (int k = 0; k < int(around.size()); ++k) {
            const int from = around[k], to = around[(k + 1) % around.size()];
            ring.push_back(centres[from].centre);
            for (const DemoPoint &bent : bentEdge(centres, all, from, to, bend))
                ring.push_back(bent);
        }
        OGRGeometryUniquePtr cell = polygonFrom(ring);
        if (!cell->IsValid()) {
            *error = QCoreApplication::translate("demo", "Voronoi cell %1 is not valid").arg(s);
            return {};
        }
        OGRGeometryUniquePtr clipped(cell->Intersection(&outline));
        if (!clipped) {
            *error = QCoreApplication::translate("demo", "Clipping cell %1 failed").arg(s);
            return {};
        }
        snapToGrid(*clipped);
        cells.push_back(std::move(clipped));
    }
    return cells;
}

std::pair<OGRGeometryUniquePtr, OGRGeometryUniquePtr>
splitThroughCentroid(const OGRGeometry &polygon, double angle)
{
    OGRPoint centroid;
    polygon.Centroid(&centroid);
    const double cx = snapped(centroid.getX()), cy = snapped(centroid.getY());
    const double big = 1e5, dx = std::cos(angle), dy = std::sin(angle);
    auto halfPlane = [&](double side) {
        const double nx = -dy * side, ny = dx * side;
        return polygonFrom({{cx - big * dx, cy - big * dy},
                            {cx + big * dx, cy + big * dy},
                            {cx + big * dx + big * nx, cy + big * dy + big * ny},
                            {cx - big * dx + big * nx, cy - big * dy + big * ny}});
    };
    OGRGeometryUniquePtr left(polygon.Intersection(halfPlane(1.0).get()));
    OGRGeometryUniquePtr right(polygon.Intersection(halfPlane(-1.0).get()));
    if (left)
        snapToGrid(*left);
    if (right)
        snapToGrid(*right);
    return {std::move(left), std::move(right)};
}

OGRGeometryUniquePtr unionOf(const std::vector<const OGRGeometry *> &parts)
{
    OGRMultiPolygon collected;
    for (const OGRGeometry *part : parts) {
        OGRGeometryUniquePtr multi = toMultiPolygon(*part);
        for (int i = 0; i < multi->toMultiPolygon()->getNumGeometries(); ++i)
            collected.addGeometry(multi->toMultiPolygon()->getGeometryRef(i));
    }
    OGRGeometryUniquePtr merged(collected.UnionCascaded());
    if (!merged)
        return OGRGeometryUniquePtr(new OGRMultiPolygon);
    snapToGrid(*merged);
    return toMultiPolygon(*merged);
}

} // namespace wijk::demo
