#include "table/values_table_model.h"

#include "model/number_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace wijk::widgets {

ValuesTableModel::ValuesTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ValuesTableModel::setData(const TableData &data)
{
    beginResetModel();
    mData = data;
    endResetModel();
}

void ValuesTableModel::setHighlighted(const QSet<QString> &codes)
{
    if (codes == mHighlighted)
        return;
    mHighlighted = codes;
    if (!mData.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::FontRole});
}

QString ValuesTableModel::formatValue(double value, int decimals)
{
    // Without thousands separators: the column stays narrow and sorts by eye.
    NumberFormat format;
    format.decimals = decimals;
    format.grouping = false;
    return formatNumber(value, format, QLocale());
}

QString ValuesTableModel::cellText(const TableCell &cell, int decimals)
{
    if (cell.status == ValueStatus::Suppressed)
        return suppressedMark();
    QString text = formatValue(cell.value, decimals);
    if (cell.status == ValueStatus::Estimated && !text.isEmpty())
        text = estimateMark() + text;
    return cell.smallNumbers && !text.isEmpty() ? text + QLatin1Char(' ') + smallNumbersMark()
                                                : text;
}

QString ValuesTableModel::statusLabel(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Final:
        return tr("final");
    case ValueStatus::Provisional:
        return tr("provisional");
    case ValueStatus::Estimated:
        return tr("estimated");
    case ValueStatus::Suppressed:
        return tr("suppressed");
    case ValueStatus::Missing:
        return tr("missing");
    case ValueStatus::Derived:
        return tr("derived");
    }
    return QString();
}

int ValuesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mData.rows.size();
}

int ValuesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstValueColumn + mData.columns.size();
}

QVariant ValuesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mData.rows.size())
        return QVariant();
    const TableRow &row = mData.rows.at(index.row());
    const bool highlighted = mHighlighted.contains(row.code);
    if (role == RegionCodeRole)
        return row.code;
    if (role == Qt::BackgroundRole && highlighted)
        return QBrush(QColor(255, 229, 153));
    if (index.column() == CodeColumn || index.column() == NameColumn) {
        const QString text = index.column() == CodeColumn ? row.code : row.name;
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == Qt::FontRole && highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    }
    const int col = index.column() - FirstValueColumn;
    if (col < 0 || col >= mData.columns.size())
        return QVariant();
    const TableCell cell = col < row.cells.size() ? row.cells.at(col) : TableCell();
    const int decimals = mData.columns.at(col).decimals;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell, decimals);
    case SortRole:
        // Suppressed and missing sort below every number, in either direction of a real list.
        return cell.status == ValueStatus::Suppressed || std::isnan(cell.value)
                   ? QVariant(-std::numeric_limits<double>::max())
                   : QVariant(cell.value);
    case StatusRole:
        return static_cast<int>(cell.status);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(cell.status == ValueStatus::Provisional ||
                       cell.status == ValueStatus::Estimated);
        font.setBold(highlighted);
        return font;
    }
    case Qt::ForegroundRole:
        if (cell.status == ValueStatus::Derived)
            return QBrush(QColor(31, 78, 121));
        if (cell.status == ValueStatus::Suppressed || cell.status == ValueStatus::Estimated)
            return QBrush(QColor(110, 110, 110));
        return QVariant();
    case Qt::ToolTipRole:
        if (!cell.note.isEmpty()) // it says what the value is (e.g. "estimated via …")
            return cell.note;
        if (cell.status == ValueStatus::Suppressed)
            return tr("suppressed: fewer observations than the disclosure threshold");
        if (cell.status == ValueStatus::Derived)
            return tr("derived: aggregated by the workbench from the buurten");
        if (cell.status == ValueStatus::Missing && std::isnan(cell.value))
            return tr("no value");
        if (cell.smallNumbers)
            return tr("%1; small numbers: the denominator is below the reliability threshold, "
                      "so this value is never a signal")
                .arg(statusLabel(cell.status));
        return statusLabel(cell.status);
    default:
        return QVariant();
    }
}

QVariant ValuesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == CodeColumn)
            return tr("Code");
        if (section == NameColumn)
            return tr("Region");
        const int col = section - FirstValueColumn;
        return col >= 0 && col < mData.columns.size() ? mData.columns.at(col).title : QString();
    }
    if (role == Qt::ToolTipRole) {
        const int col = section - FirstValueColumn;
        if (col >= 0 && col < mData.columns.size())
            return mData.columns.at(col).tooltip;
    }
    return QVariant();
}

void ValuesTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!mData.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace wijk::widgets
