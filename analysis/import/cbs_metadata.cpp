#include "import/cbs_metadata.h"

#include "import/cbs_kwb_columns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wijk::import::cbs {

namespace {
//! Parses a JSON file; on failure adds an error naming the file and the offset.
bool readJson(const QString &path, QJsonDocument *doc, ImportReport *report)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (report)
            report->addError(name, 0, QString(),
                             QCoreApplication::translate("CbsMetadata", "cannot open: %1")
                                 .arg(file.errorString()));
        return false;
    }
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        if (report)
            report->addError(
                name, 0, QString(),
                QCoreApplication::translate("CbsMetadata", "not valid JSON at byte %1: %2")
                    .arg(error.offset)
                    .arg(error.errorString()));
        return false;
    }
    return true;
}

//! TableInfos and DataProperties come as a bare list or wrapped in OData's {"value": [...]}.
QJsonArray entries(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject object = doc.object();
    if (object.value(QStringLiteral("value")).isArray())
        return object.value(QStringLiteral("value")).toArray();
    return QJsonArray{object};
}
} // namespace

MetadataKind detectMetadataKind(const QString &path)
{
    QJsonDocument doc;
    if (!readJson(path, &doc, nullptr))
        return MetadataKind::Unknown;
    const QJsonArray list = entries(doc);
    if (list.isEmpty() || !list.first().isObject())
        return MetadataKind::Unknown;
    const QJsonObject first = list.first().toObject();
    if (first.contains(QStringLiteral("Identifier")) && first.contains(QStringLiteral("Period")))
        return MetadataKind::TableInfos;
    if (first.contains(QStringLiteral("Key")) && first.contains(QStringLiteral("Type")))
        return MetadataKind::DataProperties;
    return MetadataKind::Unknown;
}

bool readTableInfos(const QString &path, TableInfo *info, ImportReport &report)
{
    QJsonDocument doc;
    if (!readJson(path, &doc, &report))
        return false;
    const QString name = QFileInfo(path).fileName();
    const QJsonArray list = entries(doc);
    const QJsonObject object = list.isEmpty() ? QJsonObject() : list.first().toObject();
    static const QRegularExpression yearPattern(QStringLiteral("^((?:19|20)\\d\\d)"));
    const auto match = yearPattern.match(object.value(QStringLiteral("Period")).toString());
    if (!match.hasMatch()) {
        report.addError(
            name, 0, QStringLiteral("Period"),
            QCoreApplication::translate(
                "CbsMetadata", "no year in the table's Period; give the year with --period"));
        return false;
    }
    info->period = match.captured(1).toInt();
    info->identifier = object.value(QStringLiteral("Identifier")).toString().trimmed();
    info->title = object.value(QStringLiteral("Title")).toString().trimmed();
    info->modified =
        QDateTime::fromString(object.value(QStringLiteral("Modified")).toString(), Qt::ISODate);
    info->path = path;
    return true;
}

