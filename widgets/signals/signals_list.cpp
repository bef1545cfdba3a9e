#include "signals/signals_list.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

Q_DECLARE_METATYPE(wijk::widgets::SignalEntry)

namespace wijk::widgets {

namespace {

//! Filters on the entry stored in column 0 instead of on text.
class SignalsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString theme;
    int direction = 0;
    int assessment = -1;
    int level = -1;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto entry =
            sourceModel()->index(row, 0, parent).data(SignalsList::EntryRole).value<SignalEntry>();
        if (!theme.isEmpty() && entry.theme != theme)
            return false;
        if (direction != 0 && entry.direction != direction)
            return false;
        if (assessment >= 0 && static_cast<int>(entry.assessment) != assessment)
            return false;
        return level < 0 || static_cast<int>(entry.level) == level;
    }
};

QColor assessmentColour(engine::SignalAssessment assessment)
{
    switch (assessment) {
    case engine::SignalAssessment::Unfavourable:
        return QColor(190, 40, 40);
    case engine::SignalAssessment::Favourable:
        return QColor(26, 120, 60);
    case engine::SignalAssessment::Neutral:
        break;
    }
    return QColor(90, 90, 90);
}

} // namespace

QString SignalsList::assessmentLabel(engine::SignalAssessment assessment)
{
    switch (assessment) {
    case engine::SignalAssessment::Unfavourable:
        return tr("unfavourable");
    case engine::SignalAssessment::Favourable:
        return tr("favourable");
    case engine::SignalAssessment::Neutral:
        break;
    }
    return tr("neutral");
}

SignalsList::SignalsList(QWidget *parent) : QWidget(parent)
{
    mModel = new QStandardItemModel(this);
    mProxy = new SignalsFilter(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::UserRole + 2);

    mTheme = new QComboBox(this);
    mTheme->setObjectName(QStringLiteral("signalThemeFilter"));
    mDirection = new QComboBox(this);
    mDirection->setObjectName(QStringLiteral("signalDirectionFilter"));
    mAssessment = new QComboBox(this);
    mAssessment->setObjectName(QStringLiteral("signalAssessmentFilter"));
    mLevel = new QComboBox(this);
    mLevel->setObjectName(QStringLiteral("signalLevelFilter"));
    for (QComboBox *box : {mTheme, mAssessment, mDirection, mLevel})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mCount = new QLabel(this);

    mView = new QTreeView(this);
    mView->setObjectName(QStringLiteral("signalsView"));
    mView->setModel(mProxy);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setSortingEnabled(true);
    // Column 0 sorts by the engine's rank: what needs attention first, then strength.
    mView->sortByColumn(0, Qt::AscendingOrder);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAlternatingRowColors(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(mTheme);
    filters->addWidget(mAssessment);
    filters->addWidget(mDirection);
    filters->addWidget(mLevel);
    filters->addStretch(1);
    filters->addWidget(mCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(mView, 1);

    connect(mTheme, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setThemeFilter(mTheme->currentData().toString()); });
    connect(mDirection, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setDirectionFilter(mDirection->currentData().toInt()); });
    connect(mAssessment, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setAssessmentFilter(mAssessment->currentData().toInt()); });
    connect(mLevel, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setLevelFilter(mLevel->currentData().toInt()); });
    auto choose = [this](const QModelIndex &index) {
        const auto entry = index.siblingAtColumn(0).data(EntryRole).value<SignalEntry>();
        if (!entry.region.isEmpty())
            emit signalChosen(entry.region, entry.indicator);
    };
    connect(mModel, &QStandardItemModel::itemChanged, this, &SignalsList::onItemChanged);
    connect(mView, &QTreeView::activated, this, choose);
    connect(mView, &QTreeView::clicked, this, choose);
    retranslate();
}

QString SignalsList::levelLabel(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Land:
        return tr("country");
    case RegionLevel::Gemeente:
        return tr("municipality");
    case RegionLevel::Wijk:
        return tr("district (wijk)");
    case RegionLevel::Buurt:
        return tr("neighbourhood (buurt)");
    }
    return QString();
}

