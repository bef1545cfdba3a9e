#include "import/cbs_kwb_import.h"

#include "import/cbs_kwb_mapping.h"
#include "import/import_transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wijk::import::cbs {

namespace {
//! Reads the metadata files given and those lying next to the table; sets the period.
bool resolveMetadata(const KwbImportOptions &options, TableInfo *info, Catalogue *catalogue,
                     QStringList *used, ImportReport &report)
{
    QString tableInfos, dataProperties;
    for (const QString &path : options.metadata) {
        const QString name = QFileInfo(path).fileName();
        if (!QFileInfo::exists(path)) {
            report.addError(
                name, 0, QString(),
                QCoreApplication::translate("KwbImport", "metadata file not found: %1").arg(path));
            continue;
        }
        switch (detectMetadataKind(path)) {
        case MetadataKind::TableInfos:
            tableInfos = path;
            break;
        case MetadataKind::DataProperties:
            dataProperties = path;
            break;
        case MetadataKind::Unknown:
            report.addError(name, 0, QString(),
                            QCoreApplication::translate(
                                "KwbImport", "not a CBS DataProperties or TableInfos JSON file"));
            break;
        }
    }
    // A table's metadata travels with it under the same name prefix (kwb-2024-*.json).
    if (tableInfos.isEmpty())
        tableInfos = findSibling(options.path, MetadataKind::TableInfos);
    if (tableInfos.isEmpty() && !dataProperties.isEmpty())
        tableInfos = findSibling(dataProperties, MetadataKind::TableInfos);
    if (dataProperties.isEmpty())
        dataProperties = findSibling(options.path, MetadataKind::DataProperties);

    if (!tableInfos.isEmpty() && readTableInfos(tableInfos, info, report))
        *used << tableInfos;
    const QString name = QFileInfo(options.path).fileName();
    if (options.period > 0) {
        if (info->period > 0 && info->period != options.period) {
            report.addWarning(name, 0, QString(),
                              QCoreApplication::translate(
                                  "KwbImport", "--period %1 overrides the year %2 of %3; its table "
                                               "identifier is not used either")
                                  .arg(options.period)
                                  .arg(info->period)
                                  .arg(QFileInfo(tableInfos).fileName()));
            // Another year's TableInfos describes another table (85984NED is 2024's).
            *info = TableInfo();
        }
        info->period = options.period;
    }
    if (info->period <= 0) {
        report.addError(name, 0, QString(),
                        QCoreApplication::translate(
                            "KwbImport",
                            "the year of the table is unknown: give it with --period YEAR or "
                            "pass the table's TableInfos JSON with --metadata"));
    } else if (const int fileYear = yearFromFileName(options.path);
               fileYear > 0 && fileYear != info->period) {
        report.addWarning(name, 0, QString(),
                          QCoreApplication::translate(
                              "KwbImport", "the file name says %1 but the values are stored for %2")
                              .arg(fileYear)
                              .arg(info->period));
    }
    if (!dataProperties.isEmpty()) {
        QString source = QStringLiteral("CBS");
        if (!info->identifier.isEmpty())
            source = QStringLiteral("CBS %1 (%2)").arg(info->identifier, info->title);
        if (readDataProperties(dataProperties, source, catalogue, report))
            *used << dataProperties;
    }
    return !report.hasErrors();
}

bool readTable(const KwbImportOptions &options, KwbTable *table, ImportReport &report)
{
    if (options.format == QLatin1String(kFormatKwbXlsx))
        return readKwbXlsx(options.path, table, report);
    if (options.format == QLatin1String(kFormatKwbJson))
        return readKwbKeyedJson(options.path, table, report);
    if (options.format == QLatin1String(kFormatKwbOdata))
        return readKwbOdataJson(options.path, table, report);
    return readKwbCsv(options.path, table, report);
}

QByteArray digestOf(const QStringList &files, int period)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    hash.addData(QByteArray::number(period));
    return hash.result();
}

QByteArray manifestFor(const KwbImportOptions &options, const TableInfo &info,
                       const QStringList &files, const QByteArray &sha)
{
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), options.format);
    manifest.insert(QStringLiteral("publisher"), QStringLiteral("CBS"));
    manifest.insert(QStringLiteral("table"), info.identifier);
    manifest.insert(QStringLiteral("title"), info.title);
    manifest.insert(QStringLiteral("period"), info.period);
    manifest.insert(QStringLiteral("license"), QStringLiteral("CC-BY-4.0 (Bron: CBS)"));
    QJsonArray names;
    for (const QString &file : files)
        names.append(QFileInfo(file).fileName());
    manifest.insert(QStringLiteral("files"), names);
    manifest.insert(QStringLiteral("sha256"), QString::fromLatin1(sha.toHex()));
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}
} // namespace

