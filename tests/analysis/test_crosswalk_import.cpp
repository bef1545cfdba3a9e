// Crosswalk files into the workspace (shared/docs/crosswalk.md, "File"; docs/crosswalk.md):
// every contract error with file, line and field, all or nothing, idempotent, rows outside
// the workspace counted, a newer file for the same years replacing the old one.
#include "crosswalk_fixture.h"
#include "import/crosswalk_import.h"
#include "import_test_helpers.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/crosswalk_store.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::import;
using namespace wijk::workspace;
using namespace wijk::test;

namespace {

struct Oudstad
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    Oudstad()
    {
        QString error;
        ws = Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                             Workspace::OpenMode::ReadWrite, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        if (!ws || !oudstad::fill(*ws, &error))
            qFatal("Oudstad fixture: %s", qPrintable(error));
    }
    QString write(const char *name, const QByteArray &content) const
    {
        return writeFile(dir, name, content);
    }
    import::CrosswalkImportResult import(const QString &path, ImportReport &report, int from = 0,
                                         int to = 0) const {import::CrosswalkImportOptions options;
    options.path = path;
    options.fromYear = from;
    options.toYear = to;
    return import::importCrosswalk(*ws, options, report);
} QString rows(const char *table) const
{
    return sql::scalarText(ws->handle(), QByteArray("SELECT count(*) FROM ") + table);
}
}; // namespace

QString problems(const ImportReport &report)
{
    return report.formatted().join(QLatin1Char('\n'));
}

} // namespace

