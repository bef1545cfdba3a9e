#include "catalogue/indicator_catalogue.h"

#include "model/units.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace wijk::widgets {

IndicatorCatalogue::IndicatorCatalogue(QWidget *parent) : QWidget(parent)
{
    mModel = new QStandardItemModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setRecursiveFilteringEnabled(true);
    mProxy->setFilterRole(SearchRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("catalogueSearch"));
    mSearch->setClearButtonEnabled(true);
    connect(mSearch, &QLineEdit::textChanged, this, &IndicatorCatalogue::setSearchText);

    mTree = new QTreeView(this);
    mTree->setObjectName(QStringLiteral("catalogueTree"));
    mTree->setModel(mProxy);
    mTree->setHeaderHidden(true);
    mTree->setUniformRowHeights(true);
    mTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTree->setMouseTracking(true);

    mDetails = new QTextBrowser(this);
    mDetails->setObjectName(QStringLiteral("catalogueDetails"));
    mDetails->setOpenLinks(false);
    mDetails->setMinimumHeight(80);
    // Break lines between words only: a narrow dock must not split "Bijstands-uitkering".
    mDetails->setWordWrapMode(QTextOption::WordWrap);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mTree);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(mSearch);
    layout->addWidget(splitter, 1);

    connect(mTree, &QTreeView::entered, this, &IndicatorCatalogue::showDetails);
    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showDetails(current);
                const QString code = current.data(CodeRole).toString();
                if (code.isEmpty() || code == mCurrent)
                    return;
                mCurrent = code;
                if (!mSilent)
                    emit indicatorChosen(code);
            });
    retranslate();
}

void IndicatorCatalogue::setIndicators(const QVector<Indicator> &indicators, bool english)
{
    mIndicators = indicators;
    mEnglish = english;
    rebuild();
}

void IndicatorCatalogue::rebuild()
{
    mSilent = true;
    mModel->clear();
    QMap<QString, QStandardItem *> themes;
    for (const Indicator &indicator : qAsConst(mIndicators)) {
        const QString theme = indicator.theme.isEmpty() ? tr("Other") : indicator.theme;
        QStandardItem *themeItem = themes.value(theme);
        if (!themeItem) {
            themeItem = new QStandardItem(theme);
            themeItem->setData(theme, SearchRole);
            themeItem->setSelectable(false);
            QFont font = themeItem->font();
            font.setBold(true);
            themeItem->setFont(font);
            themes.insert(theme, themeItem);
        }
        auto *item = new QStandardItem(indicator.displayName(mEnglish));
        item->setData(indicator.code, CodeRole);
        item->setData(QStringList{indicator.code, indicator.name, indicator.nameEn, indicator.theme,
                                  indicator.definition}
                          .join(QLatin1Char(' ')),
                      SearchRole);
        item->setToolTip(indicator.definition);
        themeItem->appendRow(item);
    }
    for (QStandardItem *theme : qAsConst(themes))
        mModel->appendRow(theme);
    mModel->sort(0);
    mTree->expandAll();
    mSilent = false;
    if (!mCurrent.isEmpty())
        setCurrentIndicator(mCurrent);
}

void IndicatorCatalogue::setCurrentIndicator(const QString &code)
{
    mCurrent = code;
    QModelIndexList hits = mProxy->match(mProxy->index(0, 0), CodeRole, code, 1,
                                         Qt::MatchExactly | Qt::MatchRecursive);
    if (hits.isEmpty() && !mSearch->text().isEmpty()) {
        // Chosen elsewhere (a signal, the command line) but hidden by the search: the
        // catalogue must show what the other views show, so the search gives way.
        setSearchText(QString());
        hits = mProxy->match(mProxy->index(0, 0), CodeRole, code, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    }
    if (hits.isEmpty()) {
        mDetails->setHtml(detailsHtml(code));
        return;
    }
    mSilent = true;
    mTree->setCurrentIndex(hits.constFirst());
    mTree->scrollTo(hits.constFirst());
    mSilent = false;
    showDetails(hits.constFirst());
}

void IndicatorCatalogue::setSearchText(const QString &text)
{
    if (mSearch->text() != text)
        mSearch->setText(text);
    mProxy->setFilterFixedString(text);
    mTree->expandAll();
}

QStringList IndicatorCatalogue::visibleIndicators() const
{
    QStringList codes;
    for (int t = 0; t < mProxy->rowCount(); ++t) {
        const QModelIndex theme = mProxy->index(t, 0);
        for (int i = 0; i < mProxy->rowCount(theme); ++i)
            codes << mProxy->index(i, 0, theme).data(CodeRole).toString();
    }
    return codes;
}

const Indicator *IndicatorCatalogue::find(const QString &code) const
{
    for (const Indicator &indicator : mIndicators)
        if (indicator.code == code)
            return &indicator;
    return nullptr;
}

QString IndicatorCatalogue::unitLabel(const QString &unit)
{
    return unitNameOfCode(unit, languageOf(QLocale()));
}

QString IndicatorCatalogue::detailsHtml(const QString &code) const
{
    const Indicator *indicator = find(code);
    if (!indicator)
        return QString();
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<p><b>%1</b> <span style='color:gray'>(%2)</span></p>")
                       .arg(esc(indicator->displayName(mEnglish)), esc(indicator->code));
    if (!indicator->definition.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(indicator->definition));
    // One line per fact: a narrow dock must not break a label in the middle of a word.
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<p style='margin:2px 0'><span style='color:gray'>%1:</span> %2</p>")
                    .arg(esc(label), esc(value));
    };
    row(tr("Theme"), indicator->theme);
    row(tr("Unit"), unitLabel(indicator->unit));
    row(tr("Source"), indicator->source.isEmpty() ? tr("not stated") : indicator->source);
    row(tr("Disclosure threshold"),
        indicator->minN > 0 ? tr("values based on fewer than %1 are not shown").arg(indicator->minN)
                            : tr("none"));
    return html;
}

void IndicatorCatalogue::showDetails(const QModelIndex &proxyIndex)
{
    const QString code = proxyIndex.data(CodeRole).toString();
    if (code.isEmpty())
        return;
    mDetails->setHtml(detailsHtml(code));
}

void IndicatorCatalogue::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorCatalogue::retranslate()
{
    mSearch->setPlaceholderText(tr("Search indicators…"));
    if (!mCurrent.isEmpty())
        mDetails->setHtml(detailsHtml(mCurrent));
    else
        mDetails->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(tr("Choose an indicator to see its definition.")));
}

} // namespace wijk::widgets