void SignalsList::setSignals(const QVector<SignalEntry> &entries)
{
    mEntries = entries;
    rebuildModel();
    rebuildFilters();
    applyFilters();
}

void SignalsList::setMemoBasket(const QVector<QPair<QString, QString>> &basket)
{
    mMemoBasket = basket;
    const QSignalBlocker quiet(mModel);
    for (int row = 0; row < mModel->rowCount(); ++row) {
        QStandardItem *region = mModel->item(row, 0);
        if (!region->isCheckable())
            continue;
        const auto entry = region->data(EntryRole).value<SignalEntry>();
        region->setCheckState(
            mMemoBasket.contains({entry.region, entry.indicator}) ? Qt::Checked : Qt::Unchecked);
    }
    mView->viewport()->update();
}

void SignalsList::onItemChanged(QStandardItem *item)
{
    if (item->column() != 0 || !item->isCheckable())
        return;
    const auto entry = item->data(EntryRole).value<SignalEntry>();
    const QPair<QString, QString> key{entry.region, entry.indicator};
    const bool ticked = item->checkState() == Qt::Checked;
    if (ticked == mMemoBasket.contains(key))
        return;
    if (ticked)
        mMemoBasket.append(key);
    else
        mMemoBasket.removeAll(key);
    emit memoBasketChanged();
}

void SignalsList::setComputing(bool computing)
{
    mComputing = computing;
    if (computing) {
        mEntries.clear();
        rebuildModel();
        rebuildFilters();
    }
    applyFilters();
}

void SignalsList::rebuildModel()
{
    // Filled while detached from the filter proxy: attached, every appended row was filtered
    // and sorted on its own (13,517 national wijk signals: 405 ms on the UI thread, 115 ms
    // detached).
    mProxy->setSourceModel(nullptr);
    mModel->clear();
    mModel->setHorizontalHeaderLabels(
        {tr("Region"), tr("Indicator"), tr("Direction"), tr("Period"), tr("Explanation")});
    for (int i = 0; i < mEntries.size(); ++i) {
        const SignalEntry &e = mEntries.at(i);
        auto *region = new QStandardItem(e.regionName.isEmpty() ? e.region : e.regionName);
        region->setData(QVariant::fromValue(e), EntryRole);
        region->setData(i, Qt::UserRole + 2);
        region->setToolTip(e.region);
        // Wijk signals can go into the council memo (the memo basket).
        if (e.level == RegionLevel::Wijk) {
            region->setCheckable(true);
            region->setCheckState(mMemoBasket.contains({e.region, e.indicator}) ? Qt::Checked
                                                                                : Qt::Unchecked);
            region->setToolTip(
                tr("%1 · tick to put this signal in the council memo").arg(e.region));
        }
        auto *indicator =
            new QStandardItem(e.indicatorName.isEmpty() ? e.indicator : e.indicatorName);
        indicator->setData(i, Qt::UserRole + 2);
        const QString arrow = e.direction > 0   ? QStringLiteral("▲")
                              : e.direction < 0 ? QStringLiteral("▼")
                                                : QStringLiteral("●");
        auto *direction =
            new QStandardItem(QStringLiteral("%1 %2").arg(arrow, assessmentLabel(e.assessment)));
        direction->setForeground(assessmentColour(e.assessment));
        // Sorting this column groups by assessment (unfavourable first), then direction.
        direction->setData(static_cast<int>(e.assessment) * 10 - e.direction, Qt::UserRole + 2);
        auto *period = new QStandardItem(e.period > 0 ? QString::number(e.period) : QString());
        period->setData(e.period, Qt::UserRole + 2);
        auto *explanation = new QStandardItem(e.explanation);
        explanation->setToolTip(e.explanation);
        explanation->setData(i, Qt::UserRole + 2);
        mModel->appendRow({region, indicator, direction, period, explanation});
    }
    mProxy->setSourceModel(mModel);
    mView->header()->setSectionResizeMode(QHeaderView::Interactive);
    mView->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c) {
        mView->resizeColumnToContents(c);
        // Long indicator names must leave room for the explanation, in a narrow dock too.
        const int room = mView->viewport()->width();
        mView->setColumnWidth(c, qMin(mView->columnWidth(c), c < 2 ? qBound(90, room / 5, 200)
                                                                   : qBound(60, room / 9, 120)));
    }
}

