// Notices that another analyst imported into the open team workspace: the window read one
// snapshot when it opened it and keeps showing that, as it should while someone works with it.
// A cheap check (workspace::readRevision on a connection of its own, off the UI thread) runs
// every minute and whenever the window gets the focus; when the server's revision differs, a
// line in the status bar says so and View → Refresh (F5) reads the new figures
// (docs/team-workspace.md, "In the window"). A workspace file is not watched: the window
// writes to it itself (focus, memo basket, spatial weights).
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace wijk::gui {

class ImportWatch : public QObject
{
    Q_OBJECT

public:
    //! How often the open team workspace is checked (besides when the window gets the focus).
    static constexpr int kIntervalMs = 60 * 1000;

    explicit ImportWatch(QWidget *window);

    //! View → Refresh (F5): reads the open workspace again.
    QAction *refreshAction() const { return mRefresh; }
    //! The status bar's line saying that there is a new import (hidden while there is none).
    QLabel *statusLabel() const { return mLabel; }
    void retranslate();

    //! The open workspace: location, the revision the window read, the name the window shows.
    //! A file (server false) or no workspace (empty location) is not watched.
    void setWorkspace(const QString &location, bool server, const QString &revision,
                      const QString &shownName);
    //! Starts a check now (nothing when one runs or nothing is watched); noticed() follows
    //! when the server's revision differs from the one the window read.
    void check();
    //! Whether a new import was noticed since the workspace was (re)read.
    bool hasNewImport() const { return mNoticed; }

signals:
    //! A new import is in the open team workspace (said once per reading).
    void noticed();
    //! A check ended (newImport: the server's revision differs from the one read).
    void checked(bool newImport);
    //! The user asked to read the workspace again.
    void refreshRequested();

private:
    void onChecked(const QString &revision);
    void updateLabel();

    QWidget *mWindow;
    QAction *mRefresh;
    QLabel *mLabel;
    QTimer *mTimer;
    QFutureWatcher<QString> *mWatcher = nullptr;
    QString mLocation;
    QString mRevision;
    QString mShownName;
    bool mNoticed = false;
};

} // namespace wijk::gui
