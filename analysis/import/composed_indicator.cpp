#include "import/composed_indicator.h"

#include "import/import_transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace wijk::import {

bool storeComposedIndicator(workspace::Workspace &workspace, const Indicator &indicator,
                            const std::vector<Observation> &values,
                            const QByteArray &definitionJson, QString *error)
{
    auto transaction = ImportTransaction::begin(workspace, error);
    if (!transaction)
        return false;
    workspace::ExtractInfo info;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stem =
        QStringLiteral("composite-%1-%2")
            .arg(indicator.code, now.toString(QStringLiteral("yyyyMMddTHHmmsszzz")));
    info.extractId = stem;
    for (int again = 2; transaction->hasExtract(info.extractId); ++again) // within one ms
        info.extractId = stem + QStringLiteral("-%1").arg(again);
    info.format = QString::fromLatin1(kComposedFormat);
    info.publisher = QStringLiteral("Wijkmonitor Workbench");
    info.created = now;
    info.importedAt = now;
    info.manifestJson = definitionJson;
    const qint64 extract = transaction->recordExtract(info);
    if (extract < 0 || transaction->putIndicator(indicator) < 0) {
        *error = transaction->lastError();
        return false;
    }
    for (const Observation &value : values) {
        const auto result = transaction->putObservation(value.region, indicator.code, value.period,
                                                        value.value, value.status, info.extractId);
        if (result == ImportTransaction::PutResult::Failed) {
            *error = QCoreApplication::translate("wijk::import::ComposedIndicator",
                                                 "%1 (%2, %3) is niet opgeslagen: %4")
                         .arg(indicator.code, value.region)
                         .arg(value.period)
                         .arg(transaction->lastError());
            return false;
        }
    }
    return transaction->commit(error);
}

QByteArray composedDefinition(const workspace::Workspace &workspace, const QString &code)
{
    QByteArray latest;
    for (const workspace::ExtractInfo &info : workspace.extracts()) { // oldest first
        if (info.format != QLatin1String(kComposedFormat))
            continue;
        const QJsonObject composite = QJsonDocument::fromJson(info.manifestJson)
                                          .object()
                                          .value(QStringLiteral("composite"))
                                          .toObject();
        if (composite.value(QStringLiteral("code")).toString() == code)
            latest = info.manifestJson;
    }
    return latest;
}

} // namespace wijk::import
