// Inputs are never written. QGIS 3.22's OGR provider opens a GeoPackage for update, and a
// filtered region layer over it bumped the file's header (change counter) although nothing
// changed in it. Region layers are read through GDAL read-only (maps/read_only_vector.h);
// these tests compare the SHA-256 of the fixtures before and after.
#include "choropleth_layer.h"
#include "qgis_test_main.h"
#include "read_only_vector.h"
#include "region_layer.h"
#include "test_support.h"

#include <QDir>
#include <qgsvectorlayer.h>

using namespace wijk;

class TestReadOnlyInputs : public QObject
{
    Q_OBJECT

private slots:
    void filteredRegionLayerLeavesTheGeoPackageAsItWas()
    {
        const QString folder = test::dataPath(QStringLiteral("cbs"));
        const auto before = test::checksumsOf(folder);
        QVERIFY(before.contains(QStringLiteral("kaart-mini-2021.gpkg")));
        {
            maps::RegionSource source;
            source.path = QDir(folder).filePath(QStringLiteral("kaart-mini-2021.gpkg"));
            source.layerName = QStringLiteral("wijken");
            source.codeField = QStringLiteral("wijkcode");
            source.nameField = QStringLiteral("wijknaam");
            source.filter = QStringLiteral("wijkcode LIKE 'WK0402%'");
            QString error;
            QVector<maps::MapValue> values;
            maps::MapValue value;
            value.code = QStringLiteral("WK040201");
            value.value = 12;
            values.append(value);
            auto map =
                maps::ChoroplethLayer::create(source, values, maps::ChoroplethSpec(), &error);
            QVERIFY2(map, qPrintable(error));
            QVERIFY(map->regions().regionCount() > 0);
            QVERIFY(map->regions().featureId(QStringLiteral("WK040201")) != FID_NULL);
            // A filter GDAL refuses is still an error naming the file.
            source.filter = QStringLiteral("no_such_field = 1");
            QVERIFY(!maps::RegionLayer::load(source, &error));
            QVERIFY2(error.contains(QLatin1String("kaart-mini-2021.gpkg")), qPrintable(error));
        }
        QCOMPARE(test::checksumsOf(folder), before);
    }

    void backgroundLayerIsACopyInMemory()
    {
        const QString path = test::dataPath(QStringLiteral("cbs/kaart-mini-2021.gpkg"));
        const QByteArray before = test::checksumOf(path);
        {
            QString error;
            auto layer = maps::loadVectorReadOnly(path, QStringLiteral("kaart"), &error);
            QVERIFY2(layer, qPrintable(error));
            QCOMPARE(layer->providerType(), QStringLiteral("memory"));
            QCOMPARE(layer->crs().authid(), QStringLiteral("EPSG:28992"));
            QVERIFY(layer->featureCount() > 0);
            QCOMPARE(layer->geometryType(), QgsWkbTypes::PolygonGeometry);
            QVERIFY(!maps::loadVectorReadOnly(test::dataPath(QStringLiteral("cbs/long-mini.csv")),
                                              QStringLiteral("csv"), &error));
        }
        QCOMPARE(test::checksumOf(path), before);
    }
};

WIJK_QGIS_TEST_MAIN(TestReadOnlyInputs)
#include "test_read_only_inputs.moc"
