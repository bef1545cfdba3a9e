// One report job of the window, run as `wijkmonitor-cli … --progress` in a child process, so
// the window's event loop never waits for a page (docs/reports.md, "From the window": profile
// charts are widgets and QGIS layouts render on the thread that owns the QGIS objects, so the
// job cannot move to a worker thread of the window; a process of its own has its own GUI
// thread). The child reports "@progress DONE TOTAL WHAT" and "@written PATH" lines on stderr;
// cancel() closes its stdin, upon which it stops at its next step, removes what it wrote and
// exits with code 4. A child that does not stop within the grace period (or that crashes) is
// killed, and then this object removes what it left: the files it reported, the temporaries
// (wijkmonitor-tmp-*) and the planned outputs that appeared or were replaced in the target
// folders. Every output is renamed into place whole, so a Cancel that comes too late (the
// child finished its last step) leaves whole files, and the outcome says so.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace wijk::gui {

class ReportProcess : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;        //!< the child exited with 0
        bool cancelled = false; //!< it stopped because cancel() asked it to: nothing it
                                //!< wrote is left (a file it replaced is removed too)
        //! Cancel came too late: the child had finished its last step (ok is true, the files
        //! are whole).
        bool finishedDespiteCancel = false;
        QStringList files; //!< files the child reported written
        int total = 0;     //!< the last total of steps it reported
        QString error;     //!< the child's messages (stderr without the machine lines)
    };

    explicit ReportProcess(QObject *parent = nullptr);
    //! A child still running is asked to stop, killed after the grace period and cleaned up.
    ~ReportProcess() override;

    //! wijkmonitor-cli next to the running program.
    static QString defaultProgram();
    void setProgram(const QString &program) { mProgram = program; }
    //! How long a cancelled child may take to stop before it is killed (default 15 s).
    void setGracePeriod(int milliseconds) { mGraceMs = milliseconds; }

    //! Starts the child with arguments (--progress is added). Outputs are written into
    //! folders; plannedNames are the file name patterns a job makes there ("wijkprofiel-*.pdf",
    //! "memo.pdf"): after a forced stop the new ones are removed.
    void start(const QStringList &arguments, const QStringList &folders,
               const QStringList &plannedNames);
    bool isRunning() const;
    //! Asks the child to stop (closes its stdin); kills it after the grace period.
    void cancel();
    //! Stops the child now (kill) and removes what it left.
    void kill();
    //! Runs the event loop until the child has finished; the window stays responsive.
    Outcome waitForFinished();
    const Outcome &outcome() const { return mOutcome; }

signals:
    void progress(int done, int total, const QString &what);
    void finished();

private:
    void readMessages();
    void handleLine(const QString &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void removeLeftovers();

    QString mProgram;
    int mGraceMs = 15000;
    QProcess mProcess;
    QTimer mKillTimer;
    QByteArray mPending;
    QStringList mMessages;
    QStringList mFolders;
    QStringList mPlanned;
    //! What the folders held before the start, with its modification time (a planned output
    //! replaced since is this job's).
    QHash<QString, QDateTime> mBefore;
    bool mCancelRequested = false;
    bool mForced = false;
    bool mRunning = false;
    Outcome mOutcome;
};

} // namespace wijk::gui
