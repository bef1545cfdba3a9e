// The memo's cluster sentence: said only for a significant positive I with a high-high
// cluster, with the compass direction of that cluster.
#include "engine/cluster_sentence.h"
#include "spatial_grid_fixture.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;

class TestClusterSentence : public QObject
{
    Q_OBJECT

private slots:
    void highValuesInTheNorthWest()
    {
        // A 10 x 10 grid of buurten, high values in the 4 x 4 block at the top left.
        std::vector<RegionBoundary> cells;
        std::vector<Region> regions;
        std::vector<Observation> observations;
        for (int row = 0; row < 10; ++row)
            for (int column = 0; column < 10; ++column) {
                const QString code =
                    QStringLiteral("G%1").arg(row * 10 + column, 3, 10, QChar('0'));
                cells.push_back({code, test::squareMultiPolygonWkb(column, 9 - row)});
                regions.push_back(test::makeRegion(code, code, RegionLevel::Buurt, {}));
                const double noise = ((row * 7 + column * 3) % 5) * 0.1;
                observations.push_back(test::obs(code, QStringLiteral("bijstand"), 2020,
                                                 (row < 4 && column < 4 ? 10.0 : 0.0) + noise));
            }
        Indicator bijstand = test::makeIndicator(QStringLiteral("bijstand"), IndicatorKind::Value);
        bijstand.name = QStringLiteral("Bijstand per 1000 inwoners");
        engine::Dataset dataset({bijstand}, regions, {2020});
        QVERIFY(dataset.addObservations(observations).isEmpty());
        QString error;
        const auto queen = contiguityWeights(cells, WeightsMethod::Queen, &error);
        QVERIFY2(queen, qPrintable(error));
        MoranOptions options;
        options.seed = 1;
        const SpatialAnalysis analysis = analyseSpatial(dataset, 0, 2020, *queen, options);
        const auto centroids = centroidsOf(cells);
        QCOMPARE(clusterDirection(analysis, centroids), QStringLiteral("noordwesten"));
        const QString sentence = clusterSentence(analysis, bijstand, RegionLevel::Buurt, centroids);
        QVERIFY2(sentence.startsWith(QStringLiteral(
                     "De buurten met hoge waarden voor bijstand per 1000 inwoners liggen "
                     "geclusterd in het noordwesten (Moran's I 0,")),
                 qPrintable(sentence));
        // 999 permutations: the smallest pseudo p is 1/1000.
        QVERIFY2(sentence.endsWith(QStringLiteral(", p = 0,001).")), qPrintable(sentence));
    }

    void nothingToSayWithoutSignificance()
    {
        ClusterSentenceInput input;
        input.level = RegionLevel::Wijk;
        input.indicatorName = QStringLiteral("Bijstand");
        input.moranI = 0.41;
        input.p = 0.2;
        QVERIFY(clusterSentence(input, 3).isEmpty());
        input.p = 0.004;
        QVERIFY(clusterSentence(input, 0).isEmpty());
        input.moranI = -0.3;
        QVERIFY(clusterSentence(input, 3).isEmpty());
        input.moranI = 0.41;
        QCOMPARE(clusterSentence(input, 3),
                 QStringLiteral("De wijken met hoge waarden voor bijstand liggen geclusterd in "
                                "het midden (Moran's I 0,41, p = 0,004)."));
    }
};

QTEST_GUILESS_MAIN(TestClusterSentence)
#include "test_cluster_sentence.moc"
