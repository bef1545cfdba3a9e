#include "gui/workbench_session.h"

#include "engine/all_signals.h"
#include "engine/workspace_loader.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>

namespace wijk::gui {

//! Shared by the session and its worker thread, so neither outlives what the other uses.
struct WorkbenchSession::SignalsJob
{
    std::atomic_bool cancel{false};
    engine::AllSignalsResult result; //!< written by the worker, read after the future ended
};

WorkbenchSession::WorkbenchSession() = default;

WorkbenchSession::~WorkbenchSession()
{
    cancelSignals();
}

std::unique_ptr<WorkbenchSession> WorkbenchSession::open(const QString &path, QString *error,
                                                         const QStringList &first)
{
    std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, error);
    if (!workspace)
        return nullptr;
    std::unique_ptr<WorkbenchSession> session(new WorkbenchSession);
    session->mPath = QFileInfo(path).absoluteFilePath();
    session->mName = workspace->name();
    session->mReadOnly = !QFileInfo(path).isWritable();
    session->mReader = std::make_unique<workspace::ObservationReader>(*workspace);
    const std::vector<Indicator> catalogue = workspace->indicators();
    QStringList initial;
    for (const Indicator &indicator : catalogue)
        if (first.contains(indicator.code))
            initial << indicator.code;
    if (initial.isEmpty() && !catalogue.empty())
        initial << catalogue.front().code;
    // The periods come from the workspace's observation summary (schema 3), not a scan; the
    // background signals pass would still find a year the summary missed.
    session->mDataset = engine::Dataset(catalogue, workspace->regions(), workspace->periods(),
                                        engine::Dataset::Storage::Lazy);
    session->mWorkspace = std::move(workspace);
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(session->mDataset, *session->mReader, initial, &report)) {
        if (error)
            *error = report.error;
        return nullptr;
    }
    return session;
}

bool WorkbenchSession::ensureLoaded(const QString &code)
{
    return loaded(code) >= 0;
}

void WorkbenchSession::loadAll(const QStringList &codes)
{
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(mDataset, *mReader, codes, &report))
        mLoadError = report.error;
}

int WorkbenchSession::loaded(const QString &code)
{
    const int i = mDataset.indicatorIndex(code);
    if (i < 0 || mDataset.isLoaded(i))
        return i;
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(mDataset, *mReader, {code}, &report)) {
        mLoadError = report.error;
        return -1;
    }
    return i;
}

const engine::TrendRow *WorkbenchSession::trendOf(int indicator, int region)
{
    auto it = mTrends.find(indicator);
    if (it == mTrends.end()) {
        if (!mDataset.isLoaded(indicator))
            return nullptr;
        // One family per level, as the full computation has them: the q-values are equal.
        IndicatorTrends trends;
        for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
            engine::TrendOptions options;
            options.level = level;
            options.indicators = {indicator};
            options.threads = qMax(1, QThread::idealThreadCount());
            const std::vector<engine::TrendRow> rows = engine::computeTrends(mDataset, options);
            trends.rows.insert(trends.rows.end(), rows.begin(), rows.end());
        }
        // The latest series of a region is the one the window shows (rows are in period order).
        for (int k = 0; k < int(trends.rows.size()); ++k)
            trends.latest.insert(trends.rows[size_t(k)].region, k);
        if (mTrendOrder.size() >= kCachedTrends) {
            mTrends.erase(mTrendOrder.front());
            mTrendOrder.pop_front();
        }
        it = mTrends.emplace(indicator, std::move(trends)).first;
    } else {
        mTrendOrder.erase(std::find(mTrendOrder.begin(), mTrendOrder.end(), indicator));
    }
    mTrendOrder.push_back(indicator);
    const auto row = it->second.latest.constFind(region);
    return row == it->second.latest.constEnd() ? nullptr : &it->second.rows[size_t(row.value())];
}

