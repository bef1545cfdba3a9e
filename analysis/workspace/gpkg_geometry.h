// GeoPackage binary geometry (GP header + envelope + WKB), as the GeoPackage standard
// section 2.1.3 defines it, built from and read back to plain WKB with OGR.
#pragma once

#include <QByteArray>
#include <QString>

namespace wijk::workspace::gpkg {

constexpr int kRdNewSrsId = 28992;

struct PreparedGeometry
{
    QByteArray blob; //!< GeoPackage blob, MULTIPOLYGON, little endian, XY envelope
    double areaM2 = 0;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

//! Turns WKB (RD New) into a GeoPackage MULTIPOLYGON blob; false with *error when the
//! WKB is not readable, not polygonal, empty or invalid (OGR IsValid).
[[nodiscard]] bool prepareMultiPolygon(const QByteArray &wkb, PreparedGeometry *out,
                                       QString *error);

//! The WKB part of a GeoPackage blob (empty when the blob is empty or malformed).
QByteArray wkbFromBlob(const QByteArray &blob);

//! The WKT of an EPSG code as GDAL knows it (for gpkg_spatial_ref_sys).
QString epsgWkt(int epsg);

} // namespace wijk::workspace::gpkg
