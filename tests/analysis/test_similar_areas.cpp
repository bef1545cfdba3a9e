// Similar areas: the nearest regions of a level on standardised indicators, in order, with
// regions lacking a value and indicators without spread left out.
#include "engine/similar_areas.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;

class TestSimilarAreas : public QObject
{
    Q_OBJECT

private:
    static engine::Dataset municipalities()
    {
        std::vector<Region> regions;
        std::vector<Observation> observations;
        const double a[] = {1, 2, 3, 10, 11, 12, 2};
        const double b[] = {5, 5, 6, 50, 52, 51, 5};
        for (int m = 0; m < 7; ++m) {
            const QString code = QStringLiteral("GM000%1").arg(m + 1);
            regions.push_back(test::makeRegion(code, code, RegionLevel::Gemeente, {}));
            observations.push_back(test::obs(code, QStringLiteral("a"), 2020, a[m]));
            if (m != 6) // GM0007 lacks b: left out
                observations.push_back(test::obs(code, QStringLiteral("b"), 2020, b[m]));
            observations.push_back(test::obs(code, QStringLiteral("flat"), 2020, 4));
            observations.push_back(test::obs(code, QStringLiteral("n"), 2020, 100 * (m + 1)));
        }
        engine::Dataset dataset({test::makeIndicator(QStringLiteral("a"), IndicatorKind::Value),
                                 test::makeIndicator(QStringLiteral("b"), IndicatorKind::Value),
                                 test::makeIndicator(QStringLiteral("flat"), IndicatorKind::Value),
                                 test::makeIndicator(QStringLiteral("n"), IndicatorKind::Count)},
                                regions, {2020});
        if (!dataset.addObservations(observations).isEmpty())
            qFatal("fixture does not fit");
        return dataset;
    }
    static QStringList codes(const engine::Dataset &dataset, const SimilarAreasResult &result)
    {
        QStringList list;
        for (const SimilarArea &peer : result.peers)
            list << dataset.region(peer.region).code;
        return list;
    }

private slots:
    void nearestFirst()
    {
        const engine::Dataset dataset = municipalities();
        const int gm1 = dataset.regionIndex(QStringLiteral("GM0001"));
        const SimilarAreasResult result = similarAreas(dataset, gm1, 0, {0, 1, 2}, 3);
        QCOMPARE(codes(dataset, result), (QStringList{"GM0002", "GM0003", "GM0004"}));
        QVERIFY(result.peers[0].distance < result.peers[1].distance);
        QCOMPARE(result.leftOut, 1);
        QCOMPARE(result.constant, QStringList{"flat"});
    }

    void equalDistancesGoByCode()
    {
        const engine::Dataset dataset = municipalities();
        // On a alone GM0002 and GM0007 (both 2) are equally near to GM0001 (1).
        const SimilarAreasResult result =
            similarAreas(dataset, dataset.regionIndex(QStringLiteral("GM0001")), 0, {0}, 2);
        QCOMPARE(codes(dataset, result), (QStringList{"GM0002", "GM0007"}));
        QCOMPARE(result.peers[0].distance, result.peers[1].distance);
    }

    void regionWithoutValueHasNoPeers()
    {
        const engine::Dataset dataset = municipalities();
        const SimilarAreasResult result =
            similarAreas(dataset, dataset.regionIndex(QStringLiteral("GM0007")), 0, {0, 1}, 3);
        QVERIFY(result.peers.empty());
    }

    void defaultsLeaveOutCounts()
    {
        const engine::Dataset dataset = municipalities();
        // b has a value for 6 of 7 (86 %): below 90 %; counts only measure size.
        QCOMPARE(defaultSimilarityIndicators(dataset, RegionLevel::Gemeente, 0),
                 (std::vector<int>{0, 2}));
    }
};

QTEST_GUILESS_MAIN(TestSimilarAreas)
#include "test_similar_areas.moc"