QString kwbExtractId(const QString &tableId, const QString &path, int period,
                     const QByteArray &sha256)
{
    const QString table = tableId.isEmpty() ? QFileInfo(path).completeBaseName() : tableId;
    return QStringLiteral("cbs-%1-%2-%3")
        .arg(table)
        .arg(period)
        .arg(QString::fromLatin1(sha256.toHex().left(12)));
}

KwbImportResult importKwb(workspace::Workspace &workspace, const KwbImportOptions &options,
                          ImportReport &report)
{
    KwbImportResult result;
    TableInfo info;
    Catalogue catalogue;
    QStringList metadataUsed;
    if (!resolveMetadata(options, &info, &catalogue, &metadataUsed, report))
        return result;
    result.period = info.period;
    const QStringList files = QStringList{options.path} + metadataUsed;
    const QByteArray sha = digestOf(files, info.period);
    result.extractId = kwbExtractId(info.identifier, options.path, info.period, sha);
    if (workspace.hasExtract(result.extractId)) {
        result.ok = result.alreadyImported = true;
        return result;
    }

    KwbTable table;
    if (!readTable(options, &table, report) || report.hasErrors())
        return result;
    KwbMapping mapping = mapKwbTable(table, catalogue, info.period, workspace, report);
    if (report.hasErrors())
        return result;

    QString error;
    auto tx = ImportTransaction::begin(workspace, &error);
    if (!tx) {
        report.addError(table.fileName, 0, QString(), error);
        return result;
    }
    workspace::ExtractInfo extract;
    extract.extractId = result.extractId;
    extract.format = options.format;
    extract.municipalityCode = mapping.municipalityCode;
    extract.municipalityName = mapping.municipalityName;
    extract.publisher = QStringLiteral("CBS");
    extract.created =
        info.modified.isValid() ? info.modified : QFileInfo(options.path).lastModified();
    extract.sourcePath = QFileInfo(options.path).absoluteFilePath();
    extract.manifestJson = manifestFor(options, info, files, sha);
    const qint64 extractKey = tx->recordExtract(extract);
    if (extractKey < 0) {
        report.addError(table.fileName, 0, QString(), tx->lastError());
        return result;
    }
    std::vector<qint64> indicatorKeys;
    for (const KwbMapping::Column &column : mapping.columns) {
        // Without metadata an indicator the workspace already describes keeps its description.
        qint64 key = column.fromCatalogue ? -1 : tx->indicatorKey(column.indicator.code);
        if (key < 0)
            key = tx->putIndicator(column.indicator);
        if (key < 0) {
            report.addError(table.fileName, 0, column.key, tx->lastError());
            return result;
        }
        indicatorKeys.push_back(key);
    }
    std::vector<qint64> regionKeys;
    for (const Region &region : mapping.regions) {
        if (!tx->putRegion(region, QByteArray(), &error)) {
            report.addError(table.fileName, 0, region.code, error);
            return result;
        }
        regionKeys.push_back(tx->regionKey(region.code));
    }
    const qint64 total = static_cast<qint64>(mapping.values.size());
    qint64 done = 0;
    for (const KwbMapping::Value &value : mapping.values) {
        if (++done % 20000 == 0) {
            if (options.cancel && options.cancel->load()) {
                result.cancelled = true;
                return result; // the transaction rolls back
            }
            if (options.progress)
                options.progress(done, total, table.fileName);
        }
        const auto put = tx->putObservation(regionKeys[value.region], indicatorKeys[value.column],
                                            info.period, value.value, value.status, extractKey);
        if (put == ImportTransaction::PutResult::Failed) {
            report.addError(table.fileName, 0, QString(), tx->lastError());
            return result;
        }
        if (put == ImportTransaction::PutResult::Written)
            ++result.observations;
    }
    if (!tx->commit(&error)) {
        report.addError(table.fileName, 0, QString(), error);
        return result;
    }
    result.ok = true;
    result.regions = static_cast<int>(mapping.regions.size());
    result.indicators = static_cast<int>(mapping.columns.size());
    return result;
}

} // namespace wijk::import::cbs
