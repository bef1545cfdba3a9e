// Exporting values (and trends) with provenance as CSV, XLSX or GeoPackage: the job behind
// `wijkmonitor-cli export` and the window's "Gegevens exporteren…".
#pragma once

#include "model/model.h"
#include "reports/report_data.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::reports {

struct DataExportRequest
{
    QStringList indicators;          //!< indicator codes; empty: all
    std::vector<RegionLevel> levels; //!< empty: gemeente, wijk and buurt
    QString format;                  //!< "csv", "xlsx" or "gpkg"
    bool trends = false;  //!< also the trends (a sheet/table; for CSV a second FILE-trends.csv)
    bool excelNl = false; //!< CSV with ';' and a decimal comma
    QString out;
};

struct DataExportResult
{
    std::size_t rows = 0; //!< rows written over all tables
    int tables = 0;
    QStringList files; //!< the files written (the CSV of trends is a second file)
    std::size_t trendRows = 0;
};

//! "csv", "xlsx" or "gpkg" from a format name or, when that is empty, from out's suffix;
//! empty when neither is one of them.
QString dataExportFormat(const QString &format, const QString &out);

//! Writes the export of request; false with *error (unknown indicator, unwritable file).
bool exportData(const ReportData &data, const DataExportRequest &request, DataExportResult *result,
                QString *error);

} // namespace wijk::reports
