// The values table panel: a filter box over a sortable table that copies cleanly into Excel
// and takes part in the linked region selection.
#pragma once

#include "table/values_table_model.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;

namespace wijk {

class ValuesTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesTableView(QWidget *parent = nullptr);

    //! Replaces the table's content (keeps the filter and sort order).
    void setTableData(const TableData &data);
    //! Shows the linked selection: highlighted and selected rows, no signal sent back.
    void setSelectedRegions(const QSet<QString> &codes);

    //! Tab-separated text of the selected cells (all cells when nothing is selected),
    //! with a header row; numbers in the UI locale without group separators.
    QString selectionAsTsv() const;
    //! Puts selectionAsTsv() on the clipboard.
    void copySelection();

    ValuesTableModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    QTableView *tableView() const { return mTable; }
    QLineEdit *filterEdit() const { return mFilter; }

signals:
    //! The user selected rows: these regions (Ctrl/Shift in the table extends, as usual).
    void regionsSelected(const QStringList &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onUserSelection();

    ValuesTableModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTableView *mTable = nullptr;
    QLineEdit *mFilter = nullptr;
    QLabel *mLegend = nullptr;
    QSet<QString> mSelected;
    bool mApplyingSelection = false;
};

} // namespace wijk
