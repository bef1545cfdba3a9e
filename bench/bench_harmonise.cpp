// bench_harmonise: moving a whole workspace onto another division (docs/benchmarks.md,
// "Harmonisation"), in-process, in the two ways the workbench does it:
//   cli     engine::loadDataset (every indicator, as every CLI command loads) and then
//           engine::HarmonisedDataset::build, the call behind --division;
//   window  WorkbenchSession::open (lazy) and the window's background switch
//           (gui::runDivisionSwitch: loads the indicators not loaded yet, then the same build).
// Prints wall and CPU time (all threads) per step, the resident memory after it and the peak.
// Usage: bench_harmonise WORKSPACE.gpkg YEAR [stream|memory|window]
#include "engine/harmonised_dataset.h"
#include "engine/workspace_loader.h"
#include "gui/division_switch.h"
#include "gui/open_benchmark.h"
#include "gui/workbench_session.h"
#include "workspace/crosswalk_store.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

//! Times one step and prints a row: step, wall s, CPU s, RSS MB, peak RSS MB.
class Step
{
public:
    explicit Step(const char *name) : mName(name), mCpu(cpuSeconds()) { mWall.start(); }
    ~Step()
    {
        std::printf("%-40s %8.2f %8.2f %8.0f %8.0f\n", mName, double(mWall.nsecsElapsed()) / 1e9,
                    cpuSeconds() - mCpu, gui::processMemoryMb("VmRSS:"),
                    gui::processMemoryMb("VmHWM:"));
        std::fflush(stdout);
    }

private:
    const char *mName;
    double mCpu;
    QElapsedTimer mWall;
};

//! Values of the harmonised dataset, and how many of them a crosswalk moved.
void printCounts(const engine::HarmonisedDataset &harmonised)
{
    const engine::Dataset &data = harmonised.data();
    long long present = 0;
    long long moved = 0;
    for (int i = 0; i < data.indicatorCount(); ++i)
        for (int r = 0; r < data.regionCount(); ++r)
            for (int p = 0; p < data.periodCount(); ++p) {
                if (data.cell(i, r, p).present)
                    ++present;
                if (harmonised.isMoved(i, r, p))
                    ++moved;
            }
    std::printf("division %d: %d regions x %d periods x %d indicators; %lld values, %lld moved "
                "by a crosswalk, %lld passed through\n",
                harmonised.divisionYear(), data.regionCount(), data.periodCount(),
                data.indicatorCount(), present, moved, present - moved);
}

int runStream(const QString &path, int year)
{
    QString error;
    std::optional<engine::HarmonisedDataset> harmonised;
    QStringList warnings;
    {
        Step step("read and move, group by group");
        const auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const auto crosswalks = workspace::readCrosswalks(*workspace, true);
        workspace::ObservationReader reader(*workspace);
        engine::LoadReport report;
        harmonised = engine::HarmonisedDataset::build(engine::openLazyDataset(*workspace), reader,
                                                      {}, crosswalks, year, &warnings, &report);
        if (!harmonised) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
            return 1;
        }
    }
    for (const QString &warning : warnings)
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    printCounts(*harmonised);
    return 0;
}

int runMemory(const QString &path, int year)
{
    QString error;
    std::unique_ptr<workspace::Workspace> workspace;
    engine::Dataset dataset;
    std::vector<workspace::Crosswalk> crosswalks;
    {
        Step step("load every indicator (loadDataset)");
        workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        dataset = engine::loadDataset(*workspace, {});
        crosswalks = workspace::readCrosswalks(*workspace, true);
    }
    QStringList warnings;
    std::optional<engine::HarmonisedDataset> harmonised;
    {
        Step step("move onto the division (build)");
        harmonised = engine::HarmonisedDataset::build(dataset, crosswalks, year, &warnings);
    }
    for (const QString &warning : warnings)
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    printCounts(*harmonised);
    return 0;
}

int runWindow(const QString &path, int year)
{
    QString error;
    std::unique_ptr<gui::WorkbenchSession> session;
    {
        Step step("open the session (lazy)");
        session = gui::WorkbenchSession::open(path, &error);
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    gui::DivisionSwitchResult result;
    {
        Step step("background switch (load rest + build)");
        result = gui::runDivisionSwitch(session->divisionSwitchInput(year));
    }
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    {
        Step step("adopt (UI thread)");
        if (!session->adoptDivision(result, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_harmonise WORKSPACE.gpkg YEAR [stream|memory|window]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int year = args.at(2).toInt();
    const QString mode = args.size() > 3 ? args.at(3) : QStringLiteral("stream");
    std::printf("%-40s %8s %8s %8s %8s\n", "step", "wall s", "cpu s", "RSS MB", "peak MB");
    if (mode == QLatin1String("window"))
        return runWindow(path, year);
    return mode == QLatin1String("memory") ? runMemory(path, year) : runStream(path, year);
}
