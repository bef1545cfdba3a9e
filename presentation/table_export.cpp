#include "table_export.h"

#include "map_values.h"

#include <cmath>

namespace wijk::presentation {

namespace {

QVariant shownNumber(const TableCell &cell, int decimals)
{
    if (isWithheld(cell.status) || !std::isfinite(cell.value))
        return QVariant();
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(cell.value * factor) / factor;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

QString statusText(const TableCell &cell)
{
    // A cell without a value that is not withheld at the source is missing.
    const ValueStatus status =
        !isWithheld(cell.status) && !std::isfinite(cell.value) ? ValueStatus::Missing : cell.status;
    QString text = contractName(status);
    if (cell.smallNumbers && !isWithheld(status))
        text += QStringLiteral(";small_numbers");
    return text;
}

} // namespace

exports::ExportTable shownTableExport(const TableData &table,
                                      const std::function<QByteArray(const QString &)> &geometry)
{
    exports::ExportTable out;
    out.name = QStringLiteral("table");
    out.columns = {{QStringLiteral("region_code"), exports::ColumnType::Text},
                   {QStringLiteral("region_name"), exports::ColumnType::Text}};
    for (const TableColumn &column : table.columns) {
        const QString key = column.key.isEmpty() ? column.title : column.key;
        out.columns.push_back({key, exports::ColumnType::Real});
        out.columns.push_back({key + QStringLiteral("_status"), exports::ColumnType::Text});
    }
    for (const TableRow &row : table.rows) {
        QVariantList values{row.code, row.name};
        for (int c = 0; c < table.columns.size(); ++c) {
            const TableCell cell = c < row.cells.size() ? row.cells.at(c) : TableCell();
            values << shownNumber(cell, table.columns.at(c).decimals) << statusText(cell);
        }
        out.addRow(values, geometry ? geometry(row.code) : QByteArray());
    }
    if (geometry && out.geometries.empty())
        out.geometries.resize(out.rows.size());
    return out;
}

} // namespace wijk::presentation