bool readDataProperties(const QString &path, const QString &source, Catalogue *catalogue,
                        ImportReport &report)
{
    QJsonDocument doc;
    if (!readJson(path, &doc, &report))
        return false;
    const QString name = QFileInfo(path).fileName();
    const QJsonArray list = entries(doc);
    QHash<int, QJsonObject> byId;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        byId.insert(entry.value(QStringLiteral("ID")).toInt(-1), entry);
    }
    // The theme is the top TopicGroup: Mannen -> Geslacht -> Bevolking gives "Bevolking".
    auto themeOf = [&](const QJsonObject &entry) {
        QString theme;
        QJsonValue parent = entry.value(QStringLiteral("ParentID"));
        for (int depth = 0; parent.isDouble() && depth < 16; ++depth) {
            const QJsonObject group = byId.value(parent.toInt());
            if (group.isEmpty())
                break;
            theme = group.value(QStringLiteral("Title")).toString().trimmed();
            parent = group.value(QStringLiteral("ParentID"));
        }
        return theme.isEmpty() ? QStringLiteral("CBS") : theme;
    };
    int index = 0;
    for (const QJsonValue &value : list) {
        ++index;
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("Type")).toString() != QLatin1String("Topic"))
            continue;
        const QString key = entry.value(QStringLiteral("Key")).toString().trimmed();
        if (key.isEmpty()) {
            report.addWarning(
                name, index, QStringLiteral("Key"),
                QCoreApplication::translate("CbsMetadata", "a topic without a Key is ignored"));
            continue;
        }
        const QString code = indicatorCodeFromKey(key);
        if (entry.value(QStringLiteral("Datatype")).toString() == QLatin1String("String") ||
            classifyColumn(key) != ColumnRole::Indicator) {
            catalogue->descriptive.insert(code);
            continue;
        }
        Indicator indicator;
        indicator.code = code;
        indicator.name = entry.value(QStringLiteral("Title")).toString().trimmed();
        if (indicator.name.isEmpty())
            indicator.name = nameFromCode(code);
        const QString cbsUnit = entry.value(QStringLiteral("Unit")).toString();
        indicator.unit = unitFromCbs(cbsUnit);
        // Only whole absolute numbers of something add up over buurten; the rest
        // (shares, averages, densities) cannot be aggregated without a denominator.
        const bool additive =
            indicator.unit == QLatin1String("count") &&
            entry.value(QStringLiteral("PresentationType")).toString() ==
                QLatin1String("Absolute") &&
            entry.value(QStringLiteral("Datatype")).toString() == QLatin1String("Long");
        indicator.kind = additive ? IndicatorKind::Count : IndicatorKind::Value;
        if (!additive && indicator.unit == QLatin1String("count"))
            indicator.unit = QStringLiteral("other");
        indicator.theme = themeOf(entry);
        const QJsonValue decimals = entry.value(QStringLiteral("Decimals"));
        indicator.decimals = decimals.isDouble() ? decimals.toInt() : -1;
        QString definition = entry.value(QStringLiteral("Description")).toString().trimmed();
        if (indicator.unit == QLatin1String("other") && !cbsUnit.trimmed().isEmpty())
            definition =
                (definition.isEmpty() ? QString() : definition + QStringLiteral("\n")) +
                QCoreApplication::translate("CbsMetadata", "Unit (CBS): %1").arg(cbsUnit.trimmed());
        indicator.definition = definition;
        indicator.source = source;
        catalogue->indicators.insert(code, indicator);
    }
    if (catalogue->indicators.isEmpty()) {
        report.addError(
            name, 0, QString(),
            QCoreApplication::translate(
                "CbsMetadata", "no indicator (Topic) found; is this a CBS DataProperties file?"));
        return false;
    }
    catalogue->path = path;
    return true;
}

QString findSibling(const QString &dataPath, MetadataKind kind)
{
    const QFileInfo data(dataPath);
    const QString suffix = kind == MetadataKind::TableInfos ? QStringLiteral("TableInfos")
                                                            : QStringLiteral("DataProperties");
    const QStringList candidates =
        data.dir().entryList({QStringLiteral("*") + suffix + QStringLiteral(".json")}, QDir::Files);
    QStringList matching;
    for (const QString &candidate : candidates) {
        QString prefix = candidate.left(candidate.size() - suffix.size() - 5);
        while (prefix.endsWith(QLatin1Char('-')) || prefix.endsWith(QLatin1Char('_')) ||
               prefix.endsWith(QLatin1Char('.')))
            prefix.chop(1);
        if (!prefix.isEmpty() && data.completeBaseName().startsWith(prefix, Qt::CaseInsensitive) &&
            data.fileName() != candidate)
            matching << data.dir().absoluteFilePath(candidate);
    }
    return matching.size() == 1 ? matching.first() : QString();
}

int yearFromFileName(const QString &path)
{
    static const QRegularExpression year(QStringLiteral("(?:^|\\D)((?:19|20)\\d\\d)(?:\\D|$)"));
    const auto match = year.match(QFileInfo(path).completeBaseName());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace wijk::import::cbs
