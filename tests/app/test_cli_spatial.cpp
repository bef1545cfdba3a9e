// wijkmonitor-cli weights / spatial / eb / similar on the Demostad demo: weights kept in the
// workspace, a .gal file written by the workbench reads back the same, a seeded LISA run
// repeats exactly, EB rates next to the raw ones, similar wijken in order, bad .gal input
// named by line.
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "qgis_test_main.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;

class TestCliSpatial : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    int mVintage = 0;

    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        process.start(test::cliPath(), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }
    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QList<QStringList> rowsOf(const QByteArray &csv)
    {
        QList<QStringList> rows;
        for (const QString &line :
             QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            rows << line.split(QLatin1Char(','));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!test::cliPath().isEmpty());
        GDALAllRegister();
        QString error;
        QVERIFY2(demo::writeDemoExtract(mDir.filePath("demo"), &error), qPrintable(error));
        mWorkspace = test::workspaceLocation(mDir, QStringLiteral("demo.gpkg"));
        auto workspace = workspace::Workspace::open(
            mWorkspace, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        import::ImportRequest request;
        request.input = mDir.filePath("demo");
        import::ImportReport report;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Imported);
        const auto withBoundary = workspace->boundaryCodes(RegionLevel::Buurt);
        QVERIFY(!withBoundary.empty());
        mVintage = withBoundary.rbegin()->first;
    }

    void weightsBuildListAndGalRoundTrip()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({"weights", "build", "--workspace", mWorkspace, "--level", "buurt",
                      "--vintage", QString::number(mVintage), "--method", "queen"},
                     &out, &err),
                 0);
        const QString name = QStringLiteral("buurt-%1-queen").arg(mVintage);
        QVERIFY2(out.contains(QStringLiteral("'%1'").arg(name).toUtf8()), out.constData());
        QCOMPARE(run({"weights", "list", "--workspace", mWorkspace}, &out), 0);
        QVERIFY(out.contains(name.toUtf8() + ",buurt," + QByteArray::number(mVintage) + ",queen"));

        const QString gal = mDir.filePath("queen.gal");
        QCOMPARE(
            run({"weights", "export", "--workspace", mWorkspace, "--name", name, "--out", gal}), 0);
        QCOMPARE(run({"weights", "import", "--workspace", mWorkspace, "--level", "buurt",
                      "--vintage", QString::number(mVintage), "--gal", gal, "--name", "fromgal"},
                     &out, &err),
                 0);
        const QString again = mDir.filePath("again.gal");
        QCOMPARE(run({"weights", "export", "--workspace", mWorkspace, "--name", "fromgal", "--out",
                      again}),
                 0);
        QVERIFY(!read(gal).isEmpty());
        QCOMPARE(read(again), read(gal));
    }

    void badGalIsNamedByLine()
    {
        QTemporaryDir dir;
        const QString gal = test::writeFile(dir, "bad.gal", "2\nBU00000001 x\n");
        QByteArray err;
        QCOMPARE(run({"weights", "import", "--workspace", mWorkspace, "--level", "buurt",
                      "--vintage", QString::number(mVintage), "--gal", gal},
                     nullptr, &err),
                 2);
        QVERIFY2(err.contains("bad.gal, regel 2, veld 2"), err.constData());
    }

    void seededLisaRepeats()
    {
        const QString first = mDir.filePath("lisa1.csv");
        const QString second = mDir.filePath("lisa2.csv");
        const QString global = mDir.filePath("global.csv");
        QByteArray out;
        for (const QString &file : {first, second})
            QCOMPARE(run({"spatial", "--workspace", mWorkspace, "--level", "buurt", "--indicator",
                          "bijstand_per_1000", "--period", "2023", "--weights", "queen", "--seed",
                          "7", "--out", file, "--global-out", global},
                         &out),
                     0);
        QVERIFY2(out.startsWith("I="), out.constData());
        const QByteArray lisa = read(first);
        QCOMPARE(read(second), lisa);
        const QList<QStringList> rows = rowsOf(lisa);
        QCOMPARE(rows.first().join(','),
                 QStringLiteral("region,value,lag,local_i,e_local_i,var_local_i,z_local_i,p_sim,"
                                "q_value,cluster,status,small_numbers"));
        QVERIFY(rows.size() > 20);
        int analysed = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 12);
            if (row[10] != "analysed") {
                QVERIFY(row[3].isEmpty());
                continue;
            }
            ++analysed;
            const double p = row[7].toDouble();
            QVERIFY(p >= 0.001 && p <= 1);
            QCOMPARE(row[9] != "not significant", row[8].toDouble() <= 0.05);
        }
        QVERIFY(analysed > 10);
        const QList<QStringList> globalRows = rowsOf(read(global));
        QCOMPARE(globalRows.size(), 2);
        QCOMPARE(globalRows[0][5], QStringLiteral("I"));
        QCOMPARE(globalRows[1][14], QStringLiteral("999"));
        QCOMPARE(globalRows[1][15], QStringLiteral("7"));
    }

    void empiricalBayesNextToRaw()
    {
        QByteArray out;
        QCOMPARE(run({"eb", "--workspace", mWorkspace, "--level", "buurt", "--indicator",
                      "bijstand_per_1000", "--period", "2023", "--out", "-"},
                     &out),
                 0);
        const QList<QStringList> rows = rowsOf(out);
        QCOMPARE(rows.first().join(','),
                 QStringLiteral("region,region_name,numerator,denominator,raw_rate,eb_rate,"
                                "shrinkage"));
        int rated = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row[6].isEmpty())
                continue;
            ++rated;
            QVERIFY(qAbs(row[4].toDouble() - 1000 * row[2].toDouble() / row[3].toDouble()) < 1e-9);
            QVERIFY(row[6].toDouble() >= 0 && row[6].toDouble() <= 1);
        }
        QVERIFY(rated > 10);
        QCOMPARE(run({"eb", "--workspace", mWorkspace, "--level", "buurt", "--indicator",
                      "bijstand", "--period", "2023", "--out", "-"}),
                 2);
    }

    void similarWijkenInOrder()
    {
        QByteArray out;
        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "wijk", "--indicator",
                      "inwoners", "--period", "2023", "--out", "-"},
                     &out),
                 0);
        const QString wijk = rowsOf(out).value(1).value(0);
        QVERIFY(wijk.startsWith("WK"));
        QCOMPARE(run({"similar", "--workspace", mWorkspace, "--region", wijk, "--period", "2023",
                      "--k", "3", "--out", "-"},
                     &out),
                 0);
        const QList<QStringList> rows = rowsOf(out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].join(','), QStringLiteral("rank,region,region_name,distance"));
        for (int r = 1; r < 4; ++r) {
            QCOMPARE(rows[r][0], QString::number(r));
            QVERIFY(rows[r][1].startsWith("WK") && rows[r][1] != wijk);
            if (r > 1)
                QVERIFY(rows[r][3].toDouble() >= rows[r - 1][3].toDouble());
        }
    }
};

WIJK_QGIS_TEST_MAIN(TestCliSpatial)
#include "test_cli_spatial.moc"
