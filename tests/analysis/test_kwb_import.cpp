// KWB import on small fixtures (tests/data/cbs): padded codes, '.', BOM, ID column, empty
// rows, a cp1252 file, XLSX through OGR, keyed JSON with metadata found next to it.
#include "import/cbs_kwb_import.h"
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

import::cbs::KwbImportOptions kwb(const QString &path, const char *format, int period,
                                  const QStringList &metadata = {}){
    import::cbs::KwbImportOptions options;
options.path = path;
options.format = QString::fromLatin1(format);
options.period = period;
options.metadata = metadata;
return options;
} // namespace

} // namespace

using namespace wijk::test;

class TestKwbImport : public QObject
{
    Q_OBJECT

private slots:
    void keysAndNames();
    void cells();
    void units();
    void siblingsShareThePrefix();
    void csvWithoutMetadata();
    void codingColumnServesAsCode();
    void needsAPeriod();
    void cp1252IsRefused();
    void xlsxMatchesCsv();
    void everyErrorAtOnce();
    void keyedJsonWithSiblingMetadata();
};

void TestKwbImport::keysAndNames()
{
    QCOMPARE(import::cbs::indicatorCodeFromKey(QStringLiteral("AantalInwoners_5")),
             QStringLiteral("AantalInwoners"));
    QCOMPARE(import::cbs::indicatorCodeFromKey(QStringLiteral("Bevolkingsdichtheid_34")),
             QStringLiteral("Bevolkingsdichtheid"));
    QCOMPARE(import::cbs::indicatorCodeFromKey(QStringLiteral("k_65JaarOfOuder_12")),
             QStringLiteral("k_65JaarOfOuder"));
    QCOMPARE(import::cbs::indicatorCodeFromKey(QStringLiteral("Mannen")), QStringLiteral("Mannen"));
    QCOMPARE(import::cbs::nameFromCode(QStringLiteral("AantalInwoners")),
             QStringLiteral("Aantal inwoners"));
    QCOMPARE(import::cbs::nameFromCode(QStringLiteral("k_65JaarOfOuder")),
             QStringLiteral("65 jaar of ouder"));
    QCOMPARE(import::cbs::nameFromCode(QStringLiteral("GemiddeldeWOZWaardeVanWoningen")),
             QStringLiteral("Gemiddelde WOZ waarde van woningen"));
    QCOMPARE(import::cbs::classifyColumn(QStringLiteral("ID")), import::cbs::ColumnRole::Index);
    QCOMPARE(import::cbs::classifyColumn(QStringLiteral("IndelingswijzigingGemeenteWijkBuurt_4")),
             import::cbs::ColumnRole::Descriptive);
    QCOMPARE(import::cbs::classifyColumn(QStringLiteral("MeestVoorkomendePostcode_125")),
             import::cbs::ColumnRole::Descriptive);
    QCOMPARE(import::cbs::classifyColumn(QStringLiteral("SoortRegio_2")),
             import::cbs::ColumnRole::RegionType);
    QCOMPARE(import::cbs::classifyColumn(QStringLiteral("Woningvoorraad_35")),
             import::cbs::ColumnRole::Indicator);
    QCOMPARE(levelFromCode(QStringLiteral("WK0363AA")),
             std::optional<RegionLevel>(RegionLevel::Wijk));
    QCOMPARE(parentFromCode(QStringLiteral("BU0363AA01")), QStringLiteral("WK0363AA"));
    QVERIFY(!levelFromCode(QStringLiteral("XX12")));
    QCOMPARE(import::cbs::guessKind(QStringLiteral("AantalInwoners"), true), IndicatorKind::Count);
    QCOMPARE(import::cbs::guessKind(QStringLiteral("Bevolkingsdichtheid"), true),
             IndicatorKind::Value);
    QCOMPARE(import::cbs::guessKind(QStringLiteral("GemiddeldInkomenPerInwoner"), true),
             IndicatorKind::Value);
    QCOMPARE(import::cbs::guessKind(QStringLiteral("AantalInwoners"), false), IndicatorKind::Value);
}

