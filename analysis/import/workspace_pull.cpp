#include "import/workspace_pull.h"

#include "import/import_transaction.h"
#include "workspace/pg_location.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace wijk::import {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::import", text);
}

//! Whether a region code belongs to one of the gemeenten (GM0402, WK040201, BU04020101).
bool inGemeenten(const QString &code, const QSet<QString> &gemeenten)
{
    if (gemeenten.isEmpty())
        return true;
    if (code.size() < 6 ||
        !(code.startsWith(QLatin1String("GM")) || code.startsWith(QLatin1String("WK")) ||
          code.startsWith(QLatin1String("BU"))))
        return false;
    return gemeenten.contains(QStringLiteral("GM") + code.mid(2, 4));
}

//! Where the copy came from, for its provenance: without a password.
QString shownSource(const QString &from)
{
    return workspace::isPgLocation(from) ? workspace::parsePgLocation(from).display
                                         : QFileInfo(from).absoluteFilePath();
}

//! The stand-in for the extracts the pulling role may not read (row-level security hides an
//! extract whose manifest names a gemeente outside the role's limit, also when the role reads
//! values from it): it says where the values were pulled from and nothing of the extract.
//! Its creation time is empty, the oldest: a later import into the copy supersedes its values.
workspace::ExtractInfo withheldExtract(const PullRequest &request)
{
    workspace::ExtractInfo info;
    info.extractId = QStringLiteral("pulled-extract-not-readable");
    info.format = QStringLiteral("pull");
    info.sourcePath = shownSource(request.from);
    info.manifestJson =
        QJsonDocument(
            QJsonObject{{QStringLiteral("extract_id"), info.extractId},
                        {QStringLiteral("description"),
                         QStringLiteral("Values pulled from %1 by a database role that may not "
                                        "read the extract they came from (row-level security).")
                             .arg(info.sourcePath)}})
            .toJson(QJsonDocument::Compact);
    return info;
}

