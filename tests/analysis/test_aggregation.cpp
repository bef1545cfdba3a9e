// Aggregation of buurt values to wijk and gemeente (docs/engine.md, "Aggregation").
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestAggregation : public QObject
{
    Q_OBJECT

private:
    static engine::Dataset makeData(const std::vector<Observation> &observations)
    {
        std::vector<Indicator> indicators{
            makeIndicator("pop", IndicatorKind::Count), makeIndicator("low", IndicatorKind::Count),
            makeIndicator("pct_low", IndicatorKind::Ratio, 0, Polarity::LowerIsBetter, "low", "pop",
                          100),
            makeIndicator("age", IndicatorKind::Mean, 0, Polarity::Neutral, {}, "pop"),
            makeIndicator("score", IndicatorKind::Value)};
        engine::Dataset data(indicators, demostadRegions(), {2020});
        const QStringList problems = data.addObservations(observations);
        if (!problems.isEmpty())
            qWarning() << problems;
        engine::deriveAggregates(data);
        engine::applyDisclosure(data);
        return data;
    }

    static double at(const engine::Dataset &data, const QString &indicator, const QString &region)
    {
        return data.value(data.indicatorIndex(indicator), data.regionIndex(region), 0);
    }
    static engine::Cell cellAt(const engine::Dataset &data, const QString &indicator,
                               const QString &region)
    {
        return data.cell(data.indicatorIndex(indicator), data.regionIndex(region), 0);
    }

    static std::vector<Observation> fullBuurten()
    {
        std::vector<Observation> o;
        const QStringList buurten{"BU99990101", "BU99990102", "BU99990201", "BU99990202",
                                  "BU99990203"};
        const double pop[] = {100, 300, 200, 200, 600};
        const double low[] = {10, 30, 50, 20, 60};
        const double age[] = {30, 40, 50, 35, 45};
        const double score[] = {7, 6, 8, 7, 5};
        for (int k = 0; k < buurten.size(); ++k) {
            o.push_back(obs(buurten[k], "pop", 2020, pop[k]));
            o.push_back(obs(buurten[k], "low", 2020, low[k]));
            o.push_back(obs(buurten[k], "age", 2020, age[k]));
            o.push_back(obs(buurten[k], "score", 2020, score[k]));
        }
        return o;
    }

private slots:
    void countsSum()
    {
        const engine::Dataset data = makeData(fullBuurten());
        QCOMPARE(at(data, "pop", "WK999901"), 400.0);
        QCOMPARE(at(data, "pop", "WK999902"), 1000.0);
        QCOMPARE(at(data, "pop", "GM9999"), 1400.0);
        QVERIFY(cellAt(data, "pop", "GM9999").derived);
        QCOMPARE(cellAt(data, "pop", "GM9999").status, ValueStatus::Derived);
    }

    void ratioOfSums()
    {
        const engine::Dataset data = makeData(fullBuurten());
        // sum(low) / sum(pop) x 100, not the mean of the buurt percentages
        QCOMPARE(at(data, "pct_low", "WK999902"), 130.0 / 1000.0 * 100);
        QCOMPARE(at(data, "pct_low", "GM9999"), 170.0 / 1400.0 * 100);
        QCOMPARE(at(data, "pct_low", "BU99990101"), 10.0);
    }

    void meanWeightedByDenominator()
    {
        const engine::Dataset data = makeData(fullBuurten());
        QCOMPARE(at(data, "age", "WK999901"), (100 * 30.0 + 300 * 40.0) / 400);
        const double gemeente =
            ((100 * 30.0 + 300 * 40.0) + (200 * 50.0 + 200 * 35.0 + 600 * 45.0));
        QCOMPARE(at(data, "age", "GM9999"), gemeente / 1400);
    }

    void valueNeverAggregated()
    {
        const engine::Dataset data = makeData(fullBuurten());
        QVERIFY(!cellAt(data, "score", "WK999901").present);
        QVERIFY(std::isnan(at(data, "score", "GM9999")));
    }

    void deliveredWins()
    {
        auto o = fullBuurten();
        o.push_back(obs("WK999901", "pop", 2020, 410, ValueStatus::Provisional));
        const engine::Dataset data = makeData(o);
        QCOMPARE(at(data, "pop", "WK999901"), 410.0);
        QVERIFY(!cellAt(data, "pop", "WK999901").derived);
        QCOMPARE(cellAt(data, "pop", "WK999901").status, ValueStatus::Provisional);
        // the gemeente builds on the delivered wijk value
        QCOMPARE(at(data, "pop", "GM9999"), 1410.0);

        const auto rows =
            engine::levelValues(data, RegionLevel::Wijk, {data.indicatorIndex("pop")});
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[0].derived, false);
        QCOMPARE(rows[1].derived, true);
        QCOMPARE(engine::statusName(rows[1]), QStringLiteral("derived"));
    }

    void missingPartMakesMissing()
    {
        auto o = fullBuurten();
        o.erase(std::remove_if(o.begin(), o.end(),
                               [](const Observation &x) {
                                   return x.region == "BU99990203" && x.indicator == "pop";
                               }),
                o.end());
        const engine::Dataset data = makeData(o);
        QCOMPARE(at(data, "pop", "WK999901"), 400.0);
        QVERIFY(std::isnan(at(data, "pop", "WK999902"))); // not an under-count of 400
        QVERIFY(std::isnan(at(data, "pop", "GM9999")));
        QVERIFY(std::isnan(at(data, "pct_low", "WK999902")));
        QVERIFY(std::isnan(at(data, "age", "WK999902")));
    }

    void publisherSuppressionNotUndone()
    {
        auto o = fullBuurten();
        o.push_back(obs("WK999902", "low", 2020, std::nan(""), ValueStatus::Suppressed));
        const engine::Dataset data = makeData(o);
        QCOMPARE(cellAt(data, "low", "WK999902").status, ValueStatus::Suppressed);
        QVERIFY(std::isnan(at(data, "low", "WK999902")));
        QVERIFY(std::isnan(at(data, "low", "GM9999")));
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "test_aggregation.moc"
