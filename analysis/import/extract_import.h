// Imports a Wijkmonitor extract (a directory or .zip; shared/docs/extract-contract.md) into
// a workspace: manifest, checksums, indicators, observations, regions. Every problem is
// reported with file, line or feature and column; with any error nothing is written.
#pragma once

#include "import/import_report.h"
#include "import/importer.h"

#include <vector>

namespace wijk::workspace {
class Workspace;
} // namespace wijk::workspace

namespace wijk::import {

//! The format name of extracts for `--format`.
inline const char *kExtractFormat = "extract";

//! Checks and imports one extract. Re-importing an extract_id changes nothing
//! (Status::AlreadyImported). Cancelling (request.cancel) rolls everything back.
[[nodiscard]] ImportOutcome importExtract(workspace::Workspace &workspace,
                                          const ImportRequest &request, ImportReport &report);

//! 100 for a directory or zip with manifest.json naming format wijkmonitor-extract, 50 for
//! one with manifest.json at all, else 0.
int detectExtract(const QString &input);

//! Registers the "extract" format (importer_registry.cpp).
void appendExtractFormat(std::vector<ImportFormat> &formats);

} // namespace wijk::import
