// Vector inputs opened read-only. QGIS 3.22's OGR provider opens a GeoPackage for update
// even to draw it (a read-only flag, QgsDataProvider::ForceReadOnly, only came in 3.28), and
// merely opening and closing it rewrites the file's header: an input would be written.
// So boundaries and background layers are read through GDAL with GDAL_OF_READONLY into
// memory, and QGIS only ever sees the copy.
#pragma once

#include <QString>
#include <memory>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

class QgsVectorLayer;

namespace wijk::maps {

struct ReadOnlyVector
{
    QString layerName;
    QgsCoordinateReferenceSystem crs; //!< invalid when the file declares none
    QgsWkbTypes::Type geometryType = QgsWkbTypes::Unknown;
    QgsFields fields;
    QgsFeatureList features;
};

//! Reads one layer of the vector file at path (layerName empty: its first layer), only the
//! features matching filter (an OGR SQL WHERE clause, may be empty). False with *error
//! (naming the file) when GDAL cannot open it, has no such layer or refuses the filter.
[[nodiscard]] bool readVectorReadOnly(const QString &path, const QString &layerName,
                                      const QString &filter, ReadOnlyVector *out, QString *error);

//! The first layer of the vector file at path as a memory layer named name (for background
//! layers); nullptr with *error when it is not a vector file with geometry.
[[nodiscard]] std::unique_ptr<QgsVectorLayer>
loadVectorReadOnly(const QString &path, const QString &name, QString *error);

} // namespace wijk::maps
