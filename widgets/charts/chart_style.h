// The look shared by every chart: a small palette, pens that also work in black and white,
// fonts, and the axes (whole years; values in the default locale's number format).
#pragma once

#include <QColor>
#include <QPen>
#include <QString>
#include <QtCharts/QChart>

QT_CHARTS_BEGIN_NAMESPACE
class QCategoryAxis;
class QScatterSeries;
QT_CHARTS_END_NAMESPACE

namespace wijk::charts {

namespace palette {
const QColor accent(0xC0, 0x39, 0x2B);    //!< the selected region: strong brick red
const QColor base(0x9A, 0xAE, 0xC4);      //!< unselected bars and points: quiet slate blue
const QColor reference(0x3A, 0x3A, 0x3A); //!< the municipality: dark grey, dashed
const QColor national(0x9E, 0x9E, 0x9E);  //!< NL00: lighter grey, dotted
const QColor text(0x26, 0x26, 0x26);
const QColor grid(0xE3, 0xE3, 0xE3);
const QColor fit(0x1F, 0x4E, 0x79); //!< regression lines
} // namespace palette

//! Colour of the i-th selected region in a trend chart (accent first, then distinct hues).
QColor seriesColor(int index);
//! Line style of the i-th selected region, so that series differ in black and white too.
Qt::PenStyle seriesPenStyle(int index);

//! White background, no drop shadow or animation, legend at the bottom, title font.
void applyBaseStyle(QT_CHARTS_NAMESPACE::QChart *chart, const QString &title);
//! Moves the legend to the right of narrow charts, where one bottom row would be elided.
void adaptLegendToWidth(QT_CHARTS_NAMESPACE::QChart *chart, qreal width);
//! Grid, label and title fonts of an axis in the shared style.
void styleAxis(QT_CHARTS_NAMESPACE::QAbstractAxis *axis, const QString &title = {});

//! An axis with one label per whole year from first to last (a step of 2 or 5 when long).
QT_CHARTS_NAMESPACE::QCategoryAxis *makeYearAxis(int first, int last, int maxLabels = 13);
//! Relabels a year axis made by makeYearAxis with at most maxLabels labels; false when
//! nothing changed.
bool setYearLabels(QT_CHARTS_NAMESPACE::QCategoryAxis *axis, int first, int last, int maxLabels);
//! A value axis over [min, max] on round ticks labelled in the default locale.
//! decimals caps the label decimals (the indicator's), minStep keeps counts whole.
QT_CHARTS_NAMESPACE::QCategoryAxis *makeValueAxis(double min, double max, int decimals,
                                                  const QString &title, int targetTicks = 6,
                                                  bool includeZero = false);

//! The smallest step an axis for values with decimals digits should use (1 for 0 decimals).
double minimumStep(int decimals);

} // namespace wijk::charts
