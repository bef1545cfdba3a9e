// Comparison of each region with its municipality and the land: difference, ratio, z-score,
// rank (1 = best by polarity) and rank change.
#include "compare_near.h"
#include "engine/aggregation.h"
#include "engine/comparison.h"
#include "engine/disclosure.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void againstMunicipalityAndLand()
    {
        std::vector<Region> regions = demostadRegions();
        regions.push_back(makeRegion("NL00", "Nederland", RegionLevel::Land, {}));
        engine::Dataset data({makeIndicator("pop", IndicatorKind::Count),
                              makeIndicator("low", IndicatorKind::Count),
                              makeIndicator("pct", IndicatorKind::Ratio, 0, Polarity::LowerIsBetter,
                                            "low", "pop", 100)},
                             regions, {2021, 2022});
        const QStringList buurten{"BU99990101", "BU99990102", "BU99990201", "BU99990202",
                                  "BU99990203"};
        const double low2021[] = {10, 30, 20, 20, 60};
        const double low2022[] = {10, 20, 40, 20, 60};
        std::vector<Observation> o;
        for (int k = 0; k < buurten.size(); ++k) {
            for (int y : {2021, 2022})
                o.push_back(obs(buurten[k], "pop", y, 200));
            o.push_back(obs(buurten[k], "low", 2021, low2021[k]));
            o.push_back(obs(buurten[k], "low", 2022, low2022[k]));
        }
        // The land's ratio comes with its counts: a ratio is shown only next to both its
        // parts (docs/engine.md, "Disclosure").
        for (int y : {2021, 2022}) {
            o.push_back(obs("NL00", "pct", y, 12.5));
            o.push_back(obs("NL00", "low", y, 250));
            o.push_back(obs("NL00", "pop", y, 2000));
        }
        data.addObservations(o);
        engine::deriveAggregates(data);
        engine::applyDisclosure(data);

        const int pct = data.indicatorIndex("pct");
        const auto rows = engine::compareRegions(data, pct, RegionLevel::Buurt, 2022);
        QCOMPARE(rows.size(), size_t(5));
        // values 5, 10, 20, 10, 30 %; gemeente 150 / 1000 = 15 %
        const engine::ComparisonRow &first = rows[0];
        QCOMPARE(first.value, 5.0);
        QCOMPARE(first.municipality.value, 15.0);
        QCOMPARE(first.municipality.difference, -10.0);
        QCOMPARE(first.municipality.ratio, 5.0 / 15.0);
        QCOMPARE(first.references.size(), size_t(1));
        QCOMPARE(first.references[0].value, 12.5);
        QCOMPARE(first.references[0].difference, -7.5);
        const double mean = 15.0;
        const double sd = std::sqrt((100.0 + 25 + 25 + 25 + 225) / 4);
        WIJK_COMPARE_NEAR(first.z, (5 - mean) / sd, 1e-12);
        // lower is better: 5 % ranks first, the two 10 % share rank 2, 30 % is last
        QCOMPARE(rows[0].rank, 1);
        QCOMPARE(rows[1].rank, 2);
        QCOMPARE(rows[3].rank, 2);
        QCOMPARE(rows[2].rank, 4);
        QCOMPARE(rows[4].rank, 5);
        // 2021: 5, 15, 10, 10, 30 -> 0201 was 2nd (shared), is 4th now; 0102 was 4th, is 2nd
        QCOMPARE(rows[2].previousRank, 2);
        QCOMPARE(rows[2].rankChange, -2);
        QCOMPARE(rows[1].previousRank, 4);
        QCOMPARE(rows[1].rankChange, 2);

        const auto wijken = engine::compareRegions(data, pct, RegionLevel::Wijk, 2022);
        QCOMPARE(wijken.size(), size_t(2));
        QCOMPARE(wijken[0].value, 30.0 / 400 * 100);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "test_comparison.moc"