void TestKwbImport::cells()
{
    QCOMPARE(import::cbs::parseCell(QStringLiteral("       .")).kind,
             import::cbs::CellValue::Kind::Secret);
    QCOMPARE(import::cbs::parseCell(QStringLiteral("")).kind, import::cbs::CellValue::Kind::Empty);
    QCOMPARE(import::cbs::parseCell(QStringLiteral("25.7")).number, 25.7);
    QCOMPARE(import::cbs::parseCell(QStringLiteral("7,9")).number, 7.9);
    QCOMPARE(import::cbs::parseCell(QStringLiteral("abc")).kind,
             import::cbs::CellValue::Kind::Invalid);
    QCOMPARE(import::cbs::parseCell(QStringLiteral("nan")).kind,
             import::cbs::CellValue::Kind::Invalid);
    QCOMPARE(import::cbs::trimCode(QStringLiteral("GM0402    ")), QStringLiteral("GM0402"));
}

void TestKwbImport::units()
{
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("aantal")), QStringLiteral("count"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("%")), QStringLiteral("percent"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("x 1 000 euro")),
             QStringLiteral("euro_x1000"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("per 1 000 inwoners")),
             QStringLiteral("per_1000"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("m³")), QStringLiteral("m3"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("kWh")), QStringLiteral("kwh"));
    QCOMPARE(import::cbs::unitFromCbs(QStringLiteral("ha")), QStringLiteral("other"));
}

void TestKwbImport::siblingsShareThePrefix()
{
    // kwb-mini-2024-TableInfos.json belongs to kwb-mini-2024-wijk.json, not to the 2017 CSV.
    QCOMPARE(import::cbs::findSibling(fixture("kwb-mini-2024-wijk.json"),
                                      import::cbs::MetadataKind::TableInfos),
             fixture("kwb-mini-2024-TableInfos.json"));
    QVERIFY(import::cbs::findSibling(fixture("kwb-mini-2017.csv"),
                                     import::cbs::MetadataKind::TableInfos)
                .isEmpty());
    QCOMPARE(import::cbs::yearFromFileName(QStringLiteral("/x/wijken-2017.gpkg")), 2017);
    QCOMPARE(import::cbs::yearFromFileName(QStringLiteral("/x/85984NED.json")), 0);
}

