// The two JSON forms of a KWB table: keyed by region code, and CBS OData ({"value": [...]}).
#include "import/cbs_kwb_table.h"
#include "import/json_duplicate_keys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <utility>

namespace wijk::import::cbs {

namespace {
//! The entry number a path like "value[3]" names (1-based), or 0.
int odataEntry(const QString &path)
{
    static const QRegularExpression entry(QStringLiteral("^value\\[(\\d+)\\]$"));
    const auto match = entry.match(path);
    return match.hasMatch() ? match.captured(1).toInt() + 1 : 0;
}

bool loadJson(const QString &path, QJsonDocument *doc, ImportReport &report)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.addError(
            name, 0, QString(),
            QCoreApplication::translate("KwbTable", "cannot open: %1").arg(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        report.addError(name, 0, QString(),
                        QCoreApplication::translate("KwbTable", "not valid JSON at byte %1: %2")
                            .arg(error.offset)
                            .arg(error.errorString()));
        return false;
    }
    // QJsonDocument silently keeps the last of two members with one name.
    const std::vector<DuplicateJsonKey> duplicates = findDuplicateJsonKeys(bytes);
    for (const DuplicateJsonKey &duplicate : duplicates) {
        const int entry = odataEntry(duplicate.path);
        const QString field = entry > 0 || duplicate.path.isEmpty()
                                  ? duplicate.key
                                  : duplicate.path + QLatin1Char('.') + duplicate.key;
        report.addError(name, entry, field,
                        QCoreApplication::translate(
                            "KwbTable", "'%1' appears twice in the same JSON object (byte %2)")
                            .arg(duplicate.key)
                            .arg(duplicate.offset));
    }
    return duplicates.empty();
}

//! A JSON number is typed; only a string can carry "88.000" (CBS: no thousands separator).
bool hasAmbiguousSeparator(const QJsonValue &value)
{
    return value.isString() && parseCell(value.toString()).ambiguousSeparator;
}

//! A JSON cell as the text parseCell() understands: numbers exactly, null as empty.
QString cellText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isString())
        return value.toString();
    return QString();
}
} // namespace

KwbJsonShape detectKwbJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return KwbJsonShape::None;
    const QString head = QString::fromUtf8(file.read(64 * 1024));
    static const QRegularExpression keyed(
        QStringLiteral("^\\x{FEFF}?\\s*\\{\\s*\"(NL|GM|WK|BU)\\d+\\s*\"\\s*:\\s*\\{"));
    if (keyed.match(head).hasMatch())
        return KwbJsonShape::Keyed;
    static const QRegularExpression odata(QStringLiteral("\"value\"\\s*:\\s*\\["));
    if (odata.match(head).hasMatch() && head.contains(QLatin1String("\"WijkenEnBuurten\"")))
        return KwbJsonShape::Odata;
    return KwbJsonShape::None;
}

bool readKwbKeyedJson(const QString &path, KwbTable *table, ImportReport &report)
{
    QJsonDocument doc;
    if (!loadJson(path, &doc, report))
        return false;
    const QString name = QFileInfo(path).fileName();
    if (!doc.isObject()) {
        report.addError(
            name, 0, QString(),
            QCoreApplication::translate("KwbTable", "expected a JSON object keyed by region code"));
        return false;
    }
    table->fileName = name;
    const QJsonObject root = doc.object();
    // The columns are the union of every region's keys, in order of first appearance.
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            if (classifyColumn(v.key()) == ColumnRole::Indicator && !table->keys.contains(v.key()))
                table->keys << v.key();
        }
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject()) {
            report.addError(
                name, 0, it.key(),
                QCoreApplication::translate("KwbTable", "expected an object of figures"));
            continue;
        }
        const QJsonObject values = it.value().toObject();
        KwbRow row;
        row.line = 0; // problems name the region code instead (fieldOf in the mapping)
        row.code = trimCode(it.key());
        row.municipality = values.value(QStringLiteral("Gemeentenaam_1")).toString().trimmed();
        row.regionType = values.value(QStringLiteral("SoortRegio_2")).toString().trimmed();
        for (const QString &key : std::as_const(table->keys)) {
            const QJsonValue value = values.value(key);
            if (hasAmbiguousSeparator(value))
                report.addError(name, 0, row.code + QLatin1Char('.') + key,
                                ambiguousSeparatorMessage(value.toString()));
            row.cells << cellText(value);
        }
        table->rows.push_back(std::move(row));
    }
    table->numbersAreTyped = true; // JSON strings were checked above
    return !report.hasErrors();
}

bool readKwbOdataJson(const QString &path, KwbTable *table, ImportReport &report)
{
    QJsonDocument doc;
    if (!loadJson(path, &doc, report))
        return false;
    const QString name = QFileInfo(path).fileName();
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("value")).isArray()) {
        report.addError(
            name, 0, QStringLiteral("value"),
            QCoreApplication::translate(
                "KwbTable", "expected CBS OData JSON: an object with a \"value\" list"));
        return false;
    }
    if (root.contains(QStringLiteral("odata.nextLink")))
        report.addWarning(name, 0, QStringLiteral("odata.nextLink"),
                          QCoreApplication::translate(
                              "KwbTable",
                              "this is one page of a longer OData result; only its rows are "
                              "imported"));
    table->fileName = name;
    const QJsonArray list = root.value(QStringLiteral("value")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        for (auto v = object.begin(); v != object.end(); ++v) {
            if (classifyColumn(v.key()) == ColumnRole::Indicator && !table->keys.contains(v.key()))
                table->keys << v.key();
        }
    }
    int entry = 0;
    for (const QJsonValue &value : list) {
        ++entry;
        const QJsonObject object = value.toObject();
        KwbRow row;
        row.line = entry;
        row.code = trimCode(object.value(QStringLiteral("WijkenEnBuurten")).toString());
        if (row.code.isEmpty()) {
            report.addError(name, entry, QStringLiteral("WijkenEnBuurten"),
                            QCoreApplication::translate("KwbTable", "row without a region code"));
            continue;
        }
        for (auto v = object.begin(); v != object.end(); ++v) {
            const ColumnRole role = classifyColumn(v.key());
            if (role == ColumnRole::MunicipalityName)
                row.municipality = v.value().toString().trimmed();
            else if (role == ColumnRole::RegionType)
                row.regionType = v.value().toString().trimmed();
        }
        for (const QString &key : std::as_const(table->keys)) {
            const QJsonValue value = object.value(key);
            if (hasAmbiguousSeparator(value))
                report.addError(name, entry, key, ambiguousSeparatorMessage(value.toString()));
            row.cells << cellText(value);
        }
        table->rows.push_back(std::move(row));
    }
    table->numbersAreTyped = true; // JSON strings were checked above
    if (table->rows.empty() && !report.hasErrors())
        report.addError(name, 0, QStringLiteral("value"),
                        QCoreApplication::translate("KwbTable", "the table has no rows"));
    return !report.hasErrors();
}

} // namespace wijk::import::cbs
