#include "map/map_pick_tool.h"

#include <QApplication>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

namespace wijk::widgets {

MapPickTool::MapPickTool(QgsMapCanvas *canvas) : QgsMapTool(canvas)
{
    setCursor(Qt::ArrowCursor);
}

void MapPickTool::canvasPressEvent(QgsMapMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    mPressPos = event->pos();
    mPressed = true;
    mDragging = false;
}

void MapPickTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
    if (mPressed) {
        if (!mDragging &&
            (event->pos() - mPressPos).manhattanLength() >= QApplication::startDragDistance()) {
            mDragging = true;
            mCanvas->panActionStart(mPressPos);
        }
        if (mDragging) {
            mCanvas->panAction(event);
            return;
        }
    }
    emit hovered(event->mapPoint(), event->globalPos());
}

void MapPickTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressed)
        return;
    mPressed = false;
    if (mDragging) {
        mDragging = false;
        mCanvas->panActionEnd(event->pos());
        return;
    }
    emit clicked(event->mapPoint(), event->modifiers().testFlag(Qt::ControlModifier));
}

} // namespace wijk::widgets