void TestKwbImport::csvWithoutMetadata()
{
    TempWorkspace t;
    QVERIFY(t.ws);
    import::ImportReport report;
    const auto result = import::cbs::importKwb(
        *t.ws, kwb(fixture("kwb-mini-2017.csv"), import::cbs::kFormatKwbCsv, 2017), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.regions, 9);
    QCOMPARE(result.indicators, 4);
    QVERIFY(result.extractId.startsWith(QLatin1String("cbs-kwb-mini-2017-2017-")));
    QVERIFY(hasProblem(report, 9, "", "empty row"));
    QVERIFY(hasProblem(report, 10, "", "GM0820"));
    QVERIFY(!report.hasErrors());

    const auto all = t.ws->observations();
    QCOMPARE(find(all, "WK040206", "AantalInwoners", 2017)->value, 20000.0);
    QCOMPARE(find(all, "NL00", "AantalInwoners", 2017)->value, 17081507.0);
    const Observation *secret = find(all, "BU04020101", "GemiddeldInkomenPerInwoner", 2017);
    QVERIFY(secret && !secret->hasValue());
    QCOMPARE(secret->status, ValueStatus::Suppressed);
    QVERIFY(!find(all, "GM0820", "AantalInwoners", 2017)); // the empty row stores no values

    QCOMPARE(indicator(*t.ws, "AantalInwoners").kind, IndicatorKind::Count);
    QCOMPARE(indicator(*t.ws, "AantalInwoners").name, QStringLiteral("Aantal inwoners"));
    QCOMPARE(indicator(*t.ws, "k_65JaarOfOuder").name, QStringLiteral("65 jaar of ouder"));
    QCOMPARE(indicator(*t.ws, "Bevolkingsdichtheid").kind, IndicatorKind::Value);
    QCOMPARE(indicator(*t.ws, "GemiddeldInkomenPerInwoner").theme, QStringLiteral("CBS"));

    QHash<QString, Region> regions;
    for (const Region &r : t.ws->regions())
        regions.insert(r.code, r);
    QCOMPARE(regions.value(QStringLiteral("NL00")).level, RegionLevel::Land);
    QCOMPARE(regions.value(QStringLiteral("GM1900")).name, QStringLiteral("Súdwest-Fryslân"));
    QCOMPARE(regions.value(QStringLiteral("GM0820")).name, QStringLiteral("Nuenen"));
    QCOMPARE(regions.value(QStringLiteral("WK040206")).name, QStringLiteral("Wijk 06 (Hilversum)"));
    QCOMPARE(regions.value(QStringLiteral("WK040206")).parent, QStringLiteral("GM0402"));
    QCOMPARE(regions.value(QStringLiteral("BU04020601")).parent, QStringLiteral("WK040206"));
    QCOMPARE(regions.value(QStringLiteral("BU04020601")).vintage, 2017);

    import::ImportReport again;
    const auto second = import::cbs::importKwb(
        *t.ws, kwb(fixture("kwb-mini-2017.csv"), import::cbs::kFormatKwbCsv, 2017), again);
    QVERIFY(second.ok && second.alreadyImported);
    QCOMPARE(t.ws->extracts().size(), std::size_t(1));
}

void TestKwbImport::codingColumnServesAsCode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kwb-trimmed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Codering_3;AantalInwoners_5\nGM0402    ;88460\nWK040206  ;20000\n");
    file.close();
    TempWorkspace t;
    import::ImportReport report;
    const auto result =
        import::cbs::importKwb(*t.ws, kwb(path, import::cbs::kFormatKwbCsv, 2017), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(find(t.ws->observations(), "WK040206", "AantalInwoners", 2017)->value, 20000.0);
}

void TestKwbImport::needsAPeriod()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result = import::cbs::importKwb(
        *t.ws, kwb(fixture("kwb-mini-2017.csv"), import::cbs::kFormatKwbCsv, 0), report);
    QVERIFY(!result.ok);
    QVERIFY(hasProblem(report, 0, "", "--period"));
    QCOMPARE(t.ws->regions().size(), std::size_t(0));
}

void TestKwbImport::cp1252IsRefused()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result = import::cbs::importKwb(
        *t.ws, kwb(fixture("kwb-mini-2017-cp1252.csv"), import::cbs::kFormatKwbCsv, 2017), report);
    QVERIFY(!result.ok);
    const QString all = report.formatted().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("UTF-8")) && all.contains(QLatin1String("1252")),
             qPrintable(all));
    QCOMPARE(t.ws->observationCount(), 0);
}

