// The methods paragraph of a report whose figures were moved onto another division
// (docs/crosswalk.md, "In the outputs"): which division, each crosswalk by its years, weight
// kind and source file, and how counts, ratios, means and other values move. Wijk profiles and
// the council memo print the same paragraph.
#pragma once

#include <QString>

namespace wijk::reports {

class ReportData;

//! The paragraph (Dutch, as the reports are), starting "Omgerekende cijfers."; empty when the
//! data is as delivered.
QString harmonisationMethod(const ReportData &data);

} // namespace wijk::reports
