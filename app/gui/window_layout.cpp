#include "gui/window_layout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace wijk::gui {

namespace {
constexpr int kLayoutVersion = 1;
} // namespace

WindowLayout::WindowLayout(QMainWindow *window) : QObject(window), mWindow(window) {}

QDockWidget *WindowLayout::addDock(QWidget *widget, const QString &objectName,
                                   Qt::DockWidgetArea area)
{
    // Sane minimums of our own: the contents' hints (a row of filters, a combo box) would
    // make the window wider than a laptop, and a squeezed catalogue would vanish to 65 px.
    const QSize minimum = area == Qt::LeftDockWidgetArea    ? QSize(200, 160)
                          : area == Qt::RightDockWidgetArea ? QSize(260, 150)
                                                            : QSize(320, 120);
    widget->setMinimumSize(minimum);
    auto *dock = new QDockWidget(mWindow);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    mWindow->addDockWidget(area, dock);
    mDocks << dock;
    return dock;
}

QDockWidget *WindowLayout::dock(const char *objectName) const
{
    return mWindow->findChild<QDockWidget *>(QString::fromLatin1(objectName));
}

void WindowLayout::arrange()
{
    arrangeDefault();
    mDefaultState = mWindow->saveState(kLayoutVersion);
    mWindow->resize(firstSize(mWindow->screen()->availableGeometry().size()));
    mPending = !restore();
}

void WindowLayout::arrangeDefault()
{
    for (QDockWidget *d : qAsConst(mDocks)) {
        d->setFloating(false);
        d->show();
    }
    mWindow->addDockWidget(Qt::LeftDockWidgetArea, dock("catalogueDock"));
    mWindow->addDockWidget(Qt::RightDockWidgetArea, dock("trendDock"));
    mWindow->addDockWidget(Qt::RightDockWidgetArea, dock("rankingDock"));
    mWindow->splitDockWidget(dock("trendDock"), dock("rankingDock"), Qt::Vertical);
    mWindow->tabifyDockWidget(dock("rankingDock"), dock("scatterDock"));
    mWindow->tabifyDockWidget(dock("scatterDock"), dock("distributionDock"));
    if (QDockWidget *moran = dock("moranDock"))
        mWindow->tabifyDockWidget(dock("distributionDock"), moran);
    mWindow->addDockWidget(Qt::BottomDockWidgetArea, dock("tableDock"));
    mWindow->tabifyDockWidget(dock("tableDock"), dock("signalsDock"));
    dock("rankingDock")->raise();
    dock("tableDock")->raise();
    sizeDefaultDocks();
}

QSize WindowLayout::firstSize(const QSize &available)
{
    // 1280×800 where it fits; on a 1366×768 laptop the whole window, status bar and bottom
    // tabs included, stays on the screen (the frame's title bar needs about 40 px).
    return QSize(1280, 800).boundedTo(available - QSize(0, 40));
}

void WindowLayout::sizeDefaultDocks()
{
    // The map in the middle gets what is left: the sides take about a sixth and a third of
    // the width, the table a third of the height (never less than a laptop needs).
    const QSize side = defaultSideExtents();
    const int height = mWindow->height();
    mWindow->resizeDocks({dock("catalogueDock"), dock("trendDock")}, {side.width(), side.height()},
                         Qt::Horizontal);
    mWindow->resizeDocks({dock("trendDock"), dock("rankingDock")}, {height / 2, height / 2},
                         Qt::Vertical);
    mWindow->resizeDocks({dock("tableDock")}, {defaultBottomExtent()}, Qt::Vertical);
}

QSize WindowLayout::defaultSideExtents() const
{
    // Never more than the window can give: on a small screen the map keeps a third.
    const int width = mWindow->width();
    const int catalogue = qMin(qMax(240, width / 6), width / 5);
    const int charts = qMin(qMax(400, width * 3 / 10), width / 3);
    return QSize(catalogue, charts);
}

int WindowLayout::defaultBottomExtent() const
{
    const int height = mWindow->height();
    return qMin(qMax(250, height / 3), height / 3 + 40);
}

void WindowLayout::growSqueezedDocks()
{
    // A window made small squeezes the docks; made large again, they get back (at least) their
    // default share, so the layout recovers without Reset layout. Larger docks stay as they are.
    const QSize side = defaultSideExtents();
    QList<QDockWidget *> docks;
    QList<int> sizes;
    for (QDockWidget *d : qAsConst(mDocks)) {
        if (d->isFloating() || !d->isVisible() || d->visibleRegion().isEmpty())
            continue;
        const Qt::DockWidgetArea area = mWindow->dockWidgetArea(d);
        const int wanted = area == Qt::LeftDockWidgetArea    ? side.width()
                           : area == Qt::RightDockWidgetArea ? side.height()
                                                             : 0;
        if (wanted > d->width()) {
            docks << d;
            sizes << wanted;
        }
    }
    if (!docks.isEmpty())
        mWindow->resizeDocks(docks, sizes, Qt::Horizontal);
    for (QDockWidget *d : qAsConst(mDocks)) {
        if (!d->isFloating() && !d->visibleRegion().isEmpty() &&
            mWindow->dockWidgetArea(d) == Qt::BottomDockWidgetArea &&
            d->height() < defaultBottomExtent()) {
            mWindow->resizeDocks({d}, {defaultBottomExtent()}, Qt::Vertical);
            break;
        }
    }
}

void WindowLayout::windowResized(const QSize &old, const QSize &now)
{
    if (!mPending && old.isValid() && (now.width() > old.width() || now.height() > old.height()))
        QTimer::singleShot(0, this, &WindowLayout::growSqueezedDocks); // after the dock layout
}

void WindowLayout::reset()
{
    // The default state holds the arrangement; placing the docks again by hand would leave
    // QMainWindow's old, empty tab bars on top of the new ones, eating their clicks.
    for (QDockWidget *d : qAsConst(mDocks))
        d->setFloating(false);
    mWindow->restoreState(mDefaultState, kLayoutVersion);
    sizeDefaultDocks();
}

bool WindowLayout::restore()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        mWindow->restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    return !state.isEmpty() && mWindow->restoreState(state, kLayoutVersion);
}

void WindowLayout::windowShown()
{
    if (mPending) {
        mPending = false;
        // Dock sizes in proportion to the real window, once the window has its size.
        QTimer::singleShot(0, this, &WindowLayout::sizeDefaultDocks);
    }
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), mWindow->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), mWindow->saveState(kLayoutVersion));
}

} // namespace wijk::gui
