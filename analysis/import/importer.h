// The one place that knows every import format: `wijkmonitor-cli import --format NAME`,
// the GUI's import dialog and format detection all go through importFormats().
// A format registers itself in importer_registry.cpp with one line.
#pragma once

#include "import/import_report.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace wijk::workspace {
class Workspace;
} // namespace wijk::workspace

namespace wijk::import {

//! Called now and then during an import: done and total in units the importer chooses
//! (bytes, rows), and a short translated stage name ("observations.csv").
using ImportProgress = std::function<void(qint64 done, qint64 total, const QString &stage)>;

struct ImportRequest
{
    QString input;           //!< a file, a directory or a .zip
    int period = 0;          //!< --period: the year when the input does not say it; 0 = unset
    QStringList metadata;    //!< --metadata files (e.g. CBS DataProperties/TableInfos JSON)
    ImportProgress progress; //!< may be empty
    const std::atomic_bool *cancel = nullptr; //!< set to true to stop; the import rolls back
    //! Largest total uncompressed size of a zip's entries (guards against zip bombs).
    qint64 maxUncompressedBytes = qint64(2) * 1024 * 1024 * 1024;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

struct ImportOutcome
{
    enum class Status
    {
        Imported,
        AlreadyImported, //!< the same extract id was imported before: nothing changed
        Failed,          //!< the report says why; nothing changed
        Cancelled        //!< stopped by the request's cancel flag; nothing changed
    };
    Status status = Status::Failed;
    QString extractId;
    int indicators = 0;
    int regions = 0;
    qint64 observations = 0;
};

struct ImportFormat
{
    QString name;        //!< e.g. "extract", "cbs-kwb"
    QString description; //!< one translated line for --help
    //! How sure the format is that it reads input: 0 no, 100 certain (by content, not only
    //! by extension). Detection picks the highest score above 0.
    std::function<int(const QString &input)> detect;
    //! Checks and imports; every problem goes to the report; all or nothing.
    std::function<ImportOutcome(workspace::Workspace &workspace, const ImportRequest &request,
                                ImportReport &report)>
        run;
};

//! Every registered format, in --help order.
const std::vector<ImportFormat> &importFormats();
//! The format with this name, or nullptr.
const ImportFormat *findImportFormat(const QString &name);
//! The best-scoring format for an input, or nullptr when none recognises it.
const ImportFormat *detectImportFormat(const QString &input);

} // namespace wijk::import
