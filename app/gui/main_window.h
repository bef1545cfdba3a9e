// The workbench window: the map in the middle, catalogue, charts, table and signals in docks
// around it, every view following one RegionSelection. The window holds the shared state
// (workspace session, indicator, level, period) and wires the pieces that do the work:
// MapPresenter draws the map, ImportController imports, RecentWorkspaces remembers what was
// opened, SignalsJobWatcher follows the background signals, WindowLayout places the docks.
#pragma once

#include "map_value.h"
#include "model/model.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;

namespace wijk::maps {
class ChoroplethLayer;
}

namespace wijk::widgets {
class IndicatorCatalogue;
class MapView;
class RegionSelection;
class SignalsList;
class ValuesTableView;
namespace charts {
class DistributionChart;
class RankingChart;
class ScatterChart;
class TrendChart;
} // namespace charts
} // namespace wijk::widgets

namespace wijk::gui {

class FocusController;
class ImportController;
class ImportWatch;
class DivisionChoice;
class MapPresenter;
class RecentWorkspaces;
class SignalsJobWatcher;
class SpatialController;
class TakeOffline;
class WindowLayout;
class WorkbenchSession;
struct WorkspaceImportResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens a workspace file or a team workspace (a PostgreSQL location, with an optional
    //! authcfg: gui/team_login.h); returns false (and tells the user) when it cannot.
    bool openWorkspace(const QString &path);
    QString workspaceName() const { return mWorkspaceName; }
    //! Generates (first time) and opens the demo workspace in the app-data folder.
    bool openDemo();

    //! Imports a file, folder or zip into the open workspace (or a new one next to it) off the
    //! UI thread with a cancellable progress dialog. Returns at once; importFinished follows.
    void importPath(const QString &path);

    //! The current choice: indicator code, level, period.
    QString currentIndicator() const { return mIndicator; }
    void setCurrentIndicator(const QString &code);
    RegionLevel currentLevel() const { return mLevel; }
    void setCurrentLevel(RegionLevel level);
    int currentPeriod() const { return mPeriod; }
    void setCurrentPeriod(int period);
    void setMapMode(maps::MapMode mode);

    //! "nl" or "en": switches the UI language now and remembers it.
    void setLanguage(const QString &language);
    QString language() const { return mLanguage; }

    //! Puts every dock back where a fresh install has it.
    void resetLayout();
    //! The size of the first window on a screen with this much room (available geometry).
    static QSize firstSize(const QSize &available);

    widgets::RegionSelection *selection() const { return mSelection; }
    widgets::MapView *mapView() const { return mMap; }
    widgets::ValuesTableView *tableView() const { return mTable; }
    widgets::IndicatorCatalogue *catalogue() const { return mCatalogue; }
    widgets::SignalsList *signalsList() const { return mSignals; }
    widgets::charts::TrendChart *trendChart() const { return mTrendChart; }
    widgets::charts::RankingChart *rankingChart() const { return mRankingChart; }
    widgets::charts::ScatterChart *scatterChart() const { return mScatterChart; }
    //! The scatter's indicator on the vertical axis.
    QString scatterYIndicator() const;
    WorkbenchSession *session() const { return mSession.get(); }
    //! The Clusters map's clusters and the Moran scatter (issue 15).
    SpatialController *spatial() const { return mSpatial; }
    //! The focus gemeente(n) and "Heel Nederland" (issue 19).
    FocusController *focusController() const { return mFocus; }
    //! File → Take offline (a team workspace into a workspace file).
    TakeOffline *takeOffline() const { return mTakeOffline; }
    //! Notices imports into the open team workspace since it was read; View → Refresh.
    ImportWatch *importWatch() const { return mImportWatch; }
    //! View → Refresh: reads the open workspace again (the same indicator, level and year).
    void refreshWorkspace();
    //! The styled regions on the map (nullptr before a workspace is open).
    const maps::ChoroplethLayer *choropleth() const;
    //! Whether the signals of the open workspace are still being computed in the background.
    bool signalsPending() const;

signals:
    //! An import started with importPath() ended (ok: imported or already there).
    void importFinished(bool ok, const QString &message);
    //! The views show a new workspace (a team workspace's location without its password).
    void workspaceOpened(const QString &path);
    //! The background signals of the open workspace are in the signals list.
    void signalsReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createActions();
    void connectViews();
    void retranslate();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void chooseWorkspace();
    //! File → Open team workspace…: the dialog, then openWorkspace().
    void chooseTeamWorkspace();
    //! Asks for the master password of the QGIS authentication database (empty: cancelled).
    QString askMasterPassword();
    void onImportFinished(const WorkspaceImportResult &result, const QString &target);
    void about();
    //! Moves the period slider by steps (negative: back).
    void stepPeriod(int steps);
    void showSession();
    void refreshMap(bool rebuildLayer);
    void refreshTable();
    void refreshCharts();
    //! The trend chart: the selection (or the gemeenten) and one region's peer median.
    void refreshTrendChart();
    void refreshSignals();
    //! Puts the scatter's y on preferred, unless that is missing or the current indicator:
    //! then on ScatterChart::defaultYIndicator().
    void chooseScatterY(const QString &preferred);
    //! Takes the finished background signals into the session and the views.
    void adoptSignals();
    void refreshStatus();
    void onSelectionChanged(const QStringList &added, const QStringList &removed, QObject *origin);
    void onSignalChosen(const QString &region, const QString &indicator);
    bool english() const { return mLanguage == QLatin1String("en"); }

    std::unique_ptr<WorkbenchSession> mSession;
    FocusController *mFocus = nullptr;
    QString mWorkspaceName;
    QString mIndicator;
    RegionLevel mLevel = RegionLevel::Wijk;
    int mPeriod = 0;
    QString mLanguage;

    WindowLayout *mLayout = nullptr;
    MapPresenter *mMapPresenter = nullptr;
    DivisionChoice *mDivisionChoice = nullptr;
    ImportController *mImport = nullptr;
    RecentWorkspaces *mRecent = nullptr;
    SignalsJobWatcher *mSignalsJob = nullptr;
    SpatialController *mSpatial = nullptr;
    TakeOffline *mTakeOffline = nullptr;
    ImportWatch *mImportWatch = nullptr;

    widgets::RegionSelection *mSelection = nullptr;
    widgets::MapView *mMap = nullptr;
    widgets::ValuesTableView *mTable = nullptr;
    widgets::IndicatorCatalogue *mCatalogue = nullptr;
    widgets::SignalsList *mSignals = nullptr;
    widgets::charts::TrendChart *mTrendChart = nullptr;
    widgets::charts::RankingChart *mRankingChart = nullptr;
    widgets::charts::ScatterChart *mScatterChart = nullptr;
    widgets::charts::DistributionChart *mDistributionChart = nullptr;
    QComboBox *mScatterY = nullptr;
    bool mScatterYByUser = false; //!< the scatter's y was picked by the user: it stays
    QComboBox *mLevelBox = nullptr;
    QLabel *mLevelLabel = nullptr;
    QLabel *mEmptyHint = nullptr;
    QLabel *mStatusSelection = nullptr;
    QLabel *mStatusWorkspace = nullptr;

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mSelectionMenu = nullptr;
    QMenu *mLanguageMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    QToolBar *mToolBar = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mOpenTeamAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mDemoAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mResetLayoutAction = nullptr;
    QAction *mClearSelectionAction = nullptr;
    QAction *mZoomSelectionAction = nullptr;
    QAction *mDutchAction = nullptr;
    QAction *mEnglishAction = nullptr;
    QAction *mAboutAction = nullptr;
    QAction *mPreviousPeriodAction = nullptr;
    QAction *mNextPeriodAction = nullptr;
    QAction *mPlayAction = nullptr;
    QMenu *mPeriodMenu = nullptr;
};

} // namespace wijk::gui
