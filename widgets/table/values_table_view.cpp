#include "table/values_table_view.h"

#include "table_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace wijk::widgets {

namespace {

//! Filters and sorts with the presentation module's rules (table_view.h), which an export of
//! the table as shown applies too: the export holds these rows in this order.
class ValuesTableProxy : public QSortFilterProxyModel
{
public:
    ValuesTableProxy(ValuesTableModel *model, QObject *parent)
        : QSortFilterProxyModel(parent), mModel(model)
    {
    }

    void setFilterText(const QString &text)
    {
        mFilterText = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const auto &rows = mModel->tableData().rows;
        return sourceRow < 0 || sourceRow >= rows.size() ||
               presentation::tableRowMatches(rows.at(sourceRow), mFilterText);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto &rows = mModel->tableData().rows;
        if (left.row() >= rows.size() || right.row() >= rows.size())
            return left.row() < right.row();
        return presentation::tableRowLess(rows.at(left.row()), rows.at(right.row()), left.column());
    }

private:
    ValuesTableModel *mModel;
    QString mFilterText;
};

} // namespace

ValuesTableView::ValuesTableView(QWidget *parent) : QWidget(parent)
{
    qRegisterMetaType<Columns>(); // queued connections and signal spies
    mModel = new ValuesTableModel(this);
    mProxy = new ValuesTableProxy(mModel, this);
    mProxy->setSourceModel(mModel);

    mFilter = new QLineEdit(this);
    mFilter->setObjectName(QStringLiteral("tableFilter"));
    mFilter->setClearButtonEnabled(true);
    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<ValuesTableProxy *>(mProxy)->setFilterText(text);
    });

    mColumns = new QComboBox(this);
    mColumns->setObjectName(QStringLiteral("tableColumns"));
    mColumns->addItem(QString(), int(Columns::Periods));
    mColumns->addItem(QString(), int(Columns::Indicators));
    mColumns->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(mColumns, QOverload<int>::of(&QComboBox::activated), this,
            [this](int) { emit columnsChosen(columns()); });

    mTable = new QTableView(this);
    mTable->setObjectName(QStringLiteral("valuesTable"));
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(ValuesTableModel::NameColumn, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setAlternatingRowColors(true);
    mTable->verticalHeader()->setVisible(false);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 8);
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    mTable->setWordWrap(false);

    auto *copy = new QAction(this);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    connect(copy, &QAction::triggered, this, &ValuesTableView::copySelection);
    mTable->addAction(copy);
    // Ctrl+A selects cells to copy, not regions: every other view keeps its selection.
    auto *selectAll = new QAction(this);
    selectAll->setObjectName(QStringLiteral("selectAllCellsAction"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, this, &ValuesTableView::selectAllCells);
    mTable->addAction(selectAll);

    mLegend = new QLabel(this);
    mLegend->setWordWrap(true);
    mLegend->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    bar->addWidget(mFilter, 1);
    bar->addWidget(mColumns);
    layout->addLayout(bar);
    layout->addWidget(mTable, 1);
    layout->addWidget(mLegend);

    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ValuesTableView::onUserSelection);
    retranslate();
}

ValuesTableView::Columns ValuesTableView::columns() const
{
    return Columns(mColumns->currentData().toInt());
}

void ValuesTableView::setColumns(Columns columns)
{
    mColumns->setCurrentIndex(mColumns->findData(int(columns)));
}

void ValuesTableView::setTableData(const TableData &data)
{
    mApplyingSelection = true;
    mModel->setData(data);
    mTable->resizeColumnsToContents();
    // Room for the bold text of highlighted rows, which resizeColumnsToContents does not see.
    for (int col = 0; col < mModel->columnCount(); ++col)
        mTable->setColumnWidth(col, mTable->columnWidth(col) + 12);
    mTable->setColumnWidth(ValuesTableModel::NameColumn,
                           qMin(mTable->columnWidth(ValuesTableModel::NameColumn), 260));
    mApplyingSelection = false;
    setSelectedRegions(mSelected);
    updateLegend();
}

void ValuesTableView::updateLegend()
{
    QString text =
        tr("<i>italic</i>: provisional · <span style='color:#1f4e79'>blue</span>: "
           "derived by the workbench · %1: suppressed (below the disclosure "
           "threshold) · %2: small numbers (shown, never a signal)")
            .arg(ValuesTableModel::suppressedMark(), ValuesTableModel::smallNumbersMark());
    // Estimates only appear on a division the figures were moved onto: explained then.
    bool estimated = false;
    for (const TableRow &row : mModel->tableData().rows)
        for (const TableCell &cell : row.cells)
            estimated = estimated || cell.status == ValueStatus::Estimated;
    if (estimated)
        text +=
            QStringLiteral(" · ") + tr("%1: estimated (moved onto this division by a crosswalk)")
                                        .arg(ValuesTableModel::estimateMark());
    mLegend->setText(text);
}

void ValuesTableView::setSelectedRegions(const QSet<QString> &codes)
{
    mSelected = codes;
    mModel->setHighlighted(codes);
    mApplyingSelection = true;
    QItemSelection selection;
    for (int row = 0; row < mProxy->rowCount(); ++row) {
        const QModelIndex idx = mProxy->index(row, 0);
        if (codes.contains(idx.data(ValuesTableModel::RegionCodeRole).toString()))
            selection.select(idx, mProxy->index(row, mProxy->columnCount() - 1));
    }
    mTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        mTable->scrollTo(selection.indexes().constFirst());
    mApplyingSelection = false;
}

