// The real CBS boundaries as map layers: all 3,070 wijken of 2017 from the GeoPackage and
// the 11,691 buurten of 2014 from TopoJSON (WGS84, reprojected), Hilversum's nine wijken,
// and a map sheet of Hilversum with one wijk outlined.
#include "choropleth_layer.h"
#include "compare_near.h"
#include "map_export.h"
#include "map_layout.h"
#include "qgis_test_main.h"
#include "test_support.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <qgsfeatureiterator.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace wijk;

class TestCbsMaps : public QObject
{
    Q_OBJECT

    QMap<QString, QByteArray> mInputsBefore;

    static maps::RegionSource cbsSource(const QString &file, const QString &layer = QString())
    {
        maps::RegionSource source;
        source.path = QDir(test::cbsDataDir()).filePath(file);
        source.layerName = layer;
        source.codeField = QStringLiteral("statcode");
        source.nameField = QStringLiteral("statnaam");
        return source;
    }

private slots:
    // Inputs are never written: every CBS file has the same SHA-256 after the tests.
    void initTestCase() { mInputsBefore = test::checksumsOf(test::cbsDataDir()); }
    void cleanupTestCase() { QCOMPARE(test::checksumsOf(test::cbsDataDir()), mInputsBefore); }
    void wijken2017()
    {
        WIJK_REQUIRE_CBS_DATA();
        QString error;
        auto regions = maps::RegionLayer::load(
            cbsSource(QStringLiteral("wijken-2017.gpkg"), QStringLiteral("wijken_2017")), &error);
        QVERIFY2(regions, qPrintable(error));
        QCOMPARE(regions->regionCount(), 3070);
        QCOMPARE(regions->regionName(QStringLiteral("WK040201")), QStringLiteral("Centrum"));
        double area = 0;
        for (int n = 1; n <= 9; ++n) {
            const QgsFeatureId id = regions->featureId(QStringLiteral("WK04020%1").arg(n));
            QVERIFY(id != FID_NULL);
            area += regions->layer()->getFeature(id).geometry().area();
        }
        WIJK_COMPARE_NEAR(area / 1e6, 45.7, 0.5);
    }
    void buurten2014FromTopoJson()
    {
        WIJK_REQUIRE_CBS_DATA();
        QString error;
        auto regions =
            maps::RegionLayer::load(cbsSource(QStringLiteral("buurten-2014.topojson")), &error);
        QVERIFY2(regions, qPrintable(error));
        QCOMPARE(regions->regionCount(), 11691);
        // Reprojected from WGS84 into RD New: the Netherlands' RD extent.
        const QgsRectangle extent = regions->extentOf();
        QVERIFY2(extent.xMinimum() > 0 && extent.xMaximum() < 300000 &&
                     extent.yMinimum() > 290000 && extent.yMaximum() < 630000,
                 qPrintable(extent.toString()));
    }
    void hilversumSheetWithOutlinedWijk()
    {
        WIJK_REQUIRE_CBS_DATA();
        maps::RegionSource source =
            cbsSource(QStringLiteral("wijken-2017.gpkg"), QStringLiteral("wijken_2017"));
        source.filter = QStringLiteral("statcode LIKE 'WK0402%'");
        source.displayName = QStringLiteral("Wijken Hilversum");
        QVector<maps::MapValue> values;
        for (int n = 1; n <= 9; ++n) {
            maps::MapValue v;
            v.code = QStringLiteral("WK04020%1").arg(n);
            v.value = 10 + n * 1.5;
            v.status = n == 9 ? ValueStatus::Suppressed : ValueStatus::Final;
            values.append(v);
        }
        maps::ChoroplethSpec spec;
        spec.classification.classes = 4;
        spec.polarity = Polarity::HigherIsBetter;
        QString error;
        auto map = maps::ChoroplethLayer::create(source, values, spec, &error);
        QVERIFY2(map, qPrintable(error));
        QCOMPARE(map->regions().regionCount(), 9);
        auto outline = maps::createOutlineLayer(map->regions(), {QStringLiteral("WK040206")},
                                                QStringLiteral("Wijk 06"));
        QVERIFY(outline);
        QgsProject project;
        maps::MapLayoutText text{QStringLiteral("Hilversum, testkaart"),
                                 QStringLiteral("Wijken 2017"), QStringLiteral("Waarde"),
                                 maps::sourceLine(QStringLiteral("CBS"), QString())};
        auto layout = maps::createMapLayout(&project, {outline.get(), map->layer()},
                                            map->regions().extentOf(), text, &error);
        QVERIFY2(layout, qPrintable(error));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("cbs-hilversum.png"));
        QVERIFY2(maps::exportLayout(layout.get(), png, {}, &error), qPrintable(error));
        const QString keep = qEnvironmentVariable("WIJK_MAPS_TEST_OUT");
        if (!keep.isEmpty())
            QFile::copy(png, QDir(keep).filePath(QStringLiteral("cbs-hilversum.png")));
        const QImage image(png);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 6)
            for (int x = 0; x < image.width(); x += 6)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 30);
    }
};

WIJK_QGIS_TEST_MAIN(TestCbsMaps)
#include "test_cbs_maps.moc"
