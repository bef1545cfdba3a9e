// The values table as it is shown, as an ExportTable: one row per row of the table in its
// order, per column the value (rounded as shown) and its status; a withheld value is an empty
// cell with status "suppressed", never a number. Written by the same CSV/XLSX/GPKG writers as
// every data export (wijkmonitor-cli export --table, the window's "Gegevens exporteren…").
#pragma once

#include "export/export_rows.h"
#include "table_inputs.h"

namespace wijk::presentation {

//! Columns region_code, region_name, then per table column KEY (the value) and KEY_status
//! ("final", "provisional", "estimated", "derived", "suppressed", "missing"; with
//! ";small_numbers" when the value rests on small numbers). geometry (may be empty): the
//! region's shape per code, for a GeoPackage.
exports::ExportTable shownTableExport(const TableData &table,
                                      const std::function<QByteArray(const QString &)> &geometry);

} // namespace wijk::presentation
