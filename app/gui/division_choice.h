// The window's choice of division (docs/crosswalk.md, "In the window"): "Division: as
// delivered / converted to 2024" next to the level, offered only when the workspace's
// crosswalks reach another division. Choosing one moves the session's figures onto it on a
// pool thread (gui/division_switch.h, the CLI's --division) with a busy indicator; the old
// view stays until the new one is ready, then the session adopts it whole and the window
// redraws. A second choice while one runs supersedes it.
#pragma once

#include <QObject>

class QComboBox;
class QLabel;
class QToolBar;
class QAction;
class QProgressBar;

namespace wijk::gui {

class WorkbenchSession;
struct DivisionSwitchResult;

class DivisionChoice : public QObject
{
    Q_OBJECT

public:
    //! Puts its label and box at the end of the toolbar.
    DivisionChoice(QToolBar *toolBar, QObject *parent = nullptr);

    //! Offers the session's divisions (hidden when it has none); the session keeps its own
    //! division (a new session shows its figures as delivered).
    void setSession(WorkbenchSession *session);
    //! Moves the session onto the division in force in `year` (0: as delivered, at once).
    //! Another division is computed in the background: divisionChanged() when it is shown,
    //! a message box when it cannot be. Supersedes a switch still running.
    void choose(int year);
    //! Whether a switch is running in the background.
    bool busy() const { return mRunning != 0; }
    void retranslate();
    QComboBox *box() const { return mBox; }

signals:
    //! The session shows another division: every view must be rebuilt.
    void divisionChanged();
    //! A background switch started or ended (shown, failed or superseded).
    void busyChanged(bool busy);

private:
    void fill();
    void setRunning(int generation);
    //! Takes the result of the switch `generation` unless a later choice superseded it.
    void finish(int generation, DivisionSwitchResult result);

    WorkbenchSession *mSession = nullptr;
    QLabel *mLabel = nullptr;
    QComboBox *mBox = nullptr;
    QAction *mLabelAction = nullptr;
    QAction *mBoxAction = nullptr;
    QLabel *mBusyLabel = nullptr;
    QProgressBar *mBusy = nullptr;
    QAction *mBusyAction = nullptr;
    int mGeneration = 0;  //!< the latest choice; a switch of an older one is ignored
    int mRunning = 0;     //!< the generation of the switch running (0: none)
    int mPendingYear = 0; //!< the division the running switch moves to
};

} // namespace wijk::gui
