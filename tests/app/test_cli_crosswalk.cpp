// wijkmonitor-cli crosswalk import, info and values/trends --division on Oudstad
// (tests/common/crosswalk_fixture.h): exit codes, idempotent re-import, all or nothing on a
// bad line, the harmonised CSV with the new division's regions and source `harmonised`.
#include "crosswalk_fixture.h"
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "qgis_test_main.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;
using namespace wijk::import;
using namespace wijk::workspace;

class TestCliCrosswalk : public QObject
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

    //! The rows of a CSV without quoted fields, by "region|indicator|period".
    static QMap<QString, QStringList> rowsOf(const QByteArray &csv, QStringList *header)
    {
        QMap<QString, QStringList> rows;
        const QStringList lines =
            QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        *header = lines.value(0).split(QLatin1Char(','));
        for (int k = 1; k < lines.size(); ++k) {
            const QStringList fields = lines[k].split(QLatin1Char(','));
            rows.insert(fields.value(0) + QLatin1Char('|') + fields.value(3) + QLatin1Char('|') +
                            fields.value(4),
                        fields);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!test::cliPath().isEmpty());
        // The assertions read the English messages; the CLI speaks Dutch by default.
        qputenv("WIJK_LANG", "en");
        mWorkspace = test::workspaceLocation(mDir, QStringLiteral("oudstad.gpkg"));
        QString error;
        auto workspace = Workspace::open(mWorkspace, Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace && test::oudstad::fill(*workspace, &error), qPrintable(error));
    }

    void aBadLineImportsNothing()
    {
        const QString bad = test::writeFile(mDir, "bad.csv",
                                            "from_code,to_code,weight\n"
                                            "WK900102,WK900103,300\n"
                                            "WK900102,WK900104,-5\n");
        QByteArray out, err;
        QCOMPARE(run({"crosswalk", "import", "--workspace", mWorkspace, bad, "--from-year", "2017",
                      "--to-year", "2024"},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("bad.csv:3: weight:"), err.constData());
        QCOMPARE(run({"info", "--workspace", mWorkspace}, &out), 0);
        QVERIFY2(out.contains("Crosswalks (0):"), out.constData());
    }

    void importsOnceAndListsIt()
    {
        const QString path = test::writeFile(mDir, "oudstad.csv", test::oudstad::crosswalkCsv());
        QByteArray out, err;
        QCOMPARE(run({"crosswalk", "import", "--workspace", mWorkspace, path}, &out, &err), 0);
        QVERIFY2(out.contains("2017 -> 2024"), out.constData());
        QCOMPARE(run({"crosswalk", "import", "--workspace", mWorkspace, path}, &out, &err), 0);
        QVERIFY2(out.contains("nothing changed"), out.constData());
        QCOMPARE(run({"info", "--workspace", mWorkspace}, &out), 0);
        QVERIFY2(out.contains("Crosswalks (1):"), out.constData());
        QVERIFY(out.contains("2017 -> 2024  file  5 pairs"));
    }

    void valuesOnTheNewDivision()
    {
        QByteArray out, err;
        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "wijk", "--division", "2024",
                      "--period", "2017", "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        QStringList header;
        const auto rows = rowsOf(out, &header);
        const int value = int(header.indexOf(QStringLiteral("value")));
        const int source = int(header.indexOf(QStringLiteral("source")));
        QCOMPARE(rows.size(), 4); // the 2024 wijken only
        QCOMPARE(rows.value("WK900103|inwoners|2017").value(value), QStringLiteral("1500"));
        QCOMPARE(rows.value("WK900103|inwoners|2017").value(source), QStringLiteral("harmonised"));
        QCOMPARE(rows.value("WK900104|inwoners|2017").value(value), QStringLiteral("500"));
        QCOMPARE(rows.value("WK900101|inwoners|2017").value(value), QStringLiteral("1000"));
        QCOMPARE(rows.value("WK900101|inwoners|2017").value(source), QStringLiteral("delivered"));
        QVERIFY(!rows.contains("WK900102|inwoners|2017"));

        QCOMPARE(run({"values", "--workspace", mWorkspace, "--level", "gemeente", "--division",
                      "2024", "--period", "2017", "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        QCOMPARE(rowsOf(out, &header).value("GM9001|inwoners|2017").value(value),
                 QStringLiteral("3500"));
    }

    //! Without a crosswalk --division is bad input; export names the crosswalk it used.
    void exportSaysWhichFiguresAreEstimates()
    {
        QByteArray out, err;
        const QString bare = test::workspaceLocation(mDir, QStringLiteral("bare.gpkg"));
        {
            QString error;
            auto workspace =
                workspace::Workspace::open(bare, workspace::Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(workspace && test::oudstad::fill(*workspace, &error), qPrintable(error));
        }
        QCOMPARE(run({"values", "--workspace", bare, "--level", "wijk", "--division", "2024",
                      "--out", "-"},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("holds no crosswalk"), err.constData());

        const QString file = mDir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(run({"export", "--workspace", mWorkspace, "--division", "2024", "--level", "wijk",
                      "--indicator", "inwoners", "--out", file},
                     &out, &err),
                 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QLatin1String("harmonisation")) &&
                     text.contains(QLatin1String("division 2024; 2017-2024 (file, crosswalk:")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("WK900103,")));
        QVERIFY(!text.contains(QLatin1String("WK900102,")));
        QVERIFY(text.contains(QLatin1String(",2017,1500,estimated,")));
    }

    void trendsRunAcrossTheBreak()
    {
        QByteArray out, err;
        QCOMPARE(run({"trends", "--workspace", mWorkspace, "--level", "wijk", "--division", "2024",
                      "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        QStringList header;
        const QStringList lines =
            QString::fromUtf8(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        header = lines.value(0).split(QLatin1Char(','));
        const int first = int(header.indexOf(QStringLiteral("first_period")));
        const int reason = int(header.indexOf(QStringLiteral("series_start_reason")));
        bool found = false;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.value(0) != QLatin1String("WK900103"))
                continue;
            found = true;
            QCOMPARE(fields.value(first), QStringLiteral("2017")); // across the 2024 break
            QCOMPARE(fields.value(reason), QStringLiteral("harmonised_estimates_until_2017"));
        }
        QVERIFY2(found, out.constData());
    }

    //! Demostad splits Waterrijk-West (BU99990903) in 2020; an area crosswalk derived from
    //! its two divisions puts 2015-2019 on the 2020 buurten, and the halves add up.
    void derivedFromTheDemoBoundaries()
    {
        GDALAllRegister();
        QString error;
        QVERIFY2(demo::writeDemoExtract(mDir.filePath("demo"), &error), qPrintable(error));
        const QString demo = mDir.filePath("demo.gpkg");
        {
            auto workspace = Workspace::open(demo, Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(workspace, qPrintable(error));
            ImportRequest request;
            request.input = mDir.filePath("demo");
            ImportReport report;
            QCOMPARE(importExtract(*workspace, request, report).status,
                     ImportOutcome::Status::Imported);
        }
        QByteArray out, err;
        QCOMPARE(run({"crosswalk", "derive", "--workspace", demo, "--from-year", "2015",
                      "--to-year", "2020", "--weights", "area"},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("derived:area:") && out.contains(":2015-2020"), out.constData());
        QCOMPARE(run({"crosswalk", "derive", "--workspace", demo, "--from-year", "2015",
                      "--to-year", "2020", "--weights", "area"},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("nothing changed"), out.constData());
        QCOMPARE(run({"values", "--workspace", demo, "--level", "buurt", "--division", "2024",
                      "--period", "2017", "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        QStringList header;
        const auto rows = rowsOf(out, &header);
        const int value = int(header.indexOf(QStringLiteral("value")));
        const int source = int(header.indexOf(QStringLiteral("source")));
        QVERIFY(!rows.contains("BU99990903|inwoners|2017"));
        const QStringList strand = rows.value("BU99990906|inwoners|2017");
        const QStringList haven = rows.value("BU99990907|inwoners|2017");
        QCOMPARE(strand.value(source), QStringLiteral("harmonised"));
        QCOMPARE(rows.value("BU99990901|inwoners|2017").value(source), QStringLiteral("delivered"));
        QCOMPARE(run({"values", "--workspace", demo, "--level", "buurt", "--period", "2017",
                      "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        const double whole =
            rowsOf(out, &header).value("BU99990903|inwoners|2017").value(value).toDouble();
        QVERIFY(whole > 0);
        QVERIFY(
            qFuzzyCompare(strand.value(value).toDouble() + haven.value(value).toDouble(), whole));
    }

    //! signals and map take --division too: the 2020 buurten, the old one gone.
    void signalsAndMapOnTheNewDivision()
    {
        const QString demo = mDir.filePath("demo.gpkg"); // with the crosswalk derived above
        QByteArray out, err;
        QCOMPARE(run({"signals", "--workspace", demo, "--level", "buurt", "--division", "2020",
                      "--include-small-numbers", "--out", "-"},
                     &out, &err),
                 0);
        QVERIFY2(out.startsWith("region,region_name,level,indicator,signal"),
                 out.left(200).constData());
        QVERIFY2(!out.contains("BU99990903"), out.constData());
        QCOMPARE(run({"values", "--workspace", demo, "--level", "buurt", "--division", "2020",
                      "--indicator", "inwoners", "--out", "-"},
                     &out, &err),
                 0);
        QVERIFY(out.contains("BU99990906") && !out.contains("BU99990903"));
        const QString map = mDir.filePath("map-2017.png");
        QCOMPARE(run({"map", "--workspace", demo, "--level", "buurt", "--division", "2020",
                      "--indicator", "inwoners", "--period", "2017", "--out", map},
                     &out, &err),
                 0);
        QVERIFY(QFileInfo(map).size() > 1000);
    }

    //! Profiles and memos of figures moved onto the 2020 division say how in their methods
    //! section: the division, the crosswalk (years, weight kind) and how each kind moves.
    void methodsSectionsNameTheCrosswalk()
    {
        const QString demo = mDir.filePath("demo.gpkg"); // with the crosswalk derived above
        QVERIFY(QFile::exists(demo));
        const auto pdfText = [](const QString &pdf) {
            QProcess process;
            process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput()).simplified();
        };
        const QStringList method = {
            QStringLiteral("Omgerekende cijfers."),
            QStringLiteral("geschat op de indeling van 2020, met de omrekentabel 2015\u21922020, "
                           "gewogen naar de oppervlakte die oude en nieuwe gebieden delen"),
            QStringLiteral("Aantallen (zoals inwoners) zijn over de nieuwe gebieden verdeeld naar "
                           "hun aandeel in het gewicht van het oude gebied"),
            QStringLiteral("Percentages en verhoudingen zijn opnieuw berekend uit de omgerekende "
                           "teller en noemer, gemiddelden gewogen met de omgerekende noemer"),
            QStringLiteral("overige waarden zijn het naar gewicht gewogen gemiddelde")};
        QByteArray out, err;
        for (const bool converted : {true, false}) {
            QStringList division;
            if (converted)
                division << QStringLiteral("--division") << QStringLiteral("2020");
            const QString profile = mDir.filePath(converted ? "profile-2020.pdf" : "profile.pdf");
            const QString memo = mDir.filePath(converted ? "memo-2020.pdf" : "memo.pdf");
            QCOMPARE(run(QStringList{"report", "--workspace", demo, "--region", "WK999909", "--out",
                                     profile} +
                             division,
                         &out, &err),
                     0);
            QCOMPARE(
                run(QStringList{"memo", "--workspace", demo, "--out", memo} + division, &out, &err),
                0);
            for (const QString &pdf : {profile, memo}) {
                const QString text = pdfText(pdf);
                QVERIFY2(text.contains(QStringLiteral("Kleine aantallen.")), qPrintable(pdf));
                for (const QString &sentence : method)
                    QVERIFY2(text.contains(sentence) == converted,
                             qPrintable(pdf + QStringLiteral(": ") + sentence));
            }
        }
    }
};

WIJK_QGIS_TEST_MAIN(TestCliCrosswalk)
#include "test_cli_crosswalk.moc"
