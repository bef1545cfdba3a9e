#include "gui/recent_workspaces.h"

#include "workspace/pg_location.h"

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
    // A team workspace is remembered by its location without a password (gui/team_login.h).
    const QString remembered = workspace::isPgLocation(path)
                                   ? workspace::pgLocationWithoutPassword(path)
                                   : QFileInfo(path).absoluteFilePath();
    QSettings().setValue(kSettingsKey, withPath(paths(), remembered));
    rebuildMenu();
}

void RecentWorkspaces::rebuildMenu()
{
    mMenu->clear();
    const QStringList recent = paths();
    for (const QString &path : recent) {
        const bool server = workspace::isPgLocation(path);
        const QString shown =
            server ? workspace::parsePgLocation(path).display : QDir::toNativeSeparators(path);
        QAction *action = mMenu->addAction(server ? workspace::parsePgLocation(path).label
                                                  : QFileInfo(path).fileName());
        action->setToolTip(shown);
        action->setStatusTip(shown);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    mMenu->setEnabled(!recent.isEmpty());
}

} // namespace wijk::gui
