// Imports one CBS Kerncijfers wijken en buurten table (CSV, XLSX, keyed JSON or OData
// JSON) into a workspace: regions from the codes, indicators from DataProperties or
// defaults, one observation per region and column for the table's year. All or nothing.
#pragma once

#include "import/cbs_kwb_table.h"
#include "import/cbs_metadata.h"
#include "import/import_report.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import::cbs {

//! The KWB formats, as `wijkmonitor-cli import --format` names them.
inline const char *kFormatKwbCsv = "cbs-kwb";
inline const char *kFormatKwbXlsx = "cbs-xlsx";
inline const char *kFormatKwbJson = "cbs-json";
inline const char *kFormatKwbOdata = "cbs-odata";

struct KwbImportOptions
{
    QString path;         //!< the table
    QString format;       //!< one of the kFormatKwb* names
    int period = 0;       //!< the year; 0: from TableInfos
    QStringList metadata; //!< DataProperties and/or TableInfos JSON files
    //! Called while values are written (done, total, stage); may be empty.
    std::function<void(qint64, qint64, const QString &)> progress;
    const std::atomic_bool *cancel = nullptr; //!< set to stop; nothing is written then
};

struct KwbImportResult
{
    bool ok = false;
    bool alreadyImported = false; //!< the same extract id was imported before: nothing changed
    bool cancelled = false;       //!< stopped through options.cancel: nothing changed
    QString extractId;
    int period = 0;
    int regions = 0;
    int indicators = 0;
    qint64 observations = 0;
};

//! Checks and imports a KWB table. Every problem goes to report; with any error nothing is
//! written. Re-importing the same file (and metadata, period) changes nothing.
[[nodiscard]] KwbImportResult importKwb(workspace::Workspace &workspace,
                                        const KwbImportOptions &options, ImportReport &report);

//! The deterministic extract id: cbs-<table>-<period>-<sha256 prefix> when the table's
//! identifier is known, else cbs-<file base name>-<period>-<sha256 prefix>.
QString kwbExtractId(const QString &tableId, const QString &path, int period,
                     const QByteArray &sha256);

} // namespace wijk::import::cbs
