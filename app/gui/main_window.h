// The workbench window: the map in the middle, catalogue, charts, table and signals in docks
// around it, every view following one RegionSelection. Layout and language are remembered.
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QFutureWatcherBase;
class QDockWidget;
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
class ChartPanel;
class DistributionChart;
class RankingChart;
class ScatterChart;
class TrendChart;
} // namespace charts
} // namespace wijk::widgets

namespace wijk::gui {

class FocusController;
class WorkbenchSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens a workspace file; returns false (and tells the user) when it cannot.
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
    //! Map mode by id ("value", "change", "trend", "signals").
    void setMapMode(const QString &mode);

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
    //! The focus gemeente(n) and "Heel Nederland" (issue 19).
    FocusController *focusController() const { return mFocus; }
    //! The styled regions on the map (nullptr before a workspace is open).
    const maps::ChoroplethLayer *choropleth() const { return mChoropleth.get(); }
    //! Whether the signals of the open workspace are still being computed in the background.
    bool signalsPending() const;

signals:
    //! An import started with importPath() ended (ok: imported or already there).
    void importFinished(bool ok, const QString &message);
    //! The views show a new workspace.
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
    // main_window.cpp: construction and layout
    void createViews();
    QDockWidget *addDock(QWidget *widget, const QString &objectName, Qt::DockWidgetArea area);
    void arrangeDefaultLayout();
    //! Sizes the docks of the default arrangement in proportion to the window.
    void sizeDefaultDocks();
    //! Default widths of the catalogue (width) and the chart column (height of the size).
    QSize defaultSideExtents() const;
    //! Default height of the table/signals area.
    int defaultBottomExtent() const;
    //! Gives docks squeezed below their default share of the window that share again.
    void growSqueezedDocks();
    //! Restores geometry and dock state from the settings; false when there were none.
    bool restoreLayout();
    void saveLayout();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    // main_window_actions.cpp: menus, toolbar, language, recent files, import
    void createActions();
    void retranslate();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    void chooseWorkspace();
    void chooseImport();
    void about();
    //! Moves the period slider by steps (negative: back).
    void stepPeriod(int steps);
    // main_window_views.cpp: feeding the views from the session
    void connectViews();
    void showSession();
    void refreshMap(bool rebuildLayer);
    void refreshTable();
    void refreshCharts();
    void refreshSignals();
    //! Puts the scatter's y on preferred, unless that is missing or the current indicator:
    //! then on ScatterChart::defaultYIndicator().
    void chooseScatterY(const QString &preferred);
    //! Computes the session's signals on a worker thread; the list says so meanwhile.
    void startSignals();
    void refreshStatus();
    void onSelectionChanged(const QStringList &added, const QStringList &removed, QObject *origin);
    void onSignalChosen(const QString &region, const QString &indicator);
    bool english() const { return mLanguage == QLatin1String("en"); }

    std::unique_ptr<WorkbenchSession> mSession;
    FocusController *mFocus = nullptr;
    std::unique_ptr<maps::ChoroplethLayer> mChoropleth;
    RegionLevel mChoroplethLevel = RegionLevel::Wijk;
    int mChoroplethVintage = 0; //!< the vintage whose boundaries mChoropleth draws
    QString mWorkspaceName;
    QString mIndicator;
    RegionLevel mLevel = RegionLevel::Wijk;
    int mPeriod = 0;
    QString mLanguage;
    bool mImporting = false;
    QFutureWatcherBase *mSignalsWatcher = nullptr; //!< the running signals job of mSession

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
    QList<QDockWidget *> mDocks;
    QByteArray mDefaultState;
    bool mLayoutPending = false; //!< no saved layout: size the docks when first shown

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mSelectionMenu = nullptr;
    QMenu *mLanguageMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    QToolBar *mToolBar = nullptr;
    QAction *mOpenAction = nullptr;
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
