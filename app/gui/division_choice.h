// The window's choice of division (docs/crosswalk.md, "In the window"): "Division: as
// delivered / converted to 2024" next to the level, offered only when the workspace's
// crosswalks reach another division. Choosing one moves the session's figures onto it
// (WorkbenchSession::setDivision, the CLI's --division) and asks the window to redraw.
#pragma once

#include <QObject>

class QComboBox;
class QLabel;
class QToolBar;
class QAction;

namespace wijk::gui {

class WorkbenchSession;

class DivisionChoice : public QObject
{
    Q_OBJECT

public:
    //! Puts its label and box at the end of the toolbar.
    DivisionChoice(QToolBar *toolBar, QObject *parent = nullptr);

    //! Offers the session's divisions (hidden when it has none); the session keeps its own
    //! division (a new session shows its figures as delivered).
    void setSession(WorkbenchSession *session);
    //! Moves the session onto the division in force in `year` (0: as delivered); false with
    //! a message box when it cannot. Emits divisionChanged() when it changed.
    bool choose(int year);
    void retranslate();
    QComboBox *box() const { return mBox; }

signals:
    //! The session shows another division: every view must be rebuilt.
    void divisionChanged();

private:
    void fill();

    WorkbenchSession *mSession = nullptr;
    QLabel *mLabel = nullptr;
    QComboBox *mBox = nullptr;
    QAction *mLabelAction = nullptr;
    QAction *mBoxAction = nullptr;
};

} // namespace wijk::gui
