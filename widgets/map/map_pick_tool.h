// The map view's one tool: drag pans, a click selects the region under the cursor (Ctrl
// adds), hovering reports the region so the view can show its tooltip.
#pragma once

#include <QPoint>
#include <qgsmaptool.h>

namespace wijk::widgets {

class MapPickTool : public QgsMapTool
{
    Q_OBJECT

public:
    explicit MapPickTool(QgsMapCanvas *canvas);

    void canvasPressEvent(QgsMapMouseEvent *event) override;
    void canvasMoveEvent(QgsMapMouseEvent *event) override;
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;

signals:
    //! A click (not a drag) at this map point; add: Ctrl was held.
    void clicked(const QgsPointXY &mapPoint, bool add);
    //! The cursor rests over this map point (not while dragging).
    void hovered(const QgsPointXY &mapPoint, const QPoint &globalPos);

private:
    QPoint mPressPos;
    bool mPressed = false;
    bool mDragging = false;
};

} // namespace wijk::widgets
