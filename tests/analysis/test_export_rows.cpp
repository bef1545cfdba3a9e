// Export tables built from an engine dataset: what disclosure hides never reaches a cell,
// values are rounded to display decimals, GIS rows carry one column per indicator.
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "export/csv_writer.h"
#include "export/export_rows.h"

#include <QtTest>

using namespace wijk;

namespace {

Region region(const QString &code, const QString &name, RegionLevel level)
{
    Region r;
    r.code = code;
    r.name = name;
    r.level = level;
    r.parent = parentFromCode(code);
    r.vintage = 2020;
    r.areaM2 = 1e6;
    return r;
}

Observation obs(const QString &region, const QString &indicator, int period, double value)
{
    Observation o;
    o.region = region;
    o.indicator = indicator;
    o.period = period;
    o.value = value;
    o.extractId = QStringLiteral("t-1");
    return o;
}

//! One gemeente, one wijk, three buurten; buurt 01 has 3 residents (min_n 10), so it is
//! suppressed and, so it cannot be recovered from the wijk total, one more buurt too.
engine::Dataset smallDataset()
{
    Indicator residents;
    residents.code = QStringLiteral("inw");
    residents.name = QStringLiteral("Inwoners");
    residents.theme = QStringLiteral("Bevolking");
    residents.unit = QStringLiteral("count");
    residents.kind = IndicatorKind::Count;
    residents.minN = 10;
    Indicator share;
    share.code = QStringLiteral("pct");
    share.name = QStringLiteral("Aandeel");
    share.theme = QStringLiteral("Bevolking");
    share.unit = QStringLiteral("percent");
    share.kind = IndicatorKind::Value;
    std::vector<Region> regions = {
        region(QStringLiteral("GM9999"), QStringLiteral("Teststad"), RegionLevel::Gemeente),
        region(QStringLiteral("WK999901"), QStringLiteral("=Centrum"), RegionLevel::Wijk),
        region(QStringLiteral("BU99990101"), QStringLiteral("Klein"), RegionLevel::Buurt),
        region(QStringLiteral("BU99990102"), QStringLiteral("Midden"), RegionLevel::Buurt),
        region(QStringLiteral("BU99990103"), QStringLiteral("Groot"), RegionLevel::Buurt)};
    engine::Dataset dataset({residents, share}, regions, {2022, 2023});
    std::vector<Observation> observations;
    for (int year : {2022, 2023}) {
        observations.push_back(obs(QStringLiteral("BU99990101"), QStringLiteral("inw"), year, 3));
        observations.push_back(obs(QStringLiteral("BU99990102"), QStringLiteral("inw"), year, 417));
        observations.push_back(obs(QStringLiteral("BU99990103"), QStringLiteral("inw"), year, 977));
        observations.push_back(
            obs(QStringLiteral("WK999901"), QStringLiteral("pct"), year, 12.345));
    }
    const QStringList problems = dataset.addObservations(observations);
    if (!problems.isEmpty())
        qWarning() << problems;
    engine::deriveAggregates(dataset);
    engine::applyDisclosure(dataset);
    return dataset;
}

} // namespace

class TestExportRows : public QObject
{
    Q_OBJECT

private slots:
    void suppressedValuesAreEmptyCells()
    {
        const engine::Dataset dataset = smallDataset();
        const exports::ExportTable table = exports::valuesTable(dataset, {});
        const int codeColumn = table.columnIndex(QStringLiteral("region_code"));
        const int indicatorColumn = table.columnIndex(QStringLiteral("indicator_code"));
        const int valueColumn = table.columnIndex(QStringLiteral("value"));
        const int statusColumn = table.columnIndex(QStringLiteral("status"));
        int suppressed = 0;
        bool sawWijkTotal = false;
        for (const QVariantList &row : table.rows) {
            if (row.at(indicatorColumn).toString() != QLatin1String("inw"))
                continue;
            const QString code = row.at(codeColumn).toString();
            if (row.at(statusColumn).toString() == QLatin1String("suppressed")) {
                QVERIFY2(row.at(valueColumn).isNull(), qPrintable(code));
                ++suppressed;
            }
            if (code == QLatin1String("BU99990101"))
                QCOMPARE(row.at(statusColumn).toString(), QStringLiteral("suppressed"));
            if (code == QLatin1String("WK999901")) {
                QCOMPARE(row.at(valueColumn).toDouble(), 1397.0);
                sawWijkTotal = true;
            }
        }
        QVERIFY(sawWijkTotal);
        QVERIFY2(suppressed >= 4, "primary and secondary suppression in both years");
        // Nowhere in the written file: not the small number, not the secondary one.
        const QString csv = QString::fromUtf8(exports::csvBytes(table, exports::Provenance()));
        QVERIFY(!csv.contains(QStringLiteral(",3,")));
        QVERIFY(!csv.contains(QStringLiteral(",417,")));
        QVERIFY(csv.contains(QStringLiteral("'=Centrum")));
    }

