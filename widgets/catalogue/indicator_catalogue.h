// The indicator catalogue: a tree of themes and indicators with search, and a panel that
// shows what an indicator means (definition, unit, source, disclosure threshold).
#pragma once

#include "model/model.h"

#include <QVector>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;
class QModelIndex;

namespace wijk::widgets {

class IndicatorCatalogue : public QWidget
{
    Q_OBJECT

public:
    //! The indicator code of a tree item (empty for theme items).
    static constexpr int CodeRole = Qt::UserRole + 1;
    //! What search matches: code, Dutch and English name, theme, definition.
    static constexpr int SearchRole = Qt::UserRole + 2;

    explicit IndicatorCatalogue(QWidget *parent = nullptr);

    //! Fills the tree, grouped by theme; english chooses the display names.
    void setIndicators(const QVector<Indicator> &indicators, bool english);
    //! Selects an indicator in the tree without emitting indicatorChosen.
    void setCurrentIndicator(const QString &code);
    QString currentIndicator() const { return mCurrent; }

    //! Filters the tree (what the search box does).
    void setSearchText(const QString &text);
    //! Indicator codes visible under the current search, in tree order.
    QStringList visibleIndicators() const;
    //! The details text of an indicator as shown in the panel (HTML).
    QString detailsHtml(const QString &code) const;

    //! Translated display word for a unit code of the extract contract.
    static QString unitLabel(const QString &unit);

    QTreeView *treeView() const { return mTree; }
    QLineEdit *searchEdit() const { return mSearch; }

signals:
    //! The user picked an indicator.
    void indicatorChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void showDetails(const QModelIndex &proxyIndex);
    const Indicator *find(const QString &code) const;

    QVector<Indicator> mIndicators;
    bool mEnglish = false;
    QString mCurrent;
    bool mSilent = false;
    QStandardItemModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QLineEdit *mSearch = nullptr;
    QTreeView *mTree = nullptr;
    QTextBrowser *mDetails = nullptr;
};

} // namespace wijk::widgets