QFuture<void> WorkbenchSession::startSignals()
{
    cancelSignals();
    auto job = std::make_shared<SignalsJob>();
    mJob = job;
    // The worker gets its own connection and a value-less copy of the catalogue and the
    // (immutable, shared) divisions: nothing it touches is changed by the UI thread.
    const engine::Dataset like =
        mDataset.withIndicators(mDataset.indicators(), engine::Dataset::Storage::Lazy);
    engine::AllSignalsOptions options;
    options.threads = qMax(1, QThread::idealThreadCount() - 1);
    const QString path = mPath;
    return QtConcurrent::run([job, like, options, path] {
        job->result = engine::computeAllSignals(path, like, options, &job->cancel);
    });
}

void WorkbenchSession::cancelSignals()
{
    if (mJob)
        mJob->cancel = true;
    mJob.reset();
}

bool WorkbenchSession::adoptSignals()
{
    if (!mJob)
        return false;
    // The signals' periods and regions are the delivered ones: adopt them there.
    const int shownDivision = division();
    if (shownDivision != 0)
        setDivision(0);
    const bool periodsChanged = adoptSignalsResult();
    if (shownDivision != 0 && !setDivision(shownDivision, &mLoadError))
        return true; // as delivered again: the views must follow
    return periodsChanged;
}

bool WorkbenchSession::adoptSignalsResult()
{
    engine::AllSignalsResult result = std::move(mJob->result);
    mJob.reset();
    mSignalsError = result.error;
    if (result.cancelled || !result.error.isEmpty())
        return false;
    bool periodsChanged = false;
    if (result.periods != mDataset.periods()) {
        // Some indicator has years the first ones lacked: the same regions over all years,
        // with the indicators loaded so far loaded again.
        QStringList codes;
        for (int i = 0; i < mDataset.indicatorCount(); ++i)
            if (mDataset.isLoaded(i))
                codes << mDataset.indicator(i).code;
        mDataset = engine::Dataset(mDataset.indicators(), mWorkspace->regions(), result.periods,
                                   engine::Dataset::Storage::Lazy);
        mTrends.clear();
        mTrendOrder.clear();
        engine::LoadReport report;
        report.maxWarnings = 0;
        if (!engine::loadIndicators(mDataset, *mReader, codes, &report))
            mLoadError = report.error;
        periodsChanged = true;
    }
    mSignals = std::move(result.signalList);
    return periodsChanged;
}

QVector<Indicator> WorkbenchSession::indicators() const
{
    return QVector<Indicator>(mDataset.indicators().begin(), mDataset.indicators().end());
}

const Indicator *WorkbenchSession::indicator(const QString &code) const
{
    const int i = mDataset.indicatorIndex(code);
    return i < 0 ? nullptr : &mDataset.indicator(i);
}

QVector<int> WorkbenchSession::periods() const
{
    return QVector<int>(mDataset.periods().begin(), mDataset.periods().end());
}

QVector<RegionLevel> WorkbenchSession::levels() const
{
    QVector<RegionLevel> levels;
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt})
        if (!mDataset.regionsOfLevel(level).empty())
            levels << level;
    return levels;
}

engine::BoundaryChoice WorkbenchSession::boundaries(RegionLevel level, int period) const
{
    return engine::chooseBoundaries(mDataset, level, period, mWorkspace->boundaryCodes(level));
}

QString WorkbenchSession::regionName(const QString &code) const
{
    const int r = mDataset.regionIndex(code);
    return r < 0 || mDataset.region(r).name.isEmpty() ? code : mDataset.region(r).name;
}

QString WorkbenchSession::municipalityOf(const QString &code, int period) const
{
    const int r = mDataset.regionIndex(code);
    const int p = mDataset.periodIndex(period);
    if (r < 0 || p < 0)
        return QString();
    const int m = mDataset.municipalityAt(r, p);
    return m < 0 || m == r ? QString() : mDataset.region(m).code;
}

} // namespace wijk::gui
