// Values the importers must refuse or keep as they are (issue 17, defect 4): a negative or
// fractional KWB count, a duplicate key in KWB JSON, 1e308 that would overflow every sum,
// "88.000" that a Dutch reader takes for 88000, and the status `final` that `values`
// writes and a re-import must accept.
#include "import/cbs_kwb_import.h"
#include "import/extract_import.h"
#include "import/json_duplicate_keys.h"
#include "import/long_table_import.h"
#include "import_test_helpers.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace wijk;
using namespace wijk::test;

namespace {
import::cbs::KwbImportResult importKwb(workspace::Workspace &ws, const QString &path,
                                       const char *format, import::ImportReport &report,
                                       const QStringList &metadata = {}){
    import::cbs::KwbImportOptions options;
options.path = path;
options.format = QString::fromLatin1(format);
options.period = 2017;
options.metadata = metadata;
return import::cbs::importKwb(ws, options, report);
} // namespace

QString all(const import::ImportReport &report)
{
    return report.formatted().join(QLatin1Char('\n'));
}

//! Nothing of a refused import reaches the workspace.
bool untouched(const workspace::Workspace &ws)
{
    return ws.extracts().empty() && ws.regions().empty() && ws.observationCount() == 0;
}
} // namespace

class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void negativeKwbCountIsAnError();
    void fractionalKwbCountIsAnError();
    void duplicateKeysInKwbJson();
    void implausiblyLargeValuesAreRefused();
    void ambiguousThousandsSeparator();
    void finalStatusComesBackIn();
};

void TestImportValues::negativeKwbCountIsAnError()
{
    // Without metadata the key names a count and the values are whole: -5 is a negative
    // count (docs: an error), not a reason to call the indicator a 'value'.
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "kwb-2017.csv",
                                  "WijkenEnBuurten,AantalInwoners_5\nGM0402,100\nWK040201,-5\n");
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importKwb(*t.ws, csv, import::cbs::kFormatKwbCsv, report).ok);
    QVERIFY2(hasProblem(report, 3, "AantalInwoners_5", "-5 is negative"), qPrintable(all(report)));
    QCOMPARE(report.errorCount(), 1);
    QVERIFY(untouched(*t.ws));
}

void TestImportValues::fractionalKwbCountIsAnError()
{
    // With DataProperties AantalInwoners is aantal / Absolute / Long: a whole count.
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "kwb-2017.csv",
                                  "WijkenEnBuurten,AantalInwoners_5,Bevolkingsdichtheid_33\n"
                                  "GM0402,100,.5\nWK040201,.5,12.5\n");
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importKwb(*t.ws, csv, import::cbs::kFormatKwbCsv, report,
                       {dataPath(QStringLiteral("cbs/kwb-mini-2024-DataProperties.json"))})
                 .ok);
    QVERIFY2(hasProblem(report, 3, "AantalInwoners_5", "not a whole number"),
             qPrintable(all(report)));
    QCOMPARE(report.errorCount(), 1); // a density of .5 is fine
    QVERIFY(untouched(*t.ws));

    // A file without metadata after one that described the indicator as a count.
    import::ImportReport first;
    import::cbs::KwbImportOptions json;
    json.path = dataPath(QStringLiteral("cbs/kwb-mini-2024-wijk.json"));
    json.format = QString::fromLatin1(import::cbs::kFormatKwbJson);
    QVERIFY2(import::cbs::importKwb(*t.ws, json, first).ok, qPrintable(all(first)));
    import::ImportReport second;
    QVERIFY(!importKwb(*t.ws, csv, import::cbs::kFormatKwbCsv, second).ok);
    QVERIFY2(hasProblem(second, 3, "AantalInwoners_5", "not a whole number"),
             qPrintable(all(second)));
}

