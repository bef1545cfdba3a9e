// Turns the engine's disclosed values and trends into ExportTables. Values come only from
// engine::levelValues(), which asks the one disclosure gate (engine::mayShow): a value that
// may not be shown is an empty cell with status "suppressed", never a number.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"
#include "export/export_table.h"

#include <functional>

namespace wijk::exports {

struct ExportSelection
{
    std::vector<RegionLevel> levels = {RegionLevel::Gemeente, RegionLevel::Wijk,
                                       RegionLevel::Buurt};
    std::vector<int> indicators; //!< indicator indices of the dataset; empty: all
};

//! RD New WKB of a region code in a vintage (empty when it has none).
using GeometryLookup = std::function<QByteArray(const QString &code, int vintage)>;

//! Long ("tidy") table: one row per region, indicator and period. Values are rounded to the
//! indicator's display decimals.
ExportTable valuesTable(const engine::Dataset &dataset, const ExportSelection &selection);

//! One row per trend series with its statistics, q-value, direction and signal.
ExportTable trendsTable(const engine::Dataset &dataset, const std::vector<engine::TrendRow> &rows);

//! Wide table for GIS: one feature per region and period of level, a value and a status
//! column per indicator, geometry of the region's vintage in force that period.
ExportTable geoValuesTable(const engine::Dataset &dataset, RegionLevel level,
                           const std::vector<int> &indicators, const GeometryLookup &geometry);

//! A value rounded to the indicator's display decimals (NaN stays NaN).
double roundForDisplay(const Indicator &indicator, double value);

} // namespace wijk::exports
