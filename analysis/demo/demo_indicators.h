// The indicator catalogue of the Demostad extract (indicators.csv).
#pragma once

#include "model/model.h"

#include <vector>

namespace wijk::demo {

//! Every indicator of the demo, in the order of indicators.csv: counts before the ratios and
//! means that refer to them. Codes are lowercase `[a-z0-9_]+`.
const std::vector<Indicator> &demoIndicators();

//! The indicator with \a code; a programming error (asserts) when it does not exist.
const Indicator &demoIndicator(const QString &code);

} // namespace wijk::demo
