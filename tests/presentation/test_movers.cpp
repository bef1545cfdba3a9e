// The largest movers per theme (the council memo's table): ranked by the change in standard
// deviations of the changes among the wijken, counts left out, and a change through a value on
// small numbers neither a mover nor part of the spread.
#include "../analysis/test_trends_fixture.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "movers.h"

#include <QtTest>
#include <cmath>

using namespace wijk;
using namespace wijk::presentation;
using test::makeIndicator;
using test::makeRegion;
using test::obs;

class TestMovers : public QObject
{
    Q_OBJECT

    static constexpr int kFirstYear = 2018;
    static constexpr int kLastYear = 2022;

    //! Theme Inkomen: low-income households (count), households (count) and their share (ratio,
    //! in %). From 2018 to 2022 the share goes 10 -> 10 in Wijk 01, 10 -> 15 in Wijk 02,
    //! 10 -> 12 in Wijk 03, 10 -> 8 in Wijk 04 (1000 households each), and 10 -> 90 in Wijk 05
    //! with 50 households: small numbers. Theme Veiligheid: a score (value) rising by 1, 2, 3,
    //! 4 and 10 in the wijken.
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
                observations.push_back(obs(code, "score", year, 50 + t * scoreRise[w]));
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

    static MoversRequest request(const QStringList &themes, int perTheme)
    {
        MoversRequest movers;
        movers.themes = themes;
        movers.lastYear = kLastYear;
        movers.perTheme = perTheme;
        return movers;
    }

    static QString wijk(const engine::Dataset &dataset, const Mover &mover)
    {
        return dataset.region(mover.region).name;
    }

private slots:
    void rankedByStandardDeviationsWithoutSmallNumbers()
    {
        const engine::Dataset dataset = households();
        const int share = dataset.indicatorIndex("low_pct");
        const std::vector<Mover> movers =
            largestMovers(dataset, wijkTrends(dataset), request({QStringLiteral("Inkomen")}, 3));
        // Wijk 05's change of 80 points rests on 50 households: not a mover. Without it the
        // changes are 0, 5, 2 and -2 (mean 1.25, standard deviation sqrt(26.75 / 3)).
        QCOMPARE(int(movers.size()), 3);
        const double sd = std::sqrt(26.75 / 3.0);
        const char *expected[] = {"Wijk 02", "Wijk 04", "Wijk 01"};
        const double deviations[] = {3.75 / sd, 3.25 / sd, 1.25 / sd};
        for (int k = 0; k < 3; ++k) {
            const Mover &mover = movers[size_t(k)];
            QCOMPARE(wijk(dataset, mover), QString::fromLatin1(expected[k]));
            QCOMPARE(mover.indicator, share); // the counts are no movers
            QCOMPARE(mover.rank, k);
            QCOMPARE(mover.theme, QStringLiteral("Inkomen"));
            QVERIFY(std::fabs(mover.standardDeviations - deviations[k]) < 1e-9);
            QCOMPARE(mover.firstPeriod, kFirstYear);
            QCOMPARE(mover.lastPeriod, kLastYear);
        }
        QVERIFY(std::fabs(movers[0].firstValue - 10.0) < 1e-9);
        QVERIFY(std::fabs(movers[0].lastValue - 15.0) < 1e-9);
        QVERIFY(movers[0].slope > 0);
    }

    void themesInTheOrderAskedEachLargestFirst()
    {
        const engine::Dataset dataset = households();
        const std::vector<Mover> movers =
            largestMovers(dataset, wijkTrends(dataset),
                          request({QStringLiteral("Veiligheid"), QStringLiteral("Inkomen")}, 1));
        QCOMPARE(int(movers.size()), 2);
        // The score rose by 1, 2, 3, 4 and 10 (no denominator, no small numbers): Wijk 05.
        QCOMPARE(movers[0].theme, QStringLiteral("Veiligheid"));
        QCOMPARE(wijk(dataset, movers[0]), QStringLiteral("Wijk 05"));
        QCOMPARE(movers[0].indicator, dataset.indicatorIndex("score"));
        QCOMPARE(movers[1].theme, QStringLiteral("Inkomen"));
        QCOMPARE(wijk(dataset, movers[1]), QStringLiteral("Wijk 02"));
        QCOMPARE(movers[1].rank, 0);
    }

    void onlySeriesToTheLastYear()
    {
        const engine::Dataset dataset = households();
        MoversRequest later = request({QStringLiteral("Inkomen")}, 3);
        later.lastYear = kLastYear + 1;
        QVERIFY(largestMovers(dataset, wijkTrends(dataset), later).empty());
    }
};

QTEST_GUILESS_MAIN(TestMovers)
#include "test_movers.moc"
