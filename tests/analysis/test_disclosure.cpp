// Disclosure control: primary thresholds, secondary suppression within a parent, and no
// suppressed number anywhere in the output (docs/engine.md, "Disclosure").
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestDisclosure : public QObject
{
    Q_OBJECT

private:
    static engine::Dataset makeData(const std::vector<Observation> &observations,
                                    engine::DisclosureSummary *summary = nullptr)
    {
        std::vector<Indicator> indicators{
            makeIndicator("pop", IndicatorKind::Count),
            makeIndicator("low", IndicatorKind::Count, 10),
            makeIndicator("pct_low", IndicatorKind::Ratio, 10, Polarity::LowerIsBetter, "low",
                          "pop", 100),
            makeIndicator("age", IndicatorKind::Mean, 10, Polarity::Neutral, {}, "pop")};
        engine::Dataset data(indicators, demostadRegions(), {2020});
        data.addObservations(observations);
        engine::deriveAggregates(data);
        const engine::DisclosureSummary s = engine::applyDisclosure(data);
        if (summary)
            *summary = s;
        return data;
    }

    static std::vector<Observation> buurten(const std::vector<double> &pop,
                                            const std::vector<double> &low)
    {
        const QStringList codes{"BU99990101", "BU99990102", "BU99990201", "BU99990202",
                                "BU99990203"};
        std::vector<Observation> o;
        for (int k = 0; k < codes.size(); ++k) {
            o.push_back(obs(codes[k], "pop", 2020, pop[size_t(k)]));
            o.push_back(obs(codes[k], "low", 2020, low[size_t(k)]));
            o.push_back(obs(codes[k], "age", 2020, 40));
        }
        return o;
    }

    static engine::Cell cellAt(const engine::Dataset &data, const QString &indicator,
                               const QString &region)
    {
        return data.cell(data.indicatorIndex(indicator), data.regionIndex(region), 0);
    }
    static bool suppressed(const engine::Dataset &data, const QString &indicator,
                           const QString &region)
    {
        const engine::Cell cell = cellAt(data, indicator, region);
        return cell.status == ValueStatus::Suppressed && std::isnan(cell.value);
    }

    //! No shown parent may have exactly one hidden child whose siblings are all shown.
    static void verifyNotRecoverable(const engine::Dataset &data, const QString &indicator)
    {
        const int i = data.indicatorIndex(indicator);
        for (int parent = 0; parent < data.regionCount(); ++parent) {
            const auto &children = data.childrenAt(parent, 0);
            if (children.empty() || !engine::mayShow(data, i, parent, 0))
                continue;
            int hidden = 0;
            for (int child : children)
                hidden += engine::mayShow(data, i, child, 0) ? 0 : 1;
            QVERIFY2(hidden != 1, qPrintable(data.region(parent).code));
        }
    }

private slots:
    void thresholdRule()
    {
        const Indicator count = makeIndicator("c", IndicatorKind::Count, 10);
        QVERIFY(engine::passesThreshold(count, 0, NAN, NAN));
        QVERIFY(!engine::passesThreshold(count, 9, NAN, NAN));
        QVERIFY(engine::passesThreshold(count, 10, NAN, NAN));
        const Indicator ratio = makeIndicator("r", IndicatorKind::Ratio, 10);
        QVERIFY(!engine::passesThreshold(ratio, 50, 4, 8));
        QVERIFY(!engine::passesThreshold(ratio, 5, 5, 100));
        QVERIFY(!engine::passesThreshold(ratio, 50, 50, 9));
        QVERIFY(engine::passesThreshold(ratio, 0, 0, 100));
        QVERIFY(engine::passesThreshold(ratio, 10, 10, 100));
        const Indicator mean = makeIndicator("m", IndicatorKind::Mean, 10);
        QVERIFY(!engine::passesThreshold(mean, 40, NAN, 9));
        QVERIFY(engine::passesThreshold(mean, 40, NAN, 10));
        QVERIFY(engine::passesThreshold(makeIndicator("v", IndicatorKind::Value, 10), 1, NAN, NAN));
    }

    void subtractionWouldReveal()
    {
        // Wijk 01 = 3 + 30 = 33 is shown; without secondary suppression 33 - 30 reveals 3.
        engine::DisclosureSummary summary;
        const engine::Dataset data =
            makeData(buurten({100, 300, 200, 200, 600}, {3, 30, 50, 20, 60}), &summary);
        QVERIFY(suppressed(data, "low", "BU99990101"));
        QVERIFY(suppressed(data, "low", "BU99990102")); // the smallest shown sibling
        QCOMPARE(cellAt(data, "low", "WK999901").value, 33.0);
        QCOMPARE(cellAt(data, "low", "BU99990202").value, 20.0); // other wijk untouched
        QVERIFY(summary.primary >= 1);
        QVERIFY(summary.secondary >= 1);
        // the ratios follow: 0101 by its numerator, 0102 because low is hidden there
        QVERIFY(suppressed(data, "pct_low", "BU99990101"));
        QVERIFY(suppressed(data, "pct_low", "BU99990102"));
        QVERIFY(
            engine::mayShow(data, data.indicatorIndex("pct_low"), data.regionIndex("WK999901"), 0));
        verifyNotRecoverable(data, "low");
    }

    void smallestShownSiblingChosen()
    {
        const engine::Dataset data =
            makeData(buurten({100, 300, 200, 200, 600}, {30, 30, 5, 20, 60}));
        QVERIFY(suppressed(data, "low", "BU99990201"));
        QVERIFY(suppressed(data, "low", "BU99990202"));
        QCOMPARE(cellAt(data, "low", "BU99990203").value, 60.0);
        QCOMPARE(cellAt(data, "low", "WK999902").value, 85.0);
        verifyNotRecoverable(data, "low");
    }

    void wijkOfSmallBuurtenShown()
    {
        const engine::Dataset data =
            makeData(buurten({100, 300, 200, 200, 600}, {6, 7, 50, 20, 60}));
        QVERIFY(suppressed(data, "low", "BU99990101"));
        QVERIFY(suppressed(data, "low", "BU99990102"));
        QCOMPARE(cellAt(data, "low", "WK999901").value, 13.0); // aggregated before suppression
        QCOMPARE(cellAt(data, "low", "WK999901").status, ValueStatus::Derived);
        verifyNotRecoverable(data, "low");
    }

    void zeroIsShown()
    {
        const engine::Dataset data =
            makeData(buurten({100, 300, 200, 200, 600}, {0, 30, 50, 20, 60}));
        QCOMPARE(cellAt(data, "low", "BU99990101").value, 0.0);
        QCOMPARE(cellAt(data, "pct_low", "BU99990101").value, 0.0);
    }

    void smallDenominator()
    {
        const engine::Dataset data =
            makeData(buurten({8, 300, 200, 200, 600}, {0, 30, 50, 20, 60}));
        QVERIFY(suppressed(data, "pct_low", "BU99990101"));
        QVERIFY(suppressed(data, "age", "BU99990101"));
        QCOMPARE(cellAt(data, "pop", "BU99990101").value, 8.0); // pop itself has no min_n
    }

    void deliveredRatioWithoutNumerator()
    {
        // 4 % of 100 = 4 persons: below min_n although the count itself was not delivered.
        auto o = buurten({100, 300, 200, 200, 600}, {30, 30, 50, 20, 60});
        o.erase(std::remove_if(o.begin(), o.end(),
                               [](const Observation &x) {
                                   return x.region == "BU99990101" && x.indicator == "low";
                               }),
                o.end());
        o.push_back(obs("BU99990101", "pct_low", 2020, 4.0));
        const engine::Dataset data = makeData(o);
        QVERIFY(suppressed(data, "pct_low", "BU99990101"));
    }

    void suppressedParentNotRebuiltFromChildren()
    {
        auto o = buurten({100, 300, 200, 200, 600}, {30, 30, 50, 20, 60});
        o.push_back(obs("WK999902", "low", 2020, NAN, ValueStatus::Suppressed));
        const engine::Dataset data = makeData(o);
        int hidden = 0;
        for (const char *code : {"BU99990201", "BU99990202", "BU99990203"})
            hidden += suppressed(data, "low", code) ? 1 : 0;
        QCOMPARE(hidden, 1);
        QVERIFY(suppressed(data, "low", "BU99990202")); // the smallest
    }

    void outputsCarryNoSuppressedNumber()
    {
        const engine::Dataset data =
            makeData(buurten({100, 300, 200, 200, 600}, {3, 30, 50, 20, 60}));
        int suppressedRows = 0;
        for (RegionLevel level : {RegionLevel::Buurt, RegionLevel::Wijk, RegionLevel::Gemeente})
            for (const engine::LevelValue &row : engine::levelValues(data, level)) {
                if (row.status == ValueStatus::Suppressed) {
                    ++suppressedRows;
                    QVERIFY(std::isnan(row.value));
                }
            }
        QVERIFY(suppressedRows >= 4);
        for (int i = 0; i < data.indicatorCount(); ++i)
            for (int r = 0; r < data.regionCount(); ++r)
                if (data.cell(i, r, 0).status == ValueStatus::Suppressed)
                    QVERIFY(std::isnan(data.value(i, r, 0)));
    }

    void outputsRefuseUndisclosedData()
    {
        engine::Dataset data(std::vector<Indicator>{makeIndicator("pop", IndicatorKind::Count)},
                             demostadRegions(), {2020});
        QVERIFY(!engine::mayShow(data, 0, 0, 0));
        QVERIFY_EXCEPTION_THROWN(engine::levelValues(data, RegionLevel::Wijk), std::logic_error);
    }
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "test_disclosure.moc"
