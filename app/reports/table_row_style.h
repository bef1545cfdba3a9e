// The look of a row in a report's tables (the profile's key figures, the composite index's
// scores): alternating bands so a row can be followed across the page in print, and bold for
// the rows a reader should find first.
#pragma once

#include <qgstablecell.h>
#include <qgstextformat.h>

namespace wijk::reports {

//! Bands the row (light grey on odd indices, white on even) and sets every cell in bold when
//! `bold`, starting from the table's content format.
void styleTableRow(QgsTableRow &row, int index, bool bold, const QgsTextFormat &contentFormat);

} // namespace wijk::reports
