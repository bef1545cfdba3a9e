// The plain input of a map: one value per region code, as the engine (or any caller)
// produces it. maps/ never asks the engine itself, so it stays usable on any value source.
#pragma once

#include "model/model.h"

#include <QString>
#include <QVector>
#include <limits>
#include <optional>

namespace wijk::maps {

//! What a choropleth shows.
enum class MapMode
{
    Value,  //!< the value in one period
    Change, //!< the change between two periods (diverging around 0)
    Trend,  //!< the Theil-Sen slope per year, non-significant trends hatched
    Signals //!< the engine's signal per region (categorical)
};

//! The engine's verdict on a region, as maps/ understands it.
enum class MapSignal
{
    None,
    Worse, //!< verslechtering
    Better //!< verbetering
};

//! One region's values for one indicator (NaN where not applicable).
struct MapValue
{
    QString code;
    double value = std::numeric_limits<double>::quiet_NaN();
    ValueStatus status = ValueStatus::Missing;
    double change = std::numeric_limits<double>::quiet_NaN();
    double slope = std::numeric_limits<double>::quiet_NaN(); //!< Theil-Sen slope per year
    bool significant = false;
    //! The value rests on small numbers (a ratio or mean under min_reliable_n): drawn in its
    //! class, dotted, with a legend entry of its own (not withheld: it is shown).
    bool smallNumbers = false;
    QString signal; //!< "verslechtering"/"worse", "verbetering"/"better", or empty
};

QString contractName(MapMode mode);
std::optional<MapMode> mapModeFromString(const QString &text);

//! Reads a signal text leniently ("verslechtering", "worse", "deterioration", ...).
MapSignal mapSignalFromString(const QString &text);

//! The unit of an indicator as a legend shows it ("%", "per 1.000", "€", ...); empty for
//! counts and unknown units.
QString unitLabel(const QString &unit);

//! The unit of the numbers a map mode shows, for its legend: the value's unit; changes
//! of a percentage in percentage points; trends per year ("× € 1,000 per year",
//! "percentage points per year", "per year" for counts).
QString mapUnitLabel(MapMode mode, const QString &unit);

//! Whether a status means "there is no number to show".
inline bool isWithheld(ValueStatus status)
{
    return status == ValueStatus::Missing || status == ValueStatus::Suppressed;
}

} // namespace wijk::maps
