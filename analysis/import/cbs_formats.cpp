#include "import/cbs_formats.h"

#include "import/boundaries_import.h"
#include "import/cbs_kwb_import.h"
#include "import/long_table_import.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace wijk::import::cbs {

namespace {
//! The first line of a text file (a peek for detection, not a parse).
QByteArray firstLine(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readLine(64 * 1024);
}

bool hasSuffix(const QString &path, const char *suffix)
{
    return QFileInfo(path).suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0;
}

ImportOutcome::Status statusOf(bool ok, bool already, bool cancelled)
{
    if (cancelled)
        return ImportOutcome::Status::Cancelled;
    if (already)
        return ImportOutcome::Status::AlreadyImported;
    return ok ? ImportOutcome::Status::Imported : ImportOutcome::Status::Failed;
}

ImportFormat kwbFormat(const char *name, const QString &description,
                       std::function<int(const QString &)> detect)
{
    ImportFormat format;
    format.name = QString::fromLatin1(name);
    format.description = description;
    format.detect = std::move(detect);
    format.run = [name](workspace::Workspace &workspace, const ImportRequest &request,
                        ImportReport &report) {
        KwbImportOptions options;
        options.path = request.input;
        options.format = QString::fromLatin1(name);
        options.period = request.period;
        options.metadata = request.metadata;
        options.progress = request.progress;
        options.cancel = request.cancel;
        const KwbImportResult result = importKwb(workspace, options, report);
        ImportOutcome outcome;
        outcome.status = statusOf(result.ok, result.alreadyImported, result.cancelled);
        outcome.extractId = result.extractId;
        outcome.indicators = result.indicators;
        outcome.regions = result.regions;
        outcome.observations = result.observations;
        return outcome;
    };
    return format;
}
} // namespace

void appendCbsFormats(std::vector<ImportFormat> &list)
{
    list.push_back(kwbFormat(
        kFormatKwbCsv,
        QCoreApplication::translate(
            "CbsFormats", "CBS Kerncijfers wijken en buurten, CSV export (one row per region)"),
        [](const QString &input) {
            return hasSuffix(input, "csv") && (firstLine(input).contains("WijkenEnBuurten") ||
                                               firstLine(input).contains("Codering_3"))
                       ? 90
                       : 0;
        }));
    list.push_back(
        kwbFormat(kFormatKwbXlsx,
                  QCoreApplication::translate(
                      "CbsFormats", "CBS Kerncijfers wijken en buurten, Excel workbook (.xlsx)"),
                  [](const QString &input) {
                      // A zip container: the header lives inside; the extension decides.
                      return hasSuffix(input, "xlsx") && QFileInfo(input).isFile() ? 60 : 0;
                  }));
    list.push_back(kwbFormat(
        kFormatKwbJson,
        QCoreApplication::translate(
            "CbsFormats", "CBS Kerncijfers wijken en buurten, JSON object keyed by region code"),
        [](const QString &input) {
            return QFileInfo(input).isFile() && detectKwbJson(input) == KwbJsonShape::Keyed ? 90
                                                                                            : 0;
        }));
    list.push_back(kwbFormat(
        kFormatKwbOdata,
        QCoreApplication::translate(
            "CbsFormats", "CBS Kerncijfers wijken en buurten, OData JSON ({\"value\": [...]})"),
        [](const QString &input) {
            return QFileInfo(input).isFile() && detectKwbJson(input) == KwbJsonShape::Odata ? 90
                                                                                            : 0;
        }));

    ImportFormat boundaries;
    boundaries.name = QString::fromLatin1(boundaries::kFormatBoundaries);
    boundaries.description = QCoreApplication::translate(
        "CbsFormats", "Region boundaries: CBS wijk- en buurtkaart GeoPackage, or "
                      "GeoJSON/TopoJSON/GeoPackage with statcode/statnaam");
    boundaries.detect = [](const QString &input) {
        if (!QFileInfo(input).isFile() || hasSuffix(input, "csv") || hasSuffix(input, "xlsx") ||
            hasSuffix(input, "zip"))
            return 0;
        return boundaries::looksLikeBoundaries(input) ? 80 : 0;
    };
    boundaries.run = [](workspace::Workspace &workspace, const ImportRequest &request,
                        ImportReport &report) {
        boundaries::BoundariesImportOptions options;
        options.path = request.input;
        options.period = request.period;
        options.progress = request.progress;
        options.cancel = request.cancel;
        if (!request.metadata.isEmpty())
            report.addWarning(QFileInfo(request.input).fileName(), 0, QString(),
                              QCoreApplication::translate(
                                  "CbsFormats", "--metadata is not used by the boundaries format"));
        const auto result = boundaries::importBoundaries(workspace, options, report);
        ImportOutcome outcome;
        outcome.status = statusOf(result.ok, result.alreadyImported, result.cancelled);
        outcome.extractId = result.extractId;
        outcome.regions = result.regions;
        return outcome;
    };
    list.push_back(boundaries);

    ImportFormat longTable;
    longTable.name = QString::fromLatin1(longtable::kFormatLong);
    longTable.description = QCoreApplication::translate(
        "CbsFormats", "Generic long table region;indicator;period;value[;status], "
                      "indicators from --metadata indicators.csv");
    longTable.detect = [](const QString &input) {
        return QFileInfo(input).isFile() && hasSuffix(input, "csv") &&
                       longtable::looksLikeLongTable(input)
                   ? 70
                   : 0;
    };
    longTable.run = [](workspace::Workspace &workspace, const ImportRequest &request,
                       ImportReport &report) {
        ImportOutcome outcome;
        if (request.metadata.size() > 1) {
            report.addError(
                QFileInfo(request.input).fileName(), 0, QString(),
                QCoreApplication::translate(
                    "CbsFormats", "a long table takes one --metadata file (indicators.csv)"));
            return outcome;
        }
        longtable::LongTableImportOptions options{request.input, request.metadata.value(0)};
        options.cancel = request.cancel;
        if (request.period > 0)
            report.addWarning(
                QFileInfo(request.input).fileName(), 0, QStringLiteral("period"),
                QCoreApplication::translate(
                    "CbsFormats", "--period is ignored: a long table has its own period column"));
        const auto result = longtable::importLongTable(workspace, options, report);
        outcome.status = statusOf(result.ok, result.alreadyImported, result.cancelled);
        outcome.extractId = result.extractId;
        outcome.indicators = result.indicators;
        outcome.regions = result.createdRegions;
        outcome.observations = result.observations;
        return outcome;
    };
    list.push_back(longTable);
}

} // namespace wijk::import::cbs
