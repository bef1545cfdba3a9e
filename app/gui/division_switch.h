// Moving a session's figures onto another division on a pool thread (docs/crosswalk.md, "In
// the window"): the session hands over a copy of its delivered figures and the workspace's
// path; the worker loads the indicators not loaded yet over its own connection and runs
// engine::HarmonisedDataset::build, the CLI's --division. The session adopts the result
// whole (WorkbenchSession::adoptDivision), so the window never shows a half-switched state.
#pragma once

#include "engine/dataset.h"
#include "engine/harmonised_dataset.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace wijk::gui {

//! What the worker needs, copied: nothing it reads is changed by the UI thread meanwhile.
struct DivisionSwitchInput
{
    QString path;              //!< the workspace, opened read-only by the worker
    engine::Dataset delivered; //!< the session's delivered figures (what is loaded so far)
    QStringList missing;       //!< indicator codes not loaded yet
    int year = 0;              //!< the division in force in this year
};

//! The whole new state of the session, or why there is none.
struct DivisionSwitchResult
{
    int year = 0;
    //! The delivered figures with every indicator loaded (shared: QFuture copies its result).
    std::shared_ptr<engine::Dataset> delivered;
    std::shared_ptr<engine::HarmonisedDataset> harmonised;
    QString error;
};

//! Loads what is missing and moves every indicator onto the division; runs on any thread.
DivisionSwitchResult runDivisionSwitch(const DivisionSwitchInput &input);

} // namespace wijk::gui
