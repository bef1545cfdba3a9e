// What every import into a workspace changes, as one text: a window that read the workspace
// earlier compares it with a fresh reading to notice that another analyst imported since
// (docs/team-workspace.md, "In the window"), and keys what it caches on it.
#pragma once

#include <QString>

namespace wijk::workspace {

class Workspace;

//! The workspace's revision as it reads it (a team workspace opened read-only: in its
//! snapshot). From the extracts and crosswalks it sees (how many, the highest key, the latest
//! import) and, on PostgreSQL, the row versions of the shared catalogue, which every import
//! writes: so a role limited to some gemeenten also notices an import of an extract it may
//! not read (one that names another gemeente) that brought values of its own regions.
//! Empty when it cannot be read.
[[nodiscard]] QString readRevision(Workspace &workspace);

//! readRevision() of a fresh read-only open of location (on its own connection; may be
//! called on a worker thread). Empty with *error when it cannot be opened or read.
[[nodiscard]] QString readRevision(const QString &location, QString *error);

} // namespace wijk::workspace
