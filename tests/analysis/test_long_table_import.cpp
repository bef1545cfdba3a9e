// Generic long tables (tests/data/cbs/long-*.csv): either delimiter, decimal comma, status
// column, catalogue from indicators.csv or defaults, every error at once.
#include "import/long_table_import.h"
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

import::longtable::LongTableImportOptions options(const char *name, const char *metadata = nullptr){
    import::longtable::LongTableImportOptions o;
o.path = fixture(name);
if (metadata)
    o.metadata = fixture(metadata);
return o;
} // namespace

} // namespace

using namespace wijk::test;

class TestLongTableImport : public QObject
{
    Q_OBJECT

private slots:
    void withCatalogue();
    void withoutCatalogue();
    void everyErrorAtOnce();
};

void TestLongTableImport::withCatalogue()
{
    TempWorkspace t;
    QVERIFY(import::longtable::looksLikeLongTable(fixture("long-mini.csv")));
    QVERIFY(!import::longtable::looksLikeLongTable(fixture("kwb-mini-2017.csv")));
    import::ImportReport report;
    const auto result = import::longtable::importLongTable(
        *t.ws, options("long-mini.csv", "long-mini-indicators.csv"), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QVERIFY(result.extractId.startsWith(QLatin1String("file:long-mini.csv-")));
    QCOMPARE(result.observations, 6);
    QCOMPARE(result.createdRegions, 3); // GM0402, WK040201, WK040206 from their codes
    QVERIFY(hasProblem(report, 0, "region", "created from their CBS codes"));
    QVERIFY(hasProblem(report, 0, "indicator", "onbekend_ding"));

    const auto all = t.ws->observations();
    QCOMPARE(find(all, "WK040201", "tevredenheid", 2023)->value, 7.4); // decimal comma
    QCOMPARE(find(all, "WK040201", "bewoners", 2023)->status, ValueStatus::Provisional);
    QCOMPARE(find(all, "WK040206", "tevredenheid", 2023)->status, ValueStatus::Suppressed);
    QCOMPARE(find(all, "WK040206", "onbekend_ding", 2023)->status, ValueStatus::Estimated);
    QCOMPARE(indicator(*t.ws, "bewoners").kind, IndicatorKind::Count);
    QCOMPARE(indicator(*t.ws, "tevredenheid").theme, QStringLiteral("Leefbaarheid"));
    const Indicator fallback = indicator(*t.ws, "onbekend_ding");
    QCOMPARE(fallback.name, QStringLiteral("onbekend_ding"));
    QCOMPARE(fallback.theme, QStringLiteral("Overig"));
    QCOMPARE(fallback.unit, QStringLiteral("other"));
    QCOMPARE(fallback.kind, IndicatorKind::Value);
    for (const Region &r : t.ws->regions()) {
        if (r.code == QLatin1String("WK040201")) {
            QCOMPARE(r.parent, QStringLiteral("GM0402"));
            QCOMPARE(r.level, RegionLevel::Wijk);
        }
    }

    import::ImportReport again;
    const auto second = import::longtable::importLongTable(
        *t.ws, options("long-mini.csv", "long-mini-indicators.csv"), again);
    QVERIFY(second.ok && second.alreadyImported);
}

void TestLongTableImport::withoutCatalogue()
{
    TempWorkspace t;
    import::ImportReport first;
    QVERIFY(import::longtable::importLongTable(
                *t.ws, options("long-mini.csv", "long-mini-indicators.csv"), first)
                .ok);
    // A ','-delimited table later, without catalogue: known indicators keep their description.
    import::ImportReport report;
    const auto result =
        import::longtable::importLongTable(*t.ws, options("long-plain.csv"), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.createdRegions, 0);
    QCOMPARE(indicator(*t.ws, "bewoners").name, QStringLiteral("Bewoners"));
    QCOMPARE(find(t.ws->observations(), "GM0402", "bewoners", 2021)->value, 89900.0);
    QVERIFY(!report.hasErrors());
    QCOMPARE(report.warningCount(), 0);
}

void TestLongTableImport::everyErrorAtOnce()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result = import::longtable::importLongTable(
        *t.ws, options("long-bad.csv", "long-mini-indicators.csv"), report);
    QVERIFY(!result.ok);
    QVERIFY(hasProblem(report, 2, "value", "not a number"));
    QVERIFY(hasProblem(report, 3, "period", "not a year"));
    QVERIFY(hasProblem(report, 5, "", "already given on line 4"));
    QVERIFY(hasProblem(report, 6, "value", "suppressed"));
    QVERIFY(hasProblem(report, 7, "region", "Oost"));
    QVERIFY(hasProblem(report, 8, "value", "negative"));
    QVERIFY(hasProblem(report, 9, "status", "weird"));
    QVERIFY2(report.errorCount() == 7, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(t.ws->observationCount(), 0);
    QCOMPARE(t.ws->indicators().size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestLongTableImport)
#include "test_long_table_import.moc"
