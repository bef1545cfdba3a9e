// wijkmonitor-cli export on the Demostad workspace: CSV, XLSX and GeoPackage read back,
// provenance in each, identical content on a second run, and no withheld number anywhere.
#include "test_reports_fixture.h"

#include <QFile>
#include <ogr_api.h>

using namespace wijk;

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QSet<QString> mWithheld;

    QString path(const QString &name) const { return mDir.filePath(name); }
    QStringList base(const QString &out) const
    {
        return {QStringLiteral("export"), QStringLiteral("--workspace"), mWorkspace,
                QStringLiteral("--out"), path(out)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
        int cells = 0;
        mWithheld = test::withheldNumbers(mWorkspace, &cells);
        QVERIFY2(cells > 0, "the demo must have values that disclosure control withholds");
        QVERIFY(!mWithheld.isEmpty());
    }

    void csvHasProvenanceAndEmptyCellsForSuppressedValues()
    {
        const test::CliResult result =
            test::runCli(base(QStringLiteral("v.csv")) + QStringList{QStringLiteral("--trends")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(path(QStringLiteral("v.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("# extract_id: demostad-2025-001\r\n")));
        QVERIFY2(text.contains(
                     QStringLiteral("# workspace: %1\r\n").arg(test::workspaceShownAs(mWorkspace))),
                 qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("# exported_at: 2025-11-28T19:00:00Z\r\n")));
        QVERIFY(text.contains(QStringLiteral("# workbench_version: " WIJK_VERSION)));
        QVERIFY(text.contains(QStringLiteral("WK999901,Centrum,wijk,inwoners,Inwoners")));
        int suppressed = 0;
        for (const QString &line : text.split(QStringLiteral("\r\n"))) {
            if (!line.endsWith(QLatin1String(",suppressed,")) &&
                !line.contains(QLatin1String(",suppressed,")))
                continue;
            ++suppressed;
            // region,name,level,code,name,theme,unit,period,value,status,... : value is empty.
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral(",\\d{4},,suppressed,"))),
                     qPrintable(line));
        }
        QVERIFY(suppressed > 0);
        QVERIFY2(test::leakedNumbers(text, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(text, mWithheld).join(QLatin1Char(' '))));
        QFile trends(path(QStringLiteral("v-trends.csv")));
        QVERIFY(trends.open(QIODevice::ReadOnly));
        const QString trendText = QString::fromUtf8(trends.readAll());
        QVERIFY(trendText.contains(QStringLiteral("region_code,region_name,level,indicator_code")));
        QVERIFY2(test::leakedNumbers(trendText, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(trendText, mWithheld).join(QLatin1Char(' '))));
    }

    void csvIsIdenticalOnASecondRun()
    {
        QVERIFY(test::runCli(base(QStringLiteral("a.csv"))).exitCode == 0);
        QVERIFY(test::runCli(base(QStringLiteral("b.csv"))).exitCode == 0);
        QFile a(path(QStringLiteral("a.csv")));
        QFile b(path(QStringLiteral("b.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void xlsxReadsBackAndIsIdenticalOnASecondRun()
    {
        for (const QString &name : {QStringLiteral("a.xlsx"), QStringLiteral("b.xlsx")}) {
            const test::CliResult result = test::runCli(
                base(name) + QStringList{QStringLiteral("--trends"), QStringLiteral("--level"),
                                         QStringLiteral("buurt")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
        for (const QString &entry :
             {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
              QStringLiteral("xl/worksheets/sheet2.xml"),
              QStringLiteral("xl/worksheets/sheet3.xml")}) {
            const QString left = test::zipEntryText(path(QStringLiteral("a.xlsx")), entry);
            QVERIFY2(!left.isEmpty(), qPrintable(entry));
            QCOMPARE(left, test::zipEntryText(path(QStringLiteral("b.xlsx")), entry));
            QVERIFY2(test::leakedNumbers(left, mWithheld).isEmpty(),
                     qPrintable(entry + QLatin1Char(' ') +
                                test::leakedNumbers(left, mWithheld).join(QLatin1Char(' '))));
        }
        const QString strings = test::zipEntryText(path(QStringLiteral("a.xlsx")),
                                                   QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(QStringLiteral("demostad-2025-001")));
        QVERIFY(strings.contains(QStringLiteral("Binnenstad")));

        GDALAllRegister();
        GDALDatasetH dataset = GDALOpenEx(path(QStringLiteral("a.xlsx")).toUtf8().constData(),
                                          GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        QVERIFY(GDALDatasetGetLayerByName(dataset, "values"));
        QVERIFY(GDALDatasetGetLayerByName(dataset, "trends"));
        QVERIFY(GDALDatasetGetLayerByName(dataset, "metadata"));
        OGRLayerH values = GDALDatasetGetLayerByName(dataset, "values");
        OGR_L_SetAttributeFilter(values, "status = 'suppressed'");
        int suppressed = 0;
        const int valueField = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(values), "value");
        while (OGRFeatureH feature = OGR_L_GetNextFeature(values)) {
            QVERIFY(!OGR_F_IsFieldSetAndNotNull(feature, valueField));
            OGR_F_Destroy(feature);
            ++suppressed;
        }
        QVERIFY(suppressed > 0);
        GDALClose(dataset);
    }

    void geoPackageJoinsValuesToGeometry()
    {
        const test::CliResult result = test::runCli(
            base(QStringLiteral("v.gpkg")) +
            QStringList{QStringLiteral("--indicator"), QStringLiteral("inwoners"),
                        QStringLiteral("--indicator"), QStringLiteral("pct_laag_inkomen")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        GDALDatasetH dataset = GDALOpenEx(path(QStringLiteral("v.gpkg")).toUtf8().constData(),
                                          GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        QCOMPARE(QString::fromUtf8(GDALGetMetadataItem(dataset, "extract_id", nullptr)),
                 QStringLiteral("demostad-2025-001"));
        OGRLayerH wijken = GDALDatasetGetLayerByName(dataset, "values_wijk");
        QVERIFY(wijken);
        OGR_L_SetAttributeFilter(wijken, "region_code = 'WK999901' AND period = 2024");
        OGRFeatureH feature = OGR_L_GetNextFeature(wijken);
        QVERIFY(feature);
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        QVERIFY(geometry);
        QVERIFY(OGR_G_Area(geometry) > 10000); // m², RD New
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(feature, 1)), QStringLiteral("Centrum"));
        QVERIFY(OGR_F_GetFieldAsDouble(feature, OGR_F_GetFieldIndex(feature, "inwoners")) > 1000);
        OGR_F_Destroy(feature);
        QVERIFY(GDALDatasetGetLayerByName(dataset, "values_buurt"));
        QVERIFY(GDALDatasetGetLayerByName(dataset, "metadata"));
        GDALClose(dataset);
    }

    void badOptionsAreClearErrors()
    {
        test::CliResult result = test::runCli(base(QStringLiteral("x.txt")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("--format")));
        result = test::runCli(base(QStringLiteral("x.csv")) +
                              QStringList{QStringLiteral("--indicator"), QStringLiteral("nope")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("nope")));
        result = test::runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               path(QStringLiteral("missing.gpkg")), QStringLiteral("--out"),
                               path(QStringLiteral("x.csv"))});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
