#include "gui/workspace_import.h"

#include "crosswalk_derivation.h"
#include "demo/demo_extract.h"
#include "demo/demo_town.h"
#include "import/crosswalk_import.h"
#include "import/import_target.h"
#include "output/protected_files.h"
#include "workspace/crosswalk_store.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wijk::gui {

WorkspaceImportResult importIntoWorkspace(const QString &workspacePath, const QString &input,
                                          const import::ImportProgress &progress,
                                          const std::atomic_bool *cancel)
{
    WorkspaceImportResult result;
    // An import never writes into the file it reads, whatever the path's spelling.
    result.message = output::ProtectedFiles::inputRefusal(workspacePath, {input});
    if (!result.message.isEmpty())
        return result;
    const import::ImportFormat *format = import::detectImportFormat(input);
    if (!format) {
        result.message =
            QCoreApplication::translate(
                "WorkspaceImport",
                "%1: not a format the workbench can import (an extract folder or zip, a CBS "
                "file, CSV, XLSX or GeoPackage)")
                .arg(QDir::toNativeSeparators(input));
        return result;
    }
    QString error;
    const std::unique_ptr<import::ImportTarget> target =
        import::ImportTarget::open(workspacePath, &error);
    if (!target) {
        result.message = error;
        return result;
    }
    if (target->workspace().isReadOnly()) {
        result.message = target->workspace().readOnlyReason();
        return result;
    }
    import::ImportRequest request;
    request.input = input;
    request.progress = progress;
    request.cancel = cancel;
    import::ImportReport report;
    const import::ImportOutcome outcome = target->run(*format, request, report);
    result.status = outcome.status;
    result.details = report.formatted();
    switch (outcome.status) {
    case import::ImportOutcome::Status::Imported:
        result.message =
            QCoreApplication::translate("WorkspaceImport",
                                        "Imported %1: %2 indicators, %3 regions, %4 values.")
                .arg(outcome.extractId)
                .arg(outcome.indicators)
                .arg(outcome.regions)
                .arg(outcome.observations);
        break;
    case import::ImportOutcome::Status::AlreadyImported:
        result.message =
            QCoreApplication::translate("WorkspaceImport",
                                        "%1 was imported before; the workspace is unchanged.")
                .arg(outcome.extractId);
        break;
    case import::ImportOutcome::Status::Cancelled:
        result.message = QCoreApplication::translate(
            "WorkspaceImport", "The import was cancelled; the workspace is unchanged.");
        break;
    case import::ImportOutcome::Status::Failed:
        result.message = QCoreApplication::translate(
                             "WorkspaceImport", "The import failed; the workspace is unchanged. %1")
                             .arg(report.summary());
        break;
    }
    return result;
}

QString demoFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString folder = QDir(base).filePath(QStringLiteral("demo"));
    QDir().mkpath(folder);
    return folder;
}

namespace {
//! The demo's area crosswalk from its first buurt division onto the one of its split (the
//! window's division choice shows it out of the box; docs/crosswalk.md).
bool addDemoCrosswalk(const QString &workspacePath, QString *error)
{
    auto workspace =
        workspace::Workspace::open(workspacePath, workspace::Workspace::OpenMode::ReadWrite, error);
    if (!workspace || workspace->isReadOnly())
        return false;
    if (!workspace::readCrosswalks(*workspace, false).empty())
        return true;
    maps::CrosswalkDerivationOptions options;
    options.fromYear = demo::kFirstYear;
    options.toYear = demo::kSplitYear;
    maps::CrosswalkDerivation derived;
    import::ImportReport report;
    if (maps::deriveCrosswalk(*workspace, options, &derived, report) &&
        import::storeCrosswalk(*workspace, derived.crosswalk, {}, QStringLiteral("area"), report)
            .ok)
        return true;
    if (error)
        *error = report.formatted().join(QLatin1Char('\n'));
    return false;
}
} // namespace

QString ensureDemoWorkspace(const QString &folder, QString *error)
{
    const QString workspacePath = QDir(folder).filePath(QStringLiteral("Demostad.gpkg"));
    {
        std::unique_ptr<workspace::Workspace> existing;
        if (QFileInfo::exists(workspacePath))
            existing = workspace::Workspace::open(
                workspacePath, workspace::Workspace::OpenMode::ReadOnly, nullptr);
        if (existing && existing->hasExtract(QString::fromLatin1(demo::kDemoExtractId))) {
            // A demo made before it had a crosswalk gets it now; when that cannot be (a
            // read-only copy), the demo still opens, as delivered.
            existing.reset();
            addDemoCrosswalk(workspacePath, nullptr);
            return workspacePath;
        }
    }
    const QString extractDir = QDir(folder).filePath(QStringLiteral("demostad-extract"));
    if (!demo::writeDemoExtract(extractDir, error))
        return QString();
    const WorkspaceImportResult result =
        importIntoWorkspace(workspacePath, extractDir, import::ImportProgress(), nullptr);
    if (!result.ok()) {
        if (error)
            *error = result.message + QLatin1Char('\n') + result.details.join(QLatin1Char('\n'));
        return QString();
    }
    return addDemoCrosswalk(workspacePath, error) ? workspacePath : QString();
}

} // namespace wijk::gui
