// The signals list: what the engine flagged (a wijk moving away from the city, a break in a
// trend), in the engine's order (what needs attention first), filterable by theme,
// assessment, direction and level. Choosing one selects region and indicator.
#pragma once

#include "engine/signals.h"
#include "model/model.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTreeView;

namespace wijk::widgets {

//! One signal as the list shows it (filled by the app from the engine's results).
struct SignalEntry
{
    QString region;
    QString regionName;
    RegionLevel level = RegionLevel::Wijk;
    QString indicator;
    QString indicatorName;
    QString theme;
    int direction = 0; //!< +1 up, -1 down, 0 undetermined
    //! What the signal means given the polarity (the engine's, engine::Signal::assessment).
    engine::SignalAssessment assessment = engine::SignalAssessment::Unfavourable;
    double strength = 0; //!< larger is stronger
    int period = 0;
    QString explanation; //!< the engine's Dutch (or English) sentence
};

class SignalsList : public QWidget
{
    Q_OBJECT

public:
    static constexpr int EntryRole = Qt::UserRole + 1;

    explicit SignalsList(QWidget *parent = nullptr);

    //! Replaces the list, shown in the given order (the engine's, engine::sortSignals():
    //! unfavourable, favourable, neutral, each strongest first); the filters keep their choice
    //! when it still exists.
    void setSignals(const QVector<SignalEntry> &entries);
    //! While true the list is empty and says the signals are being computed (they come from
    //! a worker thread); setSignals() then fills it.
    void setComputing(bool computing);
    bool isComputing() const { return mComputing; }
    //! Number of signals passing the filters.
    int visibleCount() const;
    //! The entry shown at a visible row.
    SignalEntry visibleEntry(int row) const;

    //! Filter setters (empty / 0 / -1 means all); what the combo boxes do.
    void setThemeFilter(const QString &theme);
    void setDirectionFilter(int direction);
    //! -1: all; else an engine::SignalAssessment (verslechtering, verbetering, neutraal).
    void setAssessmentFilter(int assessment);
    void setLevelFilter(int level);

    //! The memo basket: wijk signals ticked for the council memo, as (region, indicator)
    //! codes in the order they were ticked (the memo dialog reorders them).
    QVector<QPair<QString, QString>> memoBasket() const { return mMemoBasket; }
    //! Ticks these signals (also those the list does not show yet); emits nothing.
    void setMemoBasket(const QVector<QPair<QString, QString>> &basket);

    //! Translated word for an assessment: unfavourable, favourable, neutral.
    static QString assessmentLabel(engine::SignalAssessment assessment);
    //! Translated word for a level.
    static QString levelLabel(RegionLevel level);

signals:
    //! The user chose a signal: select this region and show this indicator everywhere.
    void signalChosen(const QString &region, const QString &indicator);
    //! The user ticked or unticked a signal for the memo.
    void memoBasketChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildModel();
    void rebuildFilters();
    void applyFilters();
    void onItemChanged(QStandardItem *item);

    QVector<SignalEntry> mEntries;
    QStandardItemModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTreeView *mView = nullptr;
    QComboBox *mTheme = nullptr;
    QComboBox *mDirection = nullptr;
    QComboBox *mAssessment = nullptr;
    QComboBox *mLevel = nullptr;
    QLabel *mCount = nullptr;
    QString mThemeFilter;
    int mDirectionFilter = 0;
    int mAssessmentFilter = -1;
    int mLevelFilter = -1;
    bool mComputing = false;
    QVector<QPair<QString, QString>> mMemoBasket;
};

} // namespace wijk::widgets
