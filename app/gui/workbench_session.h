// One open workspace as the window sees it: the workspace file, the engine's dataset (with
// aggregates and disclosure control applied) and trends, and the conversions from engine
// results into the plain inputs of the widgets (tables, charts, maps, signals).
// Lazy (docs/architecture.md, "Opening a workspace"): open() reads the catalogue, the regions
// and the first indicator; every other indicator is loaded, and its trends computed, when a
// view first asks for it. The signals of all indicators are computed on a worker thread
// (startSignals); until adoptSignals() the session has none.
#pragma once

#include "charts/chart_data.h"
#include "engine/boundary_choice.h"
#include "engine/dataset.h"
#include "engine/harmonised_dataset.h"
#include "engine/signals.h"
#include "engine/trends.h"
#include "gui/division_switch.h"
#include "map_value.h"
#include "map_values.h"
#include "model/model.h"
#include "signals/signals_list.h"
#include "table/values_table_model.h"
#include "trend_cache.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QVector>
#include <memory>
#include <utility>

namespace wijk::workspace {
class ObservationReader;
class Workspace;
} // namespace wijk::workspace

namespace wijk::gui {

class WorkbenchSession
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchSession)

public:
    //! Most municipalities the trend chart shows when nothing is selected.
    static constexpr size_t kDefaultTrendSeries = 10;

    ~WorkbenchSession();

    //! Opens a workspace with the first indicators loaded (the first of the catalogue when
    //! none of `first` exists); nullptr with *error on failure.
    static std::unique_ptr<WorkbenchSession> open(const QString &path, QString *error,
                                                  const QStringList &first = {});

    //! The workspace file's absolute path, or the team workspace's location as opened: for
    //! opening it again in this process (it may carry a password: never show or store it).
    QString path() const { return mPath; }
    //! The path, or the team workspace's location without a password: for people.
    QString shownLocation() const;
    //! The file's base name, or "schema @ host/database" of a team workspace: for the title.
    QString shortName() const;
    //! True for a team workspace on PostgreSQL.
    bool isServer() const { return mServer; }
    //! What the workspace's imports were when it was read (workspace::readRevision): a fresh
    //! reading that differs means another import came in since.
    QString revision() const { return mRevision; }
    QString name() const { return mName; }
    bool isReadOnly() const { return mReadOnly; }
    //! The lazy dataset: only loaded indicators have values (isLoaded()).
    const engine::Dataset &dataset() const { return mDataset; }
    //! Loads an indicator and its components now (the views do it themselves); false when
    //! the code is unknown or the workspace cannot be read (loadError() says why).
    bool ensureLoaded(const QString &code);
    QString loadError() const { return mLoadError; }

    //! Starts computing the signals of every indicator and level on a worker thread; the
    //! future finishes when they are ready (or cancelled). Restarting cancels the previous run.
    QFuture<void> startSignals();
    //! Whether startSignals() ran and adoptSignals() has not taken its result yet.
    bool signalsPending() const { return mJob != nullptr; }
    //! Takes the finished background result (UI thread, after the future finished). Returns
    //! true when it found years the first indicators lacked: then the periods changed and
    //! every view must be rebuilt.
    bool adoptSignals();
    //! Why the background signals failed (empty when they did not).
    QString signalsError() const { return mSignalsError; }

    QVector<Indicator> indicators() const;
    const Indicator *indicator(const QString &code) const;
    QVector<int> periods() const;
    //! Levels that have regions, most detailed last (gemeente, wijk, buurt).
    QVector<RegionLevel> levels() const;
    //! The boundaries a map of the level draws in the year (engine::chooseBoundaries), of
    //! the focus's regions when one is shown.
    engine::BoundaryChoice boundaries(RegionLevel level, int period,
                                      const engine::RegionFocus &focus = {}) const;
    //! The display name of a region code (the code itself when unknown).
    QString regionName(const QString &code) const;
    //! The gemeente a region lies in (for the reference line), empty when none.
    QString municipalityOf(const QString &code, int period) const;

    // The views' data; each loads its indicator first (so they are not const).
    //! Regions of a level down, periods across.
    widgets::TableData periodTable(const QString &indicator, RegionLevel level,
                                   bool english = false);
    //! Regions of a level down, the indicators of the indicator's theme across, one period.
    widgets::TableData themeTable(const QString &indicator, RegionLevel level, int period,
                                  bool english);
    //! The values of one period for a map in any mode (presentation::mapValues): change
    //! since the previous period, trend and signal from the first period to this one.
    QVector<maps::MapValue> mapValues(const QString &indicator, RegionLevel level, int period);
    //! mapValues() of every period one after the other, without trends: the basis of value
    //! and change classes fixed over the years. The last result is kept (playing through the
    //! years asks for it every year).
    QVector<maps::MapValue> mapValuesOfAllPeriods(const QString &indicator, RegionLevel level);
    //! The lowest and highest value shown in any period (NaN, NaN when none): the ranking's
    //! axis when it is fixed over the years.
    std::pair<double, double> valueRangeOfAllPeriods(const QString &indicator, RegionLevel level);
    //! The selected regions (and their municipality as reference) over time; with nothing
    //! selected, the municipalities themselves if there are at most kDefaultTrendSeries.
    widgets::TrendChartData trendData(const QString &indicator, const QStringList &selected,
                                      bool english);
    widgets::RankingChartData rankingData(const QString &indicator, RegionLevel level, int period,
                                          bool english);
    //! The engine's signals of a level (trends and outliers), with a sentence each; empty
    //! while they are computed in the background.
    QVector<widgets::SignalEntry> signalEntries(RegionLevel level, bool english) const;
    //! Tooltip for a region on the map: name, value, status and trend.
    QString regionTooltip(const QString &code, const QString &indicator, int period);

    // Divisions (docs/crosswalk.md, "In the window").
    //! The divisions (years) the workspace's crosswalks move figures onto; empty without any.
    QVector<int> harmonisedDivisions() const;
    //! Expresses every year's figures on the division in force in `year`, moved by the
    //! workspace's crosswalks with engine::HarmonisedDataset::build (the CLI's --division);
    //! 0 restores the figures as delivered. Loads every indicator first. False with *error.
    bool setDivision(int year, QString *error = nullptr);
    //! What a pool thread needs to move the figures onto the division of `year` (the window
    //! switches in the background: DivisionChoice, gui/division_switch.h).
    DivisionSwitchInput divisionSwitchInput(int year) const;
    //! Takes a finished switch whole: the delivered figures it loaded and the moved ones.
    //! False with *error when it failed or when the session's years changed since it started.
    bool adoptDivision(DivisionSwitchResult result, QString *error = nullptr);
    //! The division year shown (0: as delivered).
    int division() const { return mHarmonised ? mHarmonised->divisionYear() : 0; }
    //! "geschat via crosswalk 2017-2024 (file, crosswalk:…)": why the value is an estimate;
    //! empty when it was delivered on the division shown.
    QString estimateNote(int indicator, int region, int period) const;
    //! The first year the window's map of mode shows in period (the base year of change,
    //! the first year of trend and signals), for its legend.
    int mapFirstYear(RegionLevel level, int period, maps::MapMode mode) const;

