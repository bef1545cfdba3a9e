// The values table as it is shown: narrowed to the focus, filtered by the text typed above
// it and sorted on one column. The window's table (widgets::ValuesTableView) filters and
// sorts with these functions, and an export of "the table as shown" (wijkmonitor-cli export
// --table) applies them to the same rows, so both hold the same rows in the same order.
#pragma once

#include "engine/dataset.h"
#include "engine/region_focus.h"
#include "table_inputs.h"

namespace wijk::presentation {

//! The table's column numbers: code, name, then the value columns (TableData::columns).
enum TableColumnNumber
{
    TableCodeColumn = 0,
    TableNameColumn = 1,
    TableFirstValueColumn = 2
};

//! What the user did to the table: the filter text and the sorted column.
struct TableViewOrder
{
    QString filter;
    int sortColumn = TableNameColumn; //!< a TableColumnNumber or a value column
    bool descending = false;
};

//! Whether a row passes the filter: its code or name contains the text (case-insensitive;
//! numbers are for sorting, not searching). An empty filter passes every row.
bool tableRowMatches(const TableRow &row, const QString &filter);

//! Whether a comes before b, sorted ascending on column: codes and names alphabetically
//! (case-insensitive), values by number with withheld and missing cells below every number;
//! ties by code, so the order never depends on the order before.
bool tableRowLess(const TableRow &a, const TableRow &b, int column);

//! The focus's rows only (every row without a focus), with names that stay unambiguous
//! among the rows kept (engine::RegionNames).
void narrowTableToFocus(TableData &table, const engine::Dataset &dataset,
                        const engine::RegionFocus &focus);

//! Keeps the rows that pass the filter, sorted as order says.
void applyTableOrder(TableData &table, const TableViewOrder &order);

//! The column number of a column key (TableColumn::key), "code" or "name"; -1 when the
//! table has no such column.
int tableColumnOfKey(const TableData &table, const QString &key);
//! The key of a column number ("code", "name" or TableColumn::key); empty when out of range.
QString tableKeyOfColumn(const TableData &table, int column);

} // namespace wijk::presentation
