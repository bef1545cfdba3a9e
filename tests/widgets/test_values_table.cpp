// The values table: Excel-clean copy in the Dutch locale, suppressed cells never a number,
// statuses visible, sorting with gaps, filtering and the linked selection.
#include "table/values_table_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace wijk;

class TestValuesTable : public QObject
{
    Q_OBJECT

    static widgets::TableData sample()
    {
        widgets::TableData data;
        data.columns = {{QStringLiteral("2023"), 1, QString(), QString()},
                        {QStringLiteral("2024"), 1, QString(), QString()}};
        const double nan = std::numeric_limits<double>::quiet_NaN();
        data.rows = {{QStringLiteral("WK000101"),
                      QStringLiteral("Centrum"),
                      {{12345.25, ValueStatus::Final}, {12.5, ValueStatus::Provisional}}},
                     {QStringLiteral("WK000102"),
                      QStringLiteral("Oost"),
                      {{nan, ValueStatus::Suppressed}, {7.04, ValueStatus::Derived}}},
                     {QStringLiteral("WK000103"),
                      QStringLiteral("Noord"),
                      {{3.0, ValueStatus::Final}, {nan, ValueStatus::Missing}}}};
        data.caption = QStringLiteral("Inwoners (aantal), 2023–2024");
        return data;
    }

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void copiesTabSeparatedWithDecimalCommaAndNoGrouping()
    {
        widgets::ValuesTableView view;
        view.setTableData(sample());
        view.tableView()->sortByColumn(widgets::ValuesTableModel::CodeColumn, Qt::AscendingOrder);
        const QString tsv = view.selectionAsTsv();
        const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // What the numbers are, what the marks mean, then the table; provisional values
        // carry the mark.
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("Inwoners (aantal), 2023–2024"));
        QCOMPARE(lines.at(1), QStringLiteral("* provisional; x withheld (fewer observations than "
                                             "the disclosure threshold)"));
        QCOMPARE(lines.at(2), QStringLiteral("Code\tRegion\t2023\t2024"));
        QCOMPARE(lines.at(3), QStringLiteral("WK000101\tCentrum\t12345,3\t12,5*"));
        QCOMPARE(lines.at(4), QStringLiteral("WK000102\tOost\tx\t7,0"));
        QCOMPARE(lines.at(5), QStringLiteral("WK000103\tNoord\t3,0\t"));
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), tsv);
    }

    void copiesOnlyTheSelectedCells()
    {
        widgets::ValuesTableView view;
        view.setTableData(sample());
        view.tableView()->sortByColumn(widgets::ValuesTableModel::CodeColumn, Qt::AscendingOrder);
        QAbstractItemModel *model = view.tableView()->model();
        view.tableView()->selectionModel()->select(model->index(1, 2), QItemSelectionModel::Select);
        QCOMPARE(view.selectionAsTsv(),
                 QStringLiteral("Inwoners (aantal), 2023–2024\nx withheld (fewer observations "
                                "than the disclosure threshold)\n2023\nx\n"));
    }

    void showsStatuses()
    {
        widgets::ValuesTableModel model;
        model.setData(sample());
        const QModelIndex provisional =
            model.index(0, widgets::ValuesTableModel::FirstValueColumn + 1);
        QVERIFY(provisional.data(Qt::FontRole).value<QFont>().italic());
        const QModelIndex suppressed = model.index(1, widgets::ValuesTableModel::FirstValueColumn);
        QCOMPARE(suppressed.data().toString(), QStringLiteral("x"));
        QVERIFY(suppressed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("suppressed")));
        const QModelIndex derived = model.index(1, widgets::ValuesTableModel::FirstValueColumn + 1);
        QVERIFY(derived.data(Qt::ToolTipRole).toString().contains(QStringLiteral("derived")));
        QVERIFY(derived.data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(2, widgets::ValuesTableModel::FirstValueColumn + 1).data().toString(),
                 QString());
    }

    //! A value on small numbers is shown with its number and the mark, sorted as a number.
    void marksSmallNumbers()
    {
        widgets::TableData data = sample();
        data.rows[2].cells[0].smallNumbers = true;
        widgets::ValuesTableModel model;
        model.setData(data);
        const QModelIndex small = model.index(2, widgets::ValuesTableModel::FirstValueColumn);
        QCOMPARE(small.data().toString(), QStringLiteral("3,0 °"));
        QCOMPARE(small.data(widgets::ValuesTableModel::SortRole).toDouble(), 3.0);
        QVERIFY(small.data(Qt::ToolTipRole).toString().contains(QStringLiteral("small numbers")));
        const QModelIndex plain = model.index(0, widgets::ValuesTableModel::FirstValueColumn);
        QVERIFY(!plain.data().toString().contains(widgets::ValuesTableModel::smallNumbersMark()));
    }

    void sortsNumbersWithGapsLast()
    {
        widgets::ValuesTableView view;
        view.setTableData(sample());
        view.tableView()->sortByColumn(widgets::ValuesTableModel::FirstValueColumn,
                                       Qt::DescendingOrder);
        QAbstractItemModel *model = view.tableView()->model();
        QCOMPARE(model->index(0, widgets::ValuesTableModel::NameColumn).data().toString(),
                 QStringLiteral("Centrum"));
        QCOMPARE(model->index(1, widgets::ValuesTableModel::NameColumn).data().toString(),
                 QStringLiteral("Noord"));
        QCOMPARE(model->index(2, widgets::ValuesTableModel::NameColumn).data().toString(),
                 QStringLiteral("Oost"));
    }

    void filtersOnNameOrCode()
    {
        widgets::ValuesTableView view;
        view.setTableData(sample());
        view.filterEdit()->setText(QStringLiteral("oost"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.filterEdit()->setText(QStringLiteral("WK0001"));
        QCOMPARE(view.proxy()->rowCount(), 3);
    }

    void followsAndReportsTheSelection()
    {
        widgets::ValuesTableView view;
        view.setTableData(sample());
        QSignalSpy spy(&view, &widgets::ValuesTableView::regionsSelected);
        view.setSelectedRegions({QStringLiteral("WK000102")});
        QCOMPARE(spy.count(), 0); // applying the shared selection does not echo
        const QModelIndexList rows = view.tableView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().data(widgets::ValuesTableModel::RegionCodeRole).toString(),
                 QStringLiteral("WK000102"));
        QAbstractItemModel *model = view.tableView()->model();
        view.tableView()->selectionModel()->select(model->index(0, 1),
                                                   QItemSelectionModel::ClearAndSelect);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constLast().at(0).toStringList().size(), 1);
    }

    void offersPeriodsOrIndicatorsAcross()
    {
        widgets::ValuesTableView view;
        QCOMPARE(view.columns(), widgets::ValuesTableView::Columns::Periods);
        QSignalSpy spy(&view, &widgets::ValuesTableView::columnsChosen);
        view.setColumns(widgets::ValuesTableView::Columns::Indicators);
        QCOMPARE(view.columns(), widgets::ValuesTableView::Columns::Indicators);
        QCOMPARE(spy.count(), 0); // restoring a choice is not a user's choice
        QComboBox *box = view.columnsBox();
        QCOMPARE(box->count(), 2);
        for (int i = 0; i < box->count(); ++i)
            QVERIFY(!box->itemText(i).isEmpty());
        const int periods = box->findData(int(widgets::ValuesTableView::Columns::Periods));
        box->setCurrentIndex(periods);
        emit box->activated(periods); // what a click on the item sends
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constLast().at(0).value<widgets::ValuesTableView::Columns>(),
                 widgets::ValuesTableView::Columns::Periods);
    }

    void keepsEachIndicatorColumnsDecimals()
    {
        widgets::TableData data;
        data.columns = {{QStringLiteral("Inwoners"), 0, QString(), QString()},
                        {QStringLiteral("Aandeel 65+"), 1, QString(), QString()}};
        data.rows = {{QStringLiteral("WK000101"),
                      QStringLiteral("Centrum"),
                      {{12345.0, ValueStatus::Final}, {18.25, ValueStatus::Final}}}};
        widgets::ValuesTableView view;
        view.setTableData(data);
        const QAbstractItemModel *model = view.model();
        QCOMPARE(model->index(0, widgets::ValuesTableModel::FirstValueColumn).data().toString(),
                 QStringLiteral("12345"));
        QCOMPARE(model->index(0, widgets::ValuesTableModel::FirstValueColumn + 1).data().toString(),
                 QStringLiteral("18,3"));
        QCOMPARE(model->headerData(widgets::ValuesTableModel::FirstValueColumn + 1, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Aandeel 65+"));
    }
};

QTEST_MAIN(TestValuesTable)
#include "test_values_table.moc"
