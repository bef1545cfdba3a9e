// The values table: regions down, periods or indicators across, each cell with its status.
// Fed by plain structs so that it knows nothing about workspaces or engines.
#pragma once

#include "model/model.h"
#include "table_inputs.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace wijk::widgets {

// The table's plain input is the presentation module's (presentation/table_inputs.h).
using presentation::TableCell;
using presentation::TableColumn;
using presentation::TableData;
using presentation::TableRow;

class ValuesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    //! Columns before the value columns.
    enum FixedColumn
    {
        CodeColumn = 0,
        NameColumn = 1,
        FirstValueColumn = 2
    };
    //! The raw number (NaN sorts last) for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;
    //! The region code of a row, from any column.
    static constexpr int RegionCodeRole = Qt::UserRole + 2;
    //! The ValueStatus (as int) of a value cell.
    static constexpr int StatusRole = Qt::UserRole + 3;

    explicit ValuesTableModel(QObject *parent = nullptr);

    //! Replaces everything the table shows.
    void setData(const TableData &data);
    const TableData &tableData() const { return mData; }

    //! Highlights the rows of these regions (the linked selection).
    void setHighlighted(const QSet<QString> &codes);

    //! The mark shown instead of a suppressed value: never a number.
    static QString suppressedMark() { return QStringLiteral("x"); }
    //! After a value that rests on small numbers ("kleine aantallen").
    static QString smallNumbersMark() { return QStringLiteral("°"); }
    //! Follows a provisional or estimated value in copied text (as in CBS tables).
    static QString provisionalMark() { return QStringLiteral("*"); }
    //! Before an estimate (a value moved onto another division by a crosswalk).
    static QString estimateMark() { return QStringLiteral("≈"); }
    //! A value as text in the current default locale: decimal comma in Dutch, no group separators.
    static QString formatValue(double value, int decimals);
    //! The text a cell shows: the value (with the small-numbers mark), the suppressed mark or
    //! nothing.
    static QString cellText(const TableCell &cell, int decimals);
    //! Translated word for a status (for tooltips and legends).
    static QString statusLabel(ValueStatus status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! Re-reads headers and status words after a language switch.
    void retranslate();

private:
    TableData mData;
    QSet<QString> mHighlighted;
};

} // namespace wijk::widgets
