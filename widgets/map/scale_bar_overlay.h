// A small scale bar painted over the map canvas (bottom left), a round length in m or km.
#pragma once

#include <QWidget>

class QgsMapCanvas;

namespace wijk::widgets {

class ScaleBarOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit ScaleBarOverlay(QgsMapCanvas *canvas);

    //! The length the bar stands for, in metres (0 when the map is not in metres).
    double barLengthMetres() const { return mMetres; }
    //! The bar's label, e.g. "500 m" or "2 km".
    QString label() const { return mLabel; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recompute();

    QgsMapCanvas *mCanvas = nullptr;
    double mMetres = 0;
    int mPixels = 0;
    QString mLabel;
};

} // namespace wijk::widgets
