#include "gui/report_actions.h"

#include "gui/data_export_dialog.h"
#include "gui/map_export_dialog.h"
#include "gui/map_state.h"
#include "gui/memo_dialog.h"
#include "gui/profile_dialog.h"
#include "gui/report_command_line.h"
#include "gui/report_settings.h"
#include "map_layout.h"
#include "signals/signals_list.h"
#include "workspace/memo_basket.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <algorithm>
#include <qgsprintlayout.h>
#include <qgsproject.h>

namespace wijk::gui {

namespace {

QAction *makeAction(QObject *parent, const QString &objectName, const QString &icon = QString())
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    return action;
}

//! A progress dialog for one job, connected to the actions' progress and cancel (the thin,
//! interactive part; tests run without it).
std::unique_ptr<QProgressDialog> progressDialog(QWidget *parent, ReportActions *actions,
                                                const QString &title)
{
    auto dialog = std::make_unique<QProgressDialog>(parent);
    dialog->setObjectName(QStringLiteral("reportProgressDialog"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setMinimumWidth(420);
    dialog->setRange(0, 0);
    // The child reads the workspace before its first step: a busy bar until then.
    dialog->setLabelText(ReportActions::tr("Reading the workspace…"));
    QProgressDialog *shown = dialog.get();
    QObject::connect(
        actions, &ReportActions::progress, shown,
        [shown](int done, int total, const QString &what) {
            shown->setRange(0, total);
            shown->setValue(done);
            if (what.isEmpty())
                return;
            shown->setLabelText(
                total > 1 ? ReportActions::tr("%1 (%2 of %3)").arg(what).arg(done + 1).arg(total)
                          : what);
        });
    QObject::connect(shown, &QProgressDialog::canceled, actions, &ReportActions::cancel);
    dialog->show();
    return dialog;
}

} // namespace

ReportActions::ReportActions(QWidget *window, std::unique_ptr<MapState> state)
    : QObject(window), mWindow(window), mState(std::move(state)),
      mCliProgram(ReportProcess::defaultProgram())
{
    mProfile = makeAction(this, QStringLiteral("profileAction"));
    mMemo = makeAction(this, QStringLiteral("memoAction"));
    mMap = makeAction(this, QStringLiteral("mapExportAction"), QStringLiteral("map"));
    mData = makeAction(this, QStringLiteral("dataExportAction"));
    mCopyMap = makeAction(this, QStringLiteral("copyMapAction"), QStringLiteral("copy"));
    mCopyMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    mTemplates = makeAction(this, QStringLiteral("templateFolderAction"));
    connect(mProfile, &QAction::triggered, this, &ReportActions::openProfileDialog);
    connect(mMemo, &QAction::triggered, this, &ReportActions::openMemoDialog);
    connect(mMap, &QAction::triggered, this, &ReportActions::openMapDialog);
    connect(mData, &QAction::triggered, this, &ReportActions::openDataDialog);
    connect(mCopyMap, &QAction::triggered, this, &ReportActions::copyMap);
    connect(mTemplates, &QAction::triggered, this, &ReportActions::chooseTemplateFolder);

    mMenu = new QMenu(window);
    mMenu->setObjectName(QStringLiteral("reportsMenu"));
    mMenu->addAction(mProfile);
    mMenu->addAction(mMemo);
    mMenu->addSeparator();
    mMenu->addAction(mMap);
    mMenu->addAction(mData);
    mMenu->addAction(mCopyMap);
    mMenu->addSeparator();
    mMenu->addAction(mTemplates);
    mMenu->installEventFilter(this);
    // The toolbar button has a menu of its own with the same actions: QAction::setMenu() makes
    // the action the menu's menuAction(), so sharing mMenu would put the button's icon, without
    // a title, in the menu bar.
    mToolBarMenu = new QMenu(window);
    mToolBarMenu->setObjectName(QStringLiteral("reportsToolBarMenu"));
    mToolBarMenu->addActions(mMenu->actions());
    mToolBarAction =
        makeAction(this, QStringLiteral("reportsToolBarAction"), QStringLiteral("export"));
    mToolBarAction->setMenu(mToolBarMenu);
    connect(mToolBarAction, &QAction::triggered, mProfile, &QAction::trigger);
    retranslate();
}

ReportActions::~ReportActions() = default;

void ReportActions::retranslate()
{
    mMenu->setTitle(tr("&Reports"));
    mToolBarAction->setText(tr("Reports"));
    mToolBarAction->setToolTip(
        tr("Wijk profiles, the council memo, map and data exports (click: wijk profile)"));
    mProfile->setText(tr("Wijk &profile…"));
    mMemo->setText(tr("Council &memo…"));
    mMap->setText(tr("&Export map…"));
    mData->setText(tr("Export &data…"));
    mCopyMap->setText(tr("&Copy map"));
    mTemplates->setText(tr("&Templates folder…"));
    mTemplates->setToolTip(
        tr("A folder with your own wijkprofiel.qpt and wijk_map_a4_landscape.qpt layouts"));
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mMenu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

ShownScope ReportActions::shownScope() const
{
    const reports::MapExportRequest shown = mState->currentMap();
    return ShownScope{shown.focus, shown.division};
}

QString ReportActions::workspaceVersion() const
{
    // A team workspace has no file: its revision, as the window read it, says which imports
    // it holds (the window reads it again on View → Refresh).
    const QString revision = mState->workspaceRevision();
    if (!revision.isEmpty())
        return revision;
    return QFileInfo(mState->workspacePath()).lastModified().toString(Qt::ISODateWithMs);
}

const reports::ReportData *ReportActions::reportData(QString *error)
{
    const QString path = mState->workspacePath();
    if (path.isEmpty()) {
        if (error)
            *error = tr("No workspace is open.");
        return nullptr;
    }
    const QString version = workspaceVersion();
    // The figures on the division the window shows, as `--division` loads them for the
    // memo and the profiles made from it: the memo preview is the first page of that memo.
    const int division = shownScope().division;
    if (!mReportData || mReportDataPath != path || mReportDataVersion != version ||
        mReportData->division() != division) {
        mReportData.reset();
        mReportData = reports::ReportData::load(path, error, division);
        mReportDataPath = path;
        mReportDataVersion = version;
    }
    return mReportData.get();
}

reports::MemoOptions ReportActions::shownMemoOptions()
{
    // The memo of what the window shows: the focus gemeenten' signals, movers and wijken,
    // in the preview as in the file (runMemo() passes the same focus as --focus).
    reports::MemoOptions options = memoBasket();
    options.focus = shownFocus();
    return options;
}

QStringList ReportActions::shownFocus() const
{
    const QString focus = shownScope().focus;
    return focus.isEmpty() ? QStringList() : focus.split(QLatin1Char(','));
}

std::unique_ptr<MemoDialog> ReportActions::makeMemoDialog(QString *error)
{
    const reports::ReportData *data = reportData(error);
    if (!data)
        return nullptr;
    auto dialog = std::make_unique<MemoDialog>(*data, shownMemoOptions(), mWindow);
    dialog->updatePreview();
    return dialog;
}

void ReportActions::cancel()
{
    mCancel = true;
    if (mJob)
        mJob->cancel();
}

ReportProcess::Outcome ReportActions::runJob(const QStringList &arguments,
                                             const QStringList &folders,
                                             const QStringList &plannedNames)
{
    const QList<QAction *> jobActions{mProfile, mMemo, mMap, mData, mToolBarAction};
    for (QAction *action : jobActions)
        action->setEnabled(false);
    ReportProcess job;
    job.setProgram(mCliProgram);
    connect(&job, &ReportProcess::progress, this, &ReportActions::progress);
    mJob = &job;
    mCancelNote.clear();
    job.start(arguments, folders, plannedNames);
    if (mCancel)
        job.cancel();
    const ReportProcess::Outcome outcome = job.waitForFinished();
    if (outcome.cancelled)
        mCancelNote = tr("Cancelled: no file was written.");
    else if (outcome.finishedDespiteCancel)
        mCancelNote = tr("Cancel came too late: the job had finished, and its files are "
                         "complete.");
    mJob.clear();
    for (QAction *action : jobActions)
        action->setEnabled(true);
    return outcome;
}

bool ReportActions::runProfiles(reports::ProfileRequest request, reports::ProfileResult *result,
                                QString *error)
{
    mCancel = false;
    reports::ProfileResult ignored;
    reports::ProfileResult &outcome = result ? *result : ignored;
    outcome = reports::ProfileResult();
    const reports::ReportData *data = reportData(error);
    if (!data)
        return false;
    QString templateError;
    if (!request.templatePath.isEmpty() &&
        !reports::profileTemplateUsable(*data, request.templatePath, &templateError)) {
        showFailure(tr("Template"),
                    tr("The profile template %1 cannot be used: %2\nThe built-in layout is "
                       "used instead.")
                        .arg(QDir::toNativeSeparators(request.templatePath), templateError));
        request.templatePath.clear();
    }
    const bool perWijk = !request.outDir.isEmpty();
    const ReportProcess::Outcome job = runJob(
        profileArguments(mState->workspacePath(), request, shownScope()),
        {perWijk ? request.outDir : QFileInfo(request.outFile).absolutePath()},
        {perWijk ? QStringLiteral("wijkprofiel-*.pdf") : QFileInfo(request.outFile).fileName()});
    outcome.files = job.files;
    outcome.cancelled = job.cancelled;
    outcome.wijken = job.ok ? job.total : 0;
    if (!job.ok && error)
        *error = job.error;
    return job.ok;
}

bool ReportActions::runMemo(const reports::MemoOptions &options, const QStringList &outputs,
                            QString *error)
{
    mCancel = false;
    QStringList folders;
    QStringList names;
    for (const QString &out : outputs) {
        folders << QFileInfo(out).absolutePath();
        names << QFileInfo(out).fileName();
    }
    folders.removeDuplicates();
    const ReportProcess::Outcome job = runJob(
        memoArguments(mState->workspacePath(), options, shownScope(), outputs), folders, names);
    if (!job.ok && error)
        *error = job.error;
    return job.ok;
}

bool ReportActions::runMapExport(reports::MapExportRequest request, QString *error)
{
    mCancel = false;
    if (!request.templatePath.isEmpty()) {
        QgsProject project;
        QString templateError;
        if (!maps::loadLayoutTemplate(&project, request.templatePath, &templateError)) {
            showFailure(tr("Template"),
                        tr("The map template %1 cannot be used: %2\nThe built-in layout is "
                           "used instead.")
                            .arg(QDir::toNativeSeparators(request.templatePath), templateError));
            request.templatePath.clear();
        }
    }
    const QFileInfo out(request.out);
    const ReportProcess::Outcome job =
        runJob(mapArguments(request), {out.absolutePath()}, {out.fileName()});
    if (!job.ok && error)
        *error = job.error;
    return job.ok;
}

bool ReportActions::runDataExport(const reports::DataExportRequest &request, QStringList *files,
                                  QString *error)
{
    mCancel = false;
    const QFileInfo out(request.out);
    const ReportProcess::Outcome job =
        runJob(dataArguments(mState->workspacePath(), request, shownScope()), {out.absolutePath()},
               {out.fileName(), out.completeBaseName() + QStringLiteral("-trends.csv")});
    if (files)
        *files = job.files;
    if (!job.ok && error)
        *error = job.error;
    return job.ok;
}

void ReportActions::copyMap()
{
    const QImage image = mState->canvasImage();
    if (image.isNull())
        return;
    QApplication::clipboard()->setImage(image);
}

reports::MemoOptions ReportActions::memoBasket()
{
    reports::MemoOptions options;
    const QString path = mState->workspacePath();
    if (path.isEmpty())
        return options;
    // The window has this workspace open already and reports when it cannot; an empty basket
    // here only means the memo takes the unfavourable signals first.
    QString ignored;
    const auto file =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &ignored);
    if (!file)
        return options;
    const workspace::MemoBasket basket = workspace::readMemoBasket(*file);
    for (const workspace::MemoBasket::Entry &entry : basket.entries)
        options.basket.push_back({entry.region, entry.indicator});
    options.opening = basket.opening;
    options.theme = basket.theme;
    return options;
}

bool ReportActions::saveMemoBasket(const reports::MemoOptions &options, QString *error)
{
    const QString path = mState->workspacePath();
    const auto file =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, error);
    if (!file)
        return false;
    workspace::MemoBasket basket;
    for (const reports::MemoSignalChoice &choice : options.basket)
        basket.entries.push_back({choice.region, choice.indicator});
    basket.opening = options.opening;
    basket.theme = options.theme;
    const bool saved = workspace::writeMemoBasket(*file, basket, error);
    // The basket is no report input: the loaded report data stays valid.
    if (saved && mReportDataPath == path)
        mReportDataVersion = workspaceVersion();
    return saved;
}

void ReportActions::attachSignalsList(widgets::SignalsList *list)
{
    mSignalsList = list;
    connect(list, &widgets::SignalsList::memoBasketChanged, this, &ReportActions::onBasketTicked);
}

void ReportActions::workspaceChanged()
{
    mBasketWarned = false;
    if (!mSignalsList)
        return;
    QVector<QPair<QString, QString>> ticks;
    for (const reports::MemoSignalChoice &choice : memoBasket().basket)
        ticks.append({choice.region, choice.indicator});
    mSignalsList->setMemoBasket(ticks);
}

void ReportActions::onBasketTicked()
{
    if (!mSignalsList || mState->workspacePath().isEmpty())
        return;
    const QVector<QPair<QString, QString>> ticks = mSignalsList->memoBasket();
    reports::MemoOptions basket = memoBasket();
    std::vector<reports::MemoSignalChoice> kept;
    for (const reports::MemoSignalChoice &choice : basket.basket)
        if (ticks.contains({choice.region, choice.indicator}))
            kept.push_back(choice);
    for (const auto &[region, indicator] : ticks) {
        const bool known = std::any_of(kept.begin(), kept.end(), [&](const auto &choice) {
            return choice.region == region && choice.indicator == indicator;
        });
        if (!known)
            kept.push_back({region, indicator});
    }
    basket.basket = kept;
    QString error;
    if (!saveMemoBasket(basket, &error) && !mBasketWarned) {
        mBasketWarned = true;
        showFailure(tr("Council memo"), error);
    }
}

void ReportActions::openProfileDialog()
{
    QString error;
    const reports::ReportData *data = reportData(&error);
    if (!data) {
        showFailure(tr("Wijk profile"), error);
        return;
    }
    QStringList wijken;
    for (const QString &code : mState->selectedRegions())
        if (levelFromCode(code) == RegionLevel::Wijk)
            wijken << code;
    ProfileDialog dialog(wijken, data->municipalityName(shownFocus()), data->lastYear(), mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const reports::ProfileRequest request = dialog.request();
    ReportSettings::setOutputFolder(request.outFile.isEmpty()
                                        ? QFileInfo(request.outDir).absolutePath()
                                        : QFileInfo(request.outFile).absolutePath());
    const auto shown = progressDialog(mWindow, this, tr("Making wijk profiles"));
    reports::ProfileResult result;
    const bool written = runProfiles(request, &result, &error);
    shown->close();
    if (!written) {
        if (!mCancelNote.isEmpty())
            showCancelled(tr("Wijk profile"));
        else
            showFailure(tr("Wijk profile"), error);
        return;
    }
    offerResult(result.files);
}

void ReportActions::openMemoDialog()
{
    QString error;
    const std::unique_ptr<MemoDialog> dialog = makeMemoDialog(&error);
    if (!dialog) {
        showFailure(tr("Council memo"), error);
        return;
    }
    if (dialog->exec() != QDialog::Accepted)
        return;
    const reports::MemoOptions options = dialog->options();
    if (!saveMemoBasket(options, &error))
        showFailure(tr("Council memo"), error);
    if (mSignalsList) {
        QVector<QPair<QString, QString>> ticks;
        for (const reports::MemoSignalChoice &choice : options.basket)
            ticks.append({choice.region, choice.indicator});
        mSignalsList->setMemoBasket(ticks);
    }
    const QStringList outputs = dialog->outputs();
    ReportSettings::setOutputFolder(QFileInfo(outputs.front()).absolutePath());
    const auto shown = progressDialog(mWindow, this, tr("Writing the council memo"));
    const bool written = runMemo(options, outputs, &error);
    shown->close();
    if (!written) {
        if (!mCancelNote.isEmpty())
            showCancelled(tr("Council memo"));
        else
            showFailure(tr("Council memo"), error);
        return;
    }
    offerResult(outputs);
}

void ReportActions::openMapDialog()
{
    const reports::MapExportRequest onScreen = mState->currentMap();
    if (onScreen.workspace.isEmpty() || onScreen.indicator.isEmpty()) {
        showFailure(tr("Export map"), tr("No workspace is open."));
        return;
    }
    QString error;
    const reports::ReportData *data = reportData(&error);
    const int indicator = data ? data->dataset().indicatorIndex(onScreen.indicator) : -1;
    const QString title =
        indicator >= 0 ? data->dataset().indicator(indicator).name : onScreen.indicator;
    MapExportDialog dialog(onScreen, title, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const reports::MapExportRequest request = dialog.request();
    ReportSettings::setOutputFolder(QFileInfo(request.out).absolutePath());
    const auto shown = progressDialog(mWindow, this, tr("Exporting the map"));
    const bool written = runMapExport(request, &error);
    shown->close();
    if (!written) {
        if (!mCancelNote.isEmpty())
            showCancelled(tr("Export map"));
        else
            showFailure(tr("Export map"), error);
        return;
    }
    offerResult({request.out});
}

void ReportActions::openDataDialog()
{
    QString error;
    const reports::ReportData *data = reportData(&error);
    if (!data) {
        showFailure(tr("Export data"), error);
        return;
    }
    const reports::MapExportRequest onScreen = mState->currentMap();
    const engine::Dataset &dataset = data->dataset();
    const int current = dataset.indicatorIndex(onScreen.indicator);
    QStringList themeIndicators;
    for (int i = 0; i < dataset.indicatorCount(); ++i)
        if (current >= 0 && dataset.indicator(i).theme == dataset.indicator(current).theme)
            themeIndicators << dataset.indicator(i).code;
    DataExportDialog dialog(onScreen.indicator, themeIndicators, onScreen.level,
                            data->municipalityName(shownFocus()), mWindow);
    int rows = 0;
    const reports::DataExportRequest table = mState->currentTable(&rows);
    dialog.setShownTable(table, rows);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const reports::DataExportRequest request = dialog.request();
    ReportSettings::setOutputFolder(QFileInfo(request.out).absolutePath());
    const auto shown = progressDialog(mWindow, this, tr("Exporting data"));
    QStringList files;
    const bool written = runDataExport(request, &files, &error);
    shown->close();
    if (!written) {
        if (!mCancelNote.isEmpty())
            showCancelled(tr("Export data"));
        else
            showFailure(tr("Export data"), error);
        return;
    }
    offerResult(files);
}

void ReportActions::chooseTemplateFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        mWindow, tr("Folder with your own layouts (wijkprofiel.qpt, wijk_map_a4_landscape.qpt)"),
        ReportSettings::templateFolder());
    if (folder.isEmpty())
        return;
    ReportSettings::setTemplateFolder(folder);
    if (QDir(folder).entryList({QStringLiteral("*.qpt")}, QDir::Files).isEmpty() &&
        QMessageBox::question(mWindow, tr("Templates folder"),
                              tr("The folder holds no layouts yet. Copy the built-in ones into "
                                 "it, to change them in the QGIS layout designer?")) ==
            QMessageBox::Yes)
        ReportSettings::copyBuiltInTemplates(folder);
}

void ReportActions::offerResult(const QStringList &files)
{
    if (!mInteractive || files.isEmpty())
        return;
    QMessageBox box(mWindow);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(tr("Done"));
    box.setText((mCancelNote.isEmpty() ? QString() : mCancelNote + QLatin1Char('\n')) +
                tr("Wrote %n file(s):", nullptr, int(files.size())) + QLatin1Char('\n') +
                QDir::toNativeSeparators(files.size() > 3 ? QFileInfo(files.front()).absolutePath()
                                                          : files.join(QLatin1Char('\n'))));
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(tr("Show in folder"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(files.front()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(files.front()).absolutePath()));
}

void ReportActions::showCancelled(const QString &title)
{
    if (mInteractive)
        QMessageBox::information(mWindow, title, mCancelNote);
}

void ReportActions::showFailure(const QString &title, const QString &error)
{
    if (mInteractive)
        QMessageBox::warning(mWindow, title, error);
    else
        qWarning("%s: %s", qPrintable(title), qPrintable(error));
}

} // namespace wijk::gui
