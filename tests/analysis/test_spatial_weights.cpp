// Spatial weights from boundaries (queen, rook, k nearest centroids) on the 3 x 3 grid, and
// GeoDa .gal files: read with file/line/field errors, written and read back the same.
#include "engine/contiguity.h"
#include "engine/gal_file.h"
#include "spatial_grid_fixture.h"
#include "test_support.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;

class TestSpatialWeights : public QObject
{
    Q_OBJECT

private:
    static std::vector<int> neighbourCounts(const SpatialWeights &weights)
    {
        std::vector<int> counts;
        for (int i = 0; i < weights.size(); ++i)
            counts.push_back(int(weights.neighbours(i).size()));
        return counts;
    }
    static QStringList neighbourCodes(const SpatialWeights &weights, const QString &code)
    {
        QStringList codes;
        for (const int j : weights.neighbours(weights.indexOf(code)))
            codes << weights.code(j);
        return codes;
    }
    static void galFails(const QByteArray &text, const QString &expected,
                         const QSet<QString> &known = {})
    {
        QString error;
        QVERIFY(!parseGal(text, QStringLiteral("w.gal"), known, &error));
        QVERIFY2(error.contains(expected),
                 qPrintable(error + QStringLiteral(" lacks ") + expected));
    }

private slots:
    void queenCountsCornersEdgesAndCentre()
    {
        QString error;
        const auto queen =
            contiguityWeights(test::gridBoundaries(false), WeightsMethod::Queen, &error);
        QVERIFY2(queen, qPrintable(error));
        QCOMPARE(neighbourCounts(*queen), (std::vector<int>{3, 5, 3, 5, 8, 5, 3, 5, 3}));
        QCOMPARE(queen->linkCount(), 40);
        QVERIFY(queen->isSymmetric());
        QCOMPARE(neighbourCodes(*queen, QStringLiteral("C1")), (QStringList{"C2", "C4", "C5"}));
        QVERIFY(queen->islands().isEmpty());
    }

    void rookLeavesOutCornerContacts()
    {
        QString error;
        const auto rook =
            contiguityWeights(test::gridBoundaries(false), WeightsMethod::Rook, &error);
        QVERIFY2(rook, qPrintable(error));
        QCOMPARE(neighbourCounts(*rook), (std::vector<int>{2, 3, 2, 3, 4, 3, 2, 3, 2}));
        QCOMPARE(rook->linkCount(), 24);
        QCOMPARE(neighbourCodes(*rook, QStringLiteral("C5")),
                 (QStringList{"C2", "C4", "C6", "C8"}));
    }

    void islandIsReportedAndRestrictionMakesNewOnes()
    {
        QString error;
        const auto queen =
            contiguityWeights(test::gridBoundaries(true), WeightsMethod::Queen, &error);
        QVERIFY2(queen, qPrintable(error));
        QCOMPARE(queen->islands(), QStringList{"C10"});
        QCOMPARE(
            queen->weight(queen->indexOf(QStringLiteral("C10")), WeightsTransform::RowStandardised),
            0.0);
        // Without C2, C4 and C5 the corner C1 has no neighbour left.
        const SpatialWeights rest = queen->restrictedTo({0, 2, 5, 6, 7, 8});
        QCOMPARE(rest.islands(), QStringList{"C1"});
        QCOMPARE(neighbourCodes(rest, QStringLiteral("C3")), QStringList{"C6"});
    }

    void rowStandardisedRowsSumToOne()
    {
        QString error;
        const auto queen =
            contiguityWeights(test::gridBoundaries(false), WeightsMethod::Queen, &error);
        QVERIFY(queen);
        for (int i = 0; i < queen->size(); ++i) {
            const double sum = queen->weight(i, WeightsTransform::RowStandardised) *
                               double(queen->neighbours(i).size());
            QVERIFY(std::fabs(sum - 1.0) < 1e-15);
            QCOMPARE(queen->weight(i, WeightsTransform::Binary), 1.0);
        }
    }

