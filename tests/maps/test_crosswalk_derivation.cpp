// Deriving a crosswalk from two divisions' boundaries (maps/crosswalk_derivation.h,
// docs/crosswalk.md): one square split in two halves and a pair merged give weights exactly
// 0.5/0.5 and 1 by area; a redrawn line's sliver is ignored and counted; a point on the line
// between two overlaps counts once; the point layer is never written.
#include "crosswalk_derivation.h"
#include "import/crosswalk_import.h"
#include "import/import_transaction.h"
#include "qgis_test_main.h"
#include "test_support.h"
#include "workspace/crosswalk_store.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <array>
#include <gdal.h>
#include <map>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>

using namespace wijk;
using namespace wijk::import;
using namespace wijk::workspace;

namespace {

constexpr double kX = 150000; // RD New, inside the Netherlands
constexpr double kY = 450000;

Region wijk(const char *code, int vintage)
{
    Region region;
    region.code = QString::fromLatin1(code);
    region.name = region.code;
    region.level = RegionLevel::Wijk;
    region.parent = QStringLiteral("GM9301");
    region.vintage = vintage;
    return region;
}

QByteArray rectangle(double x0, double x1)
{
    return QgsGeometry::fromRect(QgsRectangle(kX + x0, kY, kX + x1, kY + 1000)).asWkb();
}

//! 2017: three squares of 1 km side. 2024: the first split in two halves, the other two
//! merged into one region whose edge lies 0.1 m into the first square (a sliver).
bool fill(Workspace &workspace, QString *error)
{
    auto tx = ImportTransaction::begin(workspace, error);
    if (!tx)
        return false;
    const std::vector<std::pair<Region, QByteArray>> regions{
        {wijk("WK930101", 2017), rectangle(0, 1000)},
        {wijk("WK930102", 2017), rectangle(1000, 2000)},
        {wijk("WK930103", 2017), rectangle(2000, 3000)},
        {wijk("WK930104", 2024), rectangle(0, 500)},
        {wijk("WK930105", 2024), rectangle(500, 1000)},
        {wijk("WK930106", 2024), rectangle(999.9, 3000)}};
    for (const auto &[region, wkb] : regions)
        if (!tx->putRegion(region, wkb, error))
            return false;
    return tx->commit(error);
}

//! A GeoPackage of points in RD New with a weight field `adressen`.
QString writePoints(const QTemporaryDir &dir, const char *name,
                    const std::vector<std::array<double, 3>> &points)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GDALDatasetH dataset =
        GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    OGRSpatialReferenceH rd = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(rd, 28992);
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, "adressen", rd, wkbPoint, nullptr);
    OGRFieldDefnH field = OGR_Fld_Create("adressen", OFTReal);
    OGR_L_CreateField(layer, field, 1);
    OGR_Fld_Destroy(field);
    bool written = true;
    for (const auto &[x, y, weight] : points) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldDouble(feature, 0, weight);
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(point, 0, kX + x, kY + y);
        OGR_F_SetGeometryDirectly(feature, point);
        written &= OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    OSRDestroySpatialReference(rd);
    GDALClose(dataset);
    return written ? path : QString();
}

std::map<QString, double> pairsOf(const wijk::workspace::Crosswalk &crosswalk)
{
    std::map<QString, double> pairs;
    for (const wijk::workspace::CrosswalkPair &pair : crosswalk.pairs)
        pairs[pair.fromCode + QLatin1String("->") + pair.toCode] = pair.weight;
    return pairs;
}

} // namespace

