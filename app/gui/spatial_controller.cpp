#include "gui/spatial_controller.h"

#include "charts/chart_panel.h"
#include "charts/moran_scatter_chart.h"
#include "engine/workspace_loader.h"
#include "gui/workbench_session.h"
#include "selection/region_selection.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <algorithm>

namespace wijk::gui {

namespace {
constexpr int kCachedResults = 16;

struct ClusterJob
{
    QString path;
    bool writable = false;
    engine::Dataset dataset;
    presentation::ClusterRequest request;
};

//! On a worker thread: its own connection, the engine's weights and LISA; weights made now
//! are stored for the next run when the workspace can be written.
presentation::ClusterMap computeClusters(const ClusterJob &job)
{
    presentation::ClusterMap failed;
    QString error;
    const auto mode = job.writable ? workspace::Workspace::OpenMode::ReadWrite
                                   : workspace::Workspace::OpenMode::ReadOnly;
    std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(job.path, mode, &error);
    if (!workspace) {
        failed.error = error;
        return failed;
    }
    presentation::ClusterMap map = presentation::clusterMap(*workspace, job.dataset, job.request);
    if (map.ok() && !map.weights.fromWorkspace && job.writable) {
        QString ignored; // a workspace that cannot take them only costs a rebuild next time
        engine::saveWeights(*workspace, map.weights.stored, &ignored);
    }
    return map;
}
struct PeerJob
{
    QString path;
    QString region; //!< code
    int year = 0;   //!< the year the peers are chosen in
};

//! A peer group by codes, so that it can be found in another dataset over the same regions.
struct PeerCodes
{
    QString error;
    int year = 0;
    QStringList peers;      //!< most similar first
    QStringList indicators; //!< measured on these
};

//! On a worker thread: its own connection and every indicator loaded (the peers are measured
//! on the level's default set, chosen among all indicators with values), as
//! `wijkmonitor-cli similar` with its defaults.
PeerCodes computePeers(const PeerJob &job)
{
    PeerCodes result;
    result.year = job.year;
    QString error;
    std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(job.path, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    const engine::Dataset dataset = engine::loadDataset(*workspace, {});
    const presentation::PeerGroup group = presentation::peerGroup(
        dataset, dataset.regionIndex(job.region), dataset.periodIndex(job.year));
    for (const int r : group.peers)
        result.peers << dataset.region(r).code;
    for (const int i : group.indicators)
        result.indicators << dataset.indicator(i).code;
    return result;
}

//! The group in dataset's indices; empty when a region or indicator is not there.
presentation::PeerGroup peerGroupIn(const engine::Dataset &dataset, const QString &region,
                                    const PeerCodes &codes)
{
    presentation::PeerGroup group;
    group.region = dataset.regionIndex(region);
    group.period = dataset.periodIndex(codes.year);
    for (const QString &code : codes.peers)
        group.peers.push_back(dataset.regionIndex(code));
    for (const QString &code : codes.indicators)
        group.indicators.push_back(dataset.indicatorIndex(code));
    const auto unknown = [](int index) { return index < 0; };
    if (group.region < 0 || group.period < 0 ||
        std::any_of(group.peers.begin(), group.peers.end(), unknown) ||
        std::any_of(group.indicators.begin(), group.indicators.end(), unknown))
        return {};
    return group;
}
} // namespace

SpatialController::SpatialController(widgets::RegionSelection *selection, QWidget *parentWidget)
    : QObject(parentWidget)
{
    mChart = new widgets::charts::MoranScatterChart;
    mChart->setSelectionModel(selection);
    mPanel = new widgets::charts::ChartPanel(mChart, parentWidget);
    mPanel->setObjectName(QStringLiteral("moranPanel"));
    mEbAction = new QAction(this);
    mEbAction->setObjectName(QStringLiteral("empiricalBayesAction"));
    mEbAction->setCheckable(true);
    mEbAction->setEnabled(false);
    connect(mEbAction, &QAction::toggled, this, &SpatialController::empiricalBayesToggled);
}

SpatialController::~SpatialController() = default;

void SpatialController::retranslate()
{
    if (auto *dock = qobject_cast<QDockWidget *>(mPanel->parentWidget()))
        dock->setWindowTitle(tr("Moran scatter"));
    mEbAction->setText(tr("EB-estimated"));
    if (mEbAction->isEnabled())
        mEbAction->setToolTip(tr("Empirical Bayes rates on the map and next to the raw rates in "
                                 "the table: small denominators shrink towards the overall rate"));
}

void SpatialController::followIndicator(const QString &indicator)
{
    QString reason = tr("No workspace open.");
    if (mSession && mSession->ensureLoaded(indicator)) {
        const engine::Dataset &dataset = mSession->dataset();
        reason = presentation::empiricalBayesUnavailableReason(dataset,
                                                               dataset.indicatorIndex(indicator));
    }
    mEbAction->setEnabled(reason.isEmpty());
    if (!reason.isEmpty()) {
        const QSignalBlocker blocker(mEbAction);
        mEbAction->setChecked(false);
        mEbAction->setToolTip(reason);
    } else {
        retranslate();
    }
}

bool SpatialController::empiricalBayesShown(const QString &indicator) const
{
    if (!mSession || !mEbAction->isEnabled() || !mEbAction->isChecked())
        return false;
    const engine::Dataset &dataset = mSession->dataset();
    return presentation::empiricalBayesUnavailableReason(dataset, dataset.indicatorIndex(indicator))
        .isEmpty();
}

QVector<maps::MapValue>
SpatialController::empiricalBayesMapValues(const QString &indicator, int period,
                                           const QVector<maps::MapValue> &values) const
{
    const engine::Dataset &dataset = mSession->dataset();
    return presentation::empiricalBayesMapValues(dataset, dataset.indicatorIndex(indicator),
                                                 dataset.periodIndex(period), values);
}

int SpatialController::addEmpiricalBayesColumn(presentation::TableData &table,
                                               const QString &indicator, RegionLevel level,
                                               int period) const
{
    if (!empiricalBayesShown(indicator))
        return -1;
    const engine::Dataset &dataset = mSession->dataset();
    return presentation::insertEmpiricalBayesColumn(
        table, dataset, dataset.indicatorIndex(indicator), level, dataset.periodIndex(period));
}

QString SpatialController::empiricalBayesTooltip(const QString &code, const QString &indicator,
                                                 RegionLevel level, int period) const
{
    if (!empiricalBayesShown(indicator))
        return QString();
    const engine::Dataset &dataset = mSession->dataset();
    const int i = dataset.indicatorIndex(indicator);
    const auto rates =
        presentation::empiricalBayesByCode(dataset, i, level, dataset.periodIndex(period));
    const auto rate = rates.constFind(code);
    return rate == rates.constEnd() ? QString()
                                    : presentation::empiricalBayesTooltip(dataset, i, *rate);
}

void SpatialController::setSession(WorkbenchSession *session)
{
    mSession = session;
    mResults.clear();
    mRunning.clear();
    mWanted = {};
    mScatterKey.clear();
    mPeers.clear();
    mPeersRunning.clear();
    ++mGeneration;
}

QString SpatialController::keyOf(const QString &indicator, RegionLevel level, int period) const
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(indicator, contractName(level))
        .arg(period)
        .arg(mSession ? mSession->division() : 0);
}

const presentation::ClusterMap *SpatialController::clusters(const QString &indicator,
                                                            RegionLevel level, int period)
{
    if (!mSession)
        return nullptr;
    const QString key = keyOf(indicator, level, period);
    const auto found = mResults.constFind(key);
    if (found != mResults.constEnd())
        return found.value().get();
    mWanted = {key, indicator, level, period};
    if (mRunning.isEmpty())
        start(key, indicator, level, period);
    return nullptr;
}

void SpatialController::start(const QString &key, const QString &indicator, RegionLevel level,
                              int period)
{
    if (!mSession->ensureLoaded(indicator)) {
        auto failed = std::make_shared<presentation::ClusterMap>();
        failed->error = mSession->loadError();
        mResults.insert(key, failed);
        emit clustersReady();
        return;
    }
    ClusterJob job;
    job.path = mSession->path();
    job.writable = !mSession->isReadOnly();
    // A copy of the indicator and its denominator (small numbers) only: the UI thread goes on
    // loading indicators into the session's dataset, and a national one holds many.
    const engine::Dataset &dataset = mSession->dataset();
    const int i = dataset.indicatorIndex(indicator);
    job.dataset =
        dataset.withCopiesOf({i, dataset.indicatorIndex(dataset.indicator(i).denominator)});
    job.request.level = level;
    job.request.indicator = indicator;
    job.request.period = period;
    mRunning = key;
    const int generation = mGeneration;
    auto *watcher = new QFutureWatcher<presentation::ClusterMap>(this);
    connect(watcher, &QFutureWatcher<presentation::ClusterMap>::finished, this,
            [this, watcher, key, generation] {
                watcher->deleteLater();
                if (generation != mGeneration)
                    return; // another workspace by now
                auto result = std::make_shared<presentation::ClusterMap>(watcher->result());
                if (!result->ok())
                    emit problem(tr("The clusters cannot be computed: %1").arg(result->error));
                if (mResults.size() >= kCachedResults)
                    mResults.clear();
                mResults.insert(key, std::move(result));
                mRunning.clear();
                if (!mWanted.key.isEmpty() && !mResults.contains(mWanted.key))
                    start(mWanted.key, mWanted.indicator, mWanted.level, mWanted.period);
                updateScatter();
                emit clustersReady();
            });
    watcher->setFuture(QtConcurrent::run([job = std::move(job)] { return computeClusters(job); }));
}

void SpatialController::showScatter(const QString &indicator, RegionLevel level, int period,
                                    bool english, bool force)
{
    mScatter = {indicator, level, period, english};
    const auto *dock = qobject_cast<QDockWidget *>(mPanel->parentWidget());
    const bool visible = force || (dock && dock->isVisible() && !dock->visibleRegion().isEmpty());
    if (!visible || !mSession)
        return;
    if (clusters(indicator, level, period))
        updateScatter();
}

void SpatialController::updateScatter()
{
    if (!mSession || mScatter.indicator.isEmpty())
        return;
    const QString key = keyOf(mScatter.indicator, mScatter.level, mScatter.period);
    const auto found = mResults.constFind(key);
    if (found == mResults.constEnd() || key == mScatterKey)
        return;
    mScatterKey = key;
    const presentation::ClusterMap &map = *found.value();
    mChart->setMoran(presentation::moranScatterData(mSession->dataset(), map, mScatter.english),
                     map.analysis.global.i);
}

void SpatialController::addPeerMedian(presentation::TrendChartData &data, const QString &indicator,
                                      const QStringList &selected)
{
    if (!mSession || selected.size() != 1)
        return;
    const QString key =
        QStringLiteral("%1|%2").arg(selected.constFirst()).arg(mSession->division());
    const auto found = mPeers.constFind(key);
    if (found == mPeers.constEnd()) {
        startPeers(key, selected.constFirst());
        return;
    }
    const engine::Dataset &dataset = mSession->dataset();
    const int i = dataset.indicatorIndex(indicator);
    if (i < 0 || found->isEmpty())
        return;
    data.series.push_back(presentation::peerMedianSeries(dataset, i, *found));
}

void SpatialController::startPeers(const QString &key, const QString &region)
{
    if (mPeersRunning.contains(key))
        return;
    const engine::Dataset &dataset = mSession->dataset();
    if (dataset.periodCount() == 0)
        return;
    const int year = dataset.period(dataset.periodCount() - 1);
    if (mSession->division() != 0) {
        // A harmonised division has every indicator loaded already (setDivision) and exists
        // only in the session: the peers are chosen here, without loading anything.
        mPeers.insert(key, presentation::peerGroup(dataset, dataset.regionIndex(region),
                                                   dataset.periodCount() - 1));
        return;
    }
    mPeersRunning.insert(key);
    const PeerJob job{mSession->path(), region, year};
    const int generation = mGeneration;
    auto *watcher = new QFutureWatcher<PeerCodes>(this);
    connect(watcher, &QFutureWatcher<PeerCodes>::finished, this,
            [this, watcher, key, region, generation] {
                watcher->deleteLater();
                if (generation != mGeneration)
                    return; // another workspace by now
                mPeersRunning.remove(key);
                const PeerCodes codes = watcher->result();
                if (!codes.error.isEmpty())
                    emit problem(tr("The similar areas cannot be found: %1").arg(codes.error));
                mPeers.insert(key, peerGroupIn(mSession->dataset(), region, codes));
                emit peersReady();
            });
    watcher->setFuture(QtConcurrent::run([job] { return computePeers(job); }));
}

} // namespace wijk::gui