private:
    struct SignalsJob;
    //! Trends of this many (indicator, level, year) stay cached (a few MB each nationally).
    static constexpr size_t kCachedTrends = 12;

    WorkbenchSession();
    //! The loaded index of an indicator code, -1 when unknown or unreadable.
    int loaded(const QString &code);
    //! Loads every one of codes not loaded yet in one group (an error goes to loadError()).
    void loadAll(const QStringList &codes);
    //! The map request of the window: change since the previous year, trend from the first.
    presentation::MapValuesRequest mapRequest(const QString &indicator, RegionLevel level,
                                              int period) const;
    //! The trends a map of the request shows (from the first period to its year), cached.
    const presentation::TrendSet *trendsOf(const presentation::MapValuesRequest &request);
    //! The region's trend as the map of the period shows it (nullptr: none tested).
    const engine::TrendRow *trendOf(int indicator, int region, int period);
    void cancelSignals();
    bool adoptSignalsResult();
    //! The status a view shows for the value of (indicator, region, period index): the
    //! presentation's status, Estimated when the shown division's crosswalks moved it.
    ValueStatus estimatedStatus(ValueStatus shown, int indicator, int region, int period) const;
    //! Marks a table cell moved by a crosswalk: Estimated, with the crosswalk as its note.
    void markEstimate(widgets::TableCell &cell, int indicator, int region, int period) const;

    QString mPath;
    QString mName;
    QString mRevision;
    bool mServer = false;
    bool mReadOnly = false;
    std::unique_ptr<workspace::Workspace> mWorkspace;
    std::unique_ptr<workspace::ObservationReader> mReader;
    engine::Dataset mDataset;
    QString mLoadError;
    presentation::TrendCache mTrends{kCachedTrends};
    std::vector<engine::Signal> mSignals;
    QString mAllPeriodsKey; //!< indicator, level and periods of mAllPeriodsValues
    QVector<maps::MapValue> mAllPeriodsValues;
    std::shared_ptr<SignalsJob> mJob;
    QString mSignalsError;
    //! While a harmonised division is shown: the delivered dataset (mDataset holds the
    //! harmonised one) and the harmonisation with its marks.
    std::unique_ptr<engine::Dataset> mDelivered;
    std::unique_ptr<engine::HarmonisedDataset> mHarmonised;
};

} // namespace wijk::gui
