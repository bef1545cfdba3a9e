// Where the workspace's SQL differs between SQLite (GeoPackage) and PostgreSQL (PostGIS),
// besides the schema DDL (workspace_schema.cpp): how the region geometry is written and read.
// GeoPackage stores a GPKG blob (header + WKB) in `geom`; PostGIS a geometry(MultiPolygon,
// 28992). Everything else is SQL both understand.
#pragma once

#include "workspace/sql_connection.h"

#include <QByteArray>

namespace wijk::workspace::sql {

//! The expression that turns parameter `?N` (geometryParameter()) into the stored geometry.
QByteArray geometryFromParameter(Dialect dialect, int parameter);
//! What to bind for a geometry: the GPKG blob (SQLite) or its plain WKB (PostGIS).
QByteArray geometryParameter(Dialect dialect, const QByteArray &gpkgBlob);
//! The select expression of a geometry column whose value geometryToWkb() turns into WKB.
QByteArray geometrySelect(Dialect dialect, const char *column);
//! The WKB of a value read through geometrySelect().
QByteArray geometryToWkb(Dialect dialect, const QByteArray &value);

} // namespace wijk::workspace::sql
