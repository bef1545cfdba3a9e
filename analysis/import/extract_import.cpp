#include "import/extract_import.h"

#include "import/extract_indicators.h"
#include "import/extract_manifest.h"
#include "import/extract_observations.h"
#include "import/extract_regions.h"
#include "import/extract_source.h"
#include "import/import_transaction.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>
#include <gdal.h>
#include <mutex>

namespace wijk::import {

namespace {

//! How many gemeenten the wijken and buurten of codes lie in (their codes carry the
//! gemeente's number: WK0402xx, BU0402xxxx).
int gemeentenCovered(const QStringList &codes)
{
    QSet<QString> gemeenten;
    for (const QString &code : codes) {
        const std::optional<RegionLevel> level = levelFromCode(code);
        if (level == RegionLevel::Wijk || level == RegionLevel::Buurt)
            gemeenten.insert(code.mid(2, 4));
    }
    return gemeenten.size();
}
const QString kManifest = QStringLiteral("manifest.json");
const QString kIndicators = QStringLiteral("indicators.csv");
const QString kObservations = QStringLiteral("observations.csv");

//! Starts hashing every file the manifest gives a checksum for, in the background: for a
//! national extract this overlaps reading observations.csv twice with parsing it once.
QFuture<QStringList> verifyChecksums(const ExtractSource &source, const ExtractManifest &manifest,
                                     const std::atomic_bool *cancel)
{
    return QtConcurrent::run([source, manifest, cancel]() {
        QStringList mismatches;
        for (auto it = manifest.sha256.begin(); it != manifest.sha256.end(); ++it) {
            if (!source.contains(it.key()))
                continue; // reported as missing by the caller
            const QByteArray actual = source.sha256(it.key(), cancel);
            if (!actual.isEmpty() && actual != it.value())
                mismatches << it.key() + QLatin1Char('\n') + QString::fromLatin1(actual);
        }
        return mismatches;
    });
}

ImportOutcome failed(ImportOutcome outcome = {})
{
    outcome.status = ImportOutcome::Status::Failed;
    return outcome;
}
} // namespace

ImportOutcome importExtract(workspace::Workspace &workspace, const ImportRequest &request,
                            ImportReport &report)
{
    // OGR reads the regions: its drivers must be registered (the CLI does not do it).
    static std::once_flag gdalRegistered;
    std::call_once(gdalRegistered, [] { GDALAllRegister(); });
    ImportOutcome outcome;
    ExtractSource source;
    if (!source.open(request.input, request.maxUncompressedBytes, report))
        return failed();
    if (!source.verifyUnpackedSizes(request, report)) {
        if (!request.cancelled())
            return failed();
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    if (!source.contains(kManifest)) {
        report.addError(kManifest, 0, QString(),
                        QCoreApplication::translate("wijk::ExtractImport",
                                                    "is missing: %1 is not a Wijkmonitor extract")
                            .arg(QFileInfo(request.input).fileName()));
        return failed();
    }
    ExtractManifest manifest;
    if (!parseExtractManifest(source.readAll(kManifest), &manifest, report))
        return failed();
    outcome.extractId = manifest.extractId;
    if (workspace.hasExtract(manifest.extractId)) {
        outcome.status = ImportOutcome::Status::AlreadyImported;
        return outcome;
    }
    for (const QString &required : {kIndicators, kObservations}) {
        if (!source.contains(required))
            report.addError(
                required, 0, QString(),
                QCoreApplication::translate("wijk::ExtractImport", "is missing from the extract"));
    }
    for (auto it = manifest.sha256.begin(); it != manifest.sha256.end(); ++it) {
        if (!source.contains(it.key()))
            report.addError(kManifest, 0, QStringLiteral("files.%1").arg(it.key()),
                            QCoreApplication::translate("wijk::ExtractImport",
                                                        "lists a file that is not in the extract"));
    }
    if (report.hasErrors())
        return failed(outcome);
    if (request.period != 0)
        report.addWarning(QFileInfo(request.input).fileName(), 0, QStringLiteral("--period"),
                          QCoreApplication::translate(
                              "wijk::ExtractImport",
                              "ignored: an extract's observations carry their own periods"));
    QFuture<QStringList> checksums = verifyChecksums(source, manifest, request.cancel);

    QString error;
    auto transaction = ImportTransaction::begin(workspace, &error);
    if (!transaction) {
        report.addError(workspace::workspaceShownName(workspace.path()), 0, QString(), error);
        checksums.waitForFinished();
        return failed(outcome);
    }

    // Indicators and regions first: observations may only name what they define (or what
    // the workspace already holds).
    if (request.progress)
        request.progress(0, 0, kIndicators);
    const std::vector<Indicator> indicators =
        readExtractIndicators(source.gdalPath(kIndicators), kIndicators, report);
    QHash<QString, IndicatorKind> kinds;
    for (const Indicator &indicator : workspace.indicators())
        kinds.insert(indicator.code, indicator.kind);
    for (const Indicator &indicator : indicators) {
        if (transaction->putIndicator(indicator) < 0)
            report.addError(kIndicators, 0, indicator.code, transaction->lastError());
        kinds.insert(indicator.code, indicator.kind);
    }

    QString regionsFile;
    for (const QString &candidate :
         {QStringLiteral("regions.gpkg"), QStringLiteral("regions.geojson")}) {
        if (source.contains(candidate) && regionsFile.isEmpty())
            regionsFile = candidate;
        else if (source.contains(candidate))
            report.addWarning(candidate, 0, QString(),
                              QCoreApplication::translate("wijk::ExtractImport",
                                                          "ignored: the extract also has %1")
                                  .arg(regionsFile));
    }
    std::vector<ExtractRegion> regions;
    QStringList fileCodes;
    if (!regionsFile.isEmpty()) {
        if (request.progress)
            request.progress(0, 0, regionsFile);
        regions = readExtractRegions(source.gdalPath(regionsFile), regionsFile, report, &fileCodes);
    }
    const std::vector<Region> known = workspace.regions();
    // New regions get their keys in file order: observations are usually grouped by region
    // in that order, so each indicator's rows then land next to each other in the
    // indicator-major observation B-tree instead of at random places in it.
    QStringList codes;
    QSet<QString> seen;
    for (const QString &code : fileCodes) {
        if (!seen.contains(code)) {
            seen.insert(code);
            codes << code;
        }
    }
    for (const Region &region : known) {
        if (!seen.contains(region.code)) {
            seen.insert(region.code);
            codes << region.code;
        }
    }

    workspace::ExtractInfo info;
    info.extractId = manifest.extractId;
    info.format = QString::fromLatin1(kExtractFormat);
    // An extract whose wijken and buurten lie in several gemeenten (a national one) covers
    // no one gemeente: the focus proposal (engine::workspaceFocus) must not pick the
    // manifest's gemeente out of hundreds. The manifest itself is kept as given.
    if (gemeentenCovered(fileCodes) <= 1) {
        info.municipalityCode = manifest.municipalityCode;
        info.municipalityName = manifest.municipalityName;
    }
    info.publisher = manifest.publisher;
    info.created = manifest.created;
    info.sourcePath = source.input();
    info.manifestJson = manifest.json;
    const qint64 extractKey = transaction->recordExtract(info);
    if (extractKey < 0) {
        report.addError(kManifest, 0, QStringLiteral("extract_id"), transaction->lastError());
        checksums.waitForFinished();
        return failed(outcome);
    }

    const ObservationPass pass = streamExtractObservations(
        source.gdalPath(kObservations), kObservations, *transaction, extractKey, kinds, codes,
        regionsFile.isEmpty() || !fileCodes.isEmpty(), request, report);
    if (pass.cancelled) {
        checksums.waitForFinished();
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome; // the transaction rolls back
    }
    if (pass.rows == 0 && !report.hasErrors())
        report.addWarning(
            kObservations, 0, QString(),
            QCoreApplication::translate("wijk::ExtractImport", "has no observations"));

    if (!regionsFile.isEmpty()) {
        if (pass.maxPeriod == 0) {
            for (const ExtractRegion &region : regions) {
                if (!region.hasVintage)
                    report.addError(regionsFile, region.feature, QStringLiteral("vintage"),
                                    QCoreApplication::translate(
                                        "wijk::ExtractImport",
                                        "is missing, and the extract has no periods to take it "
                                        "from"));
            }
        }
        checkRegionHierarchy(regions, pass.maxPeriod, known, regionsFile, report);
        for (const ExtractRegion &region : regions) {
            if (!report.hasErrors() && !transaction->putRegion(region.region, region.wkb, &error))
                report.addError(regionsFile, region.feature, QStringLiteral("geometry"), error);
        }
    }

    checksums.waitForFinished();
    for (const QString &mismatch : checksums.result()) {
        const QStringList parts = mismatch.split(QLatin1Char('\n'));
        report.addError(parts[0], 0, QString(),
                        QCoreApplication::translate(
                            "wijk::ExtractImport",
                            "its SHA-256 checksum %1 does not match the manifest's %2: the file "
                            "was changed or damaged after the extract was made")
                            .arg(parts[1], QString::fromLatin1(manifest.sha256.value(parts[0]))));
    }
    if (request.cancelled()) {
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    if (report.hasErrors())
        return failed(outcome);
    if (!transaction->commit(&error)) {
        report.addError(workspace::workspaceShownName(workspace.path()), 0, QString(), error);
        return failed(outcome);
    }
    outcome.status = ImportOutcome::Status::Imported;
    outcome.indicators = int(indicators.size());
    outcome.regions = int(regions.size());
    outcome.observations = pass.written;
    return outcome;
}

int detectExtract(const QString &input)
{
    ImportReport ignored;
    ExtractSource source;
    const QFileInfo info(input);
    if (!info.isDir() && !input.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        return 0;
    if (!source.open(input, std::numeric_limits<qint64>::max(), ignored)) {
        // A zip the extract reader refuses (unreadable, unsafe or encrypted entries) goes to
        // the extract format all the same, whose report then says why; "cannot tell the
        // format" would hide it.
        return source.isZip() ? 10 : 0;
    }
    if (!source.contains(kManifest))
        return 0;
    return source.readAll(kManifest).contains("wijkmonitor-extract") ? 100 : 50;
}

void appendExtractFormat(std::vector<ImportFormat> &formats)
{
    ImportFormat format;
    format.name = QString::fromLatin1(kExtractFormat);
    format.description = QCoreApplication::translate(
        "wijk::ExtractImport", "Wijkmonitor extract: a folder or .zip with manifest.json, "
                               "indicators.csv, observations.csv and regions.gpkg/.geojson");
    format.detect = detectExtract;
    format.run = importExtract;
    formats.push_back(format);
}

} // namespace wijk::import
