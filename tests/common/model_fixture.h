// Hand-made model pieces the workspace, export and spatial tests build their inputs from:
// square boundaries as WKB, regions and extract records. One copy for every test file, so
// that a fixture means the same thing everywhere.
#pragma once

#include "model/model.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <ogr_geometry.h>

namespace wijk::test {

namespace detail {
inline OGRPolygon squarePolygon(double x, double y, double size)
{
    OGRPolygon polygon;
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + size, y);
    ring.addPoint(x + size, y + size);
    ring.addPoint(x, y + size);
    ring.addPoint(x, y);
    polygon.addRing(&ring);
    return polygon;
}
} // namespace detail

//! Little-endian WKB of the axis-aligned square [x, x + size] x [y, y + size] as a polygon.
inline QByteArray squareWkb(double x, double y, double size = 1.0)
{
    const OGRPolygon polygon = detail::squarePolygon(x, y, size);
    QByteArray wkb(int(polygon.WkbSize()), '\0');
    polygon.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    return wkb;
}

//! The same square as a multipolygon of one part (as boundaries are stored), ISO WKB.
inline QByteArray squareMultiPolygonWkb(double x, double y, double size = 1.0)
{
    const OGRPolygon polygon = detail::squarePolygon(x, y, size);
    OGRMultiPolygon multi;
    multi.addGeometry(&polygon);
    QByteArray wkb(int(multi.WkbSize()), '\0');
    multi.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

//! A region named "Naam <code>" of a level, its parent and vintage.
inline Region region(const QString &code, RegionLevel level, const QString &parent, int vintage)
{
    Region r;
    r.code = code;
    r.name = QStringLiteral("Naam ") + code;
    r.level = level;
    r.parent = parent;
    r.vintage = vintage;
    return r;
}

//! The record of an extract `id` of Hilversum (GM0402) made at `created` (ISO 8601), with an
//! empty manifest.
inline workspace::ExtractInfo extractInfo(const QString &id, const QString &created)
{
    workspace::ExtractInfo info;
    info.extractId = id;
    info.format = QStringLiteral("extract");
    info.municipalityCode = QStringLiteral("GM0402");
    info.municipalityName = QStringLiteral("Hilversum");
    info.created = QDateTime::fromString(created, Qt::ISODate);
    info.manifestJson = "{}";
    return info;
}

} // namespace wijk::test