void TestImportValues::duplicateKeysInKwbJson()
{
    QTemporaryDir dir;
    // QJsonDocument would keep 3 for WK040201 and the second GM0402 without a word.
    const QString keyed = writeFile(dir, "kwb-2017.json",
                                    R"({"GM0402": {"AantalInwoners_5": 1},
 "WK040201": {"AantalInwoners_5": 2, "AantalInwoners_5": 3},
 "GM0402": {"AantalInwoners_5": 4}})");
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importKwb(*t.ws, keyed, import::cbs::kFormatKwbJson, report).ok);
    QVERIFY2(hasProblem(report, 0, "GM0402", "appears twice"), qPrintable(all(report)));
    QVERIFY2(hasProblem(report, 0, "WK040201.AantalInwoners_5", "appears twice"),
             qPrintable(all(report)));
    QCOMPARE(report.errorCount(), 2);

    const QString odata =
        writeFile(dir, "kwb-odata-2017.json",
                  R"({"value": [{"WijkenEnBuurten": "GM0402    ", "AantalInwoners_5": 1},
 {"WijkenEnBuurten": "WK040201  ", "AantalInwoners_5": 2, "AantalInwoners_5": 3}]})");
    import::ImportReport entries;
    QVERIFY(!importKwb(*t.ws, odata, import::cbs::kFormatKwbOdata, entries).ok);
    QVERIFY2(hasProblem(entries, 2, "AantalInwoners_5", "appears twice"), qPrintable(all(entries)));
    QVERIFY(untouched(*t.ws));

    // Escaped names are compared decoded; the same name in two objects is no duplicate.
    const auto found =
        import::findDuplicateJsonKeys(R"({"a": {"x": 1}, "b": {"x": [1, {"y": 1, "\u0079": 2}]}})");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().path, QStringLiteral("b.x[1]"));
    QCOMPARE(found.front().key, QStringLiteral("y"));
}

void TestImportValues::implausiblyLargeValuesAreRefused()
{
    // Two counts of 1e308 add up to inf: every aggregate, trend and export would break.
    QTemporaryDir dir;
    const QString csv =
        writeFile(dir, "kwb-2017.csv",
                  "WijkenEnBuurten,AantalInwoners_5\nGM0402,.\nWK040201,1e308\nWK040202,1e308\n"
                  "WK040203,999999999999999\n");
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importKwb(*t.ws, csv, import::cbs::kFormatKwbCsv, report).ok);
    QVERIFY2(hasProblem(report, 3, "AantalInwoners_5", "implausibly large"),
             qPrintable(all(report)));
    QVERIFY(hasProblem(report, 4, "AantalInwoners_5", "implausibly large"));
    QCOMPARE(report.errorCount(), 2); // 10^15 - 1 is still accepted
    QVERIFY(untouched(*t.ws));

    const QString longTable =
        writeFile(dir, "long.csv",
                  "region;indicator;period;value\nGM0402;inwoners;2020;1e308\n"
                  "GM0402;inwoners;2021;-2e300\n");
    import::ImportReport longReport;
    QVERIFY(!import::longtable::importLongTable(*t.ws, {longTable, QString()}, longReport).ok);
    QVERIFY2(hasProblem(longReport, 2, "value", "implausibly large"), qPrintable(all(longReport)));
    QVERIFY(hasProblem(longReport, 3, "value", "implausibly large"));
    QVERIFY(untouched(*t.ws));
}

void TestImportValues::ambiguousThousandsSeparator()
{
    // CBS writes a decimal point and no thousands separator; a Dutch reader takes 88.000
    // for eighty-eight thousand. Neither reading is safe, so the cell is refused.
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "kwb-2017.csv",
                                  "WijkenEnBuurten;AantalInwoners_5;Bevolkingsdichtheid_33\n"
                                  "GM0402;88.000;1909\nWK040201;9400;1,250\nWK040202;9400;25,7\n");
    TempWorkspace t;
    import::ImportReport report;
    QVERIFY(!importKwb(*t.ws, csv, import::cbs::kFormatKwbCsv, report).ok);
    QVERIFY2(hasProblem(report, 2, "AantalInwoners_5", "ambiguous"), qPrintable(all(report)));
    QVERIFY(hasProblem(report, 3, "Bevolkingsdichtheid_33", "ambiguous"));
    QCOMPARE(report.errorCount(), 2); // 25,7 is a decimal comma, nothing else
    QVERIFY(untouched(*t.ws));

    // In JSON a number is typed (12.125 is a decimal); only a string can be ambiguous.
    const QString json =
        writeFile(dir, "kwb-2017.json",
                  R"({"GM0402": {"AantalInwoners_5": "88.000", "Bevolkingsdichtheid_33": 12.125},
 "WK040201": {"AantalInwoners_5": 9400, "Bevolkingsdichtheid_33": 88.5}})");
    import::ImportReport jsonReport;
    QVERIFY(!importKwb(*t.ws, json, import::cbs::kFormatKwbJson, jsonReport).ok);
    QVERIFY2(hasProblem(jsonReport, 0, "GM0402.AantalInwoners_5", "ambiguous"),
             qPrintable(all(jsonReport)));
    QCOMPARE(jsonReport.errorCount(), 1);
    QVERIFY(untouched(*t.ws));
}

