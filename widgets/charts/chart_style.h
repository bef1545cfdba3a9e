// The look shared by every chart: a small palette, pens that also work in black and white,
// fonts, and the axes (whole years; values in the default locale's number format).
#pragma once

#include "charts/charts_namespace.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPen>
#include <QString>
#include <QtCharts/QChart>

WIJK_CHARTS_BEGIN_NAMESPACE
class QCategoryAxis;
class QLegendMarker;
class QScatterSeries;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

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
void applyBaseStyle(WIJK_CHARTS_NAMESPACE::QChart *chart, const QString &title);
//! Shows or hides a legend entry; use this (not QLegendMarker::setVisible) so that
//! fitLegendBelow knows the entries before Qt's first layout.
void showInLegend(WIJK_CHARTS_NAMESPACE::QLegendMarker *marker, bool shown);
//! Whether marker is (or will be) shown: see showInLegend.
bool isShownInLegend(const WIJK_CHARTS_NAMESPACE::QLegendMarker *marker);
//! Puts chart's legend in as many rows as it needs under the plot, over the full width of a
//! chart of size (Qt elides an attached legend into one row: "regions (n = ..."). Detaches
//! the legend and sets the bottom margin to bottom plus the rows; call on resize and after
//! the series change.
void fitLegendBelow(WIJK_CHARTS_NAMESPACE::QChart *chart, const QSizeF &size, int bottom = 6);
//! Grid, label and title fonts of an axis in the shared style.
void styleAxis(WIJK_CHARTS_NAMESPACE::QAbstractAxis *axis, const QString &title = {});

//! An axis with one label per whole year from first to last (a step of 2 or 5 when long).
WIJK_CHARTS_NAMESPACE::QCategoryAxis *makeYearAxis(int first, int last, int maxLabels = 13);
//! Relabels a year axis made by makeYearAxis with at most maxLabels labels; false when
//! nothing changed.
bool setYearLabels(WIJK_CHARTS_NAMESPACE::QCategoryAxis *axis, int first, int last, int maxLabels);
//! Re-ranges and relabels an axis made by makeYearAxis in place.
void setYearRange(WIJK_CHARTS_NAMESPACE::QCategoryAxis *axis, int first, int last, int maxLabels);
//! Re-ticks an axis made by makeValueAxis in place (arguments as for makeValueAxis).
//! maxTicks caps the number of ticks (Qt elides labels packed closer than their height).
void setValueTicks(WIJK_CHARTS_NAMESPACE::QCategoryAxis *axis, const QLocale &locale, double min,
                   double max, int decimals, const QString &title, int targetTicks = 6,
                   bool includeZero = false, int maxTicks = 100, bool labelZero = true);
//! How many ticks a vertical value axis of length pixels holds without eliding its labels.
int verticalTicks(qreal length);
//! A value axis over [min, max] on round ticks labelled in locale (the chart's).
//! decimals caps the label decimals (the indicator's), minStep keeps counts whole.
WIJK_CHARTS_NAMESPACE::QCategoryAxis *makeValueAxis(const QLocale &locale, double min, double max,
                                                    int decimals, const QString &title,
                                                    int targetTicks = 6, bool includeZero = false);

//! The smallest step an axis for values with decimals digits should use (1 for 0 decimals).
double minimumStep(int decimals);

//! How many value ticks (at most 7) over [min, max] fit along a horizontal axis of length
//! pixels without Qt eliding their labels: the maxTicks for setValueTicks.
int ticksAlong(const QLocale &locale, qreal length, double min, double max, int decimals,
               bool includeZero = false);
//! An axis or chart title that fits width: as is, or as HTML on two (else, when maxLines
//! allows, three) lines broken at spaces (Qt elides a one-line title that is too long, "Aandeel
//! huishoudens met la...").
QString wrapTitle(const QString &title, const QFont &font, qreal width, int maxLines = 2);
//! Sets chart's title to title, centred on two or three lines when wider than width pixels.
void fitChartTitle(WIJK_CHARTS_NAMESPACE::QChart *chart, const QString &title, qreal width);
//! Sets axis's title to title, wrapped onto two lines when longer than length pixels.
void fitAxisTitle(WIJK_CHARTS_NAMESPACE::QAbstractAxis *axis, const QString &title, qreal length);
//! The axis font of the shared style (9 pt), for measuring labels and titles.
QFont axisFont();

} // namespace wijk::widgets::charts
