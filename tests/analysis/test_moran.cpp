// Global and local Moran against the reference values of shared/docs/statistics.md
// ("Spatial statistics", R spdep 1.2-7) on the 3 x 3 grid; seeded permutations that repeat
// exactly; Benjamini-Hochberg clusters; regions without a value and islands left out.
#include "engine/contiguity.h"
#include "engine/moran.h"
#include "engine/spatial_analysis.h"
#include "engine/trend_statistics.h"
#include "spatial_grid_fixture.h"
#include "test_trends_fixture.h"

#include <QtTest>
#include <cmath>

using namespace wijk;
using namespace wijk::engine;

class TestMoran : public QObject
{
    Q_OBJECT

private:
    static void near(double actual, double expected, double tolerance, const char *what)
    {
        QVERIFY2(std::fabs(actual - expected) <= tolerance,
                 qPrintable(QStringLiteral("%1: computed %2, reference %3")
                                .arg(QLatin1String(what))
                                .arg(actual, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }
    static SpatialWeights gridWeights(WeightsMethod method, bool withIsland = false)
    {
        QString error;
        const auto weights = contiguityWeights(test::gridBoundaries(withIsland), method, &error);
        if (!weights)
            qFatal("grid weights: %s", qPrintable(error));
        return *weights;
    }
    static MoranOptions options(WeightsTransform transform, int permutations = 0,
                                std::uint64_t seed = 12345)
    {
        MoranOptions result;
        result.transform = transform;
        result.permutations = permutations;
        result.seed = seed;
        return result;
    }
    //! A 10 x 10 grid, high values in the 4 x 4 block at the top left, low elsewhere.
    static std::vector<RegionBoundary> bigGrid(std::vector<double> *values)
    {
        std::vector<RegionBoundary> cells;
        for (int row = 0; row < 10; ++row)
            for (int column = 0; column < 10; ++column) {
                cells.push_back({QStringLiteral("G%1").arg(row * 10 + column, 3, 10, QChar('0')),
                                 test::squareMultiPolygonWkb(column, 9 - row)});
                const double noise = ((row * 7 + column * 3) % 5) * 0.1;
                values->push_back((row < 4 && column < 4 ? 10.0 : 0.0) + noise);
            }
        return cells;
    }

private slots:
    void globalRookBinaryReference()
    {
        const GlobalMoran moran = globalMoran(test::gridValues(), gridWeights(WeightsMethod::Rook),
                                              options(WeightsTransform::Binary));
        QCOMPARE(moran.n, 9);
        near(moran.i, 0.5, 1e-6, "I");
        near(moran.expected, -0.125, 1e-6, "E[I]");
        near(moran.varNormal, 0.053125, 1e-6, "Var_norm");
        near(moran.varRandom, 0.0596875, 1e-6, "Var_rand");
        near(moran.zRandom, 2.5582, 1e-4, "z_rand");
        near(moran.pRandom, stats::normalTwoSidedP(moran.zRandom), 1e-15, "p_rand");
        QVERIFY(std::isnan(moran.pSim));
    }

    void globalRookRowStandardisedReference()
    {
        const GlobalMoran moran = globalMoran(test::gridValues(), gridWeights(WeightsMethod::Rook),
                                              options(WeightsTransform::RowStandardised));
        near(moran.i, 0.5555556, 1e-6, "I");
        near(moran.varRandom, 0.06465664, 1e-6, "Var_rand");
    }

    void localRookRowStandardisedReference()
    {
        const std::vector<LocalMoran> local =
            localMoran(test::gridValues(), gridWeights(WeightsMethod::Rook),
                       options(WeightsTransform::RowStandardised));
        const double expected[] = {1.2, 0.9, 0.3, 0.1, 0, 0.1, 0.3, 0.9, 1.2};
        for (int cell = 0; cell < 9; ++cell)
            near(local[size_t(cell)].localI, expected[cell], 1e-6,
                 qPrintable(QStringLiteral("I_%1").arg(cell + 1)));
        near(local[0].expected, -0.3, 1e-6, "E[I_1]");
        near(local[0].variance, 0.81, 1e-6, "Var[I_1]");
        near(local[0].zScore, (1.2 + 0.3) / 0.9, 1e-6, "z_1");
        // The cell holding 9 mirrors the one holding 1.
        near(local[8].expected, local[0].expected, 1e-12, "E[I_9]");
        near(local[8].variance, local[0].variance, 1e-12, "Var[I_9]");
        near(local[0].lag, 3.0, 1e-12, "lag of C1 (mean of 2 and 4)");
        QCOMPARE(local[0].cluster, LisaCluster::NotSignificant);
        QVERIFY(std::isnan(local[0].pSim));
    }

    void permutationsRepeatWithTheSeed()
    {
        const SpatialWeights weights = gridWeights(WeightsMethod::Queen);
        const MoranOptions seeded = options(WeightsTransform::RowStandardised, 999, 7);
        const std::vector<LocalMoran> first = localMoran(test::gridValues(), weights, seeded);
        const std::vector<LocalMoran> second = localMoran(test::gridValues(), weights, seeded);
        const std::vector<LocalMoran> other = localMoran(
            test::gridValues(), weights, options(WeightsTransform::RowStandardised, 999, 8));
        bool anyDiffers = false;
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].pSim, second[i].pSim);
            QCOMPARE(first[i].q, second[i].q);
            QVERIFY(first[i].pSim >= 1.0 / 1000 && first[i].pSim <= 1.0);
            anyDiffers = anyDiffers || first[i].pSim != other[i].pSim;
        }
        QVERIFY(anyDiffers);
        // The centre holds the mean: I_5 = 0 and every permuted I_5 too.
        QCOMPARE(first[4].pSim, 1.0);
        const GlobalMoran a = globalMoran(test::gridValues(), weights, seeded);
        const GlobalMoran b = globalMoran(test::gridValues(), weights, seeded);
        QCOMPARE(a.pSim, b.pSim);
        QCOMPARE(a.permutations, 999);
        QVERIFY(a.pSim < 0.05); // a clear gradient
    }