void TestKwbImport::xlsxMatchesCsv()
{
    TempWorkspace csv, xlsx;
    import::ImportReport csvReport, xlsxReport;
    QVERIFY(
        import::cbs::importKwb(
            *csv.ws, kwb(fixture("kwb-mini-2017.csv"), import::cbs::kFormatKwbCsv, 2017), csvReport)
            .ok);
    const auto result = import::cbs::importKwb(
        *xlsx.ws, kwb(fixture("kwb-mini-2017.xlsx"), import::cbs::kFormatKwbXlsx, 2017),
        xlsxReport);
    QVERIFY2(result.ok, qPrintable(xlsxReport.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.regions, 9);
    QVERIFY(hasProblem(xlsxReport, 9, "", "empty row")); // sheet row numbers, header = row 1
    const auto a = csv.ws->observations();
    const auto b = xlsx.ws->observations();
    QCOMPARE(a.size(), b.size());
    for (const Observation &o : a) {
        const Observation *other =
            find(b, o.region.toLatin1().constData(), o.indicator.toLatin1().constData(), o.period);
        QVERIFY2(other, qPrintable(o.region + QLatin1Char(' ') + o.indicator));
        QCOMPARE(other->status, o.status);
        if (o.hasValue())
            QCOMPARE(other->value, o.value);
    }
}

void TestKwbImport::everyErrorAtOnce()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result =
        import::cbs::importKwb(*t.ws,
                               kwb(fixture("kwb-bad-2017.csv"), import::cbs::kFormatKwbCsv, 2017,
                                   {fixture("kwb-mini-2024-DataProperties.json")}),
                               report);
    QVERIFY(!result.ok);
    QVERIFY(hasProblem(report, 3, "AantalInwoners_5", "not a number"));
    QVERIFY(hasProblem(report, 4, "WijkenEnBuurten", "XX12"));
    QVERIFY(hasProblem(report, 5, "WijkenEnBuurten", "twice"));
    QVERIFY(hasProblem(report, 6, "AantalInwoners_5", "negative"));
    QVERIFY2(report.errorCount() == 4, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    // --period 2017 overrides the 2024 TableInfos found next to the DataProperties: a warning.
    QVERIFY(hasProblem(report, 0, "", "overrides"));
    QCOMPARE(t.ws->regions().size(), std::size_t(0));
    QCOMPARE(t.ws->extracts().size(), std::size_t(0));

    // Keyed JSON has no line order to speak of: problems name region and column instead.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kwb-2023.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"GM0402": {"AantalInwoners_5": "veel"}, "Wijk 3": {"AantalInwoners_5": 5}})");
    file.close();
    import::ImportReport json;
    QVERIFY(!import::cbs::importKwb(*t.ws, kwb(path, import::cbs::kFormatKwbJson, 2023), json).ok);
    QVERIFY(hasProblem(json, 0, "GM0402.AantalInwoners_5", "not a number"));
    QVERIFY(hasProblem(json, 0, "WIJK 3.WijkenEnBuurten", "not a CBS region code"));
    QCOMPARE(json.errorCount(), 2);
}

void TestKwbImport::keyedJsonWithSiblingMetadata()
{
    TempWorkspace t;
    import::ImportReport report;
    const auto result = import::cbs::importKwb(
        *t.ws, kwb(fixture("kwb-mini-2024-wijk.json"), import::cbs::kFormatKwbJson, 0), report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.period, 2024);
    QVERIFY(result.extractId.startsWith(QLatin1String("cbs-85984NED-2024-")));
    const auto all = t.ws->observations();
    QCOMPARE(find(all, "WK040206", "AantalInwoners", 2024)->value, 22310.0);
    QCOMPARE(find(all, "WK0363AA", "Mannen", 2024)->value, 4410.0);
    QCOMPARE(find(all, "WK040209", "Bevolkingsdichtheid", 2024)->status, ValueStatus::Missing);
    QCOMPARE(indicator(*t.ws, "Mannen").theme,
             QStringLiteral("Bevolking")); // Geslacht -> Bevolking
    QCOMPARE(indicator(*t.ws, "Koopwoningen").unit, QStringLiteral("percent"));
    QCOMPARE(indicator(*t.ws, "Koopwoningen").theme, QStringLiteral("Wonen en vastgoed"));
    QCOMPARE(indicator(*t.ws, "GemiddeldeWOZWaardeVanWoningen").unit, QStringLiteral("euro_x1000"));
    QCOMPARE(indicator(*t.ws, "GemiddeldeWOZWaardeVanWoningen").kind, IndicatorKind::Value);
    QCOMPARE(indicator(*t.ws, "Bevolkingsdichtheid").definition.contains(QLatin1String("per km")),
             true);
    QCOMPARE(indicator(*t.ws, "AantalInwoners").kind, IndicatorKind::Count);
}

QTEST_GUILESS_MAIN(TestKwbImport)
#include "test_kwb_import.moc"
