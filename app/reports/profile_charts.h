// The charts of a wijk profile and of the memo, built from the engine's disclosed values with
// the chart module and written as SVG (vector in the PDF) or rendered as images.
#pragma once

#include "reports/report_data.h"
#include "reports/wijk_profile_content.h"

#include <QImage>
#include <QSizeF>
#include <memory>

namespace QtCharts {
class QChart;
}

namespace wijk::reports {

struct ChartRequest
{
    int wijk = -1;
    int indicator = -1;
    QSizeF sizeMm;     //!< the picture item's size
    bool trend = true; //!< true: the wijk and its municipality over time; false: wijk ranking
};

//! The theme scores of a wijk's composite index beside its gemeente's (a pair of columns per
//! theme in the definition's order, then the index), titled with the year; the value axis
//! spans at least -1..1 (z-scores) or 0..100 (min-max).
std::unique_ptr<QtCharts::QChart> buildThemeScoreChart(const WijkProfileContent &content);
//! Writes that chart as SVG of sizeMm at path; false with *error naming the file on failure.
[[nodiscard]] bool writeThemeScoreChart(const WijkProfileContent &content, const QSizeF &sizeMm,
                                        const QString &path, QString *error);

//! Builds the chart of request (owned by the caller).
std::unique_ptr<QtCharts::QChart> buildProfileChart(const ReportData &data,
                                                    const ChartRequest &request);
//! Writes the chart as SVG at path; false with *error naming the file on failure.
[[nodiscard]] bool writeProfileChart(const ReportData &data, const ChartRequest &request,
                                     const QString &path, QString *error);
//! The chart as an image of sizeMm at dpi (for documents that take raster images only).
QImage profileChartImage(const ReportData &data, const ChartRequest &request, int dpi);

} // namespace wijk::reports
