// A KWB table as read from any of its forms (CSV, XLSX, keyed JSON, OData JSON), before
// it is turned into regions, indicators and observations (cbs_kwb_import.h).
#pragma once

#include "import/cbs_kwb_columns.h"
#include "import/import_report.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::import::cbs {

struct KwbRow
{
    int line = 0;         //!< line (CSV), sheet row (XLSX), entry (OData); 0 in keyed JSON
    QString code;         //!< trimmed region code
    QString municipality; //!< Gemeentenaam_1, trimmed; empty when the table has none
    QString regionType;   //!< SoortRegio_2, trimmed; empty when the table has none
    QStringList cells;    //!< one raw text per KwbTable::keys entry ("" = empty)
};

struct KwbTable
{
    QString fileName; //!< as problems name it
    QStringList keys; //!< indicator column keys as in the file, e.g. AantalInwoners_5
    std::vector<KwbRow> rows;
    //! Numbers came typed (XLSX cells, JSON numbers), not as text: "88.000" in a cell can
    //! only be a decimal then. Text numbers (CSV) with an ambiguous separator are refused.
    bool numbersAreTyped = false;
};

//! Builds a KwbTable from a header and text rows (CSV and XLSX share it).
class KwbTableBuilder
{
public:
    explicit KwbTableBuilder(const QString &fileName);

    //! Finds the region code column and the indicator columns; false (with an error) when
    //! there is no WijkenEnBuurten column.
    [[nodiscard]] bool setHeader(const QStringList &header, int line, ImportReport &report);
    //! Adds one data row; rows without a code are reported.
    void addRow(const QStringList &cells, int line, ImportReport &report);
    //! The table built so far (moves it out).
    KwbTable take() { return std::move(mTable); }

private:
    KwbTable mTable;
    int mCodeColumn = -1;
    int mMunicipalityColumn = -1;
    int mTypeColumn = -1;
    int mColumnCount = 0;
    std::vector<int> mIndicatorColumns;
};

//! Reads a KWB table exported as CSV (CsvReader: BOM, ',' or ';', strict UTF-8).
[[nodiscard]] bool readKwbCsv(const QString &path, KwbTable *table, ImportReport &report);

//! Reads a KWB table saved as XLSX through GDAL/OGR's XLSX driver (first sheet, first row
//! is the header, every cell as text). False with errors in report.
[[nodiscard]] bool readKwbXlsx(const QString &path, KwbTable *table, ImportReport &report);

//! Reads the KWB JSON object keyed by region code ({"GM0402": {"AantalInwoners_5": ...}}).
[[nodiscard]] bool readKwbKeyedJson(const QString &path, KwbTable *table, ImportReport &report);

//! Reads CBS OData JSON: {"value": [{"WijkenEnBuurten": "GM0402    ", ...}, ...]}.
[[nodiscard]] bool readKwbOdataJson(const QString &path, KwbTable *table, ImportReport &report);

//! Whether a JSON file looks like OData ({"value": [...]}), keyed KWB ({"GM..": {...}}),
//! or neither; peeks at the first bytes only.
enum class KwbJsonShape
{
    None,
    Keyed,
    Odata
};
KwbJsonShape detectKwbJson(const QString &path);

} // namespace wijk::import::cbs
