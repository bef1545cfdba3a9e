// The window's division choice (docs/crosswalk.md, "In the window") on the demo, which comes
// with an area crosswalk derived from its 2020 buurt split (Waterrijk-West, BU99990903, into
// BU99990906 and BU99990907): converting to 2020 lists that division's buurten, marks the moved
// values as estimates in the table and the trend chart, and going back restores delivered values.
#include "charts/trend_chart.h"
#include "gui/division_choice.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "table/values_table_model.h"
#include "table/values_table_view.h"
#include "workspace/crosswalk_store.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtCharts/QAbstractSeries>
#include <QtConcurrent>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestDivisionChoice : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    //! The table's status of a region's value in a year; -1 when the row is not listed.
    static int tableStatus(const gui::MainWindow &window, const QString &code, int year,
                           QString *text = nullptr, QString *tip = nullptr)
    {
        const widgets::ValuesTableModel *model = window.tableView()->model();
        int column = -1;
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == QString::number(year))
                column = c;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(widgets::ValuesTableModel::RegionCodeRole).toString() != code)
                continue;
            if (text)
                *text = index.data().toString();
            if (tip)
                *tip = index.data(Qt::ToolTipRole).toString();
            return index.data(widgets::ValuesTableModel::StatusRole).toInt();
        }
        return -1;
    }
    static QStringList chartRoles(const gui::MainWindow &window, const QString &code)
    {
        QStringList roles;
        for (QT_CHARTS_NAMESPACE::QAbstractSeries *series : window.trendChart()->series())
            if (series->property("wijkCode").toString() == code)
                roles << series->property("wijkRole").toString();
        return roles;
    }
    //! Whether the table's legend explains the estimate mark.
    static bool legendExplainsEstimates(const gui::MainWindow &window)
    {
        for (const QLabel *label : window.tableView()->findChildren<QLabel *>())
            if (label->text().contains(widgets::ValuesTableModel::estimateMark()))
                return true;
        return false;
    }
    static void choose(QComboBox *box, int year)
    {
        const int index = box->findData(year);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    }
    //! Chooses and waits until the background switch is shown.
    static void chooseAndWait(gui::MainWindow &window, QComboBox *box, int year)
    {
        auto *choice = window.findChild<gui::DivisionChoice *>();
        QVERIFY(choice);
        choose(box, year);
        QTRY_VERIFY_WITH_TIMEOUT(!choice->busy(), 30000);
        QCOMPARE(window.session()->division(), year);
    }
    //! Holds the global pool's only thread until release(): a switch started meanwhile waits,
    //! so a test sees the window while the figures are being moved.
    struct PoolBlocker
    {
        QSemaphore started;
        QSemaphore release;
        int threads = QThreadPool::globalInstance()->maxThreadCount();
        PoolBlocker()
        {
            QThreadPool::globalInstance()->setMaxThreadCount(1);
            QtConcurrent::run([this] {
                started.release();
                release.acquire();
            });
            started.acquire();
        }
        ~PoolBlocker()
        {
            if (release.available() == 0)
                release.release();
            QThreadPool::globalInstance()->waitForDone();
            QThreadPool::globalInstance()->setMaxThreadCount(threads);
        }
    };
    //! Every cell of two datasets, by region code (the same regions, indicators and years).
    static void compareDatasets(const engine::Dataset &a, const engine::Dataset &b)
    {
        QCOMPARE(a.regionCount(), b.regionCount());
        QCOMPARE(a.indicatorCount(), b.indicatorCount());
        QCOMPARE(a.periods(), b.periods());
        int compared = 0;
        for (int r = 0; r < a.regionCount(); ++r) {
            const int rb = b.regionIndex(a.region(r).code);
            QVERIFY2(rb >= 0, qPrintable(a.region(r).code));
            for (int i = 0; i < a.indicatorCount(); ++i) {
                QVERIFY(a.isLoaded(i) && b.isLoaded(i));
                for (int p = 0; p < a.periodCount(); ++p) {
                    const engine::Cell x = a.cell(i, r, p);
                    const engine::Cell y = b.cell(i, rb, p);
                    QCOMPARE(x.present, y.present);
                    QCOMPARE(int(x.status), int(y.status));
                    QCOMPARE(std::isnan(x.value), std::isnan(y.value));
                    if (!std::isnan(x.value))
                        QCOMPARE(x.value, y.value);
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 1000);
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
        // The demo comes with its crosswalk (ensureDemoWorkspace derives it).
        auto workspace = workspace::Workspace::open(
            mWorkspace, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        const auto crosswalks = workspace::readCrosswalks(*workspace, false);
        QCOMPARE(int(crosswalks.size()), 1);
        QCOMPARE(crosswalks.front().fromYear, 2015);
        QCOMPARE(crosswalks.front().toYear, 2020);
        QCOMPARE(crosswalks.front().method, QStringLiteral("area"));
    }

    void offeredOnlyWithACrosswalk()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        auto *box = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->itemData(0).toInt(), 0);
        QCOMPARE(box->itemData(1).toInt(), 2020);
        QCOMPARE(window.session()->division(), 0);
    }

    void convertsMarksAndRestores()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentIndicator(QStringLiteral("inwoners"));
        window.setCurrentLevel(RegionLevel::Buurt);
        window.selection()->setSelection({QStringLiteral("BU99990906")});
        auto *box = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        QVERIFY(box);

        // As delivered: the old buurt in 2017, the new one only from 2020.
        QString text, tip;
        QVERIFY(!legendExplainsEstimates(window));
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990903"), 2017), int(ValueStatus::Final));
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2017),
                 int(ValueStatus::Missing));
        QVERIFY(!chartRoles(window, QStringLiteral("BU99990906"))
                     .contains(QLatin1String(widgets::charts::role::estimatedMarkers)));

        chooseAndWait(window, box, 2020);
        // The 2020 division's buurten only, earlier years moved onto them and marked.
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990903"), 2017), -1);
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2017, &text, &tip),
                 int(ValueStatus::Estimated));
        QVERIFY2(text.startsWith(widgets::ValuesTableModel::estimateMark()), qPrintable(text));
        QVERIFY(legendExplainsEstimates(window));
        QVERIFY2(tip.contains(QStringLiteral("2015→2020 (")), qPrintable(tip));
        // A buurt the split did not touch passes through as delivered.
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990901"), 2017), int(ValueStatus::Final));
        // Its own years are delivered figures.
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2021), int(ValueStatus::Final));
        // The trend chart: the estimated years hollow squares, a dotted line into them.
        bool estimatedPoint = false;
        for (const widgets::TrendSeries &series : window.trendChart()->data().series)
            if (series.code == QStringLiteral("BU99990906"))
                for (size_t k = 0; k < series.periods.size(); ++k)
                    estimatedPoint |=
                        series.periods[k] == 2017 && series.statuses[k] == ValueStatus::Estimated;
        QVERIFY(estimatedPoint);
        const QStringList roles = chartRoles(window, QStringLiteral("BU99990906"));
        QVERIFY2(roles.contains(QLatin1String(widgets::charts::role::estimatedMarkers)),
                 qPrintable(roles.join(',')));
        QVERIFY2(roles.contains(QLatin1String(widgets::charts::role::estimatedLine)),
                 qPrintable(roles.join(',')));
        // The map tooltip names the crosswalk.
        QVERIFY(window.session()
                    ->regionTooltip(QStringLiteral("BU99990906"), QStringLiteral("inwoners"), 2017)
                    .contains(QStringLiteral("2015→2020 (")));

        chooseAndWait(window, box, 0);
        QVERIFY(!legendExplainsEstimates(window));
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990903"), 2017), int(ValueStatus::Final));
        // The new buurt has no delivered figure before its division.
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2017),
                 int(ValueStatus::Missing));
        QVERIFY(!chartRoles(window, QStringLiteral("BU99990906"))
                     .contains(QLatin1String(widgets::charts::role::estimatedMarkers)));
    }

    //! The switch runs on a pool thread: the event loop keeps running, the old view stays
    //! until the new one is ready, and the end state equals a switch on the UI thread.
    void switchesInTheBackground()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentIndicator(QStringLiteral("inwoners"));
        window.setCurrentLevel(RegionLevel::Buurt);
        auto *box = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        auto *choice = window.findChild<gui::DivisionChoice *>();
        auto *busy = window.findChild<QProgressBar *>(QStringLiteral("divisionBusy"));
        QVERIFY(box && choice && busy);
        QVERIFY(!busy->isVisible());
        QSignalSpy changed(choice, &gui::DivisionChoice::divisionChanged);
        {
            PoolBlocker blocker;
            int ticks = 0;
            QTimer timer;
            connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
            timer.start(10);
            choose(box, 2020);
            QVERIFY(choice->busy());
            QTest::qWait(300);
            // The event loop ran while the figures were being moved ...
            QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
            QVERIFY(busy->isVisible());
            // The box says where it is going, also when it is filled again meanwhile.
            choice->retranslate();
            QCOMPARE(box->currentData().toInt(), 2020);
            // ... and the window still shows the delivered figures, whole.
            QCOMPARE(window.session()->division(), 0);
            QCOMPARE(changed.count(), 0);
            QCOMPARE(tableStatus(window, QStringLiteral("BU99990903"), 2017),
                     int(ValueStatus::Final));
            QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2017),
                     int(ValueStatus::Missing));
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
        QVERIFY(!choice->busy());
        QTRY_VERIFY(!busy->isVisible()); // the toolbar hides it on its next layout pass
        QCOMPARE(window.session()->division(), 2020);
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990903"), 2017), -1);
        QCOMPARE(tableStatus(window, QStringLiteral("BU99990906"), 2017),
                 int(ValueStatus::Estimated));

        // The same switch on this thread gives the same figures.
        QString error;
        const auto synchronous = gui::WorkbenchSession::open(mWorkspace, &error);
        QVERIFY2(synchronous, qPrintable(error));
        QVERIFY2(synchronous->setDivision(2020, &error), qPrintable(error));
        compareDatasets(window.session()->dataset(), synchronous->dataset());
        // And the same marks: every moved value names the same crosswalk.
        const engine::Dataset &shown = window.session()->dataset();
        const int inwoners = shown.indicatorIndex(QStringLiteral("inwoners"));
        int notes = 0;
        for (int r = 0; r < shown.regionCount(); ++r)
            for (int p = 0; p < shown.periodCount(); ++p) {
                const QString note = window.session()->estimateNote(inwoners, r, p);
                QCOMPARE(note, synchronous->estimateNote(
                                   inwoners,
                                   synchronous->dataset().regionIndex(shown.region(r).code), p));
                notes += note.isEmpty() ? 0 : 1;
            }
        QVERIFY(notes > 0);
    }

    //! A second choice while a switch runs supersedes it: only the last choice is shown.
    void laterChoiceSupersedes()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        auto *box = window.findChild<QComboBox *>(QStringLiteral("divisionBox"));
        auto *choice = window.findChild<gui::DivisionChoice *>();
        QVERIFY(box && choice);
        QSignalSpy changed(choice, &gui::DivisionChoice::divisionChanged);
        {
            PoolBlocker blocker;
            choose(box, 2020);
            QVERIFY(choice->busy());
            // Back to as delivered before the conversion is done: at once, nothing to redraw.
            choose(box, 0);
            QVERIFY(!choice->busy());
            QCOMPARE(window.session()->division(), 0);
            QCOMPARE(box->currentData().toInt(), 0);
        }
        // The superseded conversion finished meanwhile and is dropped.
        QTest::qWait(200);
        QCOMPARE(window.session()->division(), 0);
        QCOMPARE(changed.count(), 0);
        {
            PoolBlocker blocker;
            choose(box, 2020);
            choose(box, 2020); // twice: the second one wins, shown once
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.session()->division(), 2020);
        QVERIFY(!choice->busy());
        // Choosing what is shown changes nothing.
        choose(box, 2020);
        QVERIFY(!choice->busy());
        QCOMPARE(window.session()->division(), 2020);
        QCOMPARE(changed.count(), 1);
    }
};

WIJK_QGIS_TEST_MAIN(TestDivisionChoice)
#include "test_division_choice.moc"