class TestCrosswalkImport : public QObject
{
    Q_OBJECT

private slots:
    void importsIdempotently()
    {
        Oudstad t;
        const QString path = t.write("oudstad-2017-2024.csv", oudstad::crosswalkCsv());
        const QByteArray before = checksumOf(path);
        ImportReport report;
        const auto result = t.import(path, report);
        QVERIFY2(result.ok, qPrintable(problems(report)));
        QVERIFY(!result.alreadyImported);
        QCOMPARE(result.fromYear, 2017);
        QCOMPARE(result.toYear, 2024);
        QCOMPARE(result.pairs, 5);
        QCOMPARE(result.ignoredRows, 0);
        QVERIFY(result.crosswalkId.startsWith(QLatin1String("crosswalk:oudstad-2017-2024.csv-")));
        QVERIFY(result.crosswalkId.endsWith(QLatin1String(":2017-2024")));

        const auto stored = wijk::workspace::readCrosswalks(*t.ws, true);
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].method, QStringLiteral("file"));
        QCOMPARE(stored[0].pairCount, 5);
        QCOMPARE(stored[0].pairs.size(), size_t(5));
        QCOMPARE(stored[0].pairs[0].fromCode, QStringLiteral("GM9001")); // ordered by code
        QCOMPARE(stored[0].pairs[0].weight, 1000.0);

        ImportReport again;
        const auto second = t.import(path, again);
        QVERIFY(second.ok);
        QVERIFY(second.alreadyImported);
        QCOMPARE(t.rows("crosswalks"), QStringLiteral("1"));
        QCOMPARE(t.rows("crosswalk_weights"), QStringLiteral("5"));
        QCOMPARE(checksumOf(path), before); // the input is never written
    }

    //! ';' with a decimal comma, years on the command line, rows outside the workspace.
    void yearsFromTheCommandLineAndRowsOutsideTheWorkspace()
    {
        Oudstad t;
        const QString path = t.write("vng.csv", "from_code;to_code;weight\n"
                                                "WK900102;WK900103;0,75\n"
                                                "WK900102;WK900104;0,25\n"
                                                "WK036301;WK036399;12\n"
                                                "BU03630101;BU03630199;3\n");
        ImportReport report;
        const auto result = t.import(path, report, 2017, 2024);
        QVERIFY2(result.ok, qPrintable(problems(report)));
        QCOMPARE(result.pairs, 2);
        QCOMPARE(result.ignoredRows, 2);
        QVERIFY(hasProblem(report, 0, "from_code", "2 rows"));
        const auto stored = wijk::workspace::readCrosswalks(*t.ws, true);
        QCOMPARE(stored[0].pairs[0].weight, 0.75);
        QCOMPARE(stored[0].ignoredRows, 2);
    }

    void everyContractErrorWithLineAndField()
    {
        Oudstad t;
        const QString path = t.write("bad.csv", "from_code,to_code,weight,from_year,to_year\n"
                                                "WK900102,WK900103,-1,2017,2024\n"   // 2
                                                "WK900102,WK900104,NaN,2017,2024\n"  // 3
                                                "WK900201,WK900105,veel,2017,2024\n" // 4
                                                "WK900101,BU90010101,1,2017,2024\n"  // 5
                                                "GM9001,GM9001,10,2017,2024\n"       // 6
                                                "GM9001,GM9001,20,2017,2024\n"       // 7
                                                "XX12,GM9001,1,2017,2024\n"          // 8
                                                "GM9002,GM9001,1,2017,2019\n");      // 9
        ImportReport report;
        const auto result = t.import(path, report);
        QVERIFY(!result.ok);
        QVERIFY2(hasProblem(report, 2, "weight", "negative"), qPrintable(problems(report)));
        QVERIFY(hasProblem(report, 3, "weight", "NaN"));
        QVERIFY(hasProblem(report, 4, "weight", "'veel' is not a number"));
        QVERIFY(hasProblem(report, 5, "to_code", "mixed levels"));
        QVERIFY(hasProblem(report, 7, "", "already given on line 6"));
        QVERIFY(hasProblem(report, 8, "from_code", "not a CBS code"));
        QVERIFY(hasProblem(report, 9, "to_year", "one pair of years per file"));
        for (const ImportProblem &problem : report.problems())
            QCOMPARE(problem.file, QStringLiteral("bad.csv"));
        QCOMPARE(t.rows("crosswalks"), QStringLiteral("0"));
        QCOMPARE(t.rows("crosswalk_weights"), QStringLiteral("0"));
    }

    //! The errors that need the workspace: weights summing to 0, a to-region the
    //! to-division does not hold. One bad line keeps the good ones out too.
    void workspaceErrorsAndAllOrNothing()
    {
        Oudstad t;
        const QString path = t.write("zero.csv", "from_code,to_code,weight\n"
                                                 "WK900102,WK900103,300\n"
                                                 "WK900102,WK900104,100\n"
                                                 "WK900201,WK900105,0\n"
                                                 "GM9002,GM9003,1\n");
        ImportReport report;
        const auto result = t.import(path, report, 2017, 2024);
        QVERIFY(!result.ok);
        QVERIFY2(hasProblem(report, 4, "weight", "WK900201 sum to 0"),
                 qPrintable(problems(report)));
        QVERIFY(hasProblem(report, 5, "to_code", "GM9003 is not a gemeente of the division"));
        QCOMPARE(t.rows("crosswalks"), QStringLiteral("0"));
        QCOMPARE(t.rows("crosswalk_weights"), QStringLiteral("0"));
    }

    void yearsAreRequired()
    {
        Oudstad t;
        const QString path = t.write("noyears.csv", "from_code,to_code,weight\n"
                                                    "WK900102,WK900103,1\n");
        ImportReport report;
        QVERIFY(!t.import(path, report).ok);
        QVERIFY(hasProblem(report, 0, "from_year", "--from-year"));
        ImportReport conflict;
        const QString withYears = t.write("years.csv", oudstad::crosswalkCsv());
        QVERIFY(!t.import(withYears, conflict, 2018, 2024).ok);
        QVERIFY(hasProblem(conflict, 2, "from_year", "command line says 2018"));
        QCOMPARE(t.rows("crosswalks"), QStringLiteral("0"));
    }

    void aNewFileForTheSameYearsReplacesTheOld()
    {
        Oudstad t;
        ImportReport first;
        QVERIFY(t.import(t.write("a.csv", oudstad::crosswalkCsv()), first).ok);
        ImportReport second;
        const auto result = t.import(t.write("b.csv", "from_code,to_code,weight\n"
                                                      "WK900102,WK900103,1\n"
                                                      "WK900102,WK900104,1\n"),
                                     second, 2017, 2024);
        QVERIFY2(result.ok, qPrintable(problems(second)));
        QVERIFY(result.replaced);
        QCOMPARE(t.rows("crosswalks"), QStringLiteral("1"));
        QCOMPARE(t.rows("crosswalk_weights"), QStringLiteral("2"));
        QVERIFY(wijk::workspace::readCrosswalks(*t.ws, false)[0].crosswalkId.contains(
            QLatin1String("b.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCrosswalkImport)
#include "test_crosswalk_import.moc"
