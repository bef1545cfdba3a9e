// The values table panel: a filter box over a sortable table that copies cleanly into Excel
// and takes part in the linked region selection.
#pragma once

#include "table/values_table_model.h"
#include "table_view.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;

namespace wijk::widgets {

class ValuesTableView : public QWidget
{
    Q_OBJECT

public:
    //! What runs across the table: the years of one indicator, or the indicators of one
    //! theme in one year.
    enum class Columns
    {
        Periods,
        Indicators
    };
    Q_ENUM(Columns)

    explicit ValuesTableView(QWidget *parent = nullptr);

    Columns columns() const;
    //! Sets the column choice without emitting columnsChosen (restoring a session).
    void setColumns(Columns columns);

    //! Replaces the table's content (keeps the filter and sort order).
    void setTableData(const TableData &data);
    //! Shows the linked selection: highlighted and selected rows, no signal sent back.
    void setSelectedRegions(const QSet<QString> &codes);

    //! Tab-separated text of the selected cells (all cells when nothing is selected): a
    //! caption line (indicator, unit, period), a line explaining the marks used (* provisional,
    //! x withheld), the column titles, then the rows; numbers in the UI locale without group
    //! separators.
    QString selectionAsTsv() const;
    //! Puts selectionAsTsv() on the clipboard.
    void copySelection();
    //! Selects every cell for copying (Ctrl+A) without selecting regions.
    void selectAllCells();

    //! The filter typed and the column sorted on: what an export of the table as shown
    //! applies (presentation/table_view.h).
    presentation::TableViewOrder viewOrder() const;

    ValuesTableModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    QTableView *tableView() const { return mTable; }
    QLineEdit *filterEdit() const { return mFilter; }
    QComboBox *columnsBox() const { return mColumns; }

signals:
    //! The user selected rows: these regions (Ctrl/Shift in the table extends, as usual).
    void regionsSelected(const QStringList &codes);
    //! The user chose what runs across; the owner supplies the matching table.
    void columnsChosen(wijk::widgets::ValuesTableView::Columns columns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    //! What the marks mean, the estimate's mark only when the table holds estimates.
    void updateLegend();
    void onUserSelection();

    ValuesTableModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTableView *mTable = nullptr;
    QLineEdit *mFilter = nullptr;
    QComboBox *mColumns = nullptr;
    QLabel *mLegend = nullptr;
    QSet<QString> mSelected;
    bool mApplyingSelection = false;
};

} // namespace wijk::widgets
