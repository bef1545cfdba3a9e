// The values every importer refuses whatever the format: not finite, beyond the
// plausibility bound, or a negative count. One rule, so that the engine's sums, ratios and
// trends (docs/engine.md) stay finite for every workspace an import can produce.
#pragma once

#include "model/model.h"

#include <QString>

namespace wijk::import {

//! The largest magnitude an imported value may have. No figure about a Dutch region comes
//! near it (the national economy is ~10^12 euro), and a sum over a million regions of
//! values this large is still ~10^21, far from double overflow (~10^308): two counts of
//! 1e308 would otherwise add up to inf in every aggregate, trend and export.
constexpr double kMaxValueMagnitude = 1e15;

//! Why value (written as text in the file) cannot be stored for the indicator (code, kind),
//! in the interface's language; empty when it can. Checks: finite, |value| <=
//! kMaxValueMagnitude, not negative for a count. (Whole counts are a CBS rule, checked by
//! the KWB importer.)
QString valueProblem(const QString &text, double value, IndicatorKind kind,
                     const QString &indicator);

} // namespace wijk::import
