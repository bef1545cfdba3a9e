// What a text says about the engine's signals in a scope: which are unfavourable, which
// favourable, and how many unfavourable ones each theme and indicator has. The memo's summary
// ("De meeste aandachtspunten liggen bij het thema …"), its maps and the wijk profile's "In
// totaal: …" count them here, so a memo and a profile never count one wijk differently.
#pragma once

#include "engine/dataset.h"
#include "engine/signals.h"

#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace wijk::presentation {

struct SignalTally
{
    //! Unfavourable and favourable signals in the engine's order (most pressing first).
    std::vector<const engine::Signal *> unfavourable;
    std::vector<const engine::Signal *> favourable;
    std::map<QString, int> unfavourableByTheme;
    std::map<int, int> unfavourableByIndicator;

    //! The theme with the most unfavourable signals (the first by name on a tie); empty: none.
    QString leadingTheme() const;
    //! The indicators by their number of unfavourable signals, most first (ties: the later
    //! catalogue position first, as the memo has always chosen its maps).
    std::vector<int> indicatorsByUnfavourable() const;
};

//! The tally of all's signals for which inScope holds. Neutral assessments are no news and
//! signals on small numbers never count (they are noise, not news, wherever they are read).
//! The tally points into all: keep it alive.
SignalTally tallySignals(const engine::Dataset &dataset, const std::vector<engine::Signal> &all,
                         const std::function<bool(const engine::Signal &)> &inScope);

} // namespace wijk::presentation
