// Spatial weights kept in the workspace (schema version 6): built from the workspace's own
// boundaries, saved with how they were made, read back the same, replaced by name, and
// refused on a read-only workspace.
#include "engine/contiguity.h"
#include "engine/weights_storage.h"
#include "import/import_transaction.h"
#include "spatial_grid_fixture.h"
#include "test_trends_fixture.h"
#include "test_workspace_location.h"
#include "workspace/weights_table.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wijk;
using namespace wijk::engine;

class TestWeightsStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    QString gridWorkspace(const char *name)
    {
        const QString path = test::workspaceLocation(mDir, QString::fromLatin1(name));
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        auto tx = import::ImportTransaction::begin(*workspace, &error);
        for (const RegionBoundary &cell : test::gridBoundaries(true))
            if (!tx->putRegion(test::makeRegion(cell.code, cell.code, RegionLevel::Wijk, {}, 2017),
                               cell.wkb, &error))
                qFatal("%s", qPrintable(error));
        // A wijk of another vintage: not part of the 2017 division.
        if (!tx->putRegion(test::makeRegion(QStringLiteral("C11"), QStringLiteral("C11"),
                                            RegionLevel::Wijk, {}, 2018),
                           test::squareMultiPolygonWkb(3, 0), &error))
            qFatal("%s", qPrintable(error));
        if (!tx->commit(&error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private slots:
    void builtFromTheWorkspaceAndReadBack()
    {
        const QString path = gridWorkspace("grid.gpkg");
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
        const std::vector<RegionBoundary> boundaries =
            levelBoundaries(*workspace, RegionLevel::Wijk, 2017);
        QCOMPARE(int(boundaries.size()), 10);
        auto rook = contiguityWeights(boundaries, WeightsMethod::Rook, &error);
        QVERIFY2(rook, qPrintable(error));
        rook->level = RegionLevel::Wijk;
        rook->vintage = 2017;
        const QString name = defaultWeightsName(*rook);
        QCOMPARE(name, QStringLiteral("wijk-2017-rook"));
        QVERIFY2(saveWeights(*workspace, {name, *rook, WeightsTransform::Binary}, &error),
                 qPrintable(error));

        const auto back = loadWeights(*workspace, name, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->transform, WeightsTransform::Binary);
        QCOMPARE(back->weights.method, WeightsMethod::Rook);
        QCOMPARE(back->weights.level, RegionLevel::Wijk);
        QCOMPARE(back->weights.vintage, 2017);
        QCOMPARE(back->weights.codes(), rook->codes());
        for (int i = 0; i < rook->size(); ++i)
            QCOMPARE(back->weights.neighbours(i), rook->neighbours(i));
        QCOMPARE(back->weights.islands(), QStringList{"C10"});

        const std::vector<workspace::WeightsRecord> listed = workspace::weightsRecords(*workspace);
        QCOMPARE(int(listed.size()), 1);
        QCOMPARE(listed[0].islands, QStringList{"C10"});
        QVERIFY(listed[0].createdAt.isValid());
    }

    void sameNameIsReplaced()
    {
        const QString path = gridWorkspace("replace.gpkg");
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        const auto boundaries = levelBoundaries(*workspace, RegionLevel::Wijk, 2017);
        const auto queen = contiguityWeights(boundaries, WeightsMethod::Queen, &error);
        const auto rook = contiguityWeights(boundaries, WeightsMethod::Rook, &error);
        QVERIFY(saveWeights(*workspace, {QStringLiteral("grid"), *queen}, &error));
        QVERIFY(saveWeights(*workspace, {QStringLiteral("grid"), *rook}, &error));
        const auto back = loadWeights(*workspace, QStringLiteral("grid"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->weights.method, WeightsMethod::Rook);
        QCOMPARE(back->weights.linkCount(), 24);
        QCOMPARE(int(workspace::weightsRecords(*workspace).size()), 1);
        QVERIFY(!loadWeights(*workspace, QStringLiteral("absent"), &error));
        QVERIFY2(error.contains(QStringLiteral("'absent'")), qPrintable(error));
    }

    void readOnlyWorkspaceIsRefused()
    {
        const QString path = gridWorkspace("readonly.gpkg");
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        const auto queen = contiguityWeights(levelBoundaries(*workspace, RegionLevel::Wijk, 2017),
                                             WeightsMethod::Queen, &error);
        QVERIFY(!saveWeights(*workspace, {QStringLiteral("grid"), *queen}, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(workspace::weightsRecords(*workspace).empty());
    }
};

QTEST_GUILESS_MAIN(TestWeightsStorage)
#include "test_weights_storage.moc"