    //! A ratio over fewer than min_reliable_n (default 100) is exported with its value and
    //! small_numbers = true; counts and reliable ratios say false.
    void smallNumbersAreAColumn()
    {
        Indicator residents;
        residents.code = QStringLiteral("inw");
        residents.unit = QStringLiteral("count");
        residents.kind = IndicatorKind::Count;
        Indicator older = residents;
        older.code = QStringLiteral("old");
        Indicator share;
        share.code = QStringLiteral("pct_old");
        share.unit = QStringLiteral("percent");
        share.kind = IndicatorKind::Ratio;
        share.numerator = older.code;
        share.denominator = residents.code;
        share.scale = 100;
        engine::Dataset dataset(
            {residents, older, share},
            {region(QStringLiteral("GM9999"), QStringLiteral("Teststad"), RegionLevel::Gemeente),
             region(QStringLiteral("WK999901"), QStringLiteral("Centrum"), RegionLevel::Wijk),
             region(QStringLiteral("BU99990101"), QStringLiteral("Klein"), RegionLevel::Buurt),
             region(QStringLiteral("BU99990102"), QStringLiteral("Groot"), RegionLevel::Buurt)},
            {2023});
        dataset.addObservations(
            {obs(QStringLiteral("BU99990101"), QStringLiteral("inw"), 2023, 60),
             obs(QStringLiteral("BU99990101"), QStringLiteral("old"), 2023, 6),
             obs(QStringLiteral("BU99990102"), QStringLiteral("inw"), 2023, 400),
             obs(QStringLiteral("BU99990102"), QStringLiteral("old"), 2023, 40)});
        engine::deriveAggregates(dataset);
        engine::applyDisclosure(dataset);
        exports::ExportSelection selection;
        selection.levels = {RegionLevel::Buurt};
        const exports::ExportTable table = exports::valuesTable(dataset, selection);
        const int small = table.columnIndex(QStringLiteral("small_numbers"));
        QVERIFY(small >= 0);
        QStringList marked;
        for (const QVariantList &row : table.rows) {
            const QString flag = row.at(small).toString();
            QVERIFY(flag == QLatin1String("true") || flag == QLatin1String("false"));
            if (flag == QLatin1String("true")) {
                marked
                    << row.at(table.columnIndex(QStringLiteral("region_code"))).toString() +
                           QLatin1Char('/') +
                           row.at(table.columnIndex(QStringLiteral("indicator_code"))).toString();
                QCOMPARE(row.at(table.columnIndex(QStringLiteral("value"))).toDouble(), 10.0);
            }
        }
        QCOMPARE(marked, QStringList{QStringLiteral("BU99990101/pct_old")});
    }

    void valuesAreRoundedToDisplayDecimals()
    {
        const engine::Dataset dataset = smallDataset();
        exports::ExportSelection selection;
        selection.levels = {RegionLevel::Wijk};
        selection.indicators = {dataset.indicatorIndex(QStringLiteral("pct"))};
        const exports::ExportTable table = exports::valuesTable(dataset, selection);
        QCOMPARE(int(table.rows.size()), 2);
        QCOMPARE(table.rows.front().at(table.columnIndex(QStringLiteral("value"))).toDouble(),
                 12.3);
    }

    void geoTableHasOneFeaturePerRegionAndPeriod()
    {
        const engine::Dataset dataset = smallDataset();
        int lookups = 0;
        const exports::ExportTable table = exports::geoValuesTable(
            dataset, RegionLevel::Buurt, {}, [&](const QString &, int vintage) {
                ++lookups;
                return vintage == 2020 ? QByteArray("wkb") : QByteArray();
            });
        QCOMPARE(table.name, QStringLiteral("values_buurt"));
        QCOMPARE(int(table.rows.size()), 6);
        QCOMPARE(int(table.geometries.size()), 6);
        QCOMPARE(lookups, 6);
        QVERIFY(table.columnIndex(QStringLiteral("inw")) > 0);
        QVERIFY(table.columnIndex(QStringLiteral("inw_status")) > 0);
        const QVariantList &first = table.rows.front();
        QCOMPARE(first.at(0).toString(), QStringLiteral("BU99990101"));
        QVERIFY(first.at(table.columnIndex(QStringLiteral("inw"))).isNull());
        QCOMPARE(first.at(table.columnIndex(QStringLiteral("inw_status"))).toString(),
                 QStringLiteral("suppressed"));
    }
};

QTEST_GUILESS_MAIN(TestExportRows)
#include "test_export_rows.moc"
