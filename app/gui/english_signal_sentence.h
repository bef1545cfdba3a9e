// The English explanation of a signal for the English window. The engine words its
// explanations in Dutch (they go into council memos and wijk profiles, which are Dutch
// documents); this gives the same facts in English: the change per year with its unit,
// q, the comparison with the gemeente, or how far an outlier lies from the level's mean.
#pragma once

#include "engine/signals.h"
#include "model/model.h"

#include <QString>

namespace wijk::gui {

//! One or two sentences (the second says what the change means, when the indicator has a
//! polarity); the region and indicator are named in the signal list's columns.
QString englishSignalSentence(const engine::Signal &signal, const Indicator &indicator,
                              RegionLevel level);

} // namespace wijk::gui
