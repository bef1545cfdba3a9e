// Writes ExportTables through GDAL/OGR vector drivers: XLSX (one sheet per table) for
// spreadsheet users, GPKG (one layer per table, geometry where the table has it) for QGIS.
#pragma once

#include "export/export_table.h"

namespace wijk::exports {

enum class OgrFormat
{
    Xlsx,
    GeoPackage
};

//! Writes tables and a "metadata" table with the provenance into a new file at path (an
//! existing file is replaced only when everything succeeded). Text is formula-neutralised
//! for XLSX; a GeoPackage keeps text verbatim. False with *error on failure.
[[nodiscard]] bool writeOgr(const QString &path, OgrFormat format,
                            const std::vector<ExportTable> &tables, const Provenance &provenance,
                            QString *error);

} // namespace wijk::exports
