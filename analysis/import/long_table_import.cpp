#include "import/long_table_import.h"

#include "import/cbs_kwb_columns.h"
#include "import/csv_reader.h"
#include "import/extract_indicators.h"
#include "import/import_transaction.h"
#include "import/value_plausibility.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace wijk::import::longtable {

namespace {
struct Row
{
    QString region;
    QString indicator;
    int period = 0;
    double value = std::nan("");
    ValueStatus status = ValueStatus::Final;
    int line = 0;
};

//! What a long table gets for a code nobody describes.
Indicator defaultIndicator(const QString &code)
{
    Indicator indicator;
    indicator.code = code;
    indicator.name = code;
    indicator.theme = QStringLiteral("Overig");
    indicator.unit = QStringLiteral("other");
    indicator.kind = IndicatorKind::Value;
    return indicator;
}

const QStringList kColumns{QStringLiteral("region"), QStringLiteral("indicator"),
                           QStringLiteral("period"), QStringLiteral("value")};
} // namespace

bool looksLikeLongTable(const QString &path)
{
    ImportReport ignored;
    CsvReader reader(&ignored);
    if (!reader.open(path))
        return false;
    for (const QString &column : kColumns) {
        if (reader.column(column) < 0)
            return false;
    }
    return true;
}

LongTableImportResult importLongTable(workspace::Workspace &workspace,
                                      const LongTableImportOptions &options, ImportReport &report)
{
    LongTableImportResult result;
    QHash<QString, Indicator> catalogue;
    if (!options.metadata.isEmpty()) {
        // The extract contract's indicators.csv, read by the extract importer's own reader.
        const QString name = QFileInfo(options.metadata).fileName();
        for (const Indicator &indicator : readExtractIndicators(options.metadata, name, report))
            catalogue.insert(indicator.code, indicator);
        if (report.hasErrors())
            return result;
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : {options.path, options.metadata}) {
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    const QByteArray sha = hash.result();
    result.extractId =
        QStringLiteral("file:%1-%2")
            .arg(QFileInfo(options.path).fileName(), QString::fromLatin1(sha.toHex().left(12)));
    if (workspace.hasExtract(result.extractId)) {
        result.ok = result.alreadyImported = true;
        return result;
    }

    CsvReader reader(&report);
    if (!reader.open(options.path) || !reader.requireColumns(kColumns))
        return result;
    reader.warnUnknownColumns(kColumns + QStringList{QStringLiteral("status")});
    const int regionCol = reader.column(QStringLiteral("region"));
    const int indicatorCol = reader.column(QStringLiteral("indicator"));
    const int periodCol = reader.column(QStringLiteral("period"));
    const int valueCol = reader.column(QStringLiteral("value"));
    const int statusCol = reader.column(QStringLiteral("status"));

    QSet<QString> knownRegions, knownIndicators;
    QHash<QString, IndicatorKind> kinds;
    for (const Region &region : workspace.regions())
        knownRegions.insert(region.code);
    for (const Indicator &indicator : workspace.indicators()) {
        knownIndicators.insert(indicator.code);
        kinds.insert(indicator.code, indicator.kind);
    }
    for (const Indicator &indicator : std::as_const(catalogue))
        kinds.insert(indicator.code, indicator.kind);

    std::vector<Row> rows;
    QHash<QString, int> firstLine;  // region|indicator|period -> line
    QHash<QString, int> newRegions; // code -> latest period it appears in
    QSet<QString> usedIndicators;
    while (reader.next()) {
        Row row;
        row.line = reader.line();
        row.region = cbs::trimCode(reader.text(regionCol));
        row.indicator = reader.text(indicatorCol);
        bool ok = true;
        if (row.region.isEmpty())
            reader.error(regionCol, QCoreApplication::translate("LongTableImport", "required")),
                ok = false;
        if (row.indicator.isEmpty())
            reader.error(indicatorCol, QCoreApplication::translate("LongTableImport", "required")),
                ok = false;
        bool periodOk = false;
        row.period = reader.text(periodCol).toInt(&periodOk);
        if (!periodOk || row.period < 1900 || row.period > 2100)
            reader.error(periodCol,
                         QCoreApplication::translate("LongTableImport", "'%1' is not a year (YYYY)")
                             .arg(reader.text(periodCol))),
                ok = false;
        if (statusCol >= 0) {
            const auto status = valueStatusFromString(reader.text(statusCol));
            if (!status)
                reader.error(statusCol,
                             QCoreApplication::translate("LongTableImport", "unknown status '%1'")
                                 .arg(reader.text(statusCol))),
                    ok = false;
            row.status = status.value_or(ValueStatus::Final);
        }
        double value = 0;
        switch (reader.number(valueCol, &value)) {
        case CsvReader::Number::Ok:
            row.value = value;
            if (row.status == ValueStatus::Suppressed)
                reader.error(valueCol, QCoreApplication::translate(
                                           "LongTableImport", "a suppressed value must be empty")),
                    ok = false;
            if (const QString problem =
                    valueProblem(reader.text(valueCol), value,
                                 kinds.value(row.indicator, IndicatorKind::Value), row.indicator);
                !problem.isEmpty())
                reader.error(valueCol, problem), ok = false;
            break;
        case CsvReader::Number::Empty:
            if (row.status == ValueStatus::Final)
                row.status = ValueStatus::Missing;
            break;
        case CsvReader::Number::Invalid:
            reader.error(valueCol,
                         QCoreApplication::translate("LongTableImport", "'%1' is not a number")
                             .arg(reader.text(valueCol))),
                ok = false;
            break;
        case CsvReader::Number::NotFinite:
            reader.error(valueCol, QCoreApplication::translate("LongTableImport",
                                                               "NaN or infinity is not a value")),
                ok = false;
            break;
        }
        if (!ok)
            continue;
        const QString key = row.region + QLatin1Char('|') + row.indicator + QLatin1Char('|') +
                            QString::number(row.period);
        if (firstLine.contains(key)) {
            reader.error(-1, QCoreApplication::translate("LongTableImport",
                                                         "%1, %2, %3 already given on line %4")
                                 .arg(row.region, row.indicator)
                                 .arg(row.period)
                                 .arg(firstLine.value(key)));
            continue;
        }
        firstLine.insert(key, row.line);
        if (!knownRegions.contains(row.region)) {
            if (!levelFromCode(row.region)) {
                reader.error(regionCol, QCoreApplication::translate(
                                            "LongTableImport",
                                            "unknown region %1: not in the workspace and not a CBS "
                                            "code; import its boundaries first")
                                            .arg(row.region));
                continue;
            }
            newRegions[row.region] = std::max(newRegions.value(row.region), row.period);
        }
        usedIndicators.insert(row.indicator);
        rows.push_back(row);
    }
    if (reader.failed() || report.hasErrors())
        return result;
    if (rows.empty()) {
        report.addError(reader.displayName(), 0, QString(),
                        QCoreApplication::translate("LongTableImport", "no values"));
        return result;
    }
    const QString file = reader.displayName();
    if (!newRegions.isEmpty())
        report.addWarning(file, 0, QStringLiteral("region"),
                          QCoreApplication::translate(
                              "LongTableImport",
                              "%1 regions not in the workspace were created from their CBS codes, "
                              "without names or geometry (e.g. %2)")
                              .arg(newRegions.size())
                              .arg(newRegions.constBegin().key()));
    QStringList undescribed;
    for (const QString &code : std::as_const(usedIndicators)) {
        if (!catalogue.contains(code) && !knownIndicators.contains(code))
            undescribed << code;
    }
    if (!undescribed.isEmpty()) {
        undescribed.sort();
        report.addWarning(file, 0, QStringLiteral("indicator"),
                          QCoreApplication::translate(
                              "LongTableImport",
                              "no description for %1: imported as kind value, unit other, theme "
                              "Overig")
                              .arg(undescribed.join(QStringLiteral(", "))));
    }

    QString error;
    auto tx = ImportTransaction::begin(workspace, &error);
    if (!tx) {
        report.addError(file, 0, QString(), error);
        return result;
    }
    workspace::ExtractInfo extract;
    extract.extractId = result.extractId;
    extract.format = QString::fromLatin1(kFormatLong);
    extract.created = QFileInfo(options.path).lastModified();
    extract.sourcePath = QFileInfo(options.path).absoluteFilePath();
    extract.manifestJson =
        QJsonDocument(
            QJsonObject{{QStringLiteral("format"), extract.format},
                        {QStringLiteral("file"), file},
                        {QStringLiteral("metadata"), QFileInfo(options.metadata).fileName()},
                        {QStringLiteral("sha256"), QString::fromLatin1(sha.toHex())}})
            .toJson(QJsonDocument::Compact);
    const qint64 extractKey = tx->recordExtract(extract);
    if (extractKey < 0) {
        report.addError(file, 0, QString(), tx->lastError());
        return result;
    }
    // The whole catalogue is written (ratios need their numerators), then the defaults.
    for (const Indicator &indicator : std::as_const(catalogue)) {
        if (tx->putIndicator(indicator) < 0) {
            report.addError(QFileInfo(options.metadata).fileName(), 0, indicator.code,
                            tx->lastError());
            return result;
        }
    }
    for (const QString &code : std::as_const(undescribed))
        tx->putIndicator(defaultIndicator(code));
    for (auto it = newRegions.constBegin(); it != newRegions.constEnd(); ++it) {
        Region region;
        region.code = it.key();
        region.name = it.key();
        region.level = *levelFromCode(it.key());
        region.parent = parentFromCode(it.key());
        region.vintage = it.value();
        if (!tx->putRegion(region, QByteArray(), &error)) {
            report.addError(file, 0, QStringLiteral("region"), error);
            return result;
        }
    }
    qint64 done = 0;
    for (const Row &row : rows) {
        if (++done % 20000 == 0 && options.cancel && options.cancel->load()) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        const qint64 regionKey = tx->regionKey(row.region);
        const qint64 indicatorKey = tx->indicatorKey(row.indicator);
        const auto put = tx->putObservation(regionKey, indicatorKey, row.period, row.value,
                                            row.status, extractKey);
        if (put == ImportTransaction::PutResult::Failed) {
            report.addError(file, row.line, QString(), tx->lastError());
            return result;
        }
        if (put == ImportTransaction::PutResult::Written)
            ++result.observations;
    }
    if (!tx->commit(&error)) {
        report.addError(file, 0, QString(), error);
        return result;
    }
    result.ok = true;
    result.indicators = usedIndicators.size();
    result.createdRegions = newRegions.size();
    return result;
}

} // namespace wijk::import::longtable
