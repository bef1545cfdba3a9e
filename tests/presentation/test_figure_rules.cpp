// The figures the window, the command line and the reports each used to compute themselves,
// now made once in presentation/: the profile's largest relative changes, the charts'
// reference line, the status a view shows, the tally of signals, the scatter's join.
#include "../analysis/test_trends_fixture.h"
#include "chart_series.h"
#include "compare_near.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "key_figures.h"
#include "map_values.h"
#include "signal_tally.h"

#include <QtTest>
#include <cmath>

using namespace wijk;
using namespace wijk::presentation;
using test::makeIndicator;
using test::makeRegion;
using test::obs;

class TestFigureRules : public QObject
{
    Q_OBJECT

    static constexpr int kFirstYear = 2018;
    static constexpr int kLastYear = 2022;

    //! Low-income households (count), households (count), their share (ratio, %, lower is
    //! better) and a score (value). The share goes 10 -> 15 in Wijk 02 (+50 %) and 10 -> 90 in
    //! Wijk 05, whose 50 households are small numbers; the score rises 50 -> 52 (+4 %) in
    //! Wijk 02 and 50 -> 60 (+20 %) in Wijk 05.
    static engine::Dataset households()
    {
        std::vector<Region> regions = {makeRegion("GM9999", "Demostad", RegionLevel::Gemeente, {})};
        for (int w = 1; w <= 5; ++w)
            regions.push_back(makeRegion(QStringLiteral("WK99990%1").arg(w),
                                         QStringLiteral("Wijk 0%1").arg(w), RegionLevel::Wijk,
                                         "GM9999"));
        std::vector<int> years;
        for (int year = kFirstYear; year <= kLastYear; ++year)
            years.push_back(year);
        Indicator low = makeIndicator("low", IndicatorKind::Count);
        Indicator hh = makeIndicator("hh", IndicatorKind::Count);
        Indicator share = makeIndicator("low_pct", IndicatorKind::Ratio, 0, Polarity::LowerIsBetter,
                                        "low", "hh", 100.0);
        Indicator score = makeIndicator("score", IndicatorKind::Value);
        low.theme = hh.theme = share.theme = QStringLiteral("Inkomen");
        score.theme = QStringLiteral("Veiligheid");
        engine::Dataset dataset({low, hh, share, score}, regions, years);
        const double households[] = {1000, 1000, 1000, 1000, 50};
        const double lowFirst[] = {100, 100, 100, 100, 5};
        const double lowLast[] = {100, 150, 120, 80, 45};
        const double scoreRise[] = {1, 2, 3, 4, 10};
        std::vector<Observation> observations;
        for (int w = 0; w < 5; ++w) {
            const QString code = QStringLiteral("WK99990%1").arg(w + 1);
            for (int year : years) {
                const double t = double(year - kFirstYear) / double(kLastYear - kFirstYear);
                observations.push_back(
                    obs(code, "low", year, lowFirst[w] + t * (lowLast[w] - lowFirst[w])));
                observations.push_back(obs(code, "hh", year, households[w]));
                // Wijk 04's score of the last year is suppressed at the source.
                observations.push_back(obs(code, "score", year, 50 + t * scoreRise[w],
                                           w == 3 && year == kLastYear ? ValueStatus::Suppressed
                                                                       : ValueStatus::Final));
            }
        }
        dataset.addObservations(observations);
        engine::deriveAggregates(dataset);
        engine::applyDisclosure(dataset);
        return dataset;
    }

    static std::vector<engine::TrendRow> wijkTrends(const engine::Dataset &dataset)
    {
        engine::TrendOptions options;
        options.level = RegionLevel::Wijk;
        return engine::computeTrends(dataset, options);
    }

    static TrendLookup lookup(const std::vector<engine::TrendRow> &trends, int region)
    {
        return [&trends, region](int indicator) -> const engine::TrendRow * {
            for (const engine::TrendRow &row : trends)
                if (row.region == region && row.indicator == indicator)
                    return &row;
            return nullptr;
        };
    }

