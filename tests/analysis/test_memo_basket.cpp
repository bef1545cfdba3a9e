// The memo basket kept with the workspace (issue 13): written and read back in order, replaced
// whole, refused on a read-only workspace, and added to a version 4 file by its migration.
#include "test_workspace_location.h"
#include "workspace/memo_basket.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wijk;

class TestMemoBasket : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString file(const char *name) const
    {
        return test::workspaceLocation(mDir, QString::fromLatin1(name));
    }

private slots:
    void writtenAndReadBackInOrder()
    {
        QString error;
        auto ws = workspace::Workspace::open(file("a.gpkg"),
                                             workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(workspace::readMemoBasket(*ws).isEmpty());
        workspace::MemoBasket basket;
        basket.entries = {{QStringLiteral("WK999903"), QStringLiteral("pct_laag_inkomen")},
                          {QStringLiteral("WK999901"), QStringLiteral("woz")}};
        basket.opening = QStringLiteral("Voor de commissie.");
        basket.theme = QStringLiteral("Inkomen");
        QVERIFY2(workspace::writeMemoBasket(*ws, basket, &error), qPrintable(error));
        ws.reset();

        ws = workspace::Workspace::open(file("a.gpkg"), workspace::Workspace::OpenMode::ReadOnly,
                                        &error);
        const workspace::MemoBasket read = workspace::readMemoBasket(*ws);
        QCOMPARE(int(read.entries.size()), 2);
        QCOMPARE(read.entries[0].region, QStringLiteral("WK999903"));
        QCOMPARE(read.entries[1].indicator, QStringLiteral("woz"));
        QCOMPARE(read.opening, basket.opening);
        QCOMPARE(read.theme, basket.theme);
        // Read-only: refused with a reason, the stored basket untouched.
        QVERIFY(!workspace::writeMemoBasket(*ws, workspace::MemoBasket(), &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        ws.reset();

        // A new basket replaces the old one whole.
        ws = workspace::Workspace::open(file("a.gpkg"), workspace::Workspace::OpenMode::ReadWrite,
                                        &error);
        workspace::MemoBasket one;
        one.entries = {{QStringLiteral("WK999902"), QStringLiteral("woz")}};
        QVERIFY2(workspace::writeMemoBasket(*ws, one, &error), qPrintable(error));
        const workspace::MemoBasket replaced = workspace::readMemoBasket(*ws);
        QCOMPARE(int(replaced.entries.size()), 1);
        QCOMPARE(replaced.entries[0].region, QStringLiteral("WK999902"));
        QVERIFY(replaced.opening.isEmpty());
        QVERIFY(replaced.theme.isEmpty());
    }

    void aVersion6FileGetsTheBasketTables()
    {
        WIJK_FILE_BACKEND_ONLY("a version 6 file migrated; team workspaces start at version 7");
        QString error;
        {
            auto ws = workspace::Workspace::open(file("v6.gpkg"),
                                                 workspace::Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY2(workspace::sql::exec(ws->handle(),
                                          "DROP TABLE wm_memo_basket; DROP TABLE wm_memo_text; "
                                          "UPDATE wm_meta SET value = '6' WHERE key = "
                                          "'schema_version'",
                                          &error),
                     qPrintable(error));
        }
        auto ws = workspace::Workspace::open(file("v6.gpkg"),
                                             workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), workspace::Workspace::kSchemaVersion);
        QCOMPARE(workspace::sql::scalarText(ws->handle(),
                                            "SELECT count(*) FROM sqlite_master WHERE name IN "
                                            "('wm_memo_basket', 'wm_memo_text')"),
                 QStringLiteral("2"));
        workspace::MemoBasket basket;
        basket.entries = {{QStringLiteral("WK999903"), QStringLiteral("woz")}};
        QVERIFY2(workspace::writeMemoBasket(*ws, basket, &error), qPrintable(error));
        QCOMPARE(int(workspace::readMemoBasket(*ws).entries.size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestMemoBasket)
#include "test_memo_basket.moc"
