// Construction and layout of the workbench window; actions are in main_window_actions.cpp,
// the wiring of the views to the session in main_window_views.cpp.
#include "gui/main_window.h"

#include "app_environment.h"
#include "catalogue/indicator_catalogue.h"
#include "charts/chart_panel.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "choropleth_layer.h"
#include "gui/focus_controller.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_view.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace wijk::gui {

namespace {
constexpr int kLayoutVersion = 1;
}

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
    mSelection = new widgets::RegionSelection(this);
    mFocus = new FocusController(this);
    createViews();
    createActions();
    connectViews();
    arrangeDefaultLayout();
    mDefaultState = saveState(kLayoutVersion);
    resize(firstSize(screen()->availableGeometry().size()));
    mLayoutPending = !restoreLayout();
    retranslate();
    updateTitle();
    refreshStatus();
}

MainWindow::~MainWindow()
{
    // The canvas must let go of the choropleth layer before the layer is destroyed.
    mMap->setRegionLayer(nullptr);
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    mMap = new widgets::MapView(central);
    mEmptyHint = new QLabel(central);
    mEmptyHint->setObjectName(QStringLiteral("workspaceLabel"));
    mEmptyHint->setAlignment(Qt::AlignCenter);
    mEmptyHint->setWordWrap(true);
    mEmptyHint->setMargin(24);
    centralLayout->addWidget(mEmptyHint);
    centralLayout->addWidget(mMap, 1);
    setCentralWidget(central);

    mCatalogue = new widgets::IndicatorCatalogue(this);
    mTable = new widgets::ValuesTableView(this);
    mSignals = new widgets::SignalsList(this);

    mTrendChart = new widgets::charts::TrendChart;
    auto *trendPanel = new widgets::charts::ChartPanel(mTrendChart, this);
    mRankingChart = new widgets::charts::RankingChart;
    mRankingChart->setSelectionModel(mSelection);
    auto *rankingPanel = new widgets::charts::ChartPanel(mRankingChart, this);
    mScatterChart = new widgets::charts::ScatterChart;
    mScatterChart->setSelectionModel(mSelection);
    auto *scatterPanel = new widgets::charts::ChartPanel(mScatterChart, this);
    mScatterY = new QComboBox(scatterPanel);
    mScatterY->setObjectName(QStringLiteral("scatterY"));
    mScatterY->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mScatterY->setMinimumContentsLength(18);
    scatterPanel->addToolWidget(mScatterY);
    mDistributionChart = new widgets::charts::DistributionChart;
    auto *distributionPanel = widgets::charts::makeDistributionPanel(mDistributionChart, this);

    // Side columns run the full height: the catalogue is a long list, the charts need height.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDock(mCatalogue, QStringLiteral("catalogueDock"), Qt::LeftDockWidgetArea);
    addDock(trendPanel, QStringLiteral("trendDock"), Qt::RightDockWidgetArea);
    addDock(rankingPanel, QStringLiteral("rankingDock"), Qt::RightDockWidgetArea);
    addDock(scatterPanel, QStringLiteral("scatterDock"), Qt::RightDockWidgetArea);
    addDock(distributionPanel, QStringLiteral("distributionDock"), Qt::RightDockWidgetArea);
    addDock(mTable, QStringLiteral("tableDock"), Qt::BottomDockWidgetArea);
    addDock(mSignals, QStringLiteral("signalsDock"), Qt::BottomDockWidgetArea);

    mStatusWorkspace = new QLabel(this);
    mStatusSelection = new QLabel(this);
    statusBar()->addWidget(mStatusWorkspace, 1);
    statusBar()->addPermanentWidget(mStatusSelection);
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    // Sane minimums of our own: the contents' hints (a row of filters, a combo box) would
    // make the window wider than a laptop, and a squeezed catalogue would vanish to 65 px.
    const QSize minimum = area == Qt::LeftDockWidgetArea    ? QSize(200, 160)
                          : area == Qt::RightDockWidgetArea ? QSize(260, 150)
                                                            : QSize(320, 120);
    widget->setMinimumSize(minimum);
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    mDocks << dock;
    return dock;
}

