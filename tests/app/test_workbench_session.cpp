// The lazy WorkbenchSession on the demo: it opens with only the first indicator loaded, loads
// others when a view asks, shows the same map values and trends as the eager engine, and its
// background signals equal the full computation; closing or replacing a session (or the
// window) while the signals are computed neither crashes nor mixes up workspaces.
#include "engine/level_values.h"
#include "engine/signals.h"
#include "engine/small_numbers.h"
#include "engine/trends.h"
#include "engine/workspace_loader.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "qgis_test_main.h"
#include "signals/signals_list.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QThreadPool>
#include <cmath>
#include <sqlite3.h>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

namespace {
const RegionLevel kLevels[] = {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt};
}

class TestWorkbenchSession : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    engine::Dataset mEager;

    int loadedCount(const gui::WorkbenchSession &session) const
    {
        int count = 0;
        for (int i = 0; i < session.dataset().indicatorCount(); ++i)
            count += session.dataset().isLoaded(i) ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
        auto workspace = workspace::Workspace::open(
            mWorkspace, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        mEager = engine::loadDataset(*workspace, {});
    }

    //! Issue 11: the session read a damaged workspace as one without regions and showed an
    //! empty map. The workspace's read failure is the session's error (as test_workspace
    //! damages a workspace: a table gone behind its back).
    void damagedWorkspaceIsAnErrorNotAnEmptyWindow()
    {
        const QString path = mDir.filePath(QStringLiteral("damaged.gpkg"));
        QFile::remove(path);
        QVERIFY(QFile::copy(mWorkspace, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE regions", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QString error;
        auto session = gui::WorkbenchSession::open(path, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(QStringLiteral("no such table: regions")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void opensWithOnlyTheFirstIndicator()
    {
        QString error;
        const QString ratio = [this] {
            for (const Indicator &indicator : mEager.indicators())
                if (indicator.kind == IndicatorKind::Ratio)
                    return indicator.code;
            return QString();
        }();
        auto session = gui::WorkbenchSession::open(mWorkspace, &error, {ratio});
        QVERIFY2(session, qPrintable(error));
        const QStringList needed = engine::withComponents(mEager.indicators(), {ratio});
        QCOMPARE(loadedCount(*session), needed.size());
        QCOMPARE(session->periods().size(), mEager.periodCount());
        QCOMPARE(session->indicators().size(), mEager.indicatorCount());
        QVERIFY(!session->signalsPending());
        QVERIFY(session->signalEntries(RegionLevel::Wijk, false).isEmpty());
        // Asking a view for another indicator loads it.
        const QString other = mEager.indicator(mEager.indicatorCount() - 1).code;
        QVERIFY(!session->dataset().isLoaded(session->dataset().indicatorIndex(other)));
        QVERIFY(!session->mapValues(other, RegionLevel::Wijk, session->periods().last()).isEmpty());
        QVERIFY(session->dataset().isLoaded(session->dataset().indicatorIndex(other)));
        QVERIFY(!session->ensureLoaded(QStringLiteral("no_such_code")));
    }

    void mapValuesEqualTheEagerEngine()
    {
        QString error;
        auto session = gui::WorkbenchSession::open(mWorkspace, &error);
        QVERIFY2(session, qPrintable(error));
        const int period = mEager.periods().back();
        const int p = mEager.periodIndex(period);
        int compared = 0;
        int withTrend = 0;
        for (const Indicator &indicator : mEager.indicators())
            for (RegionLevel level : kLevels) {
                engine::TrendOptions options;
                options.level = level;
                options.indicators = {mEager.indicatorIndex(indicator.code)};
                QHash<int, engine::TrendRow> latest;
                for (const engine::TrendRow &row : engine::computeTrends(mEager, options))
                    latest.insert(row.region, row);
                const QVector<maps::MapValue> values =
                    session->mapValues(indicator.code, level, period);
                const std::vector<engine::LevelValue> expected =
                    engine::levelValues(mEager, level, {options.indicators.front()}, period);
                QCOMPARE(values.size(), int(expected.size()));
                for (int k = 0; k < values.size(); ++k) {
                    const maps::MapValue &v = values.at(k);
                    const int r = mEager.regionIndex(v.code);
                    QCOMPARE(r, expected[size_t(k)].region);
                    const double value = expected[size_t(k)].value;
                    QVERIFY((std::isnan(value) && std::isnan(v.value)) || value == v.value);
                    const engine::Cell cell = mEager.cell(options.indicators.front(), r, p);
                    QCOMPARE(v.status == ValueStatus::Suppressed,
                             cell.present && cell.status == ValueStatus::Suppressed);
                    const auto trend = latest.constFind(r);
                    if (trend != latest.constEnd() && trend->tested()) {
                        QCOMPARE(v.slope, trend->sen.slope);
                        QCOMPARE(v.significant,
                                 trend->direction == engine::TrendDirection::Up ||
                                     trend->direction == engine::TrendDirection::Down);
                        ++withTrend;
                    }
                    ++compared;
                }
            }
        QVERIFY(compared > 0);
        QVERIFY(withTrend > 0);
    }

    void changeAndSignalEqualTheEagerEngine()
    {
        // The window's change runs from the previous year, its trend and signal from the
        // first year to the one shown (docs/maps.md, "Map modes"); checked for two years.
        QString error;
        auto session = gui::WorkbenchSession::open(mWorkspace, &error);
        QVERIFY2(session, qPrintable(error));
        const std::vector<int> &periods = mEager.periods();
        QVERIFY(periods.size() >= 3);
        int changes = 0;
        int worse = 0;
        int better = 0;
        for (const Indicator &indicator : mEager.indicators()) {
            const int i = mEager.indicatorIndex(indicator.code);
            for (RegionLevel level : kLevels)
                for (size_t k : {periods.size() - 2, periods.size() - 1}) {
                    const int period = periods[k];
                    const int previous = periods[k - 1];
                    QHash<int, double> before;
                    for (const engine::LevelValue &v :
                         engine::levelValues(mEager, level, {i}, previous))
                        before.insert(v.region, v.value);
                    engine::TrendOptions options;
                    options.level = level;
                    options.indicators = {i};
                    options.toYear = period;
                    QHash<int, engine::TrendRow> latest; // the latest series (period order)
                    for (const engine::TrendRow &row : computeTrends(mEager, options))
                        latest.insert(row.region, row);
                    for (const maps::MapValue &v :
                         session->mapValues(indicator.code, level, period)) {
                        const int r = mEager.regionIndex(v.code);
                        const double start = before.value(r, qQNaN());
                        const bool sameSeries =
                            mEager.seriesAt(r, int(k)) == mEager.seriesAt(r, int(k) - 1);
                        if (std::isfinite(v.value) && std::isfinite(start) && sameSeries) {
                            QCOMPARE(v.change, v.value - start);
                            ++changes;
                        } else {
                            QVERIFY2(std::isnan(v.change), qPrintable(v.code));
                        }
                        maps::MapSignal expected = maps::MapSignal::None;
                        if (const auto row = latest.constFind(r);
                            row != latest.constEnd() && row->tested() &&
                            !engine::restsOnSmallNumbers(mEager, *row))
                            expected = row->signal == engine::TrendSignal::Worsening
                                           ? maps::MapSignal::Worse
                                           : (row->signal == engine::TrendSignal::Improving
                                                  ? maps::MapSignal::Better
                                                  : maps::MapSignal::None);
                        QCOMPARE(v.signal, expected);
                        worse += v.signal == maps::MapSignal::Worse ? 1 : 0;
                        better += v.signal == maps::MapSignal::Better ? 1 : 0;
                    }
                }
        }
        QVERIFY(changes > 0);
        QVERIFY(worse > 0); // the demo plants worsening and improving trends
        QVERIFY(better > 0);
    }

    void backgroundSignalsEqualTheFullComputation()
    {
        QString error;
        auto session = gui::WorkbenchSession::open(mWorkspace, &error);
        QVERIFY2(session, qPrintable(error));
        QFuture<void> future = session->startSignals();
        QVERIFY(session->signalsPending());
        future.waitForFinished();
        QVERIFY(!session->adoptSignals()); // same periods: nothing to rebuild
        QVERIFY(!session->signalsPending());
        QVERIFY(session->signalsError().isEmpty());
        int total = 0;
        for (RegionLevel level : kLevels) {
            engine::SignalOptions options;
            options.trends.level = level;
            const std::vector<engine::Signal> expected = engine::computeSignals(
                mEager, engine::computeTrends(mEager, options.trends), options);
            const QVector<widgets::SignalEntry> entries = session->signalEntries(level, false);
            QCOMPARE(entries.size(), int(expected.size()));
            for (int k = 0; k < entries.size(); ++k) {
                QCOMPARE(entries.at(k).region, mEager.region(expected[size_t(k)].region).code);
                QCOMPARE(entries.at(k).indicator,
                         mEager.indicator(expected[size_t(k)].indicator).code);
                QCOMPARE(entries.at(k).explanation, expected[size_t(k)].explanation);
            }
            total += entries.size();
        }
        QVERIFY(total > 0);
    }

    void englishSignalsSayWhatTheDutchOnesSay()
    {
        // The English window's sentences carry the engine's facts: change with its unit,
        // q, the comparison with the gemeente; an outlier's distance from the level mean.
        QString error;
        auto session = gui::WorkbenchSession::open(mWorkspace, &error);
        QVERIFY2(session, qPrintable(error));
        session->startSignals().waitForFinished();
        session->adoptSignals();
        const QVector<widgets::SignalEntry> dutch =
            session->signalEntries(RegionLevel::Wijk, false);
        const QVector<widgets::SignalEntry> english =
            session->signalEntries(RegionLevel::Wijk, true);
        QCOMPARE(english.size(), dutch.size());
        int compared = 0, points = 0, outliers = 0;
        for (int k = 0; k < english.size(); ++k) {
            const QString &en = english.at(k).explanation;
            const QString &nl = dutch.at(k).explanation;
            QVERIFY2(!en.contains(QStringLiteral("stijgt")) &&
                         !en.contains(QStringLiteral("daalt")) &&
                         !en.contains(QStringLiteral("gemiddeld")),
                     qPrintable(en));
            switch (english.at(k).assessment) {
            case engine::SignalAssessment::Favourable:
                QVERIFY2(en.endsWith(QStringLiteral("that is an improvement.")), qPrintable(en));
                break;
            case engine::SignalAssessment::Unfavourable:
                QVERIFY2(en.endsWith(QStringLiteral("that is a deterioration.")), qPrintable(en));
                break;
            case engine::SignalAssessment::Neutral:
                QVERIFY2(!en.contains(QStringLiteral("For this indicator")), qPrintable(en));
                break;
            }
            // The same comparison clause in both languages.
            QCOMPARE(en.contains(QStringLiteral("faster than the average in Demostad")),
                     nl.contains(QStringLiteral("sneller dan gemiddeld in Demostad")));
            QCOMPARE(en.contains(QStringLiteral("slower than the average in Demostad")),
                     nl.contains(QStringLiteral("langzamer dan gemiddeld in Demostad")));
            compared += en.contains(QStringLiteral("the average in Demostad")) ? 1 : 0;
            QCOMPARE(en.contains(QStringLiteral("percentage points per year")),
                     nl.contains(QStringLiteral("procentpunt per jaar")));
            points += en.contains(QStringLiteral("percentage points per year")) ? 1 : 0;
            if (nl.contains(QStringLiteral("ver boven")) ||
                nl.contains(QStringLiteral("ver onder"))) {
                QVERIFY2(en.contains(QStringLiteral("the mean of the districts (")) &&
                             en.contains(QStringLiteral("standard deviations")),
                         qPrintable(en));
                QCOMPARE(en.contains(QStringLiteral("far above")),
                         nl.contains(QStringLiteral("ver boven")));
                ++outliers;
            }
        }
        QVERIFY(compared > 0);
        QVERIFY(points > 0);
        QVERIFY(outliers > 0);
    }

    void closingOrRestartingWhileComputingIsSafe()
    {
        QString error;
        for (int round = 0; round < 3; ++round) {
            auto session = gui::WorkbenchSession::open(mWorkspace, &error);
            QVERIFY2(session, qPrintable(error));
            session->startSignals();
            QFuture<void> second = session->startSignals(); // cancels the first
            if (round == 0) {
                second.waitForFinished();
                session->adoptSignals();
                QVERIFY(!session->signalEntries(RegionLevel::Wijk, false).isEmpty());
            }
            session.reset(); // the worker keeps what it uses and stops at the next group
        }
        QThreadPool::globalInstance()->waitForDone();
    }

    void windowReplacesTheWorkspaceWhileSignalsAreComputed()
    {
        gui::MainWindow window;
        QSignalSpy ready(&window, &gui::MainWindow::signalsReady);
        QVERIFY(window.openWorkspace(mWorkspace));
        QVERIFY(window.signalsPending());
        QVERIFY(window.signalsList()->isComputing());
        QVERIFY(window.openWorkspace(mWorkspace)); // the first job must not reach this one
        QTRY_VERIFY_WITH_TIMEOUT(!window.signalsPending(), 30000);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!window.signalsList()->isComputing());
        QVERIFY(window.signalsList()->visibleCount() > 0);
        QVERIFY(window.session()->signalEntries(window.currentLevel(), false).size() > 0);
        // A window closed while computing.
        {
            gui::MainWindow other;
            QVERIFY(other.openWorkspace(mWorkspace));
            QVERIFY(other.signalsPending());
        }
        QThreadPool::globalInstance()->waitForDone();
    }
};

WIJK_QGIS_TEST_MAIN(TestWorkbenchSession)
#include "test_workbench_session.moc"