    void threadsGiveTheSameResult()
    {
        // A 30 x 30 rook lattice: enough regions for several chunks of the worker threads.
        constexpr int side = 30;
        std::vector<QString> codes;
        std::vector<std::vector<int>> neighbours(side * side);
        std::vector<double> values;
        for (int r = 0; r < side; ++r)
            for (int c = 0; c < side; ++c) {
                codes.push_back(QStringLiteral("R%1").arg(r * side + c, 4, 10, QChar('0')));
                values.push_back(r + 0.37 * ((r * 7 + c * 13) % 11));
                if (r > 0)
                    neighbours[size_t(r * side + c)].push_back((r - 1) * side + c);
                if (r + 1 < side)
                    neighbours[size_t(r * side + c)].push_back((r + 1) * side + c);
                if (c > 0)
                    neighbours[size_t(r * side + c)].push_back(r * side + c - 1);
                if (c + 1 < side)
                    neighbours[size_t(r * side + c)].push_back(r * side + c + 1);
            }
        const SpatialWeights weights(codes, neighbours);
        MoranOptions one = options(WeightsTransform::RowStandardised, 199, 3);
        one.threads = 1;
        MoranOptions three = one;
        three.threads = 3;
        const std::vector<LocalMoran> a = localMoran(values, weights, one);
        const std::vector<LocalMoran> b = localMoran(values, weights, three);
        QCOMPARE(a.size(), b.size());
        int clustered = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].pSim, b[i].pSim);
            QCOMPARE(a[i].q, b[i].q);
            QCOMPARE(a[i].localI, b[i].localI);
            QCOMPARE(a[i].cluster, b[i].cluster);
            clustered += a[i].cluster != LisaCluster::NotSignificant ? 1 : 0;
        }
        QVERIFY(clustered > 0);
    }

    void pseudoPValueCountsTheObservedSide()
    {
        QCOMPARE(permutationPValue(5, {1, 2, 3, 6}), 2.0 / 5);
        QCOMPARE(permutationPValue(0, {1, 2, 3, 6}), 1.0 / 5);
        QCOMPARE(permutationPValue(2, {2, 2, 2}), 1.0);
        QVERIFY(std::isnan(permutationPValue(1, {})));
    }

    void clustersFollowBenjaminiHochberg()
    {
        std::vector<double> values;
        QString error;
        const auto weights = contiguityWeights(bigGrid(&values), WeightsMethod::Queen, &error);
        QVERIFY2(weights, qPrintable(error));
        const std::vector<LocalMoran> local =
            localMoran(values, *weights, options(WeightsTransform::RowStandardised, 999, 1));
        std::vector<double> p;
        for (const LocalMoran &row : local)
            p.push_back(row.pSim);
        const std::vector<double> q = stats::benjaminiHochberg(p);
        int significant = 0;
        for (size_t i = 0; i < local.size(); ++i) {
            QCOMPARE(local[i].q, q[i]);
            QCOMPARE(local[i].cluster != LisaCluster::NotSignificant, q[i] <= 0.05);
            significant += q[i] <= 0.05 ? 1 : 0;
        }
        QVERIFY(significant > 0);
        QCOMPARE(local[11].cluster, LisaCluster::HighHigh); // row 1, column 1: inside the block
        QVERIFY(local[99].cluster != LisaCluster::HighHigh &&
                local[99].cluster != LisaCluster::HighLow);
    }

    void regionsWithoutValueAndIslandsAreLeftOut()
    {
        std::vector<Region> regions;
        std::vector<Observation> observations;
        for (int cell = 1; cell <= 10; ++cell) {
            const QString code = QStringLiteral("C%1").arg(cell);
            regions.push_back(test::makeRegion(code, code, RegionLevel::Buurt, {}));
            if (cell != 5)
                observations.push_back(test::obs(code, QStringLiteral("x"), 2020, cell));
        }
        engine::Dataset dataset({test::makeIndicator(QStringLiteral("x"), IndicatorKind::Value)},
                                regions, {2020});
        QVERIFY(dataset.addObservations(observations).isEmpty());
        const SpatialWeights weights = gridWeights(WeightsMethod::Rook, true);
        const MoranOptions used = options(WeightsTransform::RowStandardised, 99, 3);
        const SpatialAnalysis analysis = analyseSpatial(dataset, 0, 2020, weights, used);
        QCOMPARE(analysis.withoutValue, QStringList{"C5"});
        QCOMPARE(analysis.islands, QStringList{"C10"});
        QCOMPARE(analysis.global.n, 8);
        QCOMPARE(analysis.regions[4].status, SpatialRegion::Status::NoValue);
        QCOMPARE(analysis.regions[9].status, SpatialRegion::Status::Island);
        QVERIFY(std::isnan(analysis.regions[9].local.localI));
        // The same as the statistics over the eight cells and the weights among them.
        const SpatialWeights eight = weights.restrictedTo({0, 1, 2, 3, 5, 6, 7, 8});
        const GlobalMoran direct = globalMoran({1, 2, 3, 4, 6, 7, 8, 9}, eight, used);
        QCOMPARE(analysis.global.i, direct.i);
        QCOMPARE(analysis.global.pSim, direct.pSim);
        QCOMPARE(analysis.regions[1].local.lag, 2.0); // C2 keeps C1 and C3, not C5
        const QByteArray csv = localMoranCsv(analysis);
        QVERIFY(csv.startsWith("region,value,lag,local_i,e_local_i,var_local_i,z_local_i,p_sim,"
                               "q_value,cluster,status,small_numbers\r\n"));
        QVERIFY(csv.contains("\r\nC5,,,,,,,,,,no_value,false\r\n"));
        QVERIFY(csv.contains("\r\nC10,,,,,,,,,,island,false\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMoran)
#include "test_moran.moc"
