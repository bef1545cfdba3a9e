// File → Take offline…: the window's side of `wijkmonitor-cli pull` (the same function,
// import::pullWorkspace, on a worker thread): asks which gemeenten and which file
// (TakeOfflineDialog), copies with progress and Cancel (a cancelled or failed pull leaves no
// file, an existing file chosen to be replaced stays until the copy is whole), then offers to
// open the copy. Enabled while a team workspace is open (docs/team-workspace.md).
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace wijk::gui {

class WorkbenchSession;

class TakeOffline : public QObject
{
    Q_OBJECT

public:
    explicit TakeOffline(QWidget *window);
    //! A pull still running is cancelled and waited for (it removes its file).
    ~TakeOffline() override;

    QAction *action() const { return mAction; }
    void retranslate();
    //! The open session (nullptr: none) and the window's focus gemeenten (checked at first).
    void setSession(const WorkbenchSession *session, const QStringList &focus);

    //! The dialog, then start().
    void chooseAndStart();
    //! Starts pulling the session's team workspace (of gemeenten; empty: all of it) into
    //! target off the UI thread; finished() follows. False when a pull is running already.
    bool start(const QString &target, const QStringList &gemeenten);
    bool isRunning() const { return mRunning; }
    //! Stops a running pull (its Cancel button does the same).
    void cancel();

    //! The folder offered first: the one used last (settings), else the documents folder.
    static QString folder();

signals:
    //! A pull ended: ok with the file written, or the message why not (cancelled: no file).
    void finished(bool ok, const QString &path, const QString &message);
    //! How far a running pull is (0-1000) and the indicator it copies ("woz_gem (3/40)"),
    //! as its progress dialog shows it.
    void progressed(int permille, const QString &indicator);
    //! The user wants the offline copy opened now.
    void openRequested(const QString &path);

private:
    struct Outcome;
    void onFinished(const Outcome &outcome);

    QWidget *mWindow;
    QAction *mAction;
    const WorkbenchSession *mSession = nullptr;
    QStringList mFocus;
    bool mRunning = false;
    bool mInteractive = false;
    std::shared_ptr<std::atomic_bool> mCancel;
    QPointer<QProgressDialog> mProgress;
    QFutureWatcher<Outcome> *mWatcher = nullptr;
};

} // namespace wijk::gui