    static engine::Signal signal(int region, int indicator, engine::SignalAssessment assessment,
                                 bool smallNumbers = false)
    {
        engine::Signal s;
        s.region = region;
        s.indicator = indicator;
        s.assessment = assessment;
        s.smallNumbers = smallNumbers;
        return s;
    }

private slots:
    void largestRelativeChangesLeaveOutCountsSmallNumbersAndTheMentioned()
    {
        const engine::Dataset dataset = households();
        const std::vector<engine::TrendRow> trends = wijkTrends(dataset);
        const std::vector<int> all = {0, 1, 2, 3};
        const int share = dataset.indicatorIndex("low_pct");
        const int score = dataset.indicatorIndex("score");
        const int wijk02 = dataset.regionIndex("WK999902");
        const int wijk05 = dataset.regionIndex("WK999905");
        const int gemeente = dataset.regionIndex("GM9999");

        const std::vector<KeyFigure> figures02 =
            keyFigures(dataset, wijk02, gemeente, all, lookup(trends, wijk02));
        std::vector<std::size_t> largest =
            largestRelativeChanges(dataset, figures02, lookup(trends, wijk02), {}, 2);
        // +50 % before +4 %; the counts (also +50 %) are never among them.
        QCOMPARE(largest.size(), std::size_t(2));
        QCOMPARE(figures02[largest[0]].indicator, share);
        QCOMPARE(figures02[largest[1]].indicator, score);
        largest = largestRelativeChanges(dataset, figures02, lookup(trends, wijk02), {share}, 2);
        QCOMPARE(largest.size(), std::size_t(1));
        QCOMPARE(figures02[largest[0]].indicator, score);
        QCOMPARE(largestRelativeChanges(dataset, figures02, lookup(trends, wijk02), {}, 1).size(),
                 std::size_t(1));

        // Wijk 05's share went 10 -> 90 on 50 households: noise, not the largest change.
        const std::vector<KeyFigure> figures05 =
            keyFigures(dataset, wijk05, gemeente, all, lookup(trends, wijk05));
        largest = largestRelativeChanges(dataset, figures05, lookup(trends, wijk05), {}, 2);
        QCOMPARE(largest.size(), std::size_t(1));
        QCOMPARE(figures05[largest[0]].indicator, score);
    }

    void shareOfReferenceNeedsBoth()
    {
        KeyFigure figure;
        figure.value = 250;
        figure.referenceValue = 1000;
        WIJK_COMPARE_NEAR(shareOfReference(figure), 25.0, 1e-12);
        figure.referenceValue = 0;
        QVERIFY(std::isnan(shareOfReference(figure)));
        figure.referenceValue = engine::stats::kNaN;
        QVERIFY(std::isnan(shareOfReference(figure)));
        // The profile's count: Wijk 02's households of Demostad's 4050.
        const engine::Dataset dataset = households();
        const std::vector<engine::TrendRow> trends = wijkTrends(dataset);
        const int wijk02 = dataset.regionIndex("WK999902");
        const std::vector<KeyFigure> figures =
            keyFigures(dataset, wijk02, dataset.regionIndex("GM9999"),
                       {dataset.indicatorIndex("hh")}, lookup(trends, wijk02));
        WIJK_COMPARE_NEAR(shareOfReference(figures.front()), 100.0 * 1000.0 / 4050.0, 1e-9);
    }

    void suppressedCountAndShownRange()
    {
        const engine::Dataset dataset = households();
        const int wijk04 = dataset.regionIndex("WK999904");
        const int wijk01 = dataset.regionIndex("WK999901");
        QCOMPARE(suppressedCount(dataset, {wijk04}, kLastYear), 1); // its score, at the source
        QCOMPARE(suppressedCount(dataset, {wijk01}, kLastYear), 0);
        QCOMPARE(suppressedCount(dataset, {wijk04}, kFirstYear), 0);
        QCOMPARE(suppressedCount(dataset, {wijk04}, kLastYear + 1), 0);

        QVector<MapValue> values(4);
        values[0].code = QStringLiteral("A");
        values[0].value = 3;
        values[0].status = ValueStatus::Final;
        values[1].code = QStringLiteral("B");
        values[1].value = -2;
        values[1].status = ValueStatus::Derived;
        values[2].code = QStringLiteral("C");
        values[2].value = 99; // withheld: never part of the range
        values[2].status = ValueStatus::Suppressed;
        values[3].code = QStringLiteral("D");
        values[3].value = 7;
        values[3].status = ValueStatus::Final;
        const auto all = shownValueRange(values, [](const QString &) { return true; });
        QCOMPARE(all.first, -2.0);
        QCOMPARE(all.second, 7.0);
        const auto some =
            shownValueRange(values, [](const QString &code) { return code != QLatin1String("D"); });
        QCOMPARE(some.second, 3.0);
        const auto none = shownValueRange(values, [](const QString &) { return false; });
        QVERIFY(std::isnan(none.first) && std::isnan(none.second));
    }

    void chartReferenceIsTheShownValueNeverACount()
    {
        const engine::Dataset dataset = households();
        const int gemeente = dataset.regionIndex("GM9999");
        const int share = dataset.indicatorIndex("low_pct");
        const ChartReference line = chartReference(dataset, share, gemeente, kLastYear);
        // (100 + 150 + 120 + 80 + 45) / (4 * 1000 + 50) households.
        WIJK_COMPARE_NEAR(line.value, 100.0 * 495.0 / 4050.0, 1e-9);
        QCOMPARE(line.name, QStringLiteral("Demostad"));
        // A count's gemeente total dwarfs every wijk: no line.
        QVERIFY(std::isnan(
            chartReference(dataset, dataset.indicatorIndex("low"), gemeente, kLastYear).value));
        // No region, an unknown year, a withheld value: no line.
        QVERIFY(std::isnan(chartReference(dataset, share, -1, kLastYear).value));
        QVERIFY(std::isnan(chartReference(dataset, share, gemeente, kLastYear + 1).value));
        const ChartReference withheld = chartReference(dataset, dataset.indicatorIndex("score"),
                                                       dataset.regionIndex("WK999904"), kLastYear);
        QVERIFY(std::isnan(withheld.value));
        QVERIFY(withheld.name.isEmpty());
        // The ranking draws this very line.
        const RankingChartData ranking =
            rankingData(dataset, share, RegionLevel::Wijk, kLastYear, gemeente);
        QCOMPARE(ranking.referenceValue, line.value);
        QCOMPARE(ranking.referenceName, line.name);
        QVERIFY(std::isnan(rankingData(dataset, dataset.indicatorIndex("hh"), RegionLevel::Wijk,
                                       kLastYear, gemeente)
                               .referenceValue));
    }