bool copy(const workspace::Workspace &source, const PullRequest &request,
          workspace::Workspace &target, PullResult *result, QString *error)
{
    const QSet<QString> gemeenten(request.gemeenten.begin(), request.gemeenten.end());
    auto tx = ImportTransaction::begin(target, error);
    if (!tx)
        return false;
    const auto failed = [&] {
        *error = tx->lastError();
        return false;
    };
    // The extracts of the pulled gemeenten and the national ones; another gemeente's extract
    // only when a pulled value comes from it (an extract may hold its neighbours' values).
    QHash<QString, workspace::ExtractInfo> otherExtracts;
    QSet<QString> recorded;
    for (const workspace::ExtractInfo &extract : source.extracts()) {
        if (!gemeenten.isEmpty() && !extract.municipalityCode.isEmpty() &&
            !gemeenten.contains(extract.municipalityCode)) {
            otherExtracts.insert(extract.extractId, extract);
            continue;
        }
        if (tx->recordExtract(extract) < 0)
            return failed();
        recorded.insert(extract.extractId);
    }
    for (const Indicator &indicator : source.indicators())
        if (tx->putIndicator(indicator) < 0)
            return failed();
    QStringList pulledRegions;
    for (const Region &region : source.regions()) {
        if (!inGemeenten(region.code, gemeenten))
            continue;
        pulledRegions.append(region.code);
        if (!tx->putRegion(region, source.regionGeometryWkb(region.code, region.vintage), error))
            return false;
        ++result->regions;
    }
    const auto cancelled = [&] {
        if (!request.cancel || !request.cancel->load())
            return false;
        result->cancelled = true;
        *error = tr("The pull was cancelled; no file was written.");
        return true;
    };
    const workspace::ExtractInfo withheld = withheldExtract(request);
    const qint64 total = source.observationCount();
    qint64 read = 0;
    const std::vector<Indicator> indicators = source.indicators();
    QString copying; // the indicator being copied, for the progress
    const auto tell = [&] {
        if (request.progress)
            request.progress(qMin(read, total), total, copying);
    };
    for (size_t i = 0; i < indicators.size(); ++i) {
        if (cancelled())
            return false;
        copying =
            QStringLiteral("%1 (%2/%3)").arg(indicators[i].code).arg(i + 1).arg(indicators.size());
        tell();
        // Some gemeenten: their rows only, read by key (a national workspace holds millions).
        const std::vector<Observation> observations =
            gemeenten.isEmpty() ? source.observations({indicators[i].code})
                                : source.observationsOfRegions(indicators[i].code, pulledRegions);
        for (const Observation &o : observations) {
            if ((++read & 0x3fff) == 0) {
                if (cancelled())
                    return false;
                if (gemeenten.isEmpty()) // the whole workspace: within an indicator too
                    tell();
            }
            if (!inGemeenten(o.region, gemeenten))
                continue;
            // Row-level security hides the extract of a value the role sees when the extract
            // names another gemeente (a regional delivery): the value comes without its
            // extract id, and the copy records it under a stand-in that says only that.
            const QString extractId = o.extractId.isEmpty() ? withheld.extractId : o.extractId;
            if (!recorded.contains(extractId)) {
                const workspace::ExtractInfo info =
                    o.extractId.isEmpty() ? withheld : otherExtracts.take(o.extractId);
                if (info.extractId.isEmpty()) { // the role saw the extract a moment ago
                    *error = tr("The values of %1 come from extract %2, which the workspace "
                                "no longer lists; nothing was pulled.")
                                 .arg(o.region, o.extractId);
                    return false;
                }
                if (tx->recordExtract(info) < 0)
                    return failed();
                recorded.insert(extractId);
            }
            if (tx->putObservation(o.region, o.indicator, o.period, o.value, o.status, extractId) !=
                ImportTransaction::PutResult::Written)
                return failed();
            ++result->observations;
        }
        if (!gemeenten.isEmpty()) // progress over the indicators: the rows read are few
            read = total * qint64(i + 1) / qint64(indicators.size());
    }
    read = total;
    tell();
    if (cancelled())
        return false;
    if (!source.readFailure().isEmpty()) {
        *error = source.readFailure();
        return false;
    }
    if (!source.focusText().isEmpty() && gemeenten.isEmpty() &&
        !tx->setFocusText(source.focusText()))
        return failed();
    workspace::sql::Connection &db = target.handle();
    const QString from = shownSource(request.from);
    workspace::sql::Statement note(db, "INSERT INTO wm_meta (key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const std::pair<QString, QString> provenance[] = {
        {QStringLiteral("pulled_from"), from},
        {QStringLiteral("pulled_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("pulled_gemeenten"), request.gemeenten.join(QLatin1Char(','))}};
    for (const auto &[key, value] : provenance) {
        note.reset();
        note.bind(1, key);
        note.bind(2, value.isNull() ? QStringLiteral("") : value);
        if (note.step() != workspace::sql::Step::Done)
            return failed();
    }
    return tx->commit(error);
}
} // namespace

bool pullWorkspace(const PullRequest &request, PullResult *result, QString *error)
{
    *result = PullResult();
    if (QFileInfo::exists(request.to)) {
        *error = tr("%1 exists already; pull writes a new workspace file.").arg(request.to);
        return false;
    }
    auto source =
        workspace::Workspace::open(request.from, workspace::Workspace::OpenMode::ReadOnly, error);
    if (!source)
        return false;
    const QString partial = request.to + QStringLiteral(".pulling");
    QFile::remove(partial);
    bool done = false;
    {
        auto target =
            workspace::Workspace::open(partial, workspace::Workspace::OpenMode::ReadWrite, error);
        if (!target)
            return false;
        done = copy(*source, request, *target, result, error);
    }
    if (done && !QFile::rename(partial, request.to)) {
        *error = tr("Cannot write %1.").arg(request.to);
        done = false;
    }
    if (!done) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    }
    return done;
}

} // namespace wijk::import
