// bench_open_workspace: opening a workspace in the workbench, in-process (docs/benchmarks.md,
// "Workbench open"). Times the lazy WorkbenchSession: open (catalogue, regions, first
// indicator), the first view's data (map values with trends, table, charts, the scatter's
// second indicator), switching to other indicators, and the background signals of every
// indicator; with wall and CPU (user+sys, all threads) time and the resident memory. --eager
// also times the former eager open (every Observation object, all trends and signals).
// Usage: bench_open_workspace WORKSPACE.gpkg [--eager] [--switch CODE ...]
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/signals.h"
#include "engine/trends.h"
#include "gui/open_benchmark.h"
#include "gui/workbench_session.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>
#include <cstdio>
#include <sys/resource.h>

using namespace wijk;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

//! Times one step and prints a row: step, wall ms, CPU ms, RSS MB.
class Step
{
public:
    explicit Step(const char *name) : mName(name), mCpu(cpuSeconds()) { mWall.start(); }
    ~Step()
    {
        std::printf("%-44s %9.0f %9.0f %8.0f\n", mName, double(mWall.nsecsElapsed()) / 1e6,
                    (cpuSeconds() - mCpu) * 1000.0, gui::processMemoryMb("VmRSS:"));
        std::fflush(stdout);
    }

private:
    const char *mName;
    double mCpu;
    QElapsedTimer mWall;
};

//! The former WorkbenchSession::open: every observation as an object, all trends, all signals.
//! False (with the reason on stderr) when the workspace cannot be opened.
bool eagerOpen(const QString &path)
{
    QString error;
    std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    engine::Dataset dataset;
    {
        Step step("eager: dataset (observations, aggregates)");
        dataset =
            engine::Dataset(workspace->indicators(), workspace->regions(), workspace->periods());
        dataset.addObservations(workspace->observations());
        engine::deriveAggregates(dataset);
        engine::applyDisclosure(dataset);
    }
    Step step("eager: trends + signals, 3 levels");
    size_t signalCount = 0;
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
        engine::SignalOptions options;
        options.trends.level = level;
        options.trends.threads = qMax(1, QThread::idealThreadCount());
        const std::vector<engine::TrendRow> rows = engine::computeTrends(dataset, options.trends);
        signalCount += engine::computeSignals(dataset, rows, options).size();
    }
    std::printf("eager: %zu signals\n", signalCount);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "Usage: bench_open_workspace WORKSPACE.gpkg [--eager] "
                             "[--switch CODE ...]\n");
        return 1;
    }
    const QString path = args.first();
    std::printf("%-44s %9s %9s %8s\n", "step", "wall ms", "cpu ms", "RSS MB");
    std::printf("%-44s %9s %9s %8.0f\n", "start", "", "", gui::processMemoryMb("VmRSS:"));

    std::unique_ptr<gui::WorkbenchSession> session;
    QString error;
    {
        Step step("open session (catalogue, regions, 1st ind.)");
        session = gui::WorkbenchSession::open(path, &error);
    }
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QVector<Indicator> indicators = session->indicators();
    const QString first = indicators.value(0).code;
    const QString second = indicators.value(1).code;
    const int period = session->periods().isEmpty() ? 0 : session->periods().constLast();
    const RegionLevel level =
        session->levels().contains(RegionLevel::Wijk) ? RegionLevel::Wijk : RegionLevel::Buurt;
    {
        Step step("first map values (with its trends)");
        session->mapValues(first, level, period);
    }
    {
        Step step("first view: table, trend, ranking, scatter");
        session->periodTable(first, level);
        session->trendData(first, {}, false);
        session->rankingData(first, level, period, false);
        session->rankingData(second, level, period, false);
    }
    QStringList switches;
    for (int k = args.indexOf(QStringLiteral("--switch")) + 1;
         k > 0 && k < args.size() && !args.at(k).startsWith(QLatin1String("--")); ++k)
        switches << args.at(k);
    if (switches.isEmpty()) {
        // The middle of the catalogue, and the first ratio (loads its components too).
        switches << indicators.value(indicators.size() / 2).code;
        for (const Indicator &indicator : indicators)
            if (indicator.kind == IndicatorKind::Ratio && !switches.contains(indicator.code)) {
                switches << indicator.code;
                break;
            }
    }
    for (const QString &code : qAsConst(switches)) {
        const QByteArray name = "switch to " + code.toUtf8() + ": load (+components)";
        const QByteArray map = "  then map values (with its trends)";
        const QByteArray view = "  then its table, trend and ranking";
        {
            Step step(name.constData());
            session->ensureLoaded(code);
        }
        {
            Step step(map.constData());
            session->mapValues(code, level, period);
        }
        Step step(view.constData());
        session->periodTable(code, level);
        session->trendData(code, {}, false);
        session->rankingData(code, level, period, false);
    }
    {
        // The table's other column choice: every indicator of the first one's theme.
        Step step("table of the 1st indicator's theme");
        const widgets::TableData table = session->themeTable(first, level, period, false);
        std::printf("  (%d indicators of theme '%s')\n", int(table.columns.size()),
                    qPrintable(session->indicator(first)->theme));
    }
    {
        Step step("background signals, all indicators/levels");
        QFuture<void> future = session->startSignals();
        future.waitForFinished();
        session->adoptSignals();
    }
    int signalCount = 0;
    for (RegionLevel l : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt})
        signalCount += session->signalEntries(l, false).size();
    std::printf("signals: %d; loaded indicators: ", signalCount);
    int loaded = 0;
    for (int i = 0; i < session->dataset().indicatorCount(); ++i)
        loaded += session->dataset().isLoaded(i) ? 1 : 0;
    std::printf("%d of %d; peak RSS %.0f MB\n", loaded, session->dataset().indicatorCount(),
                gui::processMemoryMb("VmHWM:"));
    session.reset();
    if (args.contains(QStringLiteral("--eager"))) {
        if (!eagerOpen(path))
            return 1;
        std::printf("peak RSS after eager %.0f MB\n", gui::processMemoryMb("VmHWM:"));
    }
    return 0;
}
