// The plain input of a map (presentation/map_values.h: one value per region code, computed
// there for every view) and the units its legend shows. maps/ never asks the engine itself.
#pragma once

#include "map_values.h"

#include <QString>

namespace wijk::maps {

using presentation::contractName;
using presentation::isWithheld;
using presentation::mapDecimals;
using presentation::MapMode;
using presentation::mapModeFromString;
using presentation::MapSignal;
using presentation::MapValue;

//! The unit of the numbers a map mode shows, for its legend: the value's unit; changes
//! of a percentage in percentage points; trends per year ("× € 1.000 per jaar",
//! "procentpunt per jaar", "per jaar" for counts).
QString mapUnitLabel(MapMode mode, const QString &unit);

//! What the classes of a map show, the legend's title in the window and on a map of
//! `wijkmonitor-cli map` alike: the year of a value map, the years of a change, trend or
//! signal map from fromYear (presentation::firstYearShown) to period, with mapUnitLabel of
//! the indicator's unit code: "2024 (%)", "Change 2023–2024 (percentage points)",
//! "Trend 2015–2024 (per year)", "Signal 2015–2024".
QString mapLegendTitle(MapMode mode, int fromYear, int period, const QString &unit);

} // namespace wijk::maps