    void nearestCentroidsAreAsymmetric()
    {
        QString error;
        const auto knn = nearestCentroidWeights(test::gridBoundaries(true), 2, &error);
        QVERIFY2(knn, qPrintable(error));
        QCOMPARE(knn->k, 2);
        // C5's four nearest are at distance 1; the two first by code are C2 and C4.
        QCOMPARE(neighbourCodes(*knn, QStringLiteral("C5")), (QStringList{"C2", "C4"}));
        QCOMPARE(neighbourCodes(*knn, QStringLiteral("C1")), (QStringList{"C2", "C4"}));
        // The far square still has two nearest regions (C3, then C2 before C6 at the same
        // distance by code): k nearest has no islands.
        QCOMPARE(neighbourCodes(*knn, QStringLiteral("C10")), (QStringList{"C2", "C3"}));
        QVERIFY(!knn->isSymmetric());
    }

    void unreadableBoundaryIsNamed()
    {
        QString error;
        std::vector<RegionBoundary> regions = test::gridBoundaries(false);
        regions[3].wkb = QByteArray("not wkb");
        QVERIFY(!contiguityWeights(regions, WeightsMethod::Queen, &error));
        QVERIFY2(error.contains(QStringLiteral("C4")), qPrintable(error));
    }

    void galWrittenReadsBackTheSame()
    {
        QString error;
        auto queen = contiguityWeights(test::gridBoundaries(true), WeightsMethod::Queen, &error);
        QVERIFY(queen);
        queen->level = RegionLevel::Wijk;
        const QByteArray text = galText(*queen);
        QVERIFY(text.startsWith("0 10 wijk code\n"));
        QSet<QString> known;
        for (const QString &code : queen->codes())
            known.insert(code);
        const auto back = parseGal(text, QStringLiteral("grid.gal"), known, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->codes(), queen->codes());
        for (int i = 0; i < queen->size(); ++i)
            QCOMPARE(back->neighbours(i), queen->neighbours(i));
        QCOMPARE(back->islands(), QStringList{"C10"});
        QCOMPARE(back->method, WeightsMethod::GalFile);
    }

    void galFileOnDiskIsRead()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, "three.gal", "3\nA 1\nB\nB 2\nA C\nC 1\nB\n");
        QString error;
        const auto weights = readGalFile(path, {}, &error);
        QVERIFY2(weights, qPrintable(error));
        QCOMPARE(weights->size(), 3);
        QCOMPARE(weights->linkCount(), 4);
        QCOMPARE(weights->source, path);
        QVERIFY(!readGalFile(dir.filePath(QStringLiteral("absent.gal")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("absent.gal")), qPrintable(error));
    }

    void galErrorsNameLineAndField()
    {
        galFails("", QStringLiteral("w.gal, regel 1:"));
        galFails("zes\n", QStringLiteral("w.gal, regel 1, veld 1:"));
        galFails("1 2 x code\n", QStringLiteral("w.gal, regel 1, veld 2:"));
        galFails("2\nA 1\nB\nB x\nA\n", QStringLiteral("w.gal, regel 4, veld 2: 'x'"));
        galFails("2\nA 2\nB\nB 1\nA\n", QStringLiteral("w.gal, regel 3: 'A' heeft 2 buren"));
        galFails("2\nA 1\nZ\nB 1\nA\n", QStringLiteral("w.gal, regel 3, veld 1: buur 'Z'"));
        galFails("2\nA 1\nB\nA 1\nB\n",
                 QStringLiteral("w.gal, regel 4, veld 1: 'A' staat er twee"));
        galFails("3\nA 1\nB\nB 1\nA\n", QStringLiteral("noemt 3 regio's, het bestand geeft er 2"));
        galFails("2\nA 1\nB\nB 1\n", QStringLiteral("w.gal, regel 5: de buren van 'B' ontbreken"));
        galFails("1\nA 1\nA\n", QStringLiteral("'A' is zijn eigen buur"));
        galFails("2\nA 1\nQ\nQ 1\nA\n", QStringLiteral("w.gal, regel 4, veld 1: 'Q' is geen regio"),
                 {QStringLiteral("A"), QStringLiteral("B")});
        galFails("2\nA 1 B\n", QStringLiteral("w.gal, regel 2: verwacht 'id aantal'"));
    }
};

QTEST_GUILESS_MAIN(TestSpatialWeights)
#include "test_spatial_weights.moc"