class TestCrosswalkDerivation : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<Workspace> mWorkspace;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QString error;
        mWorkspace = Workspace::open(mDir.filePath(QStringLiteral("ws.gpkg")),
                                     Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(mWorkspace && fill(*mWorkspace, &error), qPrintable(error));
    }

    void areaWeightsOfASplitAndAMerger()
    {
        maps::CrosswalkDerivationOptions options;
        options.fromYear = 2017;
        options.toYear = 2024;
        QVERIFY(maps::parseWeights(QStringLiteral("area"), &options));
        maps::CrosswalkDerivation derived;
        ImportReport report;
        QVERIFY2(maps::deriveCrosswalk(*mWorkspace, options, &derived, report),
                 qPrintable(report.formatted().join(QLatin1Char('\n'))));
        const auto pairs = pairsOf(derived.crosswalk);
        QCOMPARE(pairs.size(), size_t(4));
        const double half = pairs.at("WK930101->WK930104");
        QCOMPARE(half / (half + pairs.at("WK930101->WK930105")), 0.5);
        QCOMPARE(half, 500000.0);
        QVERIFY(qFuzzyCompare(pairs.at("WK930102->WK930106"), 1000000.0));
        QVERIFY(qFuzzyCompare(pairs.at("WK930103->WK930106"), 1000000.0));
        // 0.1 m x 1 km of the first square in the merged region: a sliver, not a share.
        QCOMPARE(pairs.count("WK930101->WK930106"), size_t(0));
        QCOMPARE(derived.slivers, 1);
        QVERIFY(report.formatted().join(QLatin1Char('\n')).contains(QLatin1String("sliver")));

        ImportReport stored;
        const auto result = import::storeCrosswalk(*mWorkspace, derived.crosswalk, {},
                                                   QStringLiteral("ws.gpkg"), stored);
        QVERIFY2(result.ok, qPrintable(stored.formatted().join(QLatin1Char('\n'))));
        const auto crosswalks = wijk::workspace::readCrosswalks(*mWorkspace, false);
        QCOMPARE(crosswalks.back().method, QStringLiteral("area"));
    }

    void pointsOnALineCountOnce()
    {
        const QString path = writePoints(mDir, "adressen.gpkg",
                                         {{250, 500, 1},     // in WK930101 / WK930104
                                          {500, 500, 1},     // on the line 104 | 105
                                          {750, 200, 2},     // WK930105
                                          {1500, 500, 3},    // WK930102 / WK930106
                                          {9000, 9000, 1}}); // outside everything
        const QByteArray before = test::checksumOf(path);
        maps::CrosswalkDerivationOptions options;
        options.fromYear = 2017;
        options.toYear = 2024;
        QVERIFY(
            maps::parseWeights(QStringLiteral("points:%1:adressen:adressen").arg(path), &options));
        maps::CrosswalkDerivation derived;
        ImportReport report;
        QVERIFY2(maps::deriveCrosswalk(*mWorkspace, options, &derived, report),
                 qPrintable(report.formatted().join(QLatin1Char('\n'))));
        const auto pairs = pairsOf(derived.crosswalk);
        double total = 0;
        for (const auto &pair : pairs)
            total += pair.second;
        QCOMPARE(total, 7.0); // 1 + 1 + 2 + 3: the point on the line once
        QCOMPARE(pairs.at("WK930101->WK930104"), 2.0);
        QCOMPARE(pairs.at("WK930101->WK930105"), 2.0);
        QCOMPARE(pairs.at("WK930102->WK930106"), 3.0);
        QCOMPARE(derived.pointsOutside, 1);
        QCOMPARE(derived.crosswalk.method, QStringLiteral("points"));
        QCOMPARE(test::checksumOf(path), before); // the point layer is never written
    }

    void badWeightsAreRefused()
    {
        maps::CrosswalkDerivationOptions options;
        QVERIFY(!maps::parseWeights(QStringLiteral("adressen"), &options));
        QVERIFY(!maps::parseWeights(QStringLiteral("points:"), &options));
        const QString path = writePoints(mDir, "negatief.gpkg", {{250, 500, -1}});
        options.fromYear = 2017;
        options.toYear = 2024;
        QVERIFY(maps::parseWeights(QStringLiteral("points:%1::adressen").arg(path), &options));
        maps::CrosswalkDerivation derived;
        ImportReport report;
        QVERIFY(!maps::deriveCrosswalk(*mWorkspace, options, &derived, report));
        QCOMPARE(report.problems().front().line, 1);
        QCOMPARE(report.problems().front().field, QStringLiteral("adressen"));
    }
};

WIJK_QGIS_TEST_MAIN(TestCrosswalkDerivation)
#include "test_crosswalk_derivation.moc"
