// Imports a crosswalk CSV (shared/docs/crosswalk.md, "File") into the workspace: checked
// with file, line and field like an extract, all or nothing, idempotent. Also stores a
// crosswalk derived elsewhere (maps/) after the same checks.
#pragma once

#include "import/import_report.h"
#include "workspace/crosswalk.h"

#include <QString>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import {

struct CrosswalkImportOptions
{
    QString path;
    int fromYear = 0; //!< 0: from the file's from_year column
    int toYear = 0;   //!< 0: from the file's to_year column
};

struct CrosswalkImportResult
{
    bool ok = false;
    bool alreadyImported = false; //!< the same file for the same years: nothing changed
    bool replaced = false;        //!< an older crosswalk for the same years was replaced
    QString crosswalkId;
    int fromYear = 0;
    int toYear = 0;
    qint64 pairs = 0;
    qint64 ignoredRows = 0; //!< rows about regions the workspace does not hold
};

//! Checks and imports one crosswalk file; every problem goes to report; nothing is written
//! on error.
CrosswalkImportResult importCrosswalk(workspace::Workspace &workspace,
                                      const CrosswalkImportOptions &options, ImportReport &report);

//! Checks a crosswalk's pairs against the workspace (the contract's errors, with `file` and
//! `lines` — one per pair, 0 when none — in the problems), drops the pairs of regions the
//! workspace does not hold and stores it, replacing a crosswalk for the same years.
CrosswalkImportResult storeCrosswalk(workspace::Workspace &workspace,
                                     wijk::workspace::Crosswalk crosswalk,
                                     const std::vector<int> &lines, const QString &file,
                                     ImportReport &report);

} // namespace wijk::import
