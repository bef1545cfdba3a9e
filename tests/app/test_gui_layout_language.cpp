// The window remembers its layout and language, resets the layout, and imports off the UI
// thread (the demo extract into a workspace that already holds it: nothing changes).
#include "app_environment.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "table/values_table_view.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestGuiLayoutLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

private slots:
    void initTestCase()
    {
        initResources();
        // The translations and settings the real application sets up.
        app::setupApplication(*QCoreApplication::instance());
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
    }

    void switchesLanguageAndRemembersIt()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Bestand"));
        auto *hint = window.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
        QVERIFY(hint->text().startsWith(QStringLiteral("Geen werkruimte")));
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(QLocale().decimalPoint(), QLatin1Char('.'));
        window.setLanguage(QStringLiteral("nl"));
        QCOMPARE(QLocale().decimalPoint(), QLatin1Char(','));
        // The views retranslate too, and a workspace's data stays on screen. The data loads in
        // the background: the waits return as soon as it shows; their bound is for a
        // machine loaded by a parallel test run, not a time the test measures.
        QVERIFY(window.openWorkspace(mWorkspace));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.tableView()->model()->headerData(1, Qt::Horizontal).toString(),
            QStringLiteral("Gebied"), 60000);
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.tableView()->model()->headerData(1, Qt::Horizontal).toString(),
            QStringLiteral("Region"), 60000);
        // The chart panels' own tools (made in Dutch above) follow: trend, ranking, scatter,
        // distribution and Moran scatter.
        const auto copyButtons = [&window] {
            QStringList texts;
            for (const QToolButton *button : window.findChildren<QToolButton *>()) {
                if (button->text() == QStringLiteral("Copy") ||
                    button->text() == QStringLiteral("Kopi\u00ebren"))
                    texts << button->text();
            }
            return texts;
        };
        QTRY_COMPARE_WITH_TIMEOUT(copyButtons(),
                                  (QStringList{"Copy", "Copy", "Copy", "Copy", "Copy"}), 60000);
        const auto distributionModes = [&window] {
            QStringList texts;
            for (const QComboBox *box : window.findChildren<QComboBox *>()) {
                if (box->count() == 2 && box->itemText(0) == QStringLiteral("Histogram"))
                    texts << box->itemText(1);
            }
            return texts;
        };
        QCOMPARE(distributionModes(), QStringList{QStringLiteral("Box plot")});
        window.setLanguage(QStringLiteral("nl"));
        const QString copy = QStringLiteral("Kopi\u00ebren");
        QTRY_COMPARE_WITH_TIMEOUT(copyButtons(), (QStringList{copy, copy, copy, copy, copy}),
                                  60000);
        QCOMPARE(distributionModes(), QStringList{QStringLiteral("Boxplot")});
    }

    void savesRestoresAndResetsTheLayout()
    {
        {
            gui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("tableDock"))->hide();
            QVERIFY(window.close()); // saves
        }
        gui::MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        auto *table = restored.findChild<QDockWidget *>(QStringLiteral("tableDock"));
        QVERIFY(table->isHidden());
        restored.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
        QVERIFY(!table->isHidden());
        QCOMPARE(restored.dockWidgetArea(table), Qt::BottomDockWidgetArea);
        QCOMPARE(restored.dockWidgetArea(
                     restored.findChild<QDockWidget *>(QStringLiteral("catalogueDock"))),
                 Qt::LeftDockWidgetArea);
        QVERIFY(restored.close());
    }

    void importsOffTheUiThread()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        QSignalSpy finished(&window, &gui::MainWindow::importFinished);
        window.importPath(QDir(mDir.path()).filePath(QStringLiteral("demostad-extract")));
        // The call returns at once; the result arrives through the event loop.
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QVERIFY(window.session());
    }

    void importOfAnUnknownFileFailsWithAMessage()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        const QString path = mDir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nothing to import\n");
        file.close();
        QSignalSpy finished(&window, &gui::MainWindow::importFinished);
        window.importPath(path);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY(finished.constFirst().at(1).toString().contains(QStringLiteral("notes.txt")));
    }
};

WIJK_QGIS_TEST_MAIN(TestGuiLayoutLanguage)
#include "test_gui_layout_language.moc"