void SignalsList::rebuildFilters()
{
    QStringList themes;
    for (const SignalEntry &e : qAsConst(mEntries))
        if (!e.theme.isEmpty() && !themes.contains(e.theme))
            themes << e.theme;
    themes.sort();
    mTheme->clear();
    mTheme->addItem(tr("All themes"), QString());
    for (const QString &theme : qAsConst(themes))
        mTheme->addItem(theme, theme);
    mTheme->setCurrentIndex(qMax(0, mTheme->findData(mThemeFilter)));
    mThemeFilter = mTheme->currentData().toString();

    mDirection->clear();
    mDirection->addItem(tr("Both directions"), 0);
    mDirection->addItem(tr("▲ rising"), 1);
    mDirection->addItem(tr("▼ falling"), -1);
    mDirection->setCurrentIndex(qMax(0, mDirection->findData(mDirectionFilter)));

    mAssessment->clear();
    mAssessment->addItem(tr("All assessments"), -1);
    mAssessment->addItem(tr("deterioration"),
                         static_cast<int>(engine::SignalAssessment::Unfavourable));
    mAssessment->addItem(tr("improvement"), static_cast<int>(engine::SignalAssessment::Favourable));
    mAssessment->addItem(tr("neutral (no polarity)"),
                         static_cast<int>(engine::SignalAssessment::Neutral));
    mAssessment->setCurrentIndex(qMax(0, mAssessment->findData(mAssessmentFilter)));

    mLevel->clear();
    mLevel->addItem(tr("All levels"), -1);
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt})
        mLevel->addItem(levelLabel(level), static_cast<int>(level));
    mLevel->setCurrentIndex(qMax(0, mLevel->findData(mLevelFilter)));
}

void SignalsList::setThemeFilter(const QString &theme)
{
    mThemeFilter = theme;
    mTheme->setCurrentIndex(qMax(0, mTheme->findData(theme)));
    applyFilters();
}

void SignalsList::setDirectionFilter(int direction)
{
    mDirectionFilter = direction;
    mDirection->setCurrentIndex(qMax(0, mDirection->findData(direction)));
    applyFilters();
}

void SignalsList::setAssessmentFilter(int assessment)
{
    mAssessmentFilter = assessment;
    mAssessment->setCurrentIndex(qMax(0, mAssessment->findData(assessment)));
    applyFilters();
}

void SignalsList::setLevelFilter(int level)
{
    mLevelFilter = level;
    mLevel->setCurrentIndex(qMax(0, mLevel->findData(level)));
    applyFilters();
}

void SignalsList::applyFilters()
{
    auto *filter = static_cast<SignalsFilter *>(mProxy);
    filter->theme = mThemeFilter;
    filter->direction = mDirectionFilter;
    filter->assessment = mAssessmentFilter;
    filter->level = mLevelFilter;
    filter->refresh();
    mCount->setText(mComputing ? tr("Computing signals…")
                               : tr("%n signal(s)", nullptr, mProxy->rowCount()));
}

int SignalsList::visibleCount() const
{
    return mProxy->rowCount();
}

SignalEntry SignalsList::visibleEntry(int row) const
{
    return mProxy->index(row, 0).data(EntryRole).value<SignalEntry>();
}

void SignalsList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignalsList::retranslate()
{
    rebuildModel();
    rebuildFilters();
    applyFilters();
}

} // namespace wijk::widgets