void ValuesTableView::onUserSelection()
{
    if (mApplyingSelection)
        return;
    QStringList codes;
    for (const QModelIndex &idx : mTable->selectionModel()->selectedIndexes()) {
        const QString code = idx.data(ValuesTableModel::RegionCodeRole).toString();
        if (!codes.contains(code))
            codes << code;
    }
    emit regionsSelected(codes);
}

void ValuesTableView::selectAllCells()
{
    mApplyingSelection = true;
    mTable->selectAll();
    mApplyingSelection = false;
}

QString ValuesTableView::selectionAsTsv() const
{
    QModelIndexList indexes = mTable->selectionModel()->selectedIndexes();
    if (indexes.isEmpty()) {
        for (int row = 0; row < mProxy->rowCount(); ++row)
            for (int col = 0; col < mProxy->columnCount(); ++col)
                indexes << mProxy->index(row, col);
    }
    if (indexes.isEmpty())
        return QString();
    QVector<int> rows, cols;
    for (const QModelIndex &idx : indexes) {
        if (!rows.contains(idx.row()))
            rows << idx.row();
        if (!cols.contains(idx.column()))
            cols << idx.column();
    }
    std::sort(rows.begin(), rows.end());
    std::sort(cols.begin(), cols.end());
    // Excel splits on tabs and newlines; anything else inside a cell stays as it is.
    auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    const QItemSelectionModel *sel = mTable->selectionModel();
    const bool all = sel->selectedIndexes().isEmpty();
    const TableData &data = mModel->tableData();
    QVector<QStringList> body;
    bool provisional = false, suppressed = false, smallNumbers = false, estimated = false;
    for (int row : rows) {
        QStringList cells;
        for (int col : cols) {
            const QModelIndex idx = mProxy->index(row, col);
            QString text;
            if (all || sel->isSelected(idx)) {
                text = clean(idx.data().toString());
                smallNumbers |= text.endsWith(ValuesTableModel::smallNumbersMark());
                const QVariant status = idx.data(ValuesTableModel::StatusRole);
                if (status.isValid() && !text.isEmpty()) {
                    const auto s = ValueStatus(status.toInt());
                    if (s == ValueStatus::Provisional ||
                        (s == ValueStatus::Estimated &&
                         !text.startsWith(ValuesTableModel::estimateMark()))) {
                        text += ValuesTableModel::provisionalMark();
                        provisional = true;
                    }
                    estimated |= text.startsWith(ValuesTableModel::estimateMark());
                    suppressed |= s == ValueStatus::Suppressed;
                }
            }
            cells << text;
        }
        body << cells;
    }
    // A header says what the numbers are: indicator(s), unit, period, and what the marks mean.
    QStringList lines;
    if (!data.caption.isEmpty())
        lines << clean(data.caption);
    QStringList marks;
    if (provisional)
        marks << tr("%1 provisional").arg(ValuesTableModel::provisionalMark());
    if (estimated)
        marks << tr("%1 estimated: moved onto this division by a crosswalk")
                     .arg(ValuesTableModel::estimateMark());
    if (suppressed)
        marks << tr("%1 withheld (fewer observations than the disclosure threshold)")
                     .arg(ValuesTableModel::suppressedMark());
    if (smallNumbers)
        marks << tr("%1 small numbers (shown, never a signal)")
                     .arg(ValuesTableModel::smallNumbersMark());
    if (!marks.isEmpty())
        lines << marks.join(QStringLiteral("; "));
    QStringList header;
    for (int col : cols) {
        QString title = mProxy->headerData(col, Qt::Horizontal).toString();
        const int valueColumn = col - ValuesTableModel::FirstValueColumn;
        if (valueColumn >= 0 && valueColumn < data.columns.size() &&
            !data.columns.at(valueColumn).unit.isEmpty())
            title += QStringLiteral(" (%1)").arg(data.columns.at(valueColumn).unit);
        header << clean(title);
    }
    lines << header.join(QLatin1Char('\t'));
    for (const QStringList &cells : qAsConst(body))
        lines << cells.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ValuesTableView::copySelection()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void ValuesTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ValuesTableView::retranslate()
{
    mFilter->setPlaceholderText(tr("Filter regions…"));
    mColumns->setItemText(mColumns->findData(int(Columns::Periods)), tr("Years across"));
    mColumns->setItemText(mColumns->findData(int(Columns::Indicators)),
                          tr("Indicators of the theme across"));
    mColumns->setToolTip(tr("Regions down; across either the years of the chosen indicator "
                            "or all indicators of its theme in the chosen year"));
    updateLegend();
    for (QAction *action : mTable->actions())
        if (action->objectName() == QLatin1String("copyAction"))
            action->setText(tr("Copy"));
    mModel->retranslate();
}

presentation::TableViewOrder ValuesTableView::viewOrder() const
{
    presentation::TableViewOrder order;
    order.filter = mFilter->text();
    order.sortColumn = mTable->horizontalHeader()->sortIndicatorSection();
    order.descending = mTable->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    return order;
}

} // namespace wijk::widgets
