// One open workspace as the window sees it: the workspace file, the engine's dataset (with
// aggregates and disclosure control applied) and trends, and the conversions from engine
// results into the plain inputs of the widgets (tables, charts, maps, signals).
#pragma once

#include "charts/chart_data.h"
#include "engine/dataset.h"
#include "engine/signals.h"
#include "engine/trends.h"
#include "map_value.h"
#include "model/model.h"
#include "signals/signals_list.h"
#include "table/values_table_model.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <memory>

namespace wijk {

class Workspace;

class WorkbenchSession
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchSession)

public:
    ~WorkbenchSession();

    //! Opens a workspace and computes what the views need; nullptr with *error on failure.
    static std::unique_ptr<WorkbenchSession> open(const QString &path, QString *error);

    QString path() const { return mPath; }
    QString name() const { return mName; }
    bool isReadOnly() const { return mReadOnly; }
    const engine::Dataset &dataset() const { return mDataset; }

    QVector<Indicator> indicators() const;
    const Indicator *indicator(const QString &code) const;
    QVector<int> periods() const;
    //! Levels that have regions, most detailed last (gemeente, wijk, buurt).
    QVector<RegionLevel> levels() const;
    //! The latest vintage of a level's regions (0 when none).
    int latestVintage(RegionLevel level) const;
    //! The display name of a region code (the code itself when unknown).
    QString regionName(const QString &code) const;
    //! The gemeente a region lies in (for the reference line), empty when none.
    QString municipalityOf(const QString &code, int period) const;

    //! Regions of a level down, periods across.
    TableData periodTable(const QString &indicator, RegionLevel level) const;
    //! The values of one period for a map in any mode.
    QVector<MapValue> mapValues(const QString &indicator, RegionLevel level, int period) const;
    //! The selected regions (and their municipality as reference) over time; with nothing
    //! selected, the municipality itself.
    TrendChartData trendData(const QString &indicator, const QStringList &selected,
                             bool english) const;
    RankingChartData rankingData(const QString &indicator, RegionLevel level, int period,
                                 bool english) const;
    //! The engine's signals of a level (trends and outliers), with a sentence each.
    QVector<SignalEntry> signalEntries(RegionLevel level, bool english) const;
    //! Tooltip for a region on the map: name, value, status and trend.
    QString regionTooltip(const QString &code, const QString &indicator, int period) const;

private:
    WorkbenchSession() = default;
    const engine::TrendRow *trendOf(int indicator, int region) const;

    QString mPath;
    QString mName;
    bool mReadOnly = false;
    engine::Dataset mDataset;
    std::vector<engine::TrendRow> mTrends;
    std::vector<engine::Signal> mSignals;
    QHash<quint64, int> mTrendIndex; //!< (indicator << 32 | region) -> mTrends index
};

} // namespace wijk
