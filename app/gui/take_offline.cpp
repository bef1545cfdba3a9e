#include "gui/take_offline.h"

#include "gui/job_progress_dialog.h"
#include "gui/take_offline_dialog.h"
#include "gui/workbench_session.h"
#include "import/workspace_pull.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

namespace wijk::gui {

namespace {
const QString kFolderKey = QStringLiteral("offline/folder");
} // namespace

struct TakeOffline::Outcome
{
    bool ok = false;
    bool cancelled = false;
    QString target;
    QString message;
    qint64 regions = 0;
    qint64 observations = 0;
};

TakeOffline::TakeOffline(QWidget *window)
    : QObject(window), mWindow(window), mAction(new QAction(this))
{
    mAction->setObjectName(QStringLiteral("takeOfflineAction"));
    mAction->setEnabled(false);
    connect(mAction, &QAction::triggered, this, &TakeOffline::chooseAndStart);
    retranslate();
}

TakeOffline::~TakeOffline()
{
    if (mWatcher && mRunning) {
        mWatcher->disconnect(this);
        *mCancel = true;
        mWatcher->waitForFinished();
    }
}

void TakeOffline::retranslate()
{
    mAction->setText(tr("Take &offline…"));
    mAction->setToolTip(tr("Copy the team workspace (or some of its gemeenten) into a workspace "
                           "file that works without a network"));
}

void TakeOffline::setSession(const WorkbenchSession *session, const QStringList &focus)
{
    mSession = session;
    mFocus = focus;
    mAction->setEnabled(session && session->isServer() && !mRunning);
}

QString TakeOffline::folder()
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void TakeOffline::chooseAndStart()
{
    if (!mSession || !mSession->isServer() || mRunning)
        return;
    QVector<QPair<QString, QString>> gemeenten;
    const engine::Dataset &data = mSession->dataset();
    for (int r : data.regionsOfLevel(RegionLevel::Gemeente))
        gemeenten.append({data.region(r).code, data.region(r).name});
    TakeOfflineDialog dialog(gemeenten, mFocus, folder(), mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    mInteractive = true;
    start(dialog.target(), dialog.gemeenten());
}

bool TakeOffline::start(const QString &target, const QStringList &gemeenten)
{
    if (mRunning || !mSession || !mSession->isServer() || target.isEmpty())
        return false;
    mRunning = true;
    mAction->setEnabled(false);
    QSettings().setValue(kFolderKey, QFileInfo(target).absolutePath());
    mCancel = std::make_shared<std::atomic_bool>(false);
    const QString copying =
        tr("Copying %1 into %2…").arg(mSession->shortName(), QFileInfo(target).fileName());
    auto *dialog = makeJobProgressDialog(mWindow, QStringLiteral("takeOfflineProgress"),
                                         tr("Take offline"), copying, tr("Cancel"));
    std::shared_ptr<std::atomic_bool> cancel = mCancel;
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    mProgress = dialog;
    QPointer<QProgressDialog> guarded(dialog);
    QPointer<TakeOffline> self(this);
    import::PullRequest request;
    request.from = mSession->path();
    request.gemeenten = gemeenten;
    request.cancel = cancel.get();
    // Called on the worker thread: hand the numbers to the UI thread.
    request.progress = [guarded, self, copying](qint64 done, qint64 total, const QString &what) {
        const int value = total > 0 ? int(qBound<qint64>(0, done * 1000 / total, 1000)) : 0;
        QMetaObject::invokeMethod(
            qApp,
            [guarded, self, copying, value, what] {
                if (guarded) {
                    guarded->setValue(value);
                    guarded->setLabelText(copying + QLatin1Char('\n') +
                                          tr("Indicator %1").arg(what));
                }
                if (self)
                    emit self->progressed(value, what);
            },
            Qt::QueuedConnection);
    };
    mWatcher = new QFutureWatcher<Outcome>(this);
    connect(mWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = mWatcher->result();
        mWatcher->deleteLater();
        mWatcher = nullptr;
        onFinished(outcome);
    });
    mWatcher->setFuture(QtConcurrent::run([request, target, cancel]() mutable {
        Outcome outcome;
        outcome.target = target;
        // An existing file (the user agreed to replace it) stays until the copy is whole:
        // the pull writes a new file next to it, which then takes its place.
        const bool replacing = QFileInfo::exists(target);
        request.to = replacing ? target + QStringLiteral(".replacing") : target;
        if (replacing)
            QFile::remove(request.to);
        import::PullResult result;
        outcome.ok = import::pullWorkspace(request, &result, &outcome.message);
        outcome.cancelled = result.cancelled;
        outcome.regions = result.regions;
        outcome.observations = result.observations;
        if (outcome.ok && replacing) {
            if (!QFile::remove(target) || !QFile::rename(request.to, target)) {
                QFile::remove(request.to);
                outcome.ok = false;
                outcome.message =
                    TakeOffline::tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(target));
            }
        }
        return outcome;
    }));
    return true;
}

void TakeOffline::cancel()
{
    if (mCancel)
        *mCancel = true;
}

void TakeOffline::onFinished(const Outcome &outcome)
{
    if (mProgress) {
        mProgress->close();
        mProgress->deleteLater();
    }
    mRunning = false;
    mAction->setEnabled(mSession && mSession->isServer());
    const bool interactive = mInteractive;
    mInteractive = false;
    const QString shown = QDir::toNativeSeparators(outcome.target);
    QString message = outcome.message;
    if (outcome.ok)
        message = tr("Taken offline: %1 regions and %2 values in %3.")
                      .arg(outcome.regions)
                      .arg(outcome.observations)
                      .arg(shown);
    emit finished(outcome.ok, outcome.target, message);
    if (!interactive || outcome.cancelled)
        return;
    if (!outcome.ok) {
        QMessageBox::warning(mWindow, tr("Take offline"),
                             tr("%1 could not be written: %2").arg(shown, message));
        return;
    }
    if (QMessageBox::question(
            mWindow, tr("Take offline"),
            message + QStringLiteral("\n\n") + tr("Open the offline workspace now?"),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open) == QMessageBox::Open)
        emit openRequested(outcome.target);
}

} // namespace wijk::gui
