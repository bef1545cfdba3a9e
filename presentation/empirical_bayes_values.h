// The "EB-geschat" option of maps and tables (issue 15): a ratio's Empirical Bayes rate
// (engine::empiricalBayesOfLevel, as `wijkmonitor-cli eb`) in place of the raw rate on the
// map, and next to the raw rate in the table; only where the raw rate itself may be shown.
#pragma once

#include "engine/dataset.h"
#include "engine/empirical_bayes.h"
#include "map_values.h"
#include "table_inputs.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace wijk::presentation {

//! Why indicator i has no EB option (translated), or empty when it has one: a ratio whose
//! numerator and denominator are indicators of the dataset.
QString empiricalBayesUnavailableReason(const engine::Dataset &dataset, int i);

//! The EB rates of the level's regions in period index p by region code: only regions whose
//! raw rate may be shown (hasValue); the rates are on the indicator's scale. The dataset must
//! hold the numerator and denominator.
QHash<QString, engine::RegionRate> empiricalBayesByCode(const engine::Dataset &dataset, int i,
                                                        RegionLevel level, int p);

//! values (mapValues() of indicator i in period index p) with each value replaced by its EB
//! rate; regions without one keep their status but lose their number (change, trend and
//! signal are dropped: they are of the raw rates).
QVector<MapValue> empiricalBayesMapValues(const engine::Dataset &dataset, int i, int p,
                                          const QVector<MapValue> &values);

//! Adds the column "EB-geschat <year>" (translated) with the EB rates of period index p to
//! a table of indicator i's regions (rows matched by code), the raw columns staying: right
//! after the raw rates of that year (the column titled with the year), else at the end.
//! Returns the new column's index (-1 when nothing was added).
int insertEmpiricalBayesColumn(TableData &table, const engine::Dataset &dataset, int i,
                               RegionLevel level, int p);

//! The tooltip line: "EB-geschat: 41,2 (ruw 55,0; 11 van 200)" (translated), empty without a rate.
QString empiricalBayesTooltip(const engine::Dataset &dataset, int i,
                              const engine::RegionRate &rate);

} // namespace wijk::presentation
