// Choropleth maps of key indicators for the council memo: the maps module's styled layer
// on its map sheet template, rendered to an image the memo document embeds.
#pragma once

#include "reports/report_data.h"

#include <QImage>

namespace wijk::reports {

//! The wijk map of indicator in the latest year as an image of the map sheet at dpi; a null
//! image with *error when the map cannot be made.
[[nodiscard]] QImage indicatorMapImage(const ReportData &data, int indicator, int dpi,
                                       QString *error);

} // namespace wijk::reports
