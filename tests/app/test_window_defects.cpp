// The window defects of issue #12 section 4, each checked on the real demo workspace the way a
// user meets it: clicks on the bottom tabs, Ctrl+A/Ctrl+C in the table, the scatter plot's
// pair of indicators, a signal choosing the indicator everywhere, small screens, Qt's dialogs.
#include "app_environment.h"
#include "catalogue/indicator_catalogue.h"
#include "charts/scatter_chart.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>

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
    static QTabBar *tabBarWith(const gui::MainWindow &window, const QString &title, int *index)
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
        app::setupApplication(*QCoreApplication::instance());
        QVERIFY(mDir.isValid());
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
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
        gui::MainWindow window;
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

    void ctrlASelectsCellsToCopyNotRegions()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("hh_laag_inkomen"));
        const QString wijk = QStringLiteral("WK999901");
        window.selection()->setSelection({wijk});
        QTableView *table = window.tableView()->tableView();
        window.activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        const int cells = table->model()->rowCount() * table->model()->columnCount();
        QCOMPARE(table->selectionModel()->selectedIndexes().size(), cells);
        // Selecting cells for copying is not selecting regions: the map and charts keep one.
        QCOMPARE(window.selection()->selected(), QStringList{wijk});
        QCOMPARE(window.mapView()->selectedRegions(), QSet<QString>{wijk});

        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        const Indicator *indicator = window.session()->indicator("hh_laag_inkomen");
        const QVector<int> periods = window.session()->periods();
        // Caption: indicator, unit, period; then what the marks mean; then the columns.
        QCOMPARE(lines.at(0), QStringLiteral("%1 (%2), %3–%4")
                                  .arg(indicator->displayName(false),
                                       widgets::IndicatorCatalogue::unitLabel(indicator->unit))
                                  .arg(periods.constFirst())
                                  .arg(periods.constLast()));
        QVERIFY2(lines.at(1).contains(QStringLiteral("x afgeschermd")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Code\tGebied\t")), qPrintable(lines.at(2)));
        // De Schans's suppressed counts read x, tab-separated.
        bool schans = false;
        for (const QString &line : lines)
            if (line.startsWith(QStringLiteral("WK999908\t"))) {
                schans = true;
                QVERIFY2(line.split(QLatin1Char('\t')).contains(QStringLiteral("x")),
                         qPrintable(line));
            }
        QVERIFY(schans);
    }

    void copiedSharesMarkProvisionalValuesInDutch()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("pct_laag_inkomen"));
        widgets::ValuesTableView *table = window.tableView();
        table->selectAllCells();
        const QString text = table->selectionAsTsv();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.at(0).contains(QStringLiteral("(procent)")), qPrintable(lines.at(0)));
        // Every provisional value of the table carries the mark, explained in the header.
        int provisional = 0;
        for (const widgets::TableRow &row : table->model()->tableData().rows)
            for (const widgets::TableCell &cell : row.cells)
                provisional += cell.status == ValueStatus::Provisional && !std::isnan(cell.value);
        QVERIFY2(provisional > 0, "the demo's last year is provisional");
        QCOMPARE(text.count(QStringLiteral("*\t")) + text.count(QStringLiteral("*\n")),
                 provisional);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("* voorlopig")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(3).contains(QLatin1Char(',')));
        QVERIFY(!lines.at(3).contains(QLatin1Char('.')));
    }

    void withheldReadsXInTableAndTooltip()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        gui::WorkbenchSession *session = window.session();
        int checked = 0;
        for (RegionLevel level : {RegionLevel::Wijk, RegionLevel::Buurt}) {
            for (const Indicator &indicator : session->indicators()) {
                const QVector<int> periods = session->periods();
                const widgets::TableData table = session->periodTable(indicator.code, level);
                for (int p = 0; p < periods.size(); ++p) {
                    for (const maps::MapValue &value :
                         session->mapValues(indicator.code, level, periods.at(p))) {
                        const QString tip =
                            session->regionTooltip(value.code, indicator.code, periods.at(p));
                        if (value.status != ValueStatus::Suppressed)
                            continue;
                        // Where the map hatches a value as withheld, table and tooltip say x.
                        QVERIFY2(tip.contains(QStringLiteral("<b>x</b>")), qPrintable(tip));
                        for (const widgets::TableRow &row : table.rows)
                            if (row.code == value.code)
                                QCOMPARE(widgets::ValuesTableModel::cellText(row.cells.at(p), 1),
                                         QStringLiteral("x"));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 0);
    }

    void aSignalsIndicatorReachesEveryView()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        QTRY_VERIFY_WITH_TIMEOUT(!window.signalsPending(), 60000);
        widgets::SignalsList *list = window.signalsList();
        QVERIFY(list->visibleCount() > 0);
        // The user was looking for WOZ in the catalogue, then clicks a signal of another
        // indicator.
        window.setCurrentIndicator(QStringLiteral("woz_gem"));
        window.catalogue()
            ->findChild<QLineEdit *>(QStringLiteral("catalogueSearch"))
            ->setText(QStringLiteral("woz"));
        int row = -1;
        for (int i = 0; i < list->visibleCount() && row < 0; ++i)
            if (list->visibleEntry(i).indicator != QLatin1String("woz_gem"))
                row = i;
        QVERIFY(row >= 0);
        const widgets::SignalEntry entry = list->visibleEntry(row);
        auto *view = list->findChild<QTreeView *>();
        window.findChild<QDockWidget *>(QStringLiteral("signalsDock"))->raise();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(index).center());
        QCOMPARE(window.currentIndicator(), entry.indicator);
        const Indicator *indicator = window.session()->indicator(entry.indicator);
        // The catalogue highlights and defines it...
        auto *tree = window.catalogue()->findChild<QTreeView *>(QStringLiteral("catalogueTree"));
        QCOMPARE(tree->currentIndex().data(widgets::IndicatorCatalogue::CodeRole).toString(),
                 entry.indicator);
        const QString details = window.catalogue()
                                    ->findChild<QTextBrowser *>(QStringLiteral("catalogueDetails"))
                                    ->toPlainText();
        QVERIFY2(details.contains(indicator->displayName(false)), qPrintable(details));
        // ...the table lists it, the map shows it.
        QVERIFY(window.tableView()->model()->tableData().caption.startsWith(
            indicator->displayName(false)));
        QCOMPARE(window.selection()->selected(), QStringList{entry.region});
    }

    void scatterPairsMeaningfullyAndKeepsItsY()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        gui::WorkbenchSession *session = window.session();
        widgets::charts::ScatterChart *scatter = window.scatterChart();
        // The first pair: two different ratios or means, never a count against a mean.
        window.setCurrentIndicator(QStringLiteral("pct_laag_inkomen"));
        const QString y = window.scatterYIndicator();
        QVERIFY(!y.isEmpty());
        QVERIFY(y != window.currentIndicator());
        QVERIFY(widgets::charts::ScatterChart::isComparable(*session->indicator(y)));
        // Of x's own theme where it has one: income against income, not against age.
        QCOMPARE(session->indicator(y)->theme, session->indicator("pct_laag_inkomen")->theme);
        QCOMPARE(scatter->data().yIndicator.code, y);
        // Choosing y as x moves y elsewhere: never r = 1 of one indicator against itself.
        window.setCurrentIndicator(y);
        QVERIFY(window.scatterYIndicator() != y);
        QVERIFY(!window.scatterYIndicator().isEmpty());
        QVERIFY(scatter->data().xIndicator.code != scatter->data().yIndicator.code);
        // A y chosen by the user survives a language switch.
        auto *box = window.findChild<QComboBox *>(QStringLiteral("scatterY"));
        const int woz = box->findData(QStringLiteral("woz_gem"));
        QVERIFY(woz >= 0);
        box->setCurrentIndex(woz);
        emit box->activated(woz);
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(window.scatterYIndicator(), QStringLiteral("woz_gem"));
        QCOMPARE(scatter->data().yIndicator.code, QStringLiteral("woz_gem"));
        window.setLanguage(QStringLiteral("nl"));
    }

    void scatterFitStaysInRangeAndMarkersFit()
    {
        gui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        widgets::charts::ScatterChart *scatter = window.scatterChart();
        int pairs = 0;
        // Every share against every share: a fit line never leaves the points' range (no
        // negative shares) and the axes leave room around the outermost markers.
        for (const Indicator &x : window.session()->indicators()) {
            if (x.unit != QLatin1String("percent"))
                continue;
            window.setCurrentIndicator(x.code);
            double xMin = qInf(), xMax = -qInf(), yMin = qInf(), yMax = -qInf();
            for (const widgets::ScatterPoint &p : scatter->data().points) {
                if (!p.isComplete())
                    continue;
                xMin = qMin(xMin, p.x);
                xMax = qMax(xMax, p.x);
                yMin = qMin(yMin, p.y);
                yMax = qMax(yMax, p.y);
            }
            if (!std::isfinite(xMin) || xMin == xMax || yMin == yMax)
                continue;
            ++pairs;
            QVERIFY(scatter->axisX()->min() < xMin && scatter->axisX()->max() > xMax);
            QVERIFY(scatter->axisY()->min() < yMin && scatter->axisY()->max() > yMax);
            QVERIFY(scatter->fitSeries());
            for (const QPointF &point : scatter->fitSeries()->points()) {
                QVERIFY2(point.y() >= yMin - 1e-9 && point.y() <= yMax + 1e-9,
                         qPrintable(QStringLiteral("%1: %2").arg(x.code).arg(point.y())));
                QVERIFY(point.x() >= xMin - 1e-9 && point.x() <= xMax + 1e-9);
            }
        }
        QVERIFY(pairs >= 2);
    }

    void firstWindowFitsALaptopScreen()
    {
        // A 1366×768 screen with a 40 px panel: the first window, its frame included, fits.
        const QSize available(1366, 728);
        const QSize first = gui::MainWindow::firstSize(available);
        QVERIFY(first.width() <= available.width());
        QVERIFY2(first.height() + 40 <= available.height(),
                 qPrintable(QStringLiteral("%1 high").arg(first.height())));
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(first);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        QTest::qWait(100);
        // Nothing forces it larger, and the status bar and the bottom tabs are on it.
        QCOMPARE(window.size(), first);
        const QRect inside = window.rect();
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(inside.contains(window.statusBar()->geometry()));
        int index = -1;
        QTabBar *bar = tabBarWith(window, QStringLiteral("Signalen"), &index);
        QVERIFY(bar);
        QVERIFY(inside.contains(bar->geometry()));
    }

    void smallWindowKeepsDocksUsableAndRecovers()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(mWorkspace));
        QTest::qWait(100);
        QCOMPARE(window.size(), QSize(1024, 700));
        auto *catalogue = window.findChild<QDockWidget *>(QStringLiteral("catalogueDock"));
        auto *trend = window.findChild<QDockWidget *>(QStringLiteral("trendDock"));
        auto *table = window.findChild<QDockWidget *>(QStringLiteral("tableDock"));
        QVERIFY2(catalogue->width() >= 200, qPrintable(QString::number(catalogue->width())));
        QVERIFY(trend->width() >= 260);
        QVERIFY(table->width() >= 320);
        // The definition breaks between words, never inside one.
        auto *details =
            window.catalogue()->findChild<QTextBrowser *>(QStringLiteral("catalogueDetails"));
        QCOMPARE(details->wordWrapMode(), QTextOption::WordWrap);
        // The signals' explanation (the last column) stays in view.
        QTRY_VERIFY_WITH_TIMEOUT(!window.signalsPending(), 60000);
        window.findChild<QDockWidget *>(QStringLiteral("signalsDock"))->raise();
        auto *signalsView = window.signalsList()->findChild<QTreeView *>();
        QTRY_VERIFY(signalsView->isVisible());
        QHeaderView *header = signalsView->header();
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY2(header->sectionViewportPosition(last) + 80 < signalsView->viewport()->width(),
                 qPrintable(QStringLiteral("explanation at %1 of %2")
                                .arg(header->sectionViewportPosition(last))
                                .arg(signalsView->viewport()->width())));
        // Made large again, the docks get their share back without Reset layout.
        window.resize(1600, 1000);
        QTRY_VERIFY2(catalogue->width() >= 240, qPrintable(QString::number(catalogue->width())));
        QTRY_VERIFY2(trend->width() >= 400, qPrintable(QString::number(trend->width())));
        auto *signalsDock = window.findChild<QDockWidget *>(QStringLiteral("signalsDock"));
        QTRY_VERIFY2(signalsDock->height() >= 250,
                     qPrintable(QString::number(signalsDock->height())));
    }

    void qtsOwnDialogsSpeakTheWindowsLanguage()
    {
        gui::MainWindow window;
        window.setLanguage(QStringLiteral("nl"));
        const auto cancelText = [&window] {
            QFileDialog dialog(&window);
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            return buttons && buttons->button(QDialogButtonBox::Cancel)
                       ? buttons->button(QDialogButtonBox::Cancel)->text()
                       : QString();
        };
        QCOMPARE(cancelText(), QStringLiteral("Annuleren"));
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(cancelText(), QStringLiteral("Cancel"));
        window.setLanguage(QStringLiteral("nl"));
    }
};

WIJK_QGIS_TEST_MAIN(TestWindowDefects)
#include "test_window_defects.moc"
