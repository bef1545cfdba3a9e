// Values at every level: wijk and gemeente values derived from buurt values where the
// extract did not deliver them (docs/engine.md, "Aggregation").
#pragma once

#include "engine/dataset.h"

namespace wijk::engine {

//! Derives missing wijk and gemeente values bottom-up (buurt -> wijk -> gemeente) and ratios
//! from their numerator and denominator at every level. Delivered values are never replaced;
//! a derived value with any missing or suppressed part stays missing. Run before disclosure.
void deriveAggregates(Dataset &dataset);

} // namespace wijk::engine
