// Test fixtures for maps/: a small GeoPackage of square regions in RD New, written with
// QGIS's own writer, in the workspace's `regions` layout (code, name, level, parent, vintage).
#pragma once

#include "map_value.h"

#include <QDir>
#include <QString>
#include <QVector>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

namespace wijk::test {

//! columns x rows wijken of 1 km² (WK0001xx) in one gemeente GM0001, and one gemeente row.
inline QString writeRegionsGeoPackage(const QString &folder, int columns = 4, int rows = 3)
{
    QgsVectorLayer memory(QStringLiteral("MultiPolygon?crs=EPSG:28992&field=code:string&field="
                                         "name:string&field=level:string&field=parent:string&"
                                         "field=vintage:integer"),
                          QStringLiteral("regions"), QStringLiteral("memory"));
    QgsFeatureList features;
    const double x0 = 140000, y0 = 470000, size = 1000;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const int n = r * columns + c + 1;
            QgsFeature f(memory.fields());
            f.setGeometry(QgsGeometry::fromRect(QgsRectangle(
                x0 + c * size, y0 + r * size, x0 + (c + 1) * size, y0 + (r + 1) * size)));
            f.setAttributes(QgsAttributes()
                            << QStringLiteral("WK0001%1").arg(n, 2, 10, QLatin1Char('0'))
                            << QStringLiteral("Wijk %1").arg(n) << QStringLiteral("wijk")
                            << QStringLiteral("GM0001") << 2024);
            features.append(f);
        }
    }
    QgsFeature gm(memory.fields());
    gm.setGeometry(
        QgsGeometry::fromRect(QgsRectangle(x0, y0, x0 + columns * size, y0 + rows * size)));
    gm.setAttributes(QgsAttributes() << QStringLiteral("GM0001") << QStringLiteral("Testgemeente")
                                     << QStringLiteral("gemeente") << QString() << 2024);
    features.append(gm);
    memory.dataProvider()->addFeatures(features);

    const QString path = QDir(folder).filePath(QStringLiteral("regions.gpkg"));
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral("GPKG");
    options.layerName = QStringLiteral("regions");
    QString error;
    QgsVectorFileWriter::writeAsVectorFormatV3(&memory, path, QgsCoordinateTransformContext(),
                                               options, &error);
    return path;
}

//! A value per wijk 1..n: value = n, change = n - 6, slope = (n - 6) / 4, with region 3
//! suppressed and region 5 missing, and every even region's trend significant.
inline QVector<maps::MapValue> sampleValues(int regions = 12)
{
    QVector<maps::MapValue> values;
    for (int n = 1; n <= regions; ++n) {
        maps::MapValue v;
        v.code = QStringLiteral("WK0001%1").arg(n, 2, 10, QLatin1Char('0'));
        v.status = ValueStatus::Final;
        v.value = n * 2.5;
        v.change = n - 6.0;
        v.slope = (n - 6.0) / 4.0;
        v.significant = n % 2 == 0;
        v.signal = n == 1 ? maps::MapSignal::Worse
                          : (n == 12 ? maps::MapSignal::Better : maps::MapSignal::None);
        if (n == 3) {
            v.status = ValueStatus::Suppressed;
            v.value = v.change = v.slope = std::nan("");
        }
        if (n == 5)
            continue;
        values.append(v);
    }
    return values;
}

} // namespace wijk::test
