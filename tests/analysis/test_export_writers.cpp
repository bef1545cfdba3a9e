// The data export writers on small hand-made tables: CSV bytes, XLSX and GeoPackage read
// back through GDAL, formula neutralisation, provenance and byte-for-byte determinism.
#include "export/csv_writer.h"
#include "export/ogr_writer.h"
#include "model_fixture.h"

#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace wijk;

namespace {

exports::Provenance sampleProvenance()
{
    exports::Provenance p;
    p.extractId = QStringLiteral("demo-2025-001");
    p.extractCreated = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    p.workspaceFile = QStringLiteral("demo.gpkg");
    p.exportedAt = QDateTime(QDate(2026, 11, 28), QTime(21, 0), Qt::UTC);
    p.version = QStringLiteral("0.1.0");
    return p;
}

exports::ExportTable sampleTable(bool withGeometry)
{
    exports::ExportTable table;
    table.name = QStringLiteral("waarden");
    table.columns = {{QStringLiteral("region"), exports::ColumnType::Text},
                     {QStringLiteral("name"), exports::ColumnType::Text},
                     {QStringLiteral("period"), exports::ColumnType::Integer},
                     {QStringLiteral("value"), exports::ColumnType::Real, 1},
                     {QStringLiteral("status"), exports::ColumnType::Text}};
    const auto geometry = [&](double x) {
        return withGeometry ? test::squareWkb(x, 450000, 100) : QByteArray();
    };
    table.addRow({QStringLiteral("WK040201"), QStringLiteral("Centrum, \"oud\""), 2024, 12.25,
                  QStringLiteral("final")},
                 geometry(140000));
    table.addRow({QStringLiteral("WK040202"), QStringLiteral("=HYPERLINK(\"x\")"), 2024, QVariant(),
                  QStringLiteral("suppressed")},
                 geometry(140200));
    table.addRow({QStringLiteral("WK040203"), QStringLiteral("Zuid\nwest"), 2024, -0.04,
                  QStringLiteral("@SUM(A1)")},
                 geometry(140400));
    return table;
}

QByteArray zipEntry(const QString &zipPath, const QString &entry)
{
    const QByteArray name = QStringLiteral("/vsizip/%1/%2").arg(zipPath, entry).toUtf8();
    GByte *buffer = nullptr;
    vsi_l_offset size = 0;
    if (!VSIIngestFile(nullptr, name.constData(), &buffer, &size, 64 * 1024 * 1024))
        return QByteArray();
    const QByteArray bytes(reinterpret_cast<const char *>(buffer), int(size));
    VSIFree(buffer);
    return bytes;
}

} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    void neutralisesFormulaLikeText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("plus") << "+31 6"
                              << "'+31 6";
        QTest::newRow("minus") << "-2"
                               << "'-2";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("plain") << "Centrum"
                               << "Centrum";
        QTest::newRow("inner") << "a=b"
                               << "a=b";
        QTest::newRow("empty") << ""
                               << "";
    }
    void neutralisesFormulaLikeText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(output::neutraliseFormula(input), expected);
    }

    void csvFollowsRfc4180()
    {
        const QByteArray bytes = exports::csvBytes(sampleTable(false), sampleProvenance());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF# extract_id: demo-2025-001\r\n"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral("# exported_at: 2026-11-28T21:00:00Z\r\n")));
        QVERIFY(text.contains(QStringLiteral("# workbench_version: 0.1.0\r\n")));
        QVERIFY(text.contains(QStringLiteral("region,name,period,value,status\r\n")));
        QVERIFY(
            text.contains(
                QStringLiteral("WK040201,\"Centrum, \"\"oud\"\"\",2024,12.3,final\r\n")) ||
            text.contains(QStringLiteral("WK040201,\"Centrum, \"\"oud\"\"\",2024,12.2,final\r\n")));
        // Neutralised text, an empty cell for a value we may not show, a quoted newline.
        QVERIFY(text.contains(
            QStringLiteral("WK040202,\"'=HYPERLINK(\"\"x\"\")\",2024,,suppressed\r\n")));
        QVERIFY(text.contains(QStringLiteral("WK040203,\"Zuid\nwest\",2024,0.0,'@SUM(A1)\r\n")));
    }

    void csvDutchDialectUsesSemicolonAndDecimalComma()
    {
        exports::CsvOptions options;
        options.delimiter = QLatin1Char(';');
        options.provenanceComment = false;
        options.byteOrderMark = false;
        const QString text =
            QString::fromUtf8(exports::csvBytes(sampleTable(false), sampleProvenance(), options));
        QVERIFY(text.startsWith(QStringLiteral("region;name;period;value;status\r\n")));
        QVERIFY(text.contains(QStringLiteral("WK040201;\"Centrum, \"\"oud\"\"\";2024;12,")));
    }

    void xlsxReadsBackThroughGdal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        QString error;
        QVERIFY2(exports::writeOgr(path, exports::OgrFormat::Xlsx, {sampleTable(false)},
                                   sampleProvenance(), &error),
                 qPrintable(error));
        GDALDatasetH dataset =
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        QCOMPARE(GDALDatasetGetLayerCount(dataset), 2);
        OGRLayerH values = GDALDatasetGetLayerByName(dataset, "waarden");
        QVERIFY(values);
        QCOMPARE(OGR_L_GetFeatureCount(values, TRUE), GIntBig(3));
        OGR_L_ResetReading(values);
        OGRFeatureH first = OGR_L_GetNextFeature(values);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(first, 0)), QStringLiteral("WK040201"));
        QCOMPARE(OGR_F_GetFieldAsDouble(first, 3), 12.25);
        OGR_F_Destroy(first);
        OGRFeatureH second = OGR_L_GetNextFeature(values);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(second, 1)),
                 QStringLiteral("'=HYPERLINK(\"x\")"));
        QVERIFY(!OGR_F_IsFieldSetAndNotNull(second, 3));
        OGR_F_Destroy(second);
        OGRLayerH metadata = GDALDatasetGetLayerByName(dataset, "metadata");
        QVERIFY(metadata);
        QStringList keys;
        OGR_L_ResetReading(metadata);
        while (OGRFeatureH row = OGR_L_GetNextFeature(metadata)) {
            // An all-text sheet has no detectable header row: GDAL reads "key" as data.
            const QString key = QString::fromUtf8(OGR_F_GetFieldAsString(row, 0));
            if (key != QLatin1String("key"))
                keys << key;
            OGR_F_Destroy(row);
        }
        QCOMPARE(keys, QStringList({"extract_id", "extract_created", "workspace", "exported_at",
                                    "workbench_version"}));
        GDALClose(dataset);

        const QByteArray strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains("demo-2025-001"));
        QVERIFY(strings.contains("&apos;@SUM(A1)") || strings.contains("'@SUM(A1)"));
        QVERIFY(!strings.contains("<t>=HYPERLINK"));
        QVERIFY(!zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<f>"));
    }

    void xlsxIsDeterministic()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.xlsx"));
        const QString b = dir.filePath(QStringLiteral("b.xlsx"));
        QString error;
        QVERIFY2(exports::writeOgr(a, exports::OgrFormat::Xlsx, {sampleTable(false)},
                                   sampleProvenance(), &error),
                 qPrintable(error));
        QVERIFY2(exports::writeOgr(b, exports::OgrFormat::Xlsx, {sampleTable(false)},
                                   sampleProvenance(), &error),
                 qPrintable(error));
        for (const QString &entry :
             {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
              QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("xl/workbook.xml")}) {
            const QByteArray left = zipEntry(a, entry);
            QVERIFY2(!left.isEmpty(), qPrintable(entry));
            QCOMPARE(left, zipEntry(b, entry));
        }
        QCOMPARE(exports::csvBytes(sampleTable(false), sampleProvenance()),
                 exports::csvBytes(sampleTable(false), sampleProvenance()));
    }

    void geoPackageKeepsGeometryAndProvenance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.gpkg"));
        QString error;
        QVERIFY2(exports::writeOgr(path, exports::OgrFormat::GeoPackage, {sampleTable(true)},
                                   sampleProvenance(), &error),
                 qPrintable(error));
        GDALDatasetH dataset =
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        QCOMPARE(QString::fromUtf8(GDALGetMetadataItem(dataset, "extract_id", nullptr)),
                 QStringLiteral("demo-2025-001"));
        OGRLayerH values = GDALDatasetGetLayerByName(dataset, "waarden");
        QVERIFY(values);
        QCOMPARE(OGR_L_GetFeatureCount(values, TRUE), GIntBig(3));
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(values);
        QVERIFY(srs);
        QCOMPARE(QString::fromLatin1(OSRGetAuthorityCode(srs, nullptr)), QStringLiteral("28992"));
        OGR_L_ResetReading(values);
        OGRFeatureH feature = OGR_L_GetNextFeature(values);
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        QVERIFY(geometry);
        QCOMPARE(OGR_G_Area(geometry), 10000.0);
        // A GeoPackage is a database for QGIS, not a spreadsheet: text stays verbatim.
        OGR_F_Destroy(feature);
        feature = OGR_L_GetNextFeature(values);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(feature, 1)),
                 QStringLiteral("=HYPERLINK(\"x\")"));
        OGR_F_Destroy(feature);
        QVERIFY(GDALDatasetGetLayerByName(dataset, "metadata"));
        GDALClose(dataset);
    }

    void unwritableTargetIsAClearError()
    {
        QString error;
        QVERIFY(!exports::writeOgr(QStringLiteral("/nonexistent-dir/x.xlsx"),
                                   exports::OgrFormat::Xlsx, {sampleTable(false)},
                                   sampleProvenance(), &error));
        QVERIFY2(error.contains(QStringLiteral("x.xlsx")), qPrintable(error));
        QVERIFY(!exports::writeCsv(QStringLiteral("/nonexistent-dir/x.csv"), sampleTable(false),
                                   sampleProvenance(), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExportWriters)
#include "test_export_writers.moc"
