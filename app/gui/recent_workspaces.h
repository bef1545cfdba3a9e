// The workspaces opened last, most recent first, remembered in the settings and offered in
// the File menu's "Open recent".
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace wijk::gui {

class RecentWorkspaces : public QObject
{
    Q_OBJECT

public:
    //! Most workspaces remembered.
    static constexpr int kMaximum = 8;

    //! Keeps menu (not owned) filled with the remembered workspaces.
    explicit RecentWorkspaces(QMenu *menu, QObject *parent = nullptr);

    //! The remembered workspaces, most recent first.
    QStringList paths() const;
    //! Remembers path (made absolute; a team workspace's location without its password) as the
    //! most recent.
    void add(const QString &path);
    //! recent with path in front, without another copy of it, cut to kMaximum.
    static QStringList withPath(QStringList recent, const QString &path);

signals:
    //! The user chose a workspace in the menu.
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *mMenu;
};

} // namespace wijk::gui
