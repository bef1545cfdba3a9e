// Where the window's docks go: the default arrangement of a fresh install (catalogue left,
// charts right, table and signals below, each sized in proportion to the window), the
// layout the user left (remembered in the settings), and docks that a window made small
// squeezed getting their share back when it grows again.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace wijk::gui {

class WindowLayout : public QObject
{
    Q_OBJECT

public:
    //! Lays out window's docks (window is the parent).
    explicit WindowLayout(QMainWindow *window);

    //! Puts widget in a new dock of the window in area, with minimums of our own.
    QDockWidget *addDock(QWidget *widget, const QString &objectName, Qt::DockWidgetArea area);
    //! The docks in the order they were added.
    const QList<QDockWidget *> &docks() const { return mDocks; }
    //! After the last dock: arranges the default layout and remembers it, gives the window its
    //! first size, then restores the layout the user left, if any.
    void arrange();
    //! Puts every dock back where a fresh install has it.
    void reset();
    //! Remembers geometry and dock state in the settings.
    void save() const;
    //! The window was shown (the default docks are sized once the window has its size).
    void windowShown();
    //! The window was resized from old to now.
    void windowResized(const QSize &old, const QSize &now);
    //! The size of the first window on a screen with this much room (available geometry).
    static QSize firstSize(const QSize &available);

private:
    QDockWidget *dock(const char *objectName) const;
    void arrangeDefault();
    //! Sizes the docks of the default arrangement in proportion to the window.
    void sizeDefaultDocks();
    //! Default widths of the catalogue (width) and the chart column (height of the size).
    QSize defaultSideExtents() const;
    //! Default height of the table/signals area.
    int defaultBottomExtent() const;
    //! Gives docks squeezed below their default share of the window that share again.
    void growSqueezedDocks();
    //! Restores geometry and dock state from the settings; false when there were none.
    bool restore();

    QMainWindow *mWindow;
    QList<QDockWidget *> mDocks;
    QByteArray mDefaultState;
    bool mPending = false; //!< no saved layout: size the docks when first shown
};

} // namespace wijk::gui
