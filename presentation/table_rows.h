// The values table's rows of engine results: one indicator over every period, or the
// indicators of a theme in one period, each cell with the status a view shows.
#pragma once

#include "engine/dataset.h"
#include "engine/level_values.h"
#include "model/units.h"
#include "table_inputs.h"

#include <vector>

namespace wijk::presentation {

//! A table cell: engine aggregates that are shown get the status Derived (blue in the table).
TableCell tableCell(const engine::LevelValue &value);

//! Regions of a level down, every period across; the caption names indicator, unit and years.
TableData periodTable(const engine::Dataset &dataset, int indicator, RegionLevel level,
                      Language language);

//! Regions of a level down, the indicators across (their header names the indicator, the
//! tooltip adds the unit), one period; the caption is "theme, period".
TableData indicatorTable(const engine::Dataset &dataset, const std::vector<int> &indicators,
                         const QString &theme, RegionLevel level, int period, Language language);

} // namespace wijk::presentation
