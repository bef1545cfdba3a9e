#include "gui/main_window.h"

#include "app_environment.h"
#include "catalogue/indicator_catalogue.h"
#include "chart_series.h"
#include "charts/chart_panel.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "gui/division_choice.h"
#include "gui/focus_controller.h"
#include "gui/focus_prompt.h"
#include "gui/import_controller.h"
#include "gui/import_watch.h"
#include "gui/map_presenter.h"
#include "gui/recent_workspaces.h"
#include "gui/report_actions.h"
#include "gui/signals_job_watcher.h"
#include "gui/spatial_controller.h"
#include "gui/take_offline.h"
#include "gui/team_login.h"
#include "gui/team_workspace_dialog.h"
#include "gui/window_layout.h"
#include "gui/window_map_state.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_model.h"
#include "table/values_table_view.h"
#include "version_info.h"
#include "workspace/pg_location.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <tuple>

namespace wijk::gui {

using widgets::DistributionChartData;
using widgets::IndicatorCatalogue;
using widgets::kNoValue;
using widgets::MapView;
using widgets::RankingChartData;
using widgets::RegionSelection;
using widgets::RegionValue;
using widgets::ScatterChartData;
using widgets::SignalEntry;
using widgets::SignalsList;
using widgets::TableData;
using widgets::ValuesTableView;
namespace charts = widgets::charts;

namespace {
QAction *makeAction(QObject *parent, const QString &icon, const QKeySequence &shortcut,
                    const QString &objectName)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QString levelName(RegionLevel level)
{
    return SignalsList::levelLabel(level);
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wijkmonitor.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    mLanguage = app::uiLanguage();
    // QGIS moves QSettings into its profile after setupApplication() chose a language, so the
    // language read here may differ from the one installed then: install it again.
    app::installTranslators(mLanguage);
    mSelection = new RegionSelection(this);
    mLayout = new WindowLayout(this);
    mImport = new ImportController(this);
    mSignalsJob = new SignalsJobWatcher(this);
    mFocus = new FocusController(this);
    mTakeOffline = new TakeOffline(this);
    mImportWatch = new ImportWatch(this);
    createViews();
    mMapPresenter = new MapPresenter(mMap, mSelection, this);
    mMapPresenter->setFocus(mFocus);
    mMapPresenter->setClusters(mSpatial);
    createActions();
    connectViews();
    mLayout->arrange();
    retranslate();
    updateTitle();
    refreshStatus();
}

MainWindow::~MainWindow()
{
    // The canvas must let go of the choropleth layer before the layer is destroyed.
    delete mMapPresenter;
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    mMap = new MapView(central);
    mEmptyHint = new QLabel(central);
    mEmptyHint->setObjectName(QStringLiteral("workspaceLabel"));
    mEmptyHint->setAlignment(Qt::AlignCenter);
    mEmptyHint->setWordWrap(true);
    mEmptyHint->setMargin(24);
    centralLayout->addWidget(mEmptyHint);
    auto *focusPrompt = new FocusPrompt(central);
    centralLayout->addWidget(focusPrompt);
    mFocus->attachPrompt(focusPrompt);
    centralLayout->addWidget(mMap, 1);
    setCentralWidget(central);

    mCatalogue = new IndicatorCatalogue(this);
    mTable = new ValuesTableView(this);
    mSignals = new SignalsList(this);

    mTrendChart = new charts::TrendChart;
    auto *trendPanel = new charts::ChartPanel(mTrendChart, this);
    mRankingChart = new charts::RankingChart;
    mRankingChart->setSelectionModel(mSelection);
    auto *rankingPanel = new charts::ChartPanel(mRankingChart, this);
    mScatterChart = new charts::ScatterChart;
    mScatterChart->setSelectionModel(mSelection);
    auto *scatterPanel = new charts::ChartPanel(mScatterChart, this);
    mScatterY = new QComboBox(scatterPanel);
    mScatterY->setObjectName(QStringLiteral("scatterY"));
    mScatterY->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mScatterY->setMinimumContentsLength(18);
    scatterPanel->addToolWidget(mScatterY);
    mDistributionChart = new charts::DistributionChart;
    auto *distributionPanel = charts::makeDistributionPanel(mDistributionChart, this);

    // Side columns run the full height: the catalogue is a long list, the charts need height.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    mLayout->addDock(mCatalogue, QStringLiteral("catalogueDock"), Qt::LeftDockWidgetArea);
    mLayout->addDock(trendPanel, QStringLiteral("trendDock"), Qt::RightDockWidgetArea);
    mLayout->addDock(rankingPanel, QStringLiteral("rankingDock"), Qt::RightDockWidgetArea);
    mLayout->addDock(scatterPanel, QStringLiteral("scatterDock"), Qt::RightDockWidgetArea);
    mLayout->addDock(distributionPanel, QStringLiteral("distributionDock"),
                     Qt::RightDockWidgetArea);
    mLayout->addDock(mTable, QStringLiteral("tableDock"), Qt::BottomDockWidgetArea);
    mLayout->addDock(mSignals, QStringLiteral("signalsDock"), Qt::BottomDockWidgetArea);
    mSpatial = new SpatialController(mSelection, this);
    mLayout->addDock(mSpatial->moranPanel(), QStringLiteral("moranDock"), Qt::RightDockWidgetArea);

    mStatusWorkspace = new QLabel(this);
    mStatusSelection = new QLabel(this);
    statusBar()->addWidget(mStatusWorkspace, 1);
    statusBar()->addPermanentWidget(mImportWatch->statusLabel());
    statusBar()->addPermanentWidget(mStatusSelection);
}

QSize MainWindow::firstSize(const QSize &available)
{
    return WindowLayout::firstSize(available);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    mLayout->windowResized(event->oldSize(), event->size());
}

void MainWindow::resetLayout()
{
    mLayout->reset();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    mLayout->windowShown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    mMap->togglePlay(false);
    mLayout->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString app = tr("Wijkmonitor Workbench");
    setWindowTitle(mWorkspaceName.isEmpty() ? app
                                            : QStringLiteral("%1 — %2").arg(mWorkspaceName, app));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Not modal-blocking: the window (and tests driving it) keep running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::createActions()
{
    mOpenAction =
        makeAction(this, QStringLiteral("open"), QKeySequence::Open, QStringLiteral("openAction"));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    mOpenTeamAction = makeAction(this, QString(), QKeySequence(tr("Ctrl+Shift+O")),
                                 QStringLiteral("openTeamAction"));
    connect(mOpenTeamAction, &QAction::triggered, this, &MainWindow::chooseTeamWorkspace);
    mImportAction = makeAction(this, QStringLiteral("import"), QKeySequence(tr("Ctrl+I")),
                               QStringLiteral("importAction"));
    connect(mImportAction, &QAction::triggered, this,
            [this] { mImport->chooseAndImport(mSession ? mSession->path() : QString()); });
    mDemoAction =
        makeAction(this, QStringLiteral("demo"), QKeySequence(), QStringLiteral("demoAction"));
    connect(mDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    mQuitAction =
        makeAction(this, QStringLiteral("quit"), QKeySequence::Quit, QStringLiteral("quitAction"));
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);
    mResetLayoutAction = makeAction(this, QStringLiteral("layout-reset"), QKeySequence(),
                                    QStringLiteral("resetLayoutAction"));
    connect(mResetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    mClearSelectionAction =
        makeAction(this, QStringLiteral("clear-selection"), QKeySequence(Qt::Key_Escape),
                   QStringLiteral("clearSelectionAction"));
    connect(mClearSelectionAction, &QAction::triggered, this, [this] { mSelection->clear(this); });
    mZoomSelectionAction =
        makeAction(this, QStringLiteral("zoom-selection"), QKeySequence(tr("Ctrl+J")),
                   QStringLiteral("zoomSelectionAction"));
    connect(mZoomSelectionAction, &QAction::triggered, mMap, &MapView::zoomToSelection);
    mAboutAction = makeAction(this, QStringLiteral("about"), QKeySequence::HelpContents,
                              QStringLiteral("aboutAction"));
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);

    mPreviousPeriodAction = makeAction(this, QString(), QKeySequence(tr("Ctrl+Left")),
                                       QStringLiteral("previousPeriodAction"));
    connect(mPreviousPeriodAction, &QAction::triggered, this, [this] { stepPeriod(-1); });
    mNextPeriodAction = makeAction(this, QString(), QKeySequence(tr("Ctrl+Right")),
                                   QStringLiteral("nextPeriodAction"));
    connect(mNextPeriodAction, &QAction::triggered, this, [this] { stepPeriod(1); });
    mPlayAction = makeAction(this, QStringLiteral("play"), QKeySequence(tr("Ctrl+P")),
                             QStringLiteral("playAction"));
    connect(mPlayAction, &QAction::triggered, this,
            [this] { mMap->togglePlay(!mMap->isPlaying()); });

    auto *languages = new QActionGroup(this);
    mDutchAction = makeAction(languages, QString(), QKeySequence(), QStringLiteral("dutchAction"));
    mEnglishAction =
        makeAction(languages, QString(), QKeySequence(), QStringLiteral("englishAction"));
    // Each language is named in itself, so it can be found whatever the current language.
    mDutchAction->setText(QStringLiteral("Nederlands"));
    mEnglishAction->setText(QStringLiteral("English"));
    for (QAction *action : {mDutchAction, mEnglishAction})
        action->setCheckable(true);
    (english() ? mEnglishAction : mDutchAction)->setChecked(true);
    connect(mDutchAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("nl")); });
    connect(mEnglishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });

    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mOpenAction);
    mFileMenu->addAction(mOpenTeamAction);
    mRecentMenu = mFileMenu->addMenu(QIcon(QStringLiteral(":/icons/recent.svg")), QString());
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    mRecent = new RecentWorkspaces(mRecentMenu, this);
    connect(mRecent, &RecentWorkspaces::openRequested, this, &MainWindow::openWorkspace);
    mFileMenu->addAction(mDemoAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mImportAction);
    mFileMenu->addAction(mTakeOffline->action());
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mViewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *dock : mLayout->docks())
        mViewMenu->addAction(dock->toggleViewAction());
    mViewMenu->addSeparator();
    mPeriodMenu = mViewMenu->addMenu(QString());
    mPeriodMenu->addAction(mPreviousPeriodAction);
    mPeriodMenu->addAction(mNextPeriodAction);
    mPeriodMenu->addAction(mPlayAction);
    mViewMenu->addSeparator();
    mViewMenu->addAction(mFocus->chooseAction());
    mViewMenu->addAction(mFocus->wholeCountryAction());
    mViewMenu->addSeparator();
    mViewMenu->addAction(mImportWatch->refreshAction());
    mViewMenu->addAction(mResetLayoutAction);

    mSelectionMenu = menuBar()->addMenu(QString());
    mSelectionMenu->addAction(mClearSelectionAction);
    mSelectionMenu->addAction(mZoomSelectionAction);

    mLanguageMenu = menuBar()->addMenu(QString());
    mLanguageMenu->setObjectName(QStringLiteral("languageMenu"));
    mLanguageMenu->addAction(mDutchAction);
    mLanguageMenu->addAction(mEnglishAction);

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mAboutAction);

    mToolBar = addToolBar(QString());
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->setIconSize(QSize(22, 22));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mToolBar->addAction(mOpenAction);
    mToolBar->addAction(mImportAction);
    mToolBar->addSeparator();
    mLevelLabel = new QLabel(this);
    mLevelBox = new QComboBox(this);
    mLevelBox->setObjectName(QStringLiteral("levelBox"));
    mLevelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mToolBar->addWidget(mLevelLabel);
    mToolBar->addWidget(mLevelBox);
    mDivisionChoice = new DivisionChoice(mToolBar, this);
    mToolBar->addAction(mFocus->wholeCountryAction());
    mToolBar->addAction(mSpatial->empiricalBayesAction());
    mToolBar->addSeparator();
    mToolBar->addAction(mZoomSelectionAction);
    mToolBar->addAction(mClearSelectionAction);
    connect(mLevelBox, QOverload<int>::of(&QComboBox::activated), this, [this] {
        setCurrentLevel(static_cast<RegionLevel>(mLevelBox->currentData().toInt()));
    });
    // Reports (issue 13): its own menu, dialogs and jobs; the map state through an interface.
    auto *reports = new gui::ReportActions(this, std::make_unique<gui::WindowMapState>(this));
    menuBar()->insertMenu(mLanguageMenu->menuAction(), reports->menu());
    mToolBar->addSeparator();
    mToolBar->addAction(reports->toolBarAction());
    reports->attachSignalsList(mSignals);
    connect(this, &MainWindow::workspaceOpened, reports, &gui::ReportActions::workspaceChanged);
}

