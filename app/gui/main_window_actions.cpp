// Menus, toolbar, language switch, recent workspaces and importing (off the UI thread).
#include "app_environment.h"
#include "gui/focus_controller.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "version_info.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>
#include <atomic>
#include <memory>

namespace wijk::gui {

namespace {
constexpr int kMaxRecent = 8;

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
} // namespace

void MainWindow::createActions()
{
    mOpenAction =
        makeAction(this, QStringLiteral("open"), QKeySequence::Open, QStringLiteral("openAction"));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    mImportAction = makeAction(this, QStringLiteral("import"), QKeySequence(tr("Ctrl+I")),
                               QStringLiteral("importAction"));
    connect(mImportAction, &QAction::triggered, this, &MainWindow::chooseImport);
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
    connect(mZoomSelectionAction, &QAction::triggered, mMap, &widgets::MapView::zoomToSelection);
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
    mRecentMenu = mFileMenu->addMenu(QIcon(QStringLiteral(":/icons/recent.svg")), QString());
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    mFileMenu->addAction(mDemoAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mImportAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mViewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *dock : qAsConst(mDocks))
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
    mToolBar->addAction(mFocus->wholeCountryAction());
    mToolBar->addSeparator();
    mToolBar->addAction(mZoomSelectionAction);
    mToolBar->addAction(mClearSelectionAction);
    connect(mLevelBox, QOverload<int>::of(&QComboBox::activated), this, [this] {
        setCurrentLevel(static_cast<RegionLevel>(mLevelBox->currentData().toInt()));
    });
    rebuildRecentMenu();
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
    mImportAction->setText(tr("&Import…"));
    mImportAction->setIconText(tr("Import"));
    mImportAction->setToolTip(tr("Import an extract folder or zip, a CBS file, CSV, XLSX or "
                                 "GeoPackage (or drop it on the window)"));
    mDemoAction->setText(tr("Open &demo workspace"));
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
    const QStringList titles = {tr("Indicators"),   tr("Trend"), tr("Ranking"), tr("Scatter"),
                                tr("Distribution"), tr("Table"), tr("Signals")};
    for (int i = 0; i < mDocks.size() && i < titles.size(); ++i)
        mDocks.at(i)->setWindowTitle(titles.at(i));
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
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && mFileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent =
        QSettings().value(QStringLiteral("recent/workspaces")).toStringList();
    for (const QString &path : recent) {
        QAction *action = mRecentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent/workspaces")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent/workspaces"), recent);
    rebuildRecentMenu();
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspaces (*.gpkg);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(),
        tr("Importable files (*.zip *.csv *.xlsx *.gpkg *.json *.geojson);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void MainWindow::importPath(const QString &path)
{
    if (mImporting) {
        showError(tr("Import"), tr("Another import is still running."));
        return;
    }
    QString target = mSession ? mSession->path() : QString();
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            this, tr("New workspace for the import"),
            QDir::home().filePath(QStringLiteral("workspace.gpkg")), tr("Workspaces (*.gpkg)"));
        if (target.isEmpty())
            return;
    }
    mImporting = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new QProgressDialog(this);
    dialog->setObjectName(QStringLiteral("importProgress"));
    dialog->setWindowTitle(tr("Import"));
    dialog->setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setRange(0, 1000);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guarded(dialog);
    // Called on the worker thread: hand the numbers to the UI thread.
    import::ImportProgress progress = [guarded](qint64 done, qint64 total, const QString &stage) {
        const int value = total > 0 ? int(qBound<qint64>(0, done * 1000 / total, 1000)) : 0;
    QMetaObject::invokeMethod(
        qApp,
        [guarded, value, stage] {
            if (!guarded)
                return;
            guarded->setValue(value);
            if (!stage.isEmpty())
                guarded->setLabelText(stage);
        },
        Qt::QueuedConnection);
};
auto *watcher = new QFutureWatcher<WorkspaceImportResult>(this);
connect(watcher, &QFutureWatcher<WorkspaceImportResult>::finished, this,
        [this, watcher, dialog, target] {
            const WorkspaceImportResult result = watcher->result();
            watcher->deleteLater();
            dialog->close();
            dialog->deleteLater();
            mImporting = false;
            if (result.ok())
                openWorkspace(target);
            if (result.status == import::ImportOutcome::Status::Failed) {
                QString text = result.message;
                if (!result.details.isEmpty())
                    text +=
                        QStringLiteral("\n\n") + result.details.mid(0, 15).join(QLatin1Char('\n'));
                showError(tr("Import"), text);
            } else {
                statusBar()->showMessage(result.message, 15000);
            }
            emit importFinished(result.ok(), result.message);
        });
watcher->setFuture(QtConcurrent::run([target, path, progress, cancel] {
    return importIntoWorkspace(target, path, progress, cancel.get());
}));
} // namespace wijk::gui

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

} // namespace wijk::gui
