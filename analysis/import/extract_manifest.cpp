#include "import/extract_manifest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wijk::import {

namespace {
const QString kFile = QStringLiteral("manifest.json");
} // namespace

bool parseExtractManifest(const QByteArray &json, ExtractManifest *manifest, ImportReport &report)
{
    const qint64 errorsBefore = report.errorCount();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        report.addError(
            kFile, line, QString(),
            parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("wijk::ExtractManifest", "not valid JSON: %1")
                      .arg(parseError.errorString())
                : QCoreApplication::translate("wijk::ExtractManifest", "must be a JSON object"));
        return false;
    }
    const QJsonObject root = document.object();
    manifest->json = json;
    const auto requiredString = [&](const QJsonObject &object, const QString &key,
                                    const QString &shown) {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            report.addError(kFile, 0, shown,
                            value.isUndefined()
                                ? QCoreApplication::translate("wijk::ExtractManifest",
                                                              "required field is missing")
                                : QCoreApplication::translate("wijk::ExtractManifest",
                                                              "must be a non-empty text"));
            return QString();
        }
        return value.toString().trimmed();
    };

    const QString format = requiredString(root, QStringLiteral("format"), QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("wijkmonitor-extract"))
        report.addError(kFile, 0, QStringLiteral("format"),
                        QCoreApplication::translate("wijk::ExtractManifest",
                                                    "'%1' is not a Wijkmonitor extract (expected "
                                                    "'wijkmonitor-extract')")
                            .arg(format));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (version.isUndefined())
        report.addError(
            kFile, 0, QStringLiteral("format_version"),
            QCoreApplication::translate("wijk::ExtractManifest", "required field is missing"));
    else if (!version.isDouble() || version.toDouble() != 1.0)
        report.addError(kFile, 0, QStringLiteral("format_version"),
                        QCoreApplication::translate(
                            "wijk::ExtractManifest",
                            "version %1 is not supported; this workbench reads version 1 "
                            "(update the workbench for newer extracts)")
                            .arg(version.isDouble() ? QString::number(version.toDouble())
                                                    : version.toVariant().toString()));

    manifest->extractId =
        requiredString(root, QStringLiteral("extract_id"), QStringLiteral("extract_id"));
    const QString created =
        requiredString(root, QStringLiteral("created"), QStringLiteral("created"));
    if (!created.isEmpty()) {
        manifest->created = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!manifest->created.isValid())
            manifest->created = QDateTime::fromString(created, Qt::ISODate);
        if (!manifest->created.isValid())
            report.addError(kFile, 0, QStringLiteral("created"),
                            QCoreApplication::translate("wijk::ExtractManifest",
                                                        "'%1' is not an ISO 8601 date and time")
                                .arg(created));
    }
    const QJsonValue municipality = root.value(QStringLiteral("municipality"));
    if (!municipality.isObject()) {
        report.addError(
            kFile, 0, QStringLiteral("municipality.code"),
            QCoreApplication::translate("wijk::ExtractManifest", "required field is missing"));
    } else {
        manifest->municipalityCode = requiredString(municipality.toObject(), QStringLiteral("code"),
                                                    QStringLiteral("municipality.code"));
        manifest->municipalityName =
            municipality.toObject().value(QStringLiteral("name")).toString();
    }
    manifest->publisher = root.value(QStringLiteral("publisher")).toString();
    manifest->license = root.value(QStringLiteral("license")).toString();
    manifest->description = root.value(QStringLiteral("description")).toString();

    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonValue sha = it.value().toObject().value(QStringLiteral("sha256"));
        if (sha.isUndefined())
            continue;
        if (!hex.match(sha.toString()).hasMatch()) {
            report.addError(
                kFile, 0, QStringLiteral("files.%1.sha256").arg(it.key()),
                QCoreApplication::translate("wijk::ExtractManifest",
                                            "not a SHA-256 digest (64 hexadecimal digits)"));
            continue;
        }
        manifest->sha256.insert(it.key(), sha.toString().toLower().toLatin1());
    }
    return report.errorCount() == errorsBefore;
}

} // namespace wijk::import
