#include "table_view.h"

#include "engine/region_names.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wijk::presentation {

namespace {

//! The number a value cell sorts by: withheld and missing cells below every number.
double sortValue(const TableRow &row, int column)
{
    const int c = column - TableFirstValueColumn;
    if (c < 0 || c >= row.cells.size())
        return -std::numeric_limits<double>::infinity();
    const TableCell &cell = row.cells.at(c);
    return cell.status == ValueStatus::Suppressed || std::isnan(cell.value)
               ? -std::numeric_limits<double>::infinity()
               : cell.value;
}

} // namespace

bool tableRowMatches(const TableRow &row, const QString &filter)
{
    const QString text = filter.trimmed();
    return text.isEmpty() || row.code.contains(text, Qt::CaseInsensitive) ||
           row.name.contains(text, Qt::CaseInsensitive);
}

bool tableRowLess(const TableRow &a, const TableRow &b, int column)
{
    int order = 0;
    if (column == TableNameColumn)
        order = a.name.compare(b.name, Qt::CaseInsensitive);
    else if (column >= TableFirstValueColumn) {
        const double left = sortValue(a, column);
        const double right = sortValue(b, column);
        order = left < right ? -1 : (right < left ? 1 : 0);
    }
    if (order == 0)
        order = a.code.compare(b.code, Qt::CaseInsensitive);
    return order < 0;
}

void narrowTableToFocus(TableData &table, const engine::Dataset &dataset,
                        const engine::RegionFocus &focus)
{
    table.rows.erase(
        std::remove_if(table.rows.begin(), table.rows.end(),
                       [&focus](const TableRow &row) { return !focus.contains(row.code); }),
        table.rows.end());
    std::vector<int> shown;
    for (const TableRow &row : qAsConst(table.rows))
        if (const int r = dataset.regionIndex(row.code); r >= 0)
            shown.push_back(r);
    const engine::RegionNames names(dataset, shown);
    for (TableRow &row : table.rows)
        row.name = names.name(row.code);
}

void applyTableOrder(TableData &table, const TableViewOrder &order)
{
    table.rows.erase(std::remove_if(table.rows.begin(), table.rows.end(),
                                    [&order](const TableRow &row) {
                                        return !tableRowMatches(row, order.filter);
                                    }),
                     table.rows.end());
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [&order](const TableRow &a, const TableRow &b) {
                         return order.descending ? tableRowLess(b, a, order.sortColumn)
                                                 : tableRowLess(a, b, order.sortColumn);
                     });
}

int tableColumnOfKey(const TableData &table, const QString &key)
{
    if (key == QLatin1String("code"))
        return TableCodeColumn;
    if (key == QLatin1String("name"))
        return TableNameColumn;
    for (int c = 0; c < table.columns.size(); ++c)
        if (table.columns.at(c).key == key)
            return TableFirstValueColumn + c;
    return -1;
}

QString tableKeyOfColumn(const TableData &table, int column)
{
    if (column == TableCodeColumn)
        return QStringLiteral("code");
    if (column == TableNameColumn)
        return QStringLiteral("name");
    const int c = column - TableFirstValueColumn;
    return c >= 0 && c < table.columns.size() ? table.columns.at(c).key : QString();
}

} // namespace wijk::presentation
