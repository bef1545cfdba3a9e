#include "map/scale_bar_overlay.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <cmath>
#include <qgsmapcanvas.h>
#include <qgsunittypes.h>

namespace wijk::widgets {

ScaleBarOverlay::ScaleBarOverlay(QgsMapCanvas *canvas) : QWidget(canvas), mCanvas(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    canvas->installEventFilter(this);
    connect(canvas, &QgsMapCanvas::extentsChanged, this, &ScaleBarOverlay::recompute);
    connect(canvas, &QgsMapCanvas::destinationCrsChanged, this, &ScaleBarOverlay::recompute);
    recompute();
}

bool ScaleBarOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas && event->type() == QEvent::Resize)
        recompute();
    return QWidget::eventFilter(watched, event);
}

void ScaleBarOverlay::recompute()
{
    const double perPixel = mCanvas->mapUnitsPerPixel();
    const bool metres = mCanvas->mapSettings().mapUnits() == QgsUnitTypes::DistanceMeters;
    mMetres = 0;
    mLabel.clear();
    if (metres && perPixel > 0) {
        // The largest 1-2-5 step that fits in about 120 pixels.
        const double target = perPixel * 120;
        const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
        for (double step : {5.0, 2.0, 1.0}) {
            if (step * magnitude <= target) {
                mMetres = step * magnitude;
                break;
            }
        }
        mPixels = qRound(mMetres / perPixel);
        QLocale locale;
        mLabel = mMetres >= 1000 ? tr("%1 km").arg(locale.toString(mMetres / 1000, 'g', 6))
                                 : tr("%1 m").arg(locale.toString(mMetres, 'g', 6));
    }
    const QFontMetrics fm(font());
    const int width = qMax(mPixels, fm.horizontalAdvance(mLabel)) + 16;
    const int height = fm.height() + 16;
    setGeometry(10, mCanvas->height() - height - 10, width, height);
    setVisible(mMetres > 0);
    update();
}

void ScaleBarOverlay::paintEvent(QPaintEvent *)
{
    if (mMetres <= 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(rect(), 4, 4);
    const int x = 8;
    const int y = height() - 8;
    painter.setPen(QPen(QColor(40, 40, 40), 2));
    painter.drawLine(x, y, x + mPixels, y);
    painter.drawLine(x, y - 5, x, y);
    painter.drawLine(x + mPixels, y - 5, x + mPixels, y);
    painter.drawText(QRect(x, 4, width() - 2 * x, height() - 14), Qt::AlignLeft | Qt::AlignTop,
                     mLabel);
}

} // namespace wijk::widgets