void MainWindow::retranslate()
{
    mFileMenu->setTitle(tr("&File"));
    mRecentMenu->setTitle(tr("Open &recent"));
    mViewMenu->setTitle(tr("&View"));
    mFocus->retranslate();
    mSelectionMenu->setTitle(tr("&Selection"));
    mLanguageMenu->setTitle(tr("&Language"));
    mHelpMenu->setTitle(tr("&Help"));
    mToolBar->setWindowTitle(tr("Main toolbar"));
    mOpenAction->setText(tr("&Open workspace…"));
    mOpenAction->setIconText(tr("Open"));
    mOpenTeamAction->setText(tr("Open &team workspace…"));
    mOpenTeamAction->setToolTip(
        tr("Open a team workspace on a PostgreSQL/PostGIS server (docs/team-workspace.md)"));
    mImportAction->setText(tr("&Import…"));
    mImportAction->setIconText(tr("Import"));
    mImportAction->setToolTip(tr("Import an extract folder or zip, a CBS file, CSV, XLSX or "
                                 "GeoPackage (or drop it on the window)"));
    mDemoAction->setText(tr("Open &demo workspace"));
    mTakeOffline->retranslate();
    mImportWatch->retranslate();
    mQuitAction->setText(tr("&Quit"));
    mResetLayoutAction->setText(tr("&Reset layout"));
    mClearSelectionAction->setText(tr("&Clear selection"));
    mClearSelectionAction->setIconText(tr("Clear"));
    mZoomSelectionAction->setText(tr("&Zoom to selection"));
    mZoomSelectionAction->setIconText(tr("Zoom"));
    mAboutAction->setText(tr("&About Wijkmonitor Workbench"));
    mPeriodMenu->setTitle(tr("&Period"));
    mPreviousPeriodAction->setText(tr("&Previous year"));
    mNextPeriodAction->setText(tr("&Next year"));
    mPlayAction->setText(tr("&Play / pause"));
    mLevelLabel->setText(tr("Level:") + QLatin1Char(' '));
    mDivisionChoice->retranslate();
    const QStringList titles = {tr("Indicators"),   tr("Trend"), tr("Ranking"), tr("Scatter"),
                                tr("Distribution"), tr("Table"), tr("Signals")};
    const QList<QDockWidget *> &docks = mLayout->docks();
    for (int i = 0; i < docks.size() && i < titles.size(); ++i)
        docks.at(i)->setWindowTitle(titles.at(i));
    mSpatial->retranslate();
    mScatterY->setToolTip(tr("Indicator on the vertical axis"));
    mEmptyHint->setText(tr("No workspace open. Open a workspace (Ctrl+O), open the demo, or "
                           "drop an extract folder, zip, CSV, XLSX or GeoPackage here."));
    updateTitle();
    if (mSession)
        showSession();
    refreshStatus();
}

