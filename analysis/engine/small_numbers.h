// Small numbers (docs/engine.md, "Small numbers"): a ratio or mean whose denominator is below
// the catalogue's min_reliable_n is shown, marked, but never a signal, an outlier or a headline.
// Separate from disclosure control: privacy decides what may be shown, this decides what may
// be read as news.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"

namespace wijk::engine {

//! Whether the value of indicator i in region r and period p rests on small numbers: i is a
//! ratio or mean and its denominator there is known and below Indicator::reliableThreshold().
//! An unknown denominator (missing, withheld, not loaded) marks nothing.
bool restsOnSmallNumbers(const Dataset &dataset, int i, int r, int p);

//! Whether any value a trend row was computed from (its region and indicator, from its first
//! to its last period) rests on small numbers: a change or trend through such a value is noise.
bool restsOnSmallNumbers(const Dataset &dataset, const TrendRow &row);

} // namespace wijk::engine
