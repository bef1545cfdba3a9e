// Importing into a workspace from the window: one function that runs off the UI thread
// (QtConcurrent) with progress and cancel, and the demo workspace of `--demo`.
#pragma once

#include "import/importer.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace wijk::gui {

//! What an import from the window ended with, in words the user can read.
struct WorkspaceImportResult
{
    import::ImportOutcome::Status status = import::ImportOutcome::Status::Failed;
    QString message;     //!< one line: what happened
    QStringList details; //!< errors and warnings of the report (limited)
    bool ok() const
    {
        return status == import::ImportOutcome::Status::Imported ||
               status == import::ImportOutcome::Status::AlreadyImported;
    }
};

//! Imports input (file, folder or zip, format detected) into the workspace at
//! workspacePath (created when absent). Safe to run on a worker thread: it opens its own
//! connection. progress and cancel may be empty/null.
WorkspaceImportResult importIntoWorkspace(const QString &workspacePath, const QString &input,
                                          const import::ImportProgress &progress,
                                          const std::atomic_bool *cancel);

//! The folder the demo lives in (AppLocalDataLocation/demo), created when needed.
QString demoFolder();

//! Generates the Demostad extract and imports it into a workspace in folder (when that
//! workspace does not hold it yet). Returns the workspace path, empty with *error on failure.
[[nodiscard]] QString ensureDemoWorkspace(const QString &folder, QString *error);

} // namespace wijk::gui
