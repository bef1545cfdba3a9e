// The focus a workspace opens with and how it is remembered (wm_meta 'focus'): the stored
// choice when there is one, else the gemeenten its extracts name (the proposal), else none.
#pragma once

#include "engine/dataset.h"
#include "engine/region_focus.h"

#include <QString>
#include <QStringList>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::engine {

//! Where the focus came from, for the window's and the command line's wording.
enum class FocusOrigin
{
    None,     //!< one gemeente or none chosen: everything is shown
    Stored,   //!< chosen before and remembered in the workspace
    Proposed, //!< not chosen yet; the gemeente the extracts name
    Given     //!< given on the command line (--focus)
};

struct WorkspaceFocus
{
    RegionFocus focus;
    FocusOrigin origin = FocusOrigin::None;
};

//! The focus of a workspace: `given` when not empty (already parsed), else the stored one,
//! else the proposal; none for a workspace with at most one gemeente.
WorkspaceFocus workspaceFocus(const workspace::Workspace &file, const Dataset &dataset,
                              const QStringList &given = {});
//! Remembers codes (gemeente codes, empty: forget) as the workspace's focus; false with
//! *error when the workspace cannot be written (read-only, locked).
bool storeFocus(workspace::Workspace &file, const QStringList &codes, QString *error);

} // namespace wijk::engine
