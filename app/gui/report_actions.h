// The Reports menu and toolbar button of the window: Wijkprofiel…, Raadsmemo…, Kaart
// exporteren…, Gegevens exporteren…, Kaart kopiëren and the template folder. Each action
// opens its dialog, which fills a request; run*() runs a request as the command line's own
// command (wijkmonitor-cli report, memo, map, export) in a child process (ReportProcess), with
// progress and Cancel, and then offers Open and Show in folder. Tests call run*() with filled
// requests.
//
// Why a child process and not a worker thread: profile charts are widgets (Qt Charts) and
// QGIS layouts render on the thread that owns the QGIS objects; a process has its own GUI
// thread, so the window's event loop keeps running while pages render, Cancel stops the child
// at its next step (it removes what it wrote), and window and command line give the same
// files because they are the same code (docs/reports.md, "From the window").
#pragma once

#include "gui/report_command_line.h"
#include "gui/report_process.h"
#include "reports/data_export_job.h"
#include "reports/map_export_job.h"
#include "reports/memo_document.h"
#include "reports/profile_request.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace wijk::widgets {
class SignalsList;
}

namespace wijk::gui {

class MapState;
class MemoDialog;

class ReportActions : public QObject
{
    Q_OBJECT

public:
    //! window: parent of the dialogs; state: what the window's map shows.
    ReportActions(QWidget *window, std::unique_ptr<MapState> state);
    ~ReportActions() override;

    //! The Reports menu (for the menu bar) and the toolbar button (a menu button with the
    //! same actions).
    QMenu *menu() const { return mMenu; }
    QAction *toolBarAction() const { return mToolBarAction; }
    QAction *profileAction() const { return mProfile; }
    QAction *memoAction() const { return mMemo; }
    QAction *mapAction() const { return mMap; }
    QAction *dataAction() const { return mData; }
    QAction *copyMapAction() const { return mCopyMap; }

    //! When false, run*() show no message boxes and no progress dialog (tests).
    void setInteractive(bool interactive) { mInteractive = interactive; }
    //! The wijkmonitor-cli that runs the jobs (default: the one next to the program).
    void setCliProgram(const QString &program) { mCliProgram = program; }
    //! Whether a job is running now.
    bool isRunning() const { return !mJob.isNull(); }

    //! The report data of the open workspace on the division the window shows (as
    //! `--division`), loaded once per division and state of the workspace: the file's
    //! modification time, or the team workspace's revision as the window read it.
    const reports::ReportData *reportData(QString *error);
    //! The memo basket with the focus the window shows: what the memo dialog starts from.
    reports::MemoOptions shownMemoOptions();
    //! The Raadsmemo… dialog of what the window shows (its focus and division) with its
    //! preview rendered, as the Reports menu opens it; nullptr with *error without data.
    std::unique_ptr<MemoDialog> makeMemoDialog(QString *error);

    //! Writes profiles (`report`: reports::writeProfiles); a failing user template is
    //! reported and the built-in one used instead. Waits for the child process while the
    //! event loop runs.
    bool runProfiles(reports::ProfileRequest request, reports::ProfileResult *result,
                     QString *error);
    //! Writes the memo to each of outputs (.pdf, .odt) (`memo`: reports::writeMemo).
    bool runMemo(const reports::MemoOptions &options, const QStringList &outputs, QString *error);
    //! Writes the map sheet (`map`: reports::exportMap).
    bool runMapExport(reports::MapExportRequest request, QString *error);
    //! Writes the data export (`export`: reports::exportData); the files written in *files.
    bool runDataExport(const reports::DataExportRequest &request, QStringList *files,
                       QString *error);
    //! Puts the map canvas as an image on the clipboard.
    void copyMap();
    //! After a job Cancel was pressed for, what came of it, as the window says it: nothing
    //! written, or the files finished anyway (Cancel came too late); empty when the last job
    //! was not cancelled.
    QString cancelNote() const { return mCancelNote; }

    //! The memo basket of the open workspace (empty without one).
    reports::MemoOptions memoBasket();
    //! Keeps the basket with the workspace; false with *error when it cannot be written.
    bool saveMemoBasket(const reports::MemoOptions &basket, QString *error);

    //! Keeps the ticks of the Signals list and the workspace's memo basket in step.
    void attachSignalsList(widgets::SignalsList *list);

public slots:
    //! A workspace was opened: its memo basket is ticked in the Signals list.
    void workspaceChanged();
    //! Stops the running job at its next step (the next wijk, the next file); it leaves no
    //! file behind.
    void cancel();

signals:
    //! A job made progress: done of total steps; what is being made.
    void progress(int done, int total, const QString &what);

private:
    //! What reportData() keys its cache on (see there).
    QString workspaceVersion() const;
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void openProfileDialog();
    void openMemoDialog();
    void openMapDialog();
    void openDataDialog();
    void chooseTemplateFolder();
    //! Runs one command-line job in a child process until it ends; the actions are disabled
    //! meanwhile. folders and plannedNames: where it writes what (for the clean-up after a
    //! forced stop, ReportProcess::start()).
    ReportProcess::Outcome runJob(const QStringList &arguments, const QStringList &folders,
                                  const QStringList &plannedNames);
    //! Offers Open and Show in folder for files just written (interactive only); says so
    //! when Cancel came too late for them.
    void offerResult(const QStringList &files);
    //! Says that a cancelled job left no file (interactive only).
    void showCancelled(const QString &title);
    void showFailure(const QString &title, const QString &error);
    //! The focus and division the window shows, which profiles and memos follow.
    ShownScope shownScope() const;
    //! The focus gemeenten the window shows (empty: all).
    QStringList shownFocus() const;
    //! The Signals list's ticks changed: the basket keeps its order, new ticks go last.
    void onBasketTicked();

    QPointer<QWidget> mWindow;
    std::unique_ptr<MapState> mState;
    bool mInteractive = true;
    bool mCancel = false; //!< Cancel was pressed for the job running now
    QString mCancelNote;  //!< see cancelNote()
    QString mCliProgram;
    QPointer<ReportProcess> mJob;
    std::unique_ptr<reports::ReportData> mReportData;
    QString mReportDataPath;
    QString mReportDataVersion; //!< workspaceVersion() when mReportData was loaded
    QPointer<widgets::SignalsList> mSignalsList;
    bool mBasketWarned = false; //!< a read-only workspace was reported once

    QMenu *mMenu = nullptr;
    QMenu *mToolBarMenu = nullptr; //!< the same actions, for the toolbar button
    QAction *mToolBarAction = nullptr;
    QAction *mProfile = nullptr;
    QAction *mMemo = nullptr;
    QAction *mMap = nullptr;
    QAction *mData = nullptr;
    QAction *mCopyMap = nullptr;
    QAction *mTemplates = nullptr;
};

} // namespace wijk::gui
