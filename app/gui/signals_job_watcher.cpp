#include "gui/signals_job_watcher.h"

#include "gui/workbench_session.h"

#include <QFutureWatcher>

namespace wijk::gui {

void SignalsJobWatcher::start(WorkbenchSession &session)
{
    abandon();
    auto *watcher = new QFutureWatcher<void>(this);
    mWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (mWatcher != watcher)
            return;
        mWatcher = nullptr;
        emit finished();
    });
    watcher->setFuture(session.startSignals());
}

void SignalsJobWatcher::abandon()
{
    if (!mWatcher)
        return;
    mWatcher->disconnect(this);
    mWatcher->deleteLater();
    mWatcher = nullptr;
}

} // namespace wijk::gui
