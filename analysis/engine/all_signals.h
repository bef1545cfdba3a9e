// Every signal of a workspace without holding every indicator in memory: indicators are
// loaded group by group (engine/workspace_loader.h), their trends and signals computed and
// the values dropped again. Made for a background thread (docs/engine.md, "Lazy loading").
#pragma once

#include "engine/dataset.h"
#include "engine/signals.h"

#include <atomic>

namespace wijk::engine {

struct AllSignalsOptions
{
    int threads = 1;     //!< trend workers (leave the UI a core)
    int groupSize = 8;   //!< indicators whose trends are computed together
    double alpha = 0.05; //!< as SignalOptions
    double outlierSds = 1.5;
};

struct AllSignalsResult
{
    //! Per level (gemeente, wijk, buurt) strongest first, in the order computeSignals() gives
    //! on a fully loaded dataset; indices refer to the catalogue and regions of `like`.
    std::vector<Signal> signalList;
    //! The periods the signals were computed over: those of `like`, plus any year that some
    //! indicator has and `like` lacked (then the scan ran again over all of them).
    std::vector<int> periods;
    bool cancelled = false;
    QString error; //!< non-empty when the workspace could not be read
};

//! Opens the workspace at `path` read-only on the calling thread (its own connection) and
//! computes the signals of every indicator of `like`'s catalogue at every level, over
//! `like`'s regions and periods (`like` may be a lazy dataset without values; it is only
//! read). Stops between groups when *cancel becomes true.
AllSignalsResult computeAllSignals(const QString &path, const Dataset &like,
                                   const AllSignalsOptions &options,
                                   const std::atomic_bool *cancel = nullptr);

} // namespace wijk::engine
