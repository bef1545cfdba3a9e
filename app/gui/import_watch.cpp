#include "gui/import_watch.h"

#include "workspace/workspace_revision.h"

#include <QAction>
#include <QLabel>
#include <QTimer>
#include <QtConcurrent>

namespace wijk::gui {

ImportWatch::ImportWatch(QWidget *window)
    : QObject(window), mWindow(window), mRefresh(new QAction(this)), mLabel(new QLabel(window)),
      mTimer(new QTimer(this))
{
    mRefresh->setObjectName(QStringLiteral("refreshAction"));
    mRefresh->setShortcut(QKeySequence::Refresh);
    mRefresh->setEnabled(false);
    connect(mRefresh, &QAction::triggered, this, &ImportWatch::refreshRequested);
    mLabel->setObjectName(QStringLiteral("newImportLabel"));
    mLabel->hide();
    mTimer->setInterval(kIntervalMs);
    connect(mTimer, &QTimer::timeout, this, &ImportWatch::check);
    retranslate();
}

void ImportWatch::retranslate()
{
    mRefresh->setText(tr("&Refresh"));
    mRefresh->setToolTip(tr("Read the workspace again: the figures of imports made since"));
    updateLabel();
}

void ImportWatch::setWorkspace(const QString &location, bool server, const QString &revision,
                               const QString &shownName)
{
    mLocation = server ? location : QString();
    mRevision = revision;
    mShownName = shownName;
    mNoticed = false;
    mRefresh->setEnabled(!location.isEmpty());
    if (mLocation.isEmpty())
        mTimer->stop();
    else
        mTimer->start();
    updateLabel();
}

void ImportWatch::check()
{
    if (mLocation.isEmpty() || mWatcher || mNoticed)
        return;
    mWatcher = new QFutureWatcher<QString>(this);
    const QString location = mLocation;
    connect(mWatcher, &QFutureWatcher<QString>::finished, this, [this, location] {
        const QString revision = mWatcher->result();
        mWatcher->deleteLater();
        mWatcher = nullptr;
        if (location == mLocation) // else another workspace was opened meanwhile
            onChecked(revision);
    });
    // The check opens its own connection: the window's reads its snapshot of the opening.
    mWatcher->setFuture(QtConcurrent::run([location] {
        QString error;
        return workspace::readRevision(location, &error);
    }));
}

void ImportWatch::onChecked(const QString &revision)
{
    // An unreachable server says nothing here: the window keeps what it read, and says why
    // when it is asked to read again.
    if (!revision.isEmpty() && revision != mRevision && !mNoticed) {
        mNoticed = true;
        updateLabel();
        emit noticed();
    }
    emit checked(mNoticed);
}

void ImportWatch::updateLabel()
{
    mLabel->setVisible(mNoticed);
    mLabel->setText(
        mNoticed ? tr("New import in %1 since it was read: View → Refresh (%2) shows "
                      "the new figures.")
                       .arg(mShownName, mRefresh->shortcut().toString(QKeySequence::NativeText))
                 : QString());
}

} // namespace wijk::gui
