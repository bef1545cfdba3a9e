// The engine's CSV files (values, trends, signals): RFC 4180, UTF-8, '.' decimal, header
// first, numbers in full double precision (%.17g). Built only from disclosed engine outputs.
// Text cells (codes, names, sentences) are formula-neutralised like every export
// (neutraliseFormula); numbers, also negative ones, stay numbers.
#pragma once

#include "engine/level_values.h"
#include "engine/signals.h"
#include "engine/trends.h"

#include <QByteArray>

namespace wijk::engine {

//! region,region_name,level,indicator,period,value,status,source,series_start_reason,
//! small_numbers
QByteArray valuesCsv(const Dataset &dataset, const std::vector<LevelValue> &values);

//! One row per series: the columns of docs/engine.md, ending in series_start_reason.
QByteArray trendsCsv(const Dataset &dataset, const std::vector<TrendRow> &trends);

//! region,region_name,level,indicator,signal,assessment,strength,since_year,slope,q_value,
//! year,value,z,explanation,small_numbers
QByteArray signalsCsv(const Dataset &dataset, const std::vector<Signal> &found);

//! A field quoted as RFC 4180 requires (only when it holds a comma, quote or line break).
QString csvField(const QString &text);
//! %.17g; empty for NaN.
QString csvNumber(double value);

} // namespace wijk::engine
