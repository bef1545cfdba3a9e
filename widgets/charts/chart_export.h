// Rendering a chart without a window: onto any QPainter (PDF reports get vector output),
// into PNG and SVG files, a QPicture, and the clipboard. Works from the CLI as long as a
// QApplication exists (offscreen platform is fine).
#pragma once

#include "charts/charts_namespace.h"

#include <QByteArray>
#include <QImage>
#include <QPicture>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QtCharts/QChart>

class QPainter;

namespace wijk::widgets::charts {

//! Lays chart out at target's size and paints it into target. The chart may be shown in a
//! view at the same time: its geometry is restored afterwards.
void renderChart(WIJK_CHARTS_NAMESPACE::QChart *chart, QPainter *painter, const QRectF &target);
//! Lays chart out at layoutSize (logical pixels: sets font and line proportions) and paints
//! it scaled into target, e.g. a 900 px wide layout onto 16 cm of a 300 dpi QPdfWriter page.
void renderChart(WIJK_CHARTS_NAMESPACE::QChart *chart, QPainter *painter, const QRectF &target,
                 const QSizeF &layoutSize);
//! The chart as an image of size logical pixels at scale (2 for crisp copies).
QImage renderChartImage(WIJK_CHARTS_NAMESPACE::QChart *chart, const QSize &size, qreal scale = 1.0);
//! The chart as SVG (vector) of size logical pixels, at 96 dpi, with the chart title.
QByteArray chartSvg(WIJK_CHARTS_NAMESPACE::QChart *chart, const QSize &size);
//! The chart recorded as a QPicture of size (vector; replays on any paint device).
QPicture chartPicture(WIJK_CHARTS_NAMESPACE::QChart *chart, const QSize &size);

//! Writes a PNG through OutputFile (whole or not at all, never onto an open workspace); on
//! failure returns false and sets error to a message naming the file.
[[nodiscard]] bool exportChartPng(WIJK_CHARTS_NAMESPACE::QChart *chart, const QString &path,
                                  const QSize &size, qreal scale, QString *error);
//! Writes an SVG (for QGIS layouts: QgsLayoutItemPicture); same error contract.
[[nodiscard]] bool exportChartSvg(WIJK_CHARTS_NAMESPACE::QChart *chart, const QString &path,
                                  const QSize &size, QString *error);
//! Puts the chart on the clipboard as an image and as image/svg+xml.
void copyChartToClipboard(WIJK_CHARTS_NAMESPACE::QChart *chart, const QSize &size);

} // namespace wijk::widgets::charts
