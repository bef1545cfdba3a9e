// Geometry that would land in the wrong place (issue 17, defect 4): coordinates of 1e300
// (area inf), a TopoJSON arc index beyond the file's arcs (a wrong shape), regions in UTM
// 31N (y = -5,185,000), and a missing CRS that was reported once per feature.
#include "import/boundaries_import.h"
#include "import/extract_import.h"
#include "import/rd_new_extent.h"
#include "import_test_helpers.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wijk;
using namespace wijk::test;

namespace {
QString all(const import::ImportReport &report)
{
    return report.formatted().join(QLatin1Char('\n'));
}

//! A GeoJSON FeatureCollection of square wijken in the CRS given (empty: none declared).
QByteArray squares(const char *crs, const QList<std::pair<double, double>> &corners, double size)
{
    QByteArray json = "{\"type\": \"FeatureCollection\",";
    if (*crs)
        json += QByteArray("\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"") + crs +
                "\"}},";
    json += "\"features\": [";
    int n = 0;
    for (const auto &[x, y] : corners) {
        const QByteArray x0 = QByteArray::number(x, 'g', 17), y0 = QByteArray::number(y, 'g', 17);
        const QByteArray x1 = QByteArray::number(x + size, 'g', 17),
                         y1 = QByteArray::number(y + size, 'g', 17);
        if (n++ > 0)
            json += ",";
        json += "{\"type\": \"Feature\", \"properties\": {\"statcode\": \"WK04020" +
                QByteArray::number(n) + "\", \"statnaam\": \"W\"}, \"geometry\": " +
                "{\"type\": \"Polygon\", \"coordinates\": [[[" + x0 + "," + y0 + "],[" + x1 + "," +
                y0 + "],[" + x1 + "," + y1 + "],[" + x0 + "," + y1 + "],[" + x0 + "," + y0 +
                "]]]}}";
    }
    return json + "]}";
}

import::boundaries::BoundariesImportResult
importBoundaries(workspace::Workspace &ws, const QString &path,
                 import::ImportReport &report){import::boundaries::BoundariesImportOptions options;
options.path = path;
options.period = 2020;
return import::boundaries::importBoundaries(ws, options, report);
} // namespace

//! Applies f to every coordinate pair of a GeoJSON geometry's coordinates.
QJsonValue mapCoordinates(const QJsonValue &value,
                          const std::function<QJsonArray(double, double)> &f)
{
    const QJsonArray array = value.toArray();
    if (array.size() >= 2 && array.at(0).isDouble())
        return f(array.at(0).toDouble(), array.at(1).toDouble());
    QJsonArray out;
    for (const QJsonValue &item : array)
        out.append(mapCoordinates(item, f));
    return out;
}
} // namespace

class TestBoundaryPlacement : public QObject
{
    Q_OBJECT

private slots:
    void extentIsTheNetherlands();
    void hugeCoordinatesAreRefused();
    void utm31nIsRefusedNamingTheCrs();
    void topoJsonArcOutOfRange();
    void missingCrsIsSaidOncePerFile();
};

void TestBoundaryPlacement::extentIsTheNetherlands()
{
    // The real 2014 buurten (reprojected from WGS84) and the 2017 wijken lie within
    // x 7,000-278,000 and y 306,000-620,000 (test_cbs_boundaries); the bounds add a margin.
    QVERIFY(import::RdNewExtent::minX < 0 && import::RdNewExtent::maxX > 284347);
    QVERIFY(import::RdNewExtent::minY < 306744 && import::RdNewExtent::maxY > 637111);
    QVERIFY(import::rdNewExtentText().contains(QLatin1String("295000")));
}

void TestBoundaryPlacement::hugeCoordinatesAreRefused()
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, "wijken-2020.geojson",
        squares("urn:ogc:def:crs:EPSG::28992", {{140000, 470000}, {141000, 470000}}, 1e300));
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importBoundaries(*t.ws, path, report).ok);
    QVERIFY2(hasProblem(report, 1, "geometry", "WK040201 and 1 other features lie outside"),
             qPrintable(all(report)));
    QVERIFY(hasProblem(report, 1, "geometry", "Amersfoort / RD New"));
    QCOMPARE(report.errorCount(), 1);
    QVERIFY(t.ws->regions().empty());
}

void TestBoundaryPlacement::utm31nIsRefusedNamingTheCrs()
{
    // RD coordinates in a file that says UTM 31N: the wijken land near the equator.
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "wijken-2020.geojson",
                  squares("urn:ogc:def:crs:EPSG::32631",
                          {{140000, 470000}, {141000, 470000}, {142000, 470000}}, 1000));
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importBoundaries(*t.ws, path, report).ok);
    QVERIFY2(hasProblem(report, 1, "geometry", "WK040201 and 2 other features lie outside"),
             qPrintable(all(report)));
    QVERIFY(hasProblem(report, 1, "geometry", "UTM zone 31N"));
    QCOMPARE(report.errorCount(), 1);
    QVERIFY(t.ws->regions().empty());

    // The same squares in RD New are fine.
    const QString rd =
        writeFile(dir, "rd-2020.geojson",
                  squares("urn:ogc:def:crs:EPSG::28992",
                          {{140000, 470000}, {141000, 470000}, {142000, 470000}}, 1000));
    import::ImportReport ok;
    QVERIFY2(importBoundaries(*t.ws, rd, ok).ok, qPrintable(all(ok)));
    QCOMPARE(t.ws->regions().size(), std::size_t(3));
}

