// Exporting values (and trends) with provenance as CSV, XLSX or GeoPackage: the job behind
// `wijkmonitor-cli export` and the window's "Gegevens exporteren…".
#pragma once

#include "model/model.h"
#include "reports/report_data.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wijk::reports {

//! The window's values table as it is shown: exportData() then writes its rows and columns
//! (presentation::shownTableExport) instead of the long table of values.
struct TableViewRequest
{
    enum class Across
    {
        Years,     //!< one indicator (DataExportRequest::indicators), every year
        Indicators //!< the indicators (in column order), one year
    };
    Across across = Across::Years;
    int period = 0;                           //!< Indicators: the year shown
    QStringList focus;                        //!< the focus gemeente codes; empty: every region
    QString filter;                           //!< the text typed above the table
    QString sortKey = QStringLiteral("name"); //!< "code", "name" or a column key
    bool descending = false;
    bool empiricalBayes = false; //!< Years: the window's EB-estimated column of period
};

struct DataExportRequest
{
    QStringList indicators;          //!< indicator codes; empty: all
    std::vector<RegionLevel> levels; //!< empty: gemeente, wijk and buurt
    QString format;                  //!< "csv", "xlsx" or "gpkg"
    bool trends = false;  //!< also the trends (a sheet/table; for CSV a second FILE-trends.csv)
    bool excelNl = false; //!< CSV with ';' and a decimal comma
    QString out;
    //! Set: the table as shown, at the one level of levels (trends are not part of it).
    std::optional<TableViewRequest> table;
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