void MainWindow::setLanguage(const QString &language)
{
    const QString chosen = language == QLatin1String("en") ? language : QStringLiteral("nl");
    QSettings().setValue(QStringLiteral("ui/language"), chosen);
    mDutchAction->setChecked(chosen == QLatin1String("nl"));
    mEnglishAction->setChecked(chosen == QLatin1String("en"));
    if (chosen == mLanguage)
        return;
    mLanguage = chosen;
    // Installing translators posts LanguageChange to every widget: they retranslate themselves.
    // The window's own texts change at once, so whoever switched sees it immediately.
    app::installTranslators(chosen);
    // The charts write their numbers in their own locale (a report gives its charts Dutch,
    // whatever the window's language): the window's follow the language chosen.
    for (WIJK_CHARTS_NAMESPACE::QChart *chart :
         std::initializer_list<WIJK_CHARTS_NAMESPACE::QChart *>{mTrendChart, mRankingChart,
                                                                mScatterChart, mDistributionChart})
        chart->setLocale(QLocale());
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && mFileMenu)
        retranslate();
    // Back at the window: has another analyst imported into the team workspace meanwhile?
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && mImportWatch)
        mImportWatch->check();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspaces (*.gpkg);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseTeamWorkspace()
{
    // The dialog starts from the team workspace opened last (the recent list keeps it without
    // a password).
    QString previous;
    for (const QString &path : mRecent->paths()) {
        if (workspace::isPgLocation(path)) {
            previous = path;
            break;
        }
    }
    TeamWorkspaceDialog dialog(previous, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
        openWorkspace(dialog.location());
}

QString MainWindow::askMasterPassword()
{
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("QGIS authentication database"),
                              tr("Master password of the QGIS authentication database:"),
                              QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

void MainWindow::importPath(const QString &path)
{
    mImport->import(path, mSession ? mSession->path() : QString());
}

void MainWindow::onImportFinished(const WorkspaceImportResult &result, const QString &target)
{
    if (result.ok())
        openWorkspace(target);
    if (result.status == import::ImportOutcome::Status::Failed)
        showError(tr("Import"), ImportController::failureText(result));
    else
        statusBar()->showMessage(result.message, 15000);
    emit importFinished(result.ok(), result.message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        // A dropped workspace opens; anything else is imported.
        if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) && !mSession &&
            WorkbenchSession::open(path, nullptr) && openWorkspace(path))
            continue;
        importPath(path);
        break; // one import at a time
    }
    event->acceptProposedAction();
}

