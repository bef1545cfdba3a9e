// What a map shows of the engine's results, computed in one place for every view: the window,
// `wijkmonitor-cli map`, reports and memos all ask mapValues(), so a region never gets two
// numbers (docs/maps.md, "Map modes"). Plain values only: maps/ draws them without the engine.
#pragma once

#include "engine/dataset.h"
#include "engine/level_values.h"
#include "engine/moran.h"
#include "engine/trends.h"
#include "model/model.h"

#include <QString>
#include <QVector>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace wijk::presentation {

//! What a choropleth shows.
enum class MapMode
{
    Value,   //!< the value in one period
    Change,  //!< the change since a base year (diverging around 0)
    Trend,   //!< the Theil-Sen slope per year, non-significant trends hatched
    Signals, //!< the engine's signal per region (categorical)
    //! The local Moran cluster per region (categorical; presentation/spatial_clusters.h):
    //! not a mode of mapValues(), which leaves every cluster "not significant".
    Clusters
};

//! The engine's verdict on a region's trend, with the indicator's polarity applied.
enum class MapSignal
{
    None,
    Worse, //!< a significant trend in the direction the polarity calls worse
    Better //!< a significant trend in the better direction
};

//! One region's values for one indicator (NaN where not applicable).
struct MapValue
{
    QString code;
    double value = std::numeric_limits<double>::quiet_NaN();
    ValueStatus status = ValueStatus::Missing; //!< Derived for shown engine aggregates
    //! The value minus the value in the base year (MapValuesRequest::changeSince), within one
    //! boundary-stable series and only where both are shown.
    double change = std::numeric_limits<double>::quiet_NaN();
    double slope = std::numeric_limits<double>::quiet_NaN(); //!< Theil-Sen slope per year
    bool significant = false;
    //! The value rests on small numbers (a ratio or mean under min_reliable_n): drawn in its
    //! class, dotted, with a legend entry of its own (not withheld: it is shown).
    bool smallNumbers = false;
    MapSignal signal = MapSignal::None;
    //! The local Moran cluster (Clusters maps only: clusterMapValues()).
    engine::LisaCluster cluster = engine::LisaCluster::NotSignificant;
};

//! "value", "change", "trend", "signals", "clusters": the words of the command line and the
//! contracts.
QString contractName(MapMode mode);
std::optional<MapMode> mapModeFromString(const QString &text);

//! Whether a status means "there is no number to show".
inline bool isWithheld(ValueStatus status)
{
    return status == ValueStatus::Missing || status == ValueStatus::Suppressed;
}

//! The status a view shows for a value of status `delivered`: withheld stays withheld;
//! otherwise Estimated for a value moved by a crosswalk, Derived for an engine aggregate.
//! Every view (map, table, charts, the map's tooltip) shows this one status.
ValueStatus shownStatus(ValueStatus delivered, bool derived, bool estimated);
//! The same for a value of levelValues() / regionSeries().
ValueStatus shownStatus(const engine::LevelValue &value);

//! How many values of regions in period are suppressed by disclosure control or at the
//! source (the reports' "x waarden afgeschermd"), over every indicator of the dataset.
int suppressedCount(const engine::Dataset &dataset, const std::vector<int> &regions, int period);

//! The lowest and highest shown value among values whose code inScope accepts (NaN, NaN:
//! none): the ranking's axis over every year, for the whole workspace or a focus.
std::pair<double, double> shownValueRange(const QVector<MapValue> &values,
                                          const std::function<bool(const QString &)> &inScope);

//! The signal a map shows for a trend: none for a trend through small numbers.
MapSignal mapSignalOf(const engine::Dataset &dataset, const engine::TrendRow &trend);

//! Decimals of the numbers a map mode shows: a slope per year gets one more than the
//! indicator's values (it is ten times smaller), in the legend, the labels and the tooltip.
int mapDecimals(MapMode mode, int indicatorDecimals);

struct MapValuesRequest
{
    RegionLevel level = RegionLevel::Wijk;
    QString indicator; //!< indicator code
    int period = 0;    //!< the year shown: the value's year, the end of change and trend
    //! The base year of change; 0 = the period before `period` (the window's default; the
    //! command line passes --from, whose default is the first period).
    int changeSince = 0;
    //! The first year of trend and signal; 0 = the first period. The trend runs to `period`.
    int trendFrom = 0;
    bool withTrends = true; //!< false: slope, significance and signal stay empty
    double alpha = 0.05;    //!< significance of trends (q-values, as the engine tests them)
};

//! The base year of the request's change (0 when the period is the first).
int changeBase(const engine::Dataset &dataset, const MapValuesRequest &request);
//! The first year a map of mode shows for the request: the base year of change, the first
//! year of trend and signals, the year itself for a value map. The legend names the years
//! from it (maps::mapLegendTitle), in the window as on the command line's maps.
int firstYearShown(const engine::Dataset &dataset, const MapValuesRequest &request, MapMode mode);
//! The trends a request's map needs (one family per level, as the signals have them), so a
//! caller can compute them once and keep them (the window does).
engine::TrendOptions trendOptions(const engine::Dataset &dataset, const MapValuesRequest &request);

//! One MapValue per region of the level that exists in the period (values only where
//! disclosure control allows), with the trends of trendOptions(request): each region's
//! latest series, its slope and signal only when it was tested (>= 4 values). Empty with *error
//! for an unknown indicator or year, or a base year after the period.
QVector<MapValue> mapValues(const engine::Dataset &dataset, const MapValuesRequest &request,
                            const std::vector<engine::TrendRow> &trends, QString *error);
//! The same, computing the trends itself.
QVector<MapValue> mapValues(const engine::Dataset &dataset, const MapValuesRequest &request,
                            QString *error);

} // namespace wijk::presentation
