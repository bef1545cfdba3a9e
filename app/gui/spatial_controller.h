// The window's spatial statistics (issue 15): the clusters of the Clusters map and the
// Moran scatter of the indicator, level and year shown, and the peer group of a selected
// region. The weights and the local Moran are computed off the UI thread (QtConcurrent, on a
// copy of the indicator's values and a connection of its own) with
// presentation::clusterMap(), the function behind `wijkmonitor-cli spatial`; weights made
// there are kept in the workspace (when it is writable) under their default name, so the
// next run and the command line reuse them. The peer group is chosen off the UI thread too,
// on a dataset that worker loads itself.
#pragma once

#include "empirical_bayes_values.h"
#include "map_value.h"
#include "model/model.h"
#include "peer_median.h"
#include "spatial_clusters.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class QAction;
class QDockWidget;

namespace wijk::widgets {
class RegionSelection;
namespace charts {
class ChartPanel;
class MoranScatterChart;
} // namespace charts
} // namespace wijk::widgets

namespace wijk::gui {

class WorkbenchSession;

class SpatialController : public QObject
{
    Q_OBJECT

public:
    //! The Moran scatter follows selection (not owned; must outlive the controller).
    SpatialController(widgets::RegionSelection *selection, QWidget *parentWidget);
    ~SpatialController() override;

    //! The panel of the Moran scatter, for a dock.
    widgets::charts::ChartPanel *moranPanel() const { return mPanel; }
    widgets::charts::MoranScatterChart *moranChart() const { return mChart; }

    //! Forgets every result (a new workspace, or none).
    void setSession(WorkbenchSession *session);

    //! The clusters of indicator at level in period, or nullptr while they are computed:
    //! then the computation is started (once) and clustersReady() follows.
    const presentation::ClusterMap *clusters(const QString &indicator, RegionLevel level,
                                             int period);
    //! Shows indicator at level in period in the Moran scatter when its dock is visible (or
    //! `force`), computing the clusters when needed.
    void showScatter(const QString &indicator, RegionLevel level, int period, bool english,
                     bool force = false);
    //! Adds the median of the one selected region's peer group (presentation/peer_median.h,
    //! chosen in the latest period) to a trend chart's data; nothing for another selection.
    //! The first time for a region, the group is chosen on a worker thread (with every
    //! indicator loaded there: the peers are measured on the level's default set) and
    //! peersReady() follows; nothing is added until then.
    void addPeerMedian(presentation::TrendChartData &data, const QString &indicator,
                       const QStringList &selected);
    //! "EB-geschat": checkable; enabled for ratios whose numerator and denominator are in the
    //! workspace, otherwise disabled with the reason as its tooltip (followIndicator()).
    QAction *empiricalBayesAction() const { return mEbAction; }
    //! Enables the EB option for indicator (unchecking it when it cannot apply).
    void followIndicator(const QString &indicator);
    //! Whether the map and table show EB rates of indicator now.
    bool empiricalBayesShown(const QString &indicator) const;
    //! A value map's values with EB rates in place of the raw ones (indicator in period).
    QVector<maps::MapValue> empiricalBayesMapValues(const QString &indicator, int period,
                                                    const QVector<maps::MapValue> &values) const;
    //! With EB shown: the EB column next to the raw rates of a table of the level's regions;
    //! its index among the table's columns, -1 without.
    int addEmpiricalBayesColumn(presentation::TableData &table, const QString &indicator,
                                RegionLevel level, int period) const;
    //! With EB shown: the map tooltip's EB line (raw rate, numerator and denominator).
    QString empiricalBayesTooltip(const QString &code, const QString &indicator, RegionLevel level,
                                  int period) const;
    //! Whether a computation (clusters or a peer group) is running.
    bool isComputing() const { return !mRunning.isEmpty() || !mPeersRunning.isEmpty(); }
    //! Sets the dock's title in the current language.
    void retranslate();

signals:
    //! Clusters the window asked for are ready (or failed: the result holds the error).
    void clustersReady();
    //! The EB option was switched: map and table must be drawn again.
    void empiricalBayesToggled();
    //! A peer group addPeerMedian() asked for is ready: the trend chart can be drawn again.
    void peersReady();
    //! Something the status bar should say.
    void problem(const QString &message);

private:
    QString keyOf(const QString &indicator, RegionLevel level, int period) const;
    void start(const QString &key, const QString &indicator, RegionLevel level, int period);
    void updateScatter();
    void startPeers(const QString &key, const QString &region);

    WorkbenchSession *mSession = nullptr;
    QAction *mEbAction = nullptr;
    widgets::charts::MoranScatterChart *mChart = nullptr;
    widgets::charts::ChartPanel *mPanel = nullptr;
    //! Results by key; a small cache (the user flips back and forth between indicators).
    QHash<QString, std::shared_ptr<const presentation::ClusterMap>> mResults;
    QString mRunning; //!< the key being computed (empty: none)
    //! What was asked for last (computed after mRunning when different).
    struct Wanted
    {
        QString key;
        QString indicator;
        RegionLevel level = RegionLevel::Wijk;
        int period = 0;
    } mWanted;
    int mGeneration = 0; //!< raised by setSession: a result of an older session is dropped
    struct Shown
    {
        QString indicator;
        RegionLevel level = RegionLevel::Wijk;
        int period = 0;
        bool english = false;
    } mScatter;
    QString mScatterKey;                            //!< the key the scatter shows
    QHash<QString, presentation::PeerGroup> mPeers; //!< by region code and division
    QSet<QString> mPeersRunning;                    //!< keys being chosen now
};

} // namespace wijk::gui