void MainWindow::stepPeriod(int steps)
{
    if (!mSession)
        return;
    const QVector<int> periods = mSession->periods();
    const int index = periods.indexOf(mPeriod) + steps;
    if (index >= 0 && index < periods.size())
        setCurrentPeriod(periods.at(index));
}

void MainWindow::about()
{
    // The same text as `wijkmonitor --version`: what a bug report needs, in one place.
    const QString versions = app::versionText(QStringLiteral("Wijkmonitor Workbench"))
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QMessageBox::about(this, tr("About Wijkmonitor Workbench"),
                       tr("<h3>Wijkmonitor Workbench</h3><p>Neighbourhood figures of Dutch "
                          "municipalities: import, explore, test trends honestly, map and "
                          "report — offline.</p><p>%1</p>")
                           .arg(versions));
}

void MainWindow::connectViews()
{
    connect(mSelection, &RegionSelection::changed, this, &MainWindow::onSelectionChanged);
    connect(mCatalogue, &IndicatorCatalogue::indicatorChosen, this,
            &MainWindow::setCurrentIndicator);
    connect(mMap, &MapView::regionClicked, this, [this](const QString &code, bool add) {
        if (code.isEmpty()) {
            if (!add)
                mSelection->clear(mMap);
            return;
        }
        mSelection->click(code, add, mMap);
    });
    connect(mMap, &MapView::periodChanged, this, &MainWindow::setCurrentPeriod);
    connect(mMap, &MapView::styleChanged, this, [this] { refreshMap(false); });
    connect(mMap, &MapView::importBoundariesRequested, this,
            [this] { mImport->chooseAndImport(mSession ? mSession->path() : QString()); });
    connect(mMap, &MapView::fixedClassesChanged, this, [this] { refreshCharts(); });
    connect(mTable, &ValuesTableView::regionsSelected, this,
            [this](const QStringList &codes) { mSelection->setSelection(codes, mTable); });
    connect(mTable, &ValuesTableView::columnsChosen, this, [this] { refreshTable(); });
    connect(mSignals, &SignalsList::signalChosen, this, &MainWindow::onSignalChosen);
    connect(mScatterY, QOverload<int>::of(&QComboBox::activated), this, [this] {
        mScatterYByUser = true;
        refreshCharts();
    });
    mMap->setTooltipProvider([this](const QString &code) {
        if (!mSession)
            return code;
        QString tooltip = mSession->regionTooltip(code, mIndicator, mPeriod);
        const QString eb = mSpatial->empiricalBayesTooltip(code, mIndicator, mLevel, mPeriod);
        if (!eb.isEmpty())
            tooltip += QStringLiteral("<br>%1").arg(eb.toHtmlEscaped());
        return mFocus->tooltip(tooltip, code, mLevel);
    });
    connect(mFocus, &FocusController::changed, this, [this] {
        mTakeOffline->setSession(mSession.get(), mFocus->focus().gemeenten());
        mMapPresenter->clear(); // the focus's regions: a new layer
        mSelection->clear(this);
        showSession();
    });
    connect(mMapPresenter, &MapPresenter::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(mSpatial, &SpatialController::clustersReady, this, [this] {
        // A level switched while they were computed still needs its own layer.
        if (mMap->style().mode == maps::MapMode::Clusters)
            refreshMap(mMapPresenter->needsRebuild(mLevel));
    });
    connect(mSpatial, &SpatialController::peersReady, this, &MainWindow::refreshTrendChart);
    connect(mSpatial, &SpatialController::empiricalBayesToggled, this, [this] {
        refreshMap(false);
        refreshTable();
    });
    connect(mSpatial, &SpatialController::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    if (auto *moranDock = qobject_cast<QDockWidget *>(mSpatial->moranPanel()->parentWidget()))
        connect(moranDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible && mSession && !mIndicator.isEmpty())
                mSpatial->showScatter(mIndicator, mLevel, mPeriod, english(), true);
        });
    connect(mImport, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(mTakeOffline, &TakeOffline::openRequested, this, &MainWindow::openWorkspace);
    connect(mTakeOffline, &TakeOffline::finished, this,
            [this](bool, const QString &, const QString &message) {
                statusBar()->showMessage(message, 15000);
            });
    connect(mImportWatch, &ImportWatch::refreshRequested, this, &MainWindow::refreshWorkspace);
    connect(mImport, &ImportController::refused, this,
            [this](const QString &message) { showError(tr("Import"), message); });
    connect(mSignalsJob, &SignalsJobWatcher::finished, this, &MainWindow::adoptSignals);
    connect(mDivisionChoice, &DivisionChoice::divisionChanged, this, [this] {
        mMapPresenter->clear(); // other regions: a new layer
        showSession();
    });
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    // A team workspace's authcfg becomes a user name and password for libpq here; the
    // password stays in this process (gui/team_login.h).
    const bool server = workspace::isPgLocation(path);
    QString location = path;
    if (server && !TeamLogin::resolve(
                      path, [this] { return askMasterPassword(); }, &location, &error)) {
        showError(tr("Open team workspace"), error);
        return false;
    }
    // The indicator shown before stays if the workspace has it: load that one first.
    std::unique_ptr<WorkbenchSession> session =
        WorkbenchSession::open(location, &error, QStringList{mIndicator});
    if (!session) {
        // The server's message names the location (without a password) and what libpq said.
        if (server)
            showError(tr("Open team workspace"), error);
        else
            showError(tr("Open workspace"),
                      tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    mMap->togglePlay(false);
    mMapPresenter->clear();
    // The old session's job is cancelled with it; its end must not reach the new one.
    mSignalsJob->abandon();
    mSession = std::move(session);
    mSpatial->setSession(mSession.get());
    mDivisionChoice->setSession(mSession.get());
    mFocus->adopt(*mSession);
    mTakeOffline->setSession(mSession.get(), mFocus->focus().gemeenten());
    mImportWatch->setWorkspace(mSession->path(), mSession->isServer(), mSession->revision(),
                               mSession->shortName());
    mWorkspaceName = mSession->shortName();
    mSelection->clear(this);
    const QVector<Indicator> indicators = mSession->indicators();
    if (!mSession->indicator(mIndicator))
        mIndicator = indicators.isEmpty() ? QString() : indicators.constFirst().code;
    const QVector<RegionLevel> levels = mSession->levels();
    if (!levels.contains(mLevel))
        mLevel = levels.contains(RegionLevel::Wijk) || levels.isEmpty() ? RegionLevel::Wijk
                                                                        : levels.constLast();
    const QVector<int> periods = mSession->periods();
    // The latest year, or the focus's latest when it is absent from later divisions.
    const int focusYear = mFocus->latestYearShown(*mSession, mLevel);
    mPeriod = focusYear > 0 ? focusYear : periods.isEmpty() ? 0 : periods.constLast();
    mRecent->add(path);
    mSignals->setComputing(true);
    showSession();
    updateTitle();
    mSignalsJob->start(*mSession);
    emit workspaceOpened(TeamLogin::remembered(path));
    return true;
}

void MainWindow::refreshWorkspace()
{
    if (!mSession)
        return;
    // The same views on the new figures: the indicator stays (openWorkspace keeps it), and
    // the level and year when the workspace still has them.
    const QString path = mSession->path();
    const RegionLevel level = mLevel;
    const int period = mPeriod;
    if (!openWorkspace(path))
        return;
    if (mSession->levels().contains(level))
        setCurrentLevel(level);
    if (mSession->periods().contains(period))
        setCurrentPeriod(period);
    statusBar()->showMessage(tr("%1 read again.").arg(mSession->shortName()), 10000);
}

void MainWindow::adoptSignals()
{
    if (!mSession)
        return;
    const bool periodsChanged = mSession->adoptSignals();
    mSignals->setComputing(false);
    if (!mSession->signalsError().isEmpty())
        statusBar()->showMessage(
            tr("Signals could not be computed: %1").arg(mSession->signalsError()), 10000);
    if (periodsChanged) {
        const QVector<int> periods = mSession->periods();
        if (!periods.contains(mPeriod))
            mPeriod = periods.constLast();
        showSession(); // the period slider and every view get the added years
    } else {
        refreshSignals();
    }
    emit signalsReady();
}

bool MainWindow::signalsPending() const
{
    return mSignalsJob->isRunning();
}

const maps::ChoroplethLayer *MainWindow::choropleth() const
{
    return mMapPresenter->choropleth();
}

bool MainWindow::openDemo()
{
    QString error;
    const QString path = ensureDemoWorkspace(demoFolder(), &error);
    if (path.isEmpty()) {
        showError(tr("Demo workspace"), tr("The demo could not be prepared: %1").arg(error));
        return false;
    }
    return openWorkspace(path);
}

void MainWindow::showSession()
{
    const bool open = mSession != nullptr;
    mEmptyHint->setVisible(!open);
    mMap->setVisible(open);
    if (!open)
        return;
    mCatalogue->setIndicators(mSession->indicators(), english());
    mCatalogue->setCurrentIndicator(mIndicator);
    mLevelBox->clear();
    for (RegionLevel level : mSession->levels())
        mLevelBox->addItem(levelName(level), static_cast<int>(level));
    mLevelBox->setCurrentIndex(qMax(0, mLevelBox->findData(static_cast<int>(mLevel))));
    {
        const QSignalBlocker blocker(mMap);
        mMap->setPeriods(mSession->periods());
        mMap->setPeriod(mPeriod);
    }
    // Rebuilt in the current language; the chosen y stays (a language switch comes here).
    const QString chosenY = mScatterY->currentData().toString();
    mScatterY->clear();
    for (const Indicator &indicator : mSession->indicators())
        mScatterY->addItem(indicator.displayName(english()), indicator.code);
    chooseScatterY(mScatterYByUser ? chosenY : QString());
    mSpatial->followIndicator(mIndicator);
    refreshMap(mMapPresenter->needsRebuild(mLevel));
    refreshTable();
    refreshCharts();
    refreshSignals();
    refreshStatus();
}

void MainWindow::setCurrentIndicator(const QString &code)
{
    if (!mSession || !mSession->indicator(code))
        return;
    mIndicator = code;
    mCatalogue->setCurrentIndicator(code);
    mSpatial->followIndicator(code);
    // A y the user chose stays; the default follows x to a meaningful partner.
    chooseScatterY(mScatterYByUser ? mScatterY->currentData().toString() : QString());
    refreshMap(false);
    refreshTable();
    refreshCharts();
    refreshStatus();
}

void MainWindow::setCurrentLevel(RegionLevel level)
{
    if (!mSession || level == mLevel)
        return;
    mLevel = level;
    mLevelBox->setCurrentIndex(qMax(0, mLevelBox->findData(static_cast<int>(level))));
    mSelection->clear(this);
    refreshMap(true);
    refreshTable();
    refreshCharts();
    refreshSignals();
    refreshStatus();
}

void MainWindow::setCurrentPeriod(int period)
{
    if (!mSession || period == mPeriod)
        return;
    mPeriod = period;
    mMap->setPeriod(period);
    refreshMap(false);
    if (mTable->columns() == ValuesTableView::Columns::Indicators)
        refreshTable(); // one year across the theme's indicators
    refreshCharts();
    refreshStatus();
}

void MainWindow::setMapMode(maps::MapMode mode)
{
    mMap->setMode(mode);
}

void MainWindow::refreshMap(bool rebuildLayer)
{
    if (!mSession || mIndicator.isEmpty())
        return;
    mMapPresenter->show(*mSession, mIndicator, mLevel, mPeriod, english(), rebuildLayer);
}

void MainWindow::refreshTable()
{
    if (!mSession)
        return;
    TableData table = mTable->columns() == ValuesTableView::Columns::Indicators
                          ? mSession->themeTable(mIndicator, mLevel, mPeriod, english())
                          : mSession->periodTable(mIndicator, mLevel, english());
    const int ebColumn = mTable->columns() != ValuesTableView::Columns::Indicators
                             ? mSpatial->addEmpiricalBayesColumn(table, mIndicator, mLevel, mPeriod)
                             : -1;
    mFocus->apply(table);
    mTable->setTableData(table);
    if (ebColumn >= 0 && mTable->tableView()->model()->rowCount() > 0) {
        // The EB rates and the raw rates of the year beside them in view (the years before
        // scroll off to the left).
        QTableView *view = mTable->tableView();
        const int column = widgets::ValuesTableModel::FirstValueColumn + ebColumn;
        view->scrollTo(view->model()->index(view->rowAt(0) < 0 ? 0 : view->rowAt(0), column));
    }
    mTable->setSelectedRegions(
        QSet<QString>(mSelection->selected().cbegin(), mSelection->selected().cend()));
}

void MainWindow::refreshCharts()
{
    if (!mSession || mIndicator.isEmpty())
        return;
    refreshTrendChart();
    RankingChartData rankingData = mSession->rankingData(mIndicator, mLevel, mPeriod, english());
    mFocus->apply(rankingData, mPeriod);
    // With the map's classes fixed over the years, the ranking's axis is too.
    if (mMap->fixedClasses())
        std::tie(rankingData.axisMin, rankingData.axisMax) =
            mFocus->valueRangeOfAllPeriods(*mSession, mIndicator, mLevel);
    mRankingChart->setData(rankingData);
    RankingChartData ranking = mSession->rankingData(mIndicator, mLevel, mPeriod, english());
    mFocus->apply(ranking, mPeriod);
    DistributionChartData distribution;
    distribution.title = ranking.title;
    distribution.indicator = ranking.indicator;
    distribution.items = ranking.items;
    distribution.referenceValue = ranking.referenceValue;
    distribution.referenceName = ranking.referenceName;
    mDistributionChart->setData(distribution);
    const QString yCode = mScatterY->currentData().toString();
    if (const Indicator *y = mSession->indicator(yCode)) {
        const RankingChartData yValues = mSession->rankingData(yCode, mLevel, mPeriod, english());
        ScatterChartData scatter;
        scatter.xIndicator = ranking.indicator;
        scatter.yIndicator = *y;
        scatter.title =
            QStringLiteral("%1 × %2, %3")
                .arg(ranking.indicator.displayName(english()), y->displayName(english()))
                .arg(mPeriod);
        scatter.points = presentation::scatterPoints(ranking.items, yValues.items);
        mFocus->apply(scatter);
        mScatterChart->setData(scatter);
    }
    mSpatial->showScatter(mIndicator, mLevel, mPeriod, english());
}

void MainWindow::refreshTrendChart()
{
    if (!mSession || mIndicator.isEmpty())
        return;
    widgets::TrendChartData data =
        mFocus->trendData(*mSession, mIndicator, mSelection->selected(), english());
    mSpatial->addPeerMedian(data, mIndicator, mSelection->selected());
    mTrendChart->setData(data);
}

QString MainWindow::scatterYIndicator() const
{
    return mScatterY->currentData().toString();
}

void MainWindow::chooseScatterY(const QString &preferred)
{
    if (!mSession)
        return;
    // Never x against itself (r = 1 says nothing): x is not offered, and a y that became x
    // gives way to a meaningful partner.
    QString y = preferred;
    if (y == mIndicator || mScatterY->findData(y) < 0)
        y = charts::ScatterChart::defaultYIndicator(mSession->indicators(), mIndicator);
    auto *items = qobject_cast<QStandardItemModel *>(mScatterY->model());
    for (int i = 0; i < mScatterY->count(); ++i)
        if (items)
            items->item(i)->setEnabled(mScatterY->itemData(i).toString() != mIndicator);
    mScatterY->setCurrentIndex(mScatterY->findData(y));
}

void MainWindow::refreshSignals()
{
    if (mSession && !mSession->signalsPending()) {
        QVector<SignalEntry> entries = mSession->signalEntries(mLevel, english());
        mFocus->apply(entries);
        mSignals->setSignals(entries);
    }
}

void MainWindow::refreshStatus()
{
    if (!mSession) {
        mStatusWorkspace->setText(tr("No workspace open"));
        mStatusSelection->clear();
        return;
    }
    const Indicator *indicator = mSession->indicator(mIndicator);
    mStatusWorkspace->setText(tr("%1 · %2 · %3 · %4")
                                  .arg(mSession->name(),
                                       indicator ? indicator->displayName(english()) : QString(),
                                       levelName(mLevel))
                                  .arg(mPeriod));
    const QStringList selected = mSelection->selected();
    if (selected.isEmpty())
        mStatusSelection->setText(tr("Nothing selected"));
    else if (selected.size() == 1)
        mStatusSelection->setText(
            tr("Selected: %1").arg(mSession->regionName(selected.constFirst())));
    else
        mStatusSelection->setText(tr("%n region(s) selected", nullptr, selected.size()));
}

void MainWindow::onSelectionChanged(const QStringList &added, const QStringList &removed,
                                    QObject *origin)
{
    // The map mirrors every change (a map click only reports; it does not select by itself).
    mMap->applySelectionDelta(added, removed);
    if (origin != mTable)
        mTable->setSelectedRegions(
            QSet<QString>(mSelection->selected().cbegin(), mSelection->selected().cend()));
    refreshTrendChart();
    refreshStatus();
}

void MainWindow::onSignalChosen(const QString &region, const QString &indicator)
{
    if (!mSession)
        return;
    setCurrentIndicator(indicator);
    mSelection->setSelection({region}, mSignals);
    mMap->zoomToSelection();
}

} // namespace wijk::gui
