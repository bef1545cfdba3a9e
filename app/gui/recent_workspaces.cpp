#include "gui/recent_workspaces.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace wijk::gui {

namespace {
const QString kSettingsKey = QStringLiteral("recent/workspaces");
} // namespace

RecentWorkspaces::RecentWorkspaces(QMenu *menu, QObject *parent) : QObject(parent), mMenu(menu)
{
    rebuildMenu();
}

QStringList RecentWorkspaces::paths() const
{
    return QSettings().value(kSettingsKey).toStringList();
}

QStringList RecentWorkspaces::withPath(QStringList recent, const QString &path)
{
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaximum)
        recent.removeLast();
    return recent;
}

void RecentWorkspaces::add(const QString &path)
{
    QSettings().setValue(kSettingsKey, withPath(paths(), QFileInfo(path).absoluteFilePath()));
    rebuildMenu();
}

void RecentWorkspaces::rebuildMenu()
{
    mMenu->clear();
    const QStringList recent = paths();
    for (const QString &path : recent) {
        QAction *action = mMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    mMenu->setEnabled(!recent.isEmpty());
}

} // namespace wijk::gui
