// Boundaries import on small fixtures (tests/data/cbs): GeoJSON in WGS84 without CRS with
// an invalid and a collapsed polygon, a kaart-style GeoPackage with three layers and water
// parts, a TopoJSON, and a file whose every problem must be reported at once.
#include "import/boundaries_import.h"
#include "import/cbs_kwb_import.h"
#include "import_test_helpers.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

using namespace wijk;

namespace {
QString fixture(const char *name)
{
    return test::dataPath(QStringLiteral("cbs/") + QString::fromLatin1(name));
}

import::boundaries::BoundariesImportOptions bounds(const char *name, int period = 0){
    import::boundaries::BoundariesImportOptions options;
options.path = fixture(name);
options.period = period;
return options;
} // namespace

QHash<QString, Region> regionsOf(const workspace::Workspace &ws, int vintage)
{
    QHash<QString, Region> regions;
    for (const Region &r : ws.regions()) {
        if (r.vintage == vintage)
            regions.insert(r.code, r);
    }
    return regions;
}

} // namespace

using namespace wijk::test;

class TestBoundariesImport : public QObject
{
    Q_OBJECT

private slots:
    void geoJsonRepairsAndWarns();
    void kaartGeoPackage();
    void topoJson();
    void updatesKwbRegions();
    void everyErrorAtOnce();
};

void TestBoundariesImport::geoJsonRepairsAndWarns()
{
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(import::boundaries::looksLikeBoundaries(fixture("wijken-mini-2020.geojson")));
    const auto result =
        import::boundaries::importBoundaries(*t.ws, bounds("wijken-mini-2020.geojson"), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.vintage, 2020);
    QCOMPARE(result.regions, 4);
    QCOMPARE(result.repaired, 1);
    QCOMPARE(result.withoutGeometry, 1);
    // GDAL itself gives GeoJSON its RFC 7946 CRS (WGS84); only TopoJSON comes without one.
    QVERIFY(!hasProblem(report, 0, "", "assuming WGS84"));
    QVERIFY(hasProblem(report, 2, "geometry", "repaired with MakeValid"));
    QVERIFY(hasProblem(report, 3, "geometry", "without geometry"));

    const auto regions = regionsOf(*t.ws, 2020);
    QCOMPARE(regions.value(QStringLiteral("WK040201")).name, QStringLiteral("Centrum"));
    QCOMPARE(regions.value(QStringLiteral("WK040201")).parent, QStringLiteral("GM0402"));
    QCOMPARE(regions.value(QStringLiteral("GM0402")).level, RegionLevel::Gemeente); // padded code
    // 0.01 x 0.01 degree at 52.2 N is about 683 m x 1112 m in RD New.
    const double area = regions.value(QStringLiteral("WK040201")).areaM2;
    QVERIFY2(area > 0.70e6 && area < 0.82e6, qPrintable(QString::number(area)));
    QVERIFY(std::isnan(regions.value(QStringLiteral("WK040203")).areaM2));
    QVERIFY(!t.ws->regionGeometryWkb(QStringLiteral("WK040202"), 2020).isEmpty());

    import::ImportReport again;
    QVERIFY(import::boundaries::importBoundaries(*t.ws, bounds("wijken-mini-2020.geojson"), again)
                .alreadyImported);
}

void TestBoundariesImport::kaartGeoPackage()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result =
        import::boundaries::importBoundaries(*t.ws, bounds("kaart-mini-2021.gpkg"), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.vintage, 2021);
    QCOMPARE(result.regions, 5); // the gemeente's water part is skipped, not a duplicate
    QVERIFY(hasProblem(report, 0, "water", "1 water features"));
    const auto regions = regionsOf(*t.ws, 2021);
    QCOMPARE(regions.value(QStringLiteral("GM0402")).name, QStringLiteral("Hilversum"));
    QCOMPARE(regions.value(QStringLiteral("WK040206")).name, QStringLiteral("Oost"));
    QCOMPARE(regions.value(QStringLiteral("BU04020101")).name, QStringLiteral("Oude Haven"));
    QCOMPARE(regions.value(QStringLiteral("BU04020101")).parent, QStringLiteral("WK040201"));
    QCOMPARE(regions.value(QStringLiteral("BU04020101")).level, RegionLevel::Buurt);
    QCOMPARE(regions.value(QStringLiteral("GM0402")).areaM2, 64e6); // RD New stays as it is
    // Attribute columns of the kaart (with -99999999 sentinels) are not imported as values.
    QCOMPARE(t.ws->observationCount(), 0);
}

void TestBoundariesImport::topoJson()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result =
        import::boundaries::importBoundaries(*t.ws, bounds("wijken-mini-2014.topojson"), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.vintage, 2014);
    QCOMPARE(result.regions, 2);
    QVERIFY(hasProblem(report, 0, "", "WGS84"));
    const auto regions = regionsOf(*t.ws, 2014);
    QCOMPARE(regions.value(QStringLiteral("WK040202")).name, QStringLiteral("Wijk 02 Noordwest"));
    QVERIFY(regions.value(QStringLiteral("WK040201")).areaM2 > 0);
}

void TestBoundariesImport::updatesKwbRegions()
{
    TempWorkspace t;
    import::ImportReport kwbReport;
    import::cbs::KwbImportOptions options;
    options.path = fixture("kwb-mini-2017.csv");
    options.format = QString::fromLatin1(import::cbs::kFormatKwbCsv);
    options.period = 2020; // pretend the table is of the boundaries' year
    QVERIFY(import::cbs::importKwb(*t.ws, options, kwbReport).ok);
    QCOMPARE(regionsOf(*t.ws, 2020).value(QStringLiteral("WK040201")).name,
             QStringLiteral("Wijk 01 (Hilversum)"));
    import::ImportReport report;
    QVERIFY(
        import::boundaries::importBoundaries(*t.ws, bounds("wijken-mini-2020.geojson"), report).ok);
    const auto regions = regionsOf(*t.ws, 2020);
    QCOMPARE(regions.value(QStringLiteral("WK040201")).name, QStringLiteral("Centrum"));
    QVERIFY(!std::isnan(regions.value(QStringLiteral("WK040201")).areaM2));
    QCOMPARE(t.ws->extracts().size(), std::size_t(2));
}

void TestBoundariesImport::everyErrorAtOnce()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result =
        import::boundaries::importBoundaries(*t.ws, bounds("boundaries-bad-2020.geojson"), report);
    QVERIFY(!result.ok);
    QVERIFY(hasProblem(report, 2, "statcode", "appears twice"));
    QVERIFY(hasProblem(report, 3, "statcode", "not a CBS region code"));
    QVERIFY(hasProblem(report, 4, "geometry", "not an area"));
    QCOMPARE(report.errorCount(), 3);
    QCOMPARE(t.ws->regions().size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestBoundariesImport)
#include "test_boundaries_import.moc"