void MainWindow::arrangeDefaultLayout()
{
    auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    for (QDockWidget *d : qAsConst(mDocks)) {
        d->setFloating(false);
        d->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, dock("catalogueDock"));
    addDockWidget(Qt::RightDockWidgetArea, dock("trendDock"));
    addDockWidget(Qt::RightDockWidgetArea, dock("rankingDock"));
    splitDockWidget(dock("trendDock"), dock("rankingDock"), Qt::Vertical);
    tabifyDockWidget(dock("rankingDock"), dock("scatterDock"));
    tabifyDockWidget(dock("scatterDock"), dock("distributionDock"));
    addDockWidget(Qt::BottomDockWidgetArea, dock("tableDock"));
    tabifyDockWidget(dock("tableDock"), dock("signalsDock"));
    dock("rankingDock")->raise();
    dock("tableDock")->raise();
    sizeDefaultDocks();
}

QSize MainWindow::firstSize(const QSize &available)
{
    // 1280×800 where it fits; on a 1366×768 laptop the whole window, status bar and bottom
    // tabs included, stays on the screen (the frame's title bar needs about 40 px).
    return QSize(1280, 800).boundedTo(available - QSize(0, 40));
}

void MainWindow::sizeDefaultDocks()
{
    auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    // The map in the middle gets what is left: the sides take about a sixth and a third of
    // the width, the table a third of the height (never less than a laptop needs).
    const QSize side = defaultSideExtents();
    resizeDocks({dock("catalogueDock"), dock("trendDock")}, {side.width(), side.height()},
                Qt::Horizontal);
    resizeDocks({dock("trendDock"), dock("rankingDock")}, {height() / 2, height() / 2},
                Qt::Vertical);
    resizeDocks({dock("tableDock")}, {defaultBottomExtent()}, Qt::Vertical);
}

QSize MainWindow::defaultSideExtents() const
{
    // Never more than the window can give: on a small screen the map keeps a third.
    const int catalogue = qMin(qMax(240, width() / 6), width() / 5);
    const int charts = qMin(qMax(400, width() * 3 / 10), width() / 3);
    return QSize(catalogue, charts);
}

int MainWindow::defaultBottomExtent() const
{
    return qMin(qMax(250, height() / 3), height() / 3 + 40);
}

void MainWindow::growSqueezedDocks()
{
    // A window made small squeezes the docks; made large again, they get back (at least) their
    // default share, so the layout recovers without Reset layout. Larger docks stay as they are.
    const QSize side = defaultSideExtents();
    QList<QDockWidget *> docks;
    QList<int> sizes;
    for (QDockWidget *d : qAsConst(mDocks)) {
        if (d->isFloating() || !d->isVisible() || d->visibleRegion().isEmpty())
            continue;
        const Qt::DockWidgetArea area = dockWidgetArea(d);
        const int wanted = area == Qt::LeftDockWidgetArea    ? side.width()
                           : area == Qt::RightDockWidgetArea ? side.height()
                                                             : 0;
        if (wanted > d->width()) {
            docks << d;
            sizes << wanted;
        }
    }
    if (!docks.isEmpty())
        resizeDocks(docks, sizes, Qt::Horizontal);
    for (QDockWidget *d : qAsConst(mDocks)) {
        if (!d->isFloating() && !d->visibleRegion().isEmpty() &&
            dockWidgetArea(d) == Qt::BottomDockWidgetArea && d->height() < defaultBottomExtent()) {
            resizeDocks({d}, {defaultBottomExtent()}, Qt::Vertical);
            break;
        }
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const QSize old = event->oldSize();
    if (!mLayoutPending && old.isValid() &&
        (event->size().width() > old.width() || event->size().height() > old.height()))
        QTimer::singleShot(0, this, &MainWindow::growSqueezedDocks); // after the dock layout
}

void MainWindow::resetLayout()
{
    // The default state holds the arrangement; placing the docks again by hand would leave
    // QMainWindow's old, empty tab bars on top of the new ones, eating their clicks.
    for (QDockWidget *d : qAsConst(mDocks))
        d->setFloating(false);
    restoreState(mDefaultState, kLayoutVersion);
    sizeDefaultDocks();
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    return !state.isEmpty() && restoreState(state, kLayoutVersion);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (mLayoutPending) {
        mLayoutPending = false;
        // Dock sizes in proportion to the real window, once the window has its size.
        QTimer::singleShot(0, this, &MainWindow::sizeDefaultDocks);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    mMap->togglePlay(false);
    saveLayout();
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

} // namespace wijk::gui
