// Imports a generic long table (region, indicator, period, value and optionally status;
// ',' or ';'), with indicator descriptions from an indicators.csv catalogue or defaults.
#pragma once

#include "import/import_report.h"

#include <QString>
#include <atomic>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import::longtable {

inline const char *kFormatLong = "long";

struct LongTableImportOptions
{
    QString path;
    QString metadata; //!< indicators.csv in the extract contract's format; may be empty
    const std::atomic_bool *cancel = nullptr; //!< set to stop; nothing is written then
};

struct LongTableImportResult
{
    bool ok = false;
    bool alreadyImported = false;
    bool cancelled = false;
    QString extractId; //!< file:<name>-<sha256 prefix>
    int indicators = 0;
    int createdRegions = 0; //!< regions the workspace did not know, made from their CBS codes
    qint64 observations = 0;
};

//! Whether a CSV's header has the region, indicator, period and value columns.
bool looksLikeLongTable(const QString &path);

//! Checks and imports; every problem goes to report; nothing is written on error.
[[nodiscard]] LongTableImportResult importLongTable(workspace::Workspace &workspace,
                                                    const LongTableImportOptions &options,
                                                    ImportReport &report);

} // namespace wijk::import::longtable