    void shownStatusOneRuleForEveryInput()
    {
        QCOMPARE(shownStatus(ValueStatus::Final, false, false), ValueStatus::Final);
        QCOMPARE(shownStatus(ValueStatus::Provisional, true, false), ValueStatus::Derived);
        QCOMPARE(shownStatus(ValueStatus::Final, true, true), ValueStatus::Estimated);
        QCOMPARE(shownStatus(ValueStatus::Suppressed, true, true), ValueStatus::Suppressed);
        QCOMPARE(shownStatus(ValueStatus::Missing, false, true), ValueStatus::Missing);
        // A level value gets the same answer as its fields.
        const engine::Dataset dataset = households();
        for (const engine::LevelValue &v :
             engine::levelValues(dataset, RegionLevel::Gemeente, {}, kLastYear))
            QCOMPARE(shownStatus(v), shownStatus(v.status, v.derived, v.harmonised));
    }

    void tallyCountsUnfavourableAndFavourableWithoutNoise()
    {
        const engine::Dataset dataset = households();
        const int share = dataset.indicatorIndex("low_pct");
        const int score = dataset.indicatorIndex("score");
        using A = engine::SignalAssessment;
        const std::vector<engine::Signal> all = {
            signal(1, share, A::Unfavourable),       signal(2, share, A::Unfavourable),
            signal(3, score, A::Unfavourable),       signal(4, share, A::Favourable),
            signal(5, share, A::Unfavourable, true), signal(1, score, A::Neutral),
            signal(2, score, A::Favourable)};
        const SignalTally tally =
            tallySignals(dataset, all, [](const engine::Signal &) { return true; });
        QCOMPARE(tally.unfavourable.size(), std::size_t(3));
        QCOMPARE(tally.favourable.size(), std::size_t(2));
        QCOMPARE(tally.unfavourable.front(), &all[0]); // the engine's order, pointing into all
        QCOMPARE(tally.unfavourableByTheme.at(QStringLiteral("Inkomen")), 2);
        QCOMPARE(tally.unfavourableByTheme.at(QStringLiteral("Veiligheid")), 1);
        QCOMPARE(tally.leadingTheme(), QStringLiteral("Inkomen"));
        QCOMPARE(tally.indicatorsByUnfavourable(), (std::vector<int>{share, score}));

        const SignalTally one =
            tallySignals(dataset, all, [](const engine::Signal &s) { return s.region == 2; });
        QCOMPARE(one.unfavourable.size(), std::size_t(1));
        QCOMPARE(one.favourable.size(), std::size_t(1));
        QVERIFY(tallySignals(dataset, {}, [](const engine::Signal &) { return true; })
                    .leadingTheme()
                    .isEmpty());
    }

    void scatterJoinsOnTheCodeInXOrder()
    {
        const std::vector<RegionValue> x = {{"A", "Alpha", 1.0, ValueStatus::Final},
                                            {"B", "Beta", 2.0, ValueStatus::Final},
                                            {"C", "Gamma", 3.0, ValueStatus::Suppressed},
                                            {"D", "Delta", 4.0, ValueStatus::Final}};
        const std::vector<RegionValue> y = {{"D", "Delta", 40.0, ValueStatus::Derived},
                                            {"B", "Beta", 20.0, ValueStatus::Missing},
                                            {"A", "Alpha", 10.0, ValueStatus::Final},
                                            {"E", "Epsilon", 50.0, ValueStatus::Final}};
        const std::vector<ScatterPoint> points = scatterPoints(x, y);
        QCOMPARE(points.size(), std::size_t(4));
        QCOMPARE(points[0].code, QStringLiteral("A"));
        QCOMPARE(points[0].x, 1.0);
        QCOMPARE(points[0].y, 10.0);
        QVERIFY(points[0].isComplete());
        QCOMPARE(points[1].x, 2.0);
        QVERIFY(std::isnan(points[1].y)); // y missing
        QVERIFY(std::isnan(points[2].x)); // x suppressed
        QVERIFY(std::isnan(points[2].y)); // no y at all
        QCOMPARE(points[3].name, QStringLiteral("Delta"));
        QCOMPARE(points[3].y, 40.0);
    }
};

QTEST_GUILESS_MAIN(TestFigureRules)
#include "test_figure_rules.moc"