void TestBoundaryPlacement::topoJsonArcOutOfRange()
{
    // wijken-mini-2014.topojson with the second wijk pointing at arc 7 of 3: GDAL would
    // build it from the arcs that exist and store a smaller shape without a warning.
    QFile fixture(dataPath(QStringLiteral("cbs/wijken-mini-2014.topojson")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray text = fixture.readAll();
    QVERIFY(text.contains("\"arcs\":[[-1,2]]"));
    text.replace("\"arcs\":[[-1,2]]", "\"arcs\":[[-1,7]]");
    QTemporaryDir dir;
    const QString path = writeFile(dir, "wijken-2014.topojson", text);
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importBoundaries(*t.ws, path, report).ok);
    QVERIFY2(hasProblem(report, 2, "arcs", "WK040202: arc 7 does not exist (the file has 3 arcs)"),
             qPrintable(all(report)));
    QCOMPARE(report.errorCount(), 1);
    QVERIFY(t.ws->regions().empty());

    // A reversed reference past the end (~7 = -8) is caught the same way.
    text.replace("\"arcs\":[[-1,7]]", "\"arcs\":[[-8,2]]");
    const QString reversed = writeFile(dir, "reversed-2014.topojson", text);
    import::ImportReport again;
    QVERIFY(!importBoundaries(*t.ws, reversed, again).ok);
    QVERIFY2(hasProblem(again, 2, "arcs", "arc -8 does not exist"), qPrintable(all(again)));
}

void TestBoundaryPlacement::missingCrsIsSaidOncePerFile()
{
    // The valid extract's regions moved to RD coordinates but without a "crs": GDAL reads
    // the GeoJSON as WGS84 and no feature converts. One error for the file, not one each.
    QTemporaryDir dir;
    const QString valid = dataPath(QStringLiteral("extracts/valid"));
    const QString extract = dir.filePath(QStringLiteral("extract"));
    QVERIFY(QDir().mkpath(extract));
    for (const QString &name : QDir(valid).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(valid).filePath(name), QDir(extract).filePath(name)));
    const QString regionsPath = QDir(extract).filePath(QStringLiteral("regions.geojson"));
    QFile regions(regionsPath);
    QVERIFY(regions.open(QIODevice::ReadOnly));
    QJsonObject collection = QJsonDocument::fromJson(regions.readAll()).object();
    regions.close();
    QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    QVERIFY(features.size() > 2);
    for (int i = 0; i < features.size(); ++i) {
        QJsonObject feature = features.at(i).toObject();
        QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        geometry.insert(
            QStringLiteral("coordinates"),
            mapCoordinates(geometry.value(QStringLiteral("coordinates")), [](double lon,
                                                                             double lat) {
                return QJsonArray{140000 + (lon - 5.1) * 68000, 460000 + (lat - 52.18) * 111000};
            }));
        feature.insert(QStringLiteral("geometry"), geometry);
        features.replace(i, feature);
    }
    collection.insert(QStringLiteral("features"), features);
    QVERIFY(QFile::remove(regionsPath) && regions.open(QIODevice::WriteOnly));
    regions.write(QJsonDocument(collection).toJson());
    regions.close();

    TempWorkspace t;
    import::ImportRequest request;
    request.input = extract;
    import::ImportReport report;
    QCOMPARE(import::importExtract(*t.ws, request, report).status,
             import::ImportOutcome::Status::Failed);
    int geometryErrors = 0;
    for (const import::ImportProblem &problem : report.problems())
        geometryErrors += problem.error && problem.field == QLatin1String("geometry");
    QVERIFY2(geometryErrors == 1, qPrintable(all(report)));
    const QByteArray expected = "this feature and " + QByteArray::number(features.size() - 1) +
                                " others cannot be converted";
    QVERIFY2(hasProblem(report, 1, "geometry", expected.constData()), qPrintable(all(report)));
    QVERIFY(hasProblem(report, 1, "geometry", "WGS 84"));
    QVERIFY(t.ws->regions().empty());

    // The boundaries importer says it once per layer as well.
    const QString boundariesPath =
        writeFile(dir, "wijken-2020.geojson",
                  squares("", {{140000, 470000}, {141000, 470000}, {142000, 470000}}, 1000));
    import::ImportReport boundariesReport;
    QVERIFY(!importBoundaries(*t.ws, boundariesPath, boundariesReport).ok);
    QVERIFY2(hasProblem(boundariesReport, 1, "geometry",
                        "WK040201 and 2 other features cannot be converted"),
             qPrintable(all(boundariesReport)));
    QVERIFY(hasProblem(boundariesReport, 1, "geometry", "WGS 84"));
    QCOMPARE(boundariesReport.errorCount(), 1);
    QVERIFY(t.ws->regions().empty());
}

QTEST_GUILESS_MAIN(TestBoundaryPlacement)
#include "test_boundary_placement.moc"
