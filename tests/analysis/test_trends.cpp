// Trends over the series of a level: statistics per series, boundary changes, q-values per
// family, direction and signal, empty fields for short series (docs/engine.md, "Trends").
#include "compare_near.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/engine_csv.h"
#include "engine/trends.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestTrends : public QObject
{
    Q_OBJECT

private:
    static const engine::TrendRow *find(const std::vector<engine::TrendRow> &rows,
                                        const engine::Dataset &data, const QString &region,
                                        int breakYear = 0)
    {
        for (const engine::TrendRow &row : rows)
            if (data.region(row.region).code == region && row.seriesBreakYear == breakYear)
                return &row;
        return nullptr;
    }

private slots:
    void statisticsMatchReference()
    {
        // The "gaps and ties" case of statistics.md as a wijk series.
        const std::vector<int> years{2015, 2016, 2017, 2019, 2020, 2021, 2022, 2024};
        const std::vector<double> values{12.0, 12.5, 12.5, 13.1, 12.9, 13.8, 14.0, 14.0};
        engine::Dataset data({makeIndicator("x", IndicatorKind::Value)}, demostadRegions(),
                             {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024});
        std::vector<Observation> o;
        for (size_t k = 0; k < years.size(); ++k)
            o.push_back(obs("WK999901", "x", years[k], values[k]));
        o.push_back(obs("WK999901", "x", 2018, NAN, ValueStatus::Missing));
        data.addObservations(o);
        engine::applyDisclosure(data);
        const auto rows = engine::computeTrends(data, engine::TrendOptions{});
        const engine::TrendRow *row = find(rows, data, "WK999901");
        QVERIFY(row);
        QCOMPARE(row->n, 8);
        QCOMPARE(row->firstPeriod, 2015);
        QCOMPARE(row->lastPeriod, 2024);
        QCOMPARE(row->changeAbs, 2.0);
        WIJK_COMPARE_NEAR(row->changePct, 2.0 / 12.0 * 100, 1e-12);
        QCOMPARE(row->mk.s, 24.0);
        WIJK_COMPARE_NEAR(row->mk.p, 0.0038512914, 1e-10);
        WIJK_COMPARE_NEAR(row->sen.slope, 0.25, 1e-12);
        WIJK_COMPARE_NEAR(row->ols.slope, 0.234074074, 1e-9);
        // the only tested series of the family: q = p
        QCOMPARE(row->q, row->mk.p);
        QCOMPARE(row->direction, engine::TrendDirection::Up);
        QCOMPARE(row->signal, engine::TrendSignal::None); // neutral: a direction, never a signal
        QCOMPARE(engine::directionName(row->direction), QStringLiteral("up"));
        // a wijk without values is no series
        QVERIFY(!find(rows, data, "WK999902"));
    }

    void shortSeriesUntested()
    {
        engine::Dataset data({makeIndicator("x", IndicatorKind::Value)}, demostadRegions(),
                             {2020, 2021, 2022});
        data.addObservations({obs("WK999901", "x", 2020, 1), obs("WK999901", "x", 2021, 2),
                              obs("WK999901", "x", 2022, 4)});
        engine::applyDisclosure(data);
        const auto rows = engine::computeTrends(data, engine::TrendOptions{});
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].n, 3);
        QVERIFY(!rows[0].tested());
        QCOMPARE(rows[0].changeAbs, 3.0);
        QVERIFY(std::isnan(rows[0].mk.s));
        QVERIFY(std::isnan(rows[0].ols.slope));
        QVERIFY(std::isnan(rows[0].sen.slope));
        QVERIFY(std::isnan(rows[0].q));
        QCOMPARE(rows[0].direction, engine::TrendDirection::None);
        QVERIFY(engine::directionName(rows[0].direction).isEmpty());
    }

    void boundaryChangeSplitsSeries()
    {
        // Buurt 0101 is split in 2020: its area halves, a new buurt 0103 takes the rest.
        std::vector<Region> regions = demostadRegions();
        for (Region &region : regions)
            region.vintage = 2016;
        std::vector<Region> later = regions;
        for (Region &region : later) {
            region.vintage = 2020;
            if (region.code == "BU99990101")
                region.areaM2 = 0.5e6;
        }
        later.push_back(
            makeRegion("BU99990103", "Buurt 0103", RegionLevel::Buurt, "WK999901", 2020, 0.5e6));
        regions.insert(regions.end(), later.begin(), later.end());
        std::vector<int> years;
        for (int y = 2016; y <= 2023; ++y)
            years.push_back(y);
        engine::Dataset data({makeIndicator("pop", IndicatorKind::Count)}, regions, years);
        std::vector<Observation> o;
        for (int y : years) {
            o.push_back(obs("BU99990101", "pop", y, y < 2020 ? 1000 + y - 2016 : 500 + y - 2020));
            o.push_back(obs("BU99990102", "pop", y, 800 + 3 * (y - 2016)));
            if (y >= 2020)
                o.push_back(obs("BU99990103", "pop", y, 500));
        }
        data.addObservations(o);
        QCOMPARE(data.region(data.regionIndex("BU99990101")).boundaryBreaks,
                 std::vector<int>{2020});
        QVERIFY(data.region(data.regionIndex("BU99990102")).boundaryBreaks.empty());
        QVERIFY(!data.existsAt(data.regionIndex("BU99990103"), 0));
        engine::deriveAggregates(data);
        engine::applyDisclosure(data);

        engine::TrendOptions options;
        options.level = RegionLevel::Buurt;
        const auto rows = engine::computeTrends(data, options);
        const engine::TrendRow *before = find(rows, data, "BU99990101", 0);
        const engine::TrendRow *after = find(rows, data, "BU99990101", 2020);
        QVERIFY(before && after);
        QCOMPARE(before->firstPeriod, 2016);
        QCOMPARE(before->lastPeriod, 2019);
        QCOMPARE(before->firstValue, 1000.0);
        QCOMPARE(after->firstPeriod, 2020);
        QCOMPARE(after->firstValue, 500.0);
        QCOMPARE(after->n, 4);
        QCOMPARE(find(rows, data, "BU99990102")->n, 8);
        // a buurt that appears with the new division says so too
        QVERIFY(find(rows, data, "BU99990103", 2020));
        QCOMPARE(find(rows, data, "BU99990103", 2020)->n, 4);
        // the wijk keeps one series: its sum covers 0101 and, from 2020, 0103
        const int wijk = data.regionIndex("WK999901");
        QCOMPARE(data.value(0, wijk, data.periodIndex(2019)), 1003.0 + 809.0);
        QCOMPARE(data.value(0, wijk, data.periodIndex(2020)), 500.0 + 812.0 + 500.0);
    }

    void familyQValuesAndSignals()
    {
        // Five wijken-like buurten; lower is better; two rise steadily, the others wobble.
        std::vector<int> years;
        for (int y = 2010; y <= 2021; ++y)
            years.push_back(y);
        engine::Dataset data(
            {makeIndicator("crime", IndicatorKind::Value, 0, Polarity::LowerIsBetter)},
            demostadRegions(), years);
        std::vector<Observation> o;
        const double wobble[] = {0.3, -0.2, 0.1, -0.4, 0.2, 0.0, -0.1, 0.4, -0.3, 0.1, 0.0, -0.2};
        for (size_t k = 0; k < years.size(); ++k) {
            o.push_back(obs("BU99990101", "crime", years[k], 10 + 0.5 * k));
            o.push_back(obs("BU99990102", "crime", years[k], 20 - 0.8 * k + wobble[k]));
            o.push_back(obs("BU99990201", "crime", years[k], 15 + wobble[k]));
            o.push_back(obs("BU99990202", "crime", years[k], 12 + wobble[(k + 5) % 12]));
            o.push_back(obs("BU99990203", "crime", years[k], 11 + wobble[(k + 3) % 12]));
        }
        data.addObservations(o);
        engine::applyDisclosure(data);
        engine::TrendOptions options;
        options.level = RegionLevel::Buurt;
        const auto rows = engine::computeTrends(data, options);
        QCOMPARE(rows.size(), size_t(5));
        std::vector<double> p;
        for (const engine::TrendRow &row : rows)
            p.push_back(row.mk.p);
        const std::vector<double> q = engine::stats::benjaminiHochberg(p);
        for (size_t k = 0; k < rows.size(); ++k)
            QCOMPARE(rows[k].q, q[k]);
        QCOMPARE(find(rows, data, "BU99990101")->signal, engine::TrendSignal::Worsening);
        QCOMPARE(find(rows, data, "BU99990102")->signal, engine::TrendSignal::Improving);
        QCOMPARE(find(rows, data, "BU99990201")->direction, engine::TrendDirection::Flat);
        QCOMPARE(find(rows, data, "BU99990201")->signal, engine::TrendSignal::None);

        // a period range restricts the series
        options.fromYear = 2015;
        options.toYear = 2018;
        const auto ranged = engine::computeTrends(data, options);
        QCOMPARE(ranged[0].n, 4);
        QCOMPARE(ranged[0].firstPeriod, 2015);
        QCOMPARE(ranged[0].lastPeriod, 2018);
    }

    void csvFormatting()
    {
        QCOMPARE(engine::csvField("Wijk 01, Centrum"), QStringLiteral("\"Wijk 01, Centrum\""));
        QCOMPARE(engine::csvField("Zeg \"hoi\""), QStringLiteral("\"Zeg \"\"hoi\"\"\""));
        QCOMPARE(engine::csvField("plain"), QStringLiteral("plain"));
        QCOMPARE(engine::csvNumber(NAN), QString());
        QCOMPARE(engine::csvNumber(0.1), QStringLiteral("0.10000000000000001")); // %.17g
        QCOMPARE(engine::csvNumber(-0.0), QStringLiteral("0"));
        QCOMPARE(engine::csvNumber(2024), QStringLiteral("2024"));
    }

    void sameResultOnOneOrTwoThreads()
    {
        std::vector<int> years{2018, 2019, 2020, 2021, 2022};
        engine::Dataset data({makeIndicator("x", IndicatorKind::Value)}, demostadRegions(), years);
        std::vector<Observation> o;
        for (int y : years)
            for (const char *code : {"BU99990101", "BU99990102", "BU99990201"})
                o.push_back(obs(code, "x", y, (y % 3) + qHash(QString(code)) % 7));
        data.addObservations(o);
        engine::applyDisclosure(data);
        engine::TrendOptions one;
        one.level = RegionLevel::Buurt;
        one.threads = 1;
        engine::TrendOptions two = one;
        two.threads = 2;
        const auto a = engine::computeTrends(data, one);
        const auto b = engine::computeTrends(data, two);
        QCOMPARE(a.size(), b.size());
        for (size_t k = 0; k < a.size(); ++k) {
            QCOMPARE(a[k].region, b[k].region);
            QCOMPARE(a[k].mk.s, b[k].mk.s);
            QCOMPARE(a[k].q, b[k].q);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "test_trends.moc"
