// The real CBS boundaries (../shared/data/cbs): wijken 2017 (GeoPackage, RD New) and the
// coarse 2014 wijken and buurten (TopoJSON, WGS84 without a declared CRS).
#include "compare_near.h"
#include "import/boundaries_import.h"
#include "import/cbs_kwb_import.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

using namespace wijk;

namespace {

import::boundaries::BoundariesImportOptions bounds(const QString &path, int period = 0){
    import::boundaries::BoundariesImportOptions options;
options.path = path;
options.period = period;
return options;
} // namespace

//! Options for one KWB import.
import::cbs::KwbImportOptions kwb(const QString &path, const char *format, int period,
                                  const QStringList &metadata = {}){
    import::cbs::KwbImportOptions options;
options.path = path;
options.format = QString::fromLatin1(format);
options.period = period;
options.metadata = metadata;
return options;
}
const Region *findRegion(const std::vector<Region> &regions, const QString &code, int vintage)
{
    for (const Region &r : regions) {
        if (r.code == code && r.vintage == vintage)
            return &r;
    }
    return nullptr;
}
} // namespace

class TestCbsBoundaries : public QObject
{
    Q_OBJECT

    //! This test's own copy of the CBS files. The extract id of a boundaries file holds its
    //! SHA-256, so "already imported" depends on the bytes staying put between two imports;
    //! tests running in parallel read the same shared files, and one that wrote into them
    //! (QGIS once bumped a GeoPackage's header) made this test fail instead of itself.
    QTemporaryDir mInputs;
    QMap<QString, QByteArray> mInputsBefore;

    QString cbsFile(const QString &name) const { return mInputs.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(mInputs.isValid());
        const QDir shared(test::cbsDataDir());
        if (test::cbsDataDir().isEmpty())
            return;
        for (const QString &name : shared.entryList(QDir::Files))
            QVERIFY(QFile::copy(shared.filePath(name), cbsFile(name)));
        mInputsBefore = test::checksumsOf(mInputs.path());
    }
    // Inputs are never written: every CBS file has the same SHA-256 after the tests.
    void cleanupTestCase() { QCOMPARE(test::checksumsOf(mInputs.path()), mInputsBefore); }
    void wijken2017WithKwb();
    void topoJson2014();
};

void TestCbsBoundaries::wijken2017WithKwb()
{
    WIJK_REQUIRE_CBS_DATA();
    QTemporaryDir dir;
    QString openError;
    auto ws = workspace::Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    import::ImportReport kwbReport;
    const auto csv =
        kwb(cbsFile(QStringLiteral("kwb-2017-nl.csv")), import::cbs::kFormatKwbCsv, 2017);
    QVERIFY(import::cbs::importKwb(*ws, csv, kwbReport).ok);
    QCOMPARE(findRegion(ws->regions(), QStringLiteral("WK040206"), 2017)->name,
             QStringLiteral("Wijk 06 (Hilversum)"));

    const auto gpkg = bounds(cbsFile(QStringLiteral("wijken-2017.gpkg")));
    QVERIFY(import::boundaries::looksLikeBoundaries(cbsFile(QStringLiteral("wijken-2017.gpkg"))));
    QVERIFY(!import::boundaries::looksLikeBoundaries(cbsFile(QStringLiteral("kwb-2017-nl.csv"))));
    import::ImportReport report;
    const auto result = import::boundaries::importBoundaries(*ws, gpkg, report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.vintage, 2017); // from the file name
    QCOMPARE(result.regions, 3070);
    QCOMPARE(result.repaired, 0);
    QCOMPARE(report.warningCount(), 0);

    const auto regions = ws->regions();
    const Region *oost = findRegion(regions, QStringLiteral("WK040206"), 2017);
    QVERIFY(oost);
    QCOMPARE(oost->name, QStringLiteral("Oost")); // the boundaries name the wijk
    QCOMPARE(oost->parent, QStringLiteral("GM0402"));
    double hilversum = 0;
    for (const Region &r : regions) {
        if (r.vintage == 2017 && r.level == RegionLevel::Wijk &&
            r.parent == QLatin1String("GM0402"))
            hilversum += r.areaM2;
    }
    WIJK_COMPARE_NEAR(hilversum / 1e6, 45.7, 0.5);
    QVERIFY(!ws->regionGeometryWkb(QStringLiteral("WK040206"), 2017).isEmpty());

    import::ImportReport again;
    QVERIFY(import::boundaries::importBoundaries(*ws, gpkg, again).alreadyImported);
}

void TestCbsBoundaries::topoJson2014()
{
    WIJK_REQUIRE_CBS_DATA();
    QTemporaryDir dir;
    QString openError;
    auto ws = workspace::Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    for (const QString &name :
         {QStringLiteral("wijken-2014.topojson"), QStringLiteral("buurten-2014.topojson")}) {
        import::ImportReport report;
        const auto topo = bounds(cbsFile(name));
        const auto result = import::boundaries::importBoundaries(*ws, topo, report);
        QVERIFY2(result.ok, qPrintable(report.formatted().mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(result.vintage, 2014);
        qInfo("%s: %d regions, %d repaired, %d without geometry", qPrintable(name), result.regions,
              result.repaired, result.withoutGeometry);
        QVERIFY(result.repaired > 0);
        bool crsWarning = false;
        for (const import::ImportProblem &p : report.problems())
            crsWarning = crsWarning || (p.line == 0 && p.message.contains(QLatin1String("WGS84")));
        QVERIFY(crsWarning);
    }
    const auto regions = ws->regions();
    int wijken = 0, buurten = 0;
    for (const Region &r : regions) {
        wijken += r.level == RegionLevel::Wijk;
        buurten += r.level == RegionLevel::Buurt;
    }
    QCOMPARE(wijken, 2738);
    QCOMPARE(buurten, 11691);
    for (int w = 1; w <= 9; ++w) {
        const QString code = QStringLiteral("WK0402%1").arg(w, 2, 10, QLatin1Char('0'));
        QVERIFY2(findRegion(regions, code, 2014), qPrintable(code));
    }
    // Reprojected into RD New: Hilversum Oost lies around x 142 km, y 470 km.
    const Region *oost = findRegion(regions, QStringLiteral("WK040206"), 2014);
    QVERIFY(oost && !std::isnan(oost->areaM2));
    QVERIFY(!ws->regionGeometryWkb(QStringLiteral("WK040206"), 2014).isEmpty());
}

QTEST_GUILESS_MAIN(TestCbsBoundaries)
#include "test_cbs_boundaries.moc"
