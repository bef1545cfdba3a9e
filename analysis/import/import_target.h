// The workspace a run of imports writes into (the CLI's `import`, the window's import),
// all or nothing: an existing workspace is opened as it is and each import is one
// transaction of its own; a new one is created at its path and removed again when no
// import committed into it, so that a refused or cancelled import into a new path leaves
// no file behind (an empty file that was there stays, empty).
#pragma once

#include "import/importer.h"
#include "workspace/workspace.h"

#include <memory>

namespace wijk::import {

class ImportTarget
{
public:
    //! Opens, or creates, the workspace at path for writing; nullptr with *error.
    [[nodiscard]] static std::unique_ptr<ImportTarget> open(const QString &path, QString *error);
    //! Removes a new workspace into which nothing was imported.
    ~ImportTarget();
    ImportTarget(const ImportTarget &) = delete;
    ImportTarget &operator=(const ImportTarget &) = delete;

    workspace::Workspace &workspace() const { return *mWorkspace; }

    //! Runs one import (Cancelled at once when the request is cancelled before it begins).
    //! When the workspace could not be written (a full disk, the file size
    //! limit...) the report holds that one sentence only: every problem found on the way
    //! is moot, and a large file would list thousands of consequences of the same cause.
    [[nodiscard]] ImportOutcome run(const ImportFormat &format, const ImportRequest &request,
                                    ImportReport &report);

private:
    ImportTarget() = default;

    std::unique_ptr<workspace::Workspace> mWorkspace;
    bool mKeep = true; //!< false for a new workspace until an import committed
};

} // namespace wijk::import
