// Disclosure control (docs/engine.md, "Disclosure"): per indicator min_n, primary and
// secondary suppression. Every output of the engine asks mayShow(); the numbers of
// suppressed values are removed from the dataset, so nothing downstream can leak them.
#pragma once

#include "engine/dataset.h"

namespace wijk::engine {

//! The threshold rule for one value: a count below min_n (other than 0) may not be shown;
//! a ratio whose numerator (other than 0) or denominator is below min_n, or a mean whose
//! denominator is below it, may not be shown. NaN numerator/denominator: unknown, not checked.
bool passesThreshold(const Indicator &indicator, double value, double numerator,
                     double denominator);

//! THE gate every output asks: may the number of indicator i, region r, period p be shown?
//! False for missing and suppressed values, and for every value before applyDisclosure().
bool mayShow(const Dataset &dataset, int i, int r, int p);

struct DisclosureSummary
{
    int primary = 0;   //!< values below a threshold
    int secondary = 0; //!< values suppressed so that no suppressed value can be recovered
};

//! Applies primary suppression (passesThreshold), then secondary suppression: every
//! protected count (below min_n, publisher-suppressed, or the numerator of a withheld ratio)
//! keeps a feasible interval at least min_n wide against subtraction over all levels
//! (feasible_intervals.h), and a ratio is shown only next to both its shown parts. Then
//! removes every suppressed number. Run after deriveAggregates(), so a wijk of small buurten
//! can still be shown.
DisclosureSummary applyDisclosure(Dataset &dataset);

} // namespace wijk::engine
