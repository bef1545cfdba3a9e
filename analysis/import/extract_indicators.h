// indicators.csv of an extract: the catalogue, read with CsvReader and checked against the
// contract (codes, units, kinds, ratio/mean references, optional columns).
#pragma once

#include "import/import_report.h"
#include "model/model.h"

#include <QString>
#include <vector>

namespace wijk::import {

//! Reads and checks indicators.csv at a GDAL path; problems go to report under
//! displayName. Returns the indicators that passed (all of them when there were no errors).
[[nodiscard]] std::vector<Indicator>
readExtractIndicators(const QString &gdalPath, const QString &displayName, ImportReport &report);

} // namespace wijk::import
