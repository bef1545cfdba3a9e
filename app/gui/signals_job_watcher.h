// The background job that computes the open session's signals, as the window follows it:
// started per session, abandoned when another session opens (its end must not reach the
// new one), reporting when the signals are ready to adopt.
#pragma once

#include <QObject>

template <typename T> class QFutureWatcher;

namespace wijk::gui {

class WorkbenchSession;

class SignalsJobWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    //! Starts the session's signals job and follows it (abandoning any job followed before).
    void start(WorkbenchSession &session);
    //! Stops following the job: its end is not reported (the session cancels it itself).
    void abandon();
    //! Whether a followed job is still running.
    bool isRunning() const { return mWatcher != nullptr; }

signals:
    //! The followed job ended: the session can adoptSignals().
    void finished();

private:
    QFutureWatcher<void> *mWatcher = nullptr;
};

} // namespace wijk::gui