void TestImportValues::finalStatusComesBackIn()
{
    // `values` writes the status `final`; an extract made from it imports again.
    if (cliPath().isEmpty())
        QSKIP("wijkmonitor-cli is not built (Qt 6 build)");
    QTemporaryDir dir;
    const QString first = workspaceLocation(dir, QStringLiteral("first.gpkg"));
    const QString valuesCsv = dir.filePath(QStringLiteral("values.csv"));
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(cliPath(), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("%1 did not run: %2").arg(cliPath(), process.errorString());
        return process.exitCode() == 0 ? QString()
                                       : QString::fromUtf8(process.readAllStandardError());
    };
    const QString valid = dataPath(QStringLiteral("extracts/valid"));
    QString failure = run({QStringLiteral("import"), QStringLiteral("--workspace"), first, valid});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = run({QStringLiteral("values"), QStringLiteral("--workspace"), first,
                   QStringLiteral("--level"), QStringLiteral("gemeente"), QStringLiteral("--out"),
                   valuesCsv});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QFile values(valuesCsv);
    QVERIFY(values.open(QIODevice::ReadOnly));
    const QByteArray table = values.readAll();
    QVERIFY2(table.contains(",final,delivered,"), table.left(400).constData());

    // The same extract, with the values CSV as its observations (a new extract id).
    const QString again = dir.filePath(QStringLiteral("again"));
    QVERIFY(QDir().mkpath(again));
    for (const QString &name : QDir(valid).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(valid).filePath(name), QDir(again).filePath(name)));
    QFile manifest(QDir(again).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QByteArray text = manifest.readAll();
    manifest.close();
    text.replace("hilversum-2025-03-01-001", "hilversum-values-roundtrip");
    QVERIFY(QFile::remove(manifest.fileName()) && manifest.open(QIODevice::WriteOnly));
    manifest.write(text);
    manifest.close();
    QVERIFY(QFile::remove(QDir(again).filePath(QStringLiteral("observations.csv"))));
    QVERIFY(QFile::copy(valuesCsv, QDir(again).filePath(QStringLiteral("observations.csv"))));

    QString openError;
    auto ws = workspace::Workspace::open(workspaceLocation(dir, QStringLiteral("second.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    import::ImportRequest request;
    request.input = again;
    import::ImportReport report;
    QCOMPARE(import::importExtract(*ws, request, report).status,
             import::ImportOutcome::Status::Imported);
    QVERIFY2(!report.hasErrors(), qPrintable(all(report)));
    QString reopenError;
    auto original =
        workspace::Workspace::open(first, workspace::Workspace::OpenMode::ReadOnly, &reopenError);
    QVERIFY2(original, qPrintable(reopenError));
    const std::vector<Observation> before = original->observations();
    int compared = 0;
    for (const Observation &o : ws->observations()) {
        if (o.status != ValueStatus::Final)
            continue;
        const Observation *delivered =
            find(before, qPrintable(o.region), qPrintable(o.indicator), o.period);
        QVERIFY2(delivered, qPrintable(o.region + QLatin1Char(' ') + o.indicator));
        QCOMPARE(delivered->status, ValueStatus::Final);
        QCOMPARE(o.value, delivered->value);
        ++compared;
    }
    QVERIFY(compared > 0);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "test_import_values.moc"
