// wijkmonitor-cli values / trends / signals on the Demostad demo, imported into a workspace
// through the import API: columns, statuses, the planted trends, suppressed values without
// numbers, exit codes.
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "qgis_test_main.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;

class TestCliEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

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

    //! Parses our RFC 4180 output (no embedded line breaks in these files) into rows.
    static QList<QStringList> parse(const QByteArray &bytes)
    {
        QList<QStringList> rows;
        for (const QString &line :
             QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            QStringList fields;
            QString field;
            bool quoted = false;
            for (int k = 0; k < line.size(); ++k) {
                const QChar c = line.at(k);
                if (quoted && c == '"' && k + 1 < line.size() && line.at(k + 1) == '"') {
                    field += '"';
                    ++k;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields << field;
                    field.clear();
                } else {
                    field += c;
                }
            }
            fields << field;
            rows << fields;
        }
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
    }

    void values()
    {
        const QString file = mDir.filePath("values.csv");
        QCOMPARE(
            run({"values", "--workspace", mWorkspace, "--level", "buurt", "--indicator", "bijstand",
                 "--indicator", "bijstand_per_1000", "--period", "2023", "--out", file}),
            0);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parse(in.readAll());
        QCOMPARE(rows.first(), QString("region,region_name,level,indicator,period,value,status,"
                                       "source,series_start_reason,small_numbers")
                                   .split(','));
        QCOMPARE(rows.size(), 1 + 53 * 2);
        int suppressed = 0;
        int small = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 10);
            // A count never rests on small numbers; a shown ratio may (buurten under 100).
            QVERIFY(row[9] == "false" || (row[3] == "bijstand_per_1000" && !row[5].isEmpty()));
            small += row[9] == "true" ? 1 : 0;
            QCOMPARE(row[2], QStringLiteral("buurt"));
            QCOMPARE(row[4], QStringLiteral("2023"));
            if (row[6] == "suppressed") {
                ++suppressed;
                QVERIFY(row[5].isEmpty()); // never the number
            } else if (row[3] == "bijstand" && !row[5].isEmpty()) {
                const double v = row[5].toDouble();
                QVERIFY(v == 0 || v >= 10);
            }
        }
        QVERIFY(suppressed > 0);
        QVERIFY(small > 0);
    }

    void derivedWijkValues()
    {
        QByteArray out;
        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "wijk", "--indicator",
                      "inwoners", "--period", "2020", "--out", "-"},
                     &out),
                 0);
        const QList<QStringList> rows = parse(out);
        QCOMPARE(rows.size(), 12);
        for (const QStringList &row : rows.mid(1))
            QVERIFY(row[6] == "derived" || row[7] == "delivered");
    }

    void trendsFindPlantedTrend()
    {
        QByteArray out;
        QCOMPARE(run({"trends", "--workspace", mWorkspace, "--level", "wijk", "--indicator",
                      "pct_laag_inkomen", "--from", "2015", "--to", "2024", "--out", "-"},
                     &out),
                 0);
        const QList<QStringList> rows = parse(out);
        const QStringList header = rows.first();
        QCOMPARE(header.size(), 28);
        QCOMPARE(header.mid(0, 27).join(','),
                 QStringLiteral("region,region_name,level,indicator,n,first_period,last_period,"
                                "first_value,last_value,change_abs,change_pct,ols_slope,ols_se,"
                                "ols_lo,ols_hi,ols_r2,sen_slope,sen_lo,sen_hi,mk_s,mk_var_s,mk_z,"
                                "mk_p,mk_tau,q_value,direction,signal"));
        QCOMPARE(header.last(), QStringLiteral("series_start_reason"));
        bool found = false;
        for (const QStringList &row : rows.mid(1)) {
            if (row[0] != "WK999907")
                continue;
            found = true;
            QCOMPARE(row[25], QStringLiteral("up"));
            QCOMPARE(row[26], QStringLiteral("worsening"));
            QVERIFY(row[24].toDouble() < 0.05);
            QVERIFY(row[16].contains('.') || row[16].contains('e'));
        }
        QVERIFY(found);
    }

    void splitInBuurtTrends()
    {
        QByteArray out;
        QCOMPARE(run({"trends", "--workspace", mWorkspace, "--level", "buurt", "--indicator",
                      "inwoners", "--out", "-"},
                     &out),
                 0);
        bool strand = false;
        for (const QStringList &row : parse(out))
            if (row[0] == "BU99990906") {
                strand = true;
                QCOMPARE(row[5], QStringLiteral("2020"));
                QCOMPARE(row[27], QStringLiteral("boundary_change_2020"));
            }
        QVERIFY(strand);
    }

    void signals_()
    {
        const QString file = mDir.filePath("signals.csv");
        QCOMPARE(run({"signals", "--workspace", mWorkspace, "--level", "wijk", "--out", file}), 0);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parse(in.readAll());
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first(),
                 QString("region,region_name,level,indicator,signal,assessment,strength,"
                         "since_year,slope,q_value,year,value,z,explanation,small_numbers")
                     .split(','));
        bool hoogkamp = false;
        for (const QStringList &row : rows.mid(1))
            if (row[0] == "WK999907" && row[3] == "pct_laag_inkomen" && row[4] == "worsening")
                hoogkamp = row[13].startsWith("Het aandeel huishoudens met laag inkomen in "
                                              "Hoogkamp stijgt sinds 2015");
        QVERIFY(hoogkamp);
        // What needs attention first (issue 12): unfavourable, favourable, neutral, each
        // strongest first; nothing that rests on small numbers (De Schans: 60 inhabitants).
        const QStringList order = {"unfavourable", "favourable", "neutral"};
        QCOMPARE(rows[1][5], QStringLiteral("unfavourable"));
        QSet<QString> seen;
        for (int k = 1; k < rows.size(); ++k) {
            QVERIFY2(order.contains(rows[k][5]), qPrintable(rows[k][5]));
            seen << rows[k][5];
            QCOMPARE(rows[k][14], QStringLiteral("false"));
            QVERIFY(!(rows[k][1] == "De Schans" && rows[k][3] == "misdrijven_per_1000"));
            if (k < 2)
                continue;
            QVERIFY(order.indexOf(rows[k - 1][5]) <= order.indexOf(rows[k][5]));
            if (rows[k - 1][5] == rows[k][5])
                QVERIFY(rows[k - 1][6].toDouble() >= rows[k][6].toDouble());
        }
        QCOMPARE(seen.size(), 3);

        // --include-small-numbers lists what was held back, marked.
        QCOMPARE(run({"signals", "--workspace", mWorkspace, "--level", "wijk",
                      "--include-small-numbers", "--out", file}),
                 0);
        in.close();
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QStringList> all = parse(in.readAll());
        bool schans = false;
        int heldBack = 0;
        for (const QStringList &row : all.mid(1)) {
            heldBack += row[14] == "true" ? 1 : 0;
            if (row[1] == "De Schans" && row[3] == "misdrijven_per_1000") {
                QCOMPARE(row[14], QStringLiteral("true"));
                schans = true;
            }
        }
        QVERIFY(schans);
        QCOMPARE(all.size() - heldBack, rows.size());
    }

    void badInput()
    {
        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "straat", "--out", "-"}), 1);
        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "wijk", "--out", "-",
                      "--indicator", "nope"}),
                 2);
        QCOMPARE(run({"trends", "--workspace", mDir.filePath("absent.gpkg"), "--out", "-"}), 2);
        QCOMPARE(run({"trends", "--workspace", mWorkspace}), 1);
        QByteArray out;
        QCOMPARE(run({"signals", "--help"}, &out), 0);
        QVERIFY(out.contains("--level"));
    }
};

WIJK_QGIS_TEST_MAIN(TestCliEngine)
#include "test_cli_engine.moc"
