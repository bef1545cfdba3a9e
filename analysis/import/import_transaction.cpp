#include "import/import_transaction.h"

#include "workspace/gpkg_geometry.h"

#include <QCoreApplication>
#include <cmath>
#include <sqlite3.h>

namespace wijk::import {

namespace {
QByteArray isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray();
}
} // namespace

ImportTransaction::ImportTransaction(workspace::Workspace &workspace)
    : mWorkspace(workspace), mDb(workspace.handle())
{
}

std::unique_ptr<ImportTransaction> ImportTransaction::begin(workspace::Workspace &workspace,
                                                            QString *error)
{
    if (workspace.isReadOnly()) {
        *error = workspace.readOnlyReason() + QLatin1Char(' ') +
                 QCoreApplication::translate("wijk::ImportTransaction",
                                             "Nothing can be imported into it.");
        return nullptr;
    }
    workspace.setWriteFailure(QString());
    std::unique_ptr<ImportTransaction> transaction(new ImportTransaction(workspace));
    // Bulk-load settings: a page cache of 64 MiB (rows arrive in key order, so few pages are
    // being filled; a larger cache measured slower and costs memory the gathered rows need),
    // temp data in memory; the rollback journal stays for all-or-nothing.
    workspace::sql::execBestEffort(transaction->mDb, "PRAGMA cache_size = -65536");
    workspace::sql::execBestEffort(transaction->mDb, "PRAGMA temp_store = MEMORY");
    QString message;
    if (!workspace::sql::exec(transaction->mDb, "BEGIN IMMEDIATE", &message)) {
        *error = QCoreApplication::translate(
                     "wijk::ImportTransaction",
                     "Cannot write to the workspace %1: %2 (is it open in another program?)")
                     .arg(workspace.path(), message);
        return nullptr;
    }
    transaction->mOpen = true;
    if (!transaction->prepare(error))
        return nullptr;
    return transaction;
}

bool ImportTransaction::prepare(QString *error)
{
    // The fast path inserts; only a key that exists takes the supersession update.
    mInsertObservation = workspace::sql::Statement(
        mDb, "INSERT INTO observations (indicator_id, region_id, period, value, status, "
             "extract_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    mSupersedeObservation = workspace::sql::Statement(
        mDb, "UPDATE observations SET value = ?4, status = ?5, extract_key = ?6 "
             "WHERE indicator_id = ?1 AND region_id = ?2 AND period = ?3 AND extract_key <> ?6 "
             "AND coalesce((SELECT created FROM extracts WHERE id = observations.extract_key), "
             "'') <= ?7");
    mExistingObservation = workspace::sql::Statement(
        mDb, "SELECT extract_key FROM observations WHERE indicator_id = ? AND region_id = ? "
             "AND period = ?");
    mInsertRegionKey = workspace::sql::Statement(mDb, "INSERT INTO region_keys (code) VALUES (?)");
    mUpsertRegion = workspace::sql::Statement(
        mDb, "INSERT INTO regions (geom, code, name, level, parent, vintage, area_m2) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (code, vintage) DO UPDATE SET "
             "geom = coalesce(excluded.geom, regions.geom), name = excluded.name, "
             "level = excluded.level, parent = excluded.parent, "
             "area_m2 = coalesce(excluded.area_m2, regions.area_m2)");
    for (const workspace::sql::Statement *statement :
         {&mInsertObservation, &mSupersedeObservation, &mExistingObservation, &mInsertRegionKey,
          &mUpsertRegion}) {
        if (!statement->isValid()) {
            *error = QCoreApplication::translate("wijk::ImportTransaction",
                                                 "The workspace %1 is damaged: %2")
                         .arg(mWorkspace.path(), statement->error());
            return false;
        }
    }
    workspace::sql::Statement indicators(mDb, "SELECT code, id FROM indicators");
    while (indicators.step() == SQLITE_ROW)
        mIndicatorKeys.insert(indicators.text(0), indicators.integer(1));
    workspace::sql::Statement keys(mDb, "SELECT code, id FROM region_keys");
    while (keys.step() == SQLITE_ROW)
        mRegionKeys.insert(keys.text(0), keys.integer(1));
    workspace::sql::Statement regions(mDb, "SELECT DISTINCT code FROM regions");
    while (regions.step() == SQLITE_ROW)
        mRegionCodes.insert(regions.text(0), true);
    return true;
}

ImportTransaction::~ImportTransaction()
{
    rollback();
}

bool ImportTransaction::setFocusText(const QString &text)
{
    if (text.isEmpty()) {
        QString ignored; // lastError() reads SQLite's own message
        return workspace::sql::exec(mDb, "DELETE FROM wm_meta WHERE key = 'focus'", &ignored);
    }
    workspace::sql::Statement set(
        mDb, "INSERT OR REPLACE INTO wm_meta (key, value) VALUES ('focus', ?)");
    set.bind(1, text);
    return set.step() == SQLITE_DONE;
}

qint64 ImportTransaction::recordExtract(const workspace::ExtractInfo &info)
{
    workspace::sql::Statement insert(
        mDb, "INSERT INTO extracts (extract_id, format, municipality_code, municipality_name, "
             "publisher, created, imported_at, source_path, manifest) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, info.extractId);
    insert.bind(2, info.format);
    insert.bind(3, info.municipalityCode);
    insert.bind(4, info.municipalityName);
    insert.bind(5, info.publisher);
    insert.bind(6, QString::fromUtf8(isoUtc(info.created)));
    const QDateTime imported =
        info.importedAt.isValid() ? info.importedAt : QDateTime::currentDateTimeUtc();
    insert.bind(7, QString::fromUtf8(isoUtc(imported)));
    insert.bind(8, info.sourcePath);
    insert.bind(9, QString::fromUtf8(info.manifestJson));
    if (insert.step() != SQLITE_DONE)
        return -1;
    const qint64 key = sqlite3_last_insert_rowid(mDb);
    mExtractKeys.insert(info.extractId, key);
    mExtractCreated.insert(key, isoUtc(info.created));
    return key;
}

qint64 ImportTransaction::putIndicator(const Indicator &indicator)
{
    workspace::sql::Statement upsert(
        mDb, "INSERT INTO indicators (code, name, name_en, theme, unit, kind, numerator, "
             "denominator, scale, polarity, min_n, decimals, source, definition, min_reliable_n) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
             "ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, "
             "theme = excluded.theme, unit = excluded.unit, kind = excluded.kind, "
             "numerator = excluded.numerator, denominator = excluded.denominator, "
             "scale = excluded.scale, polarity = excluded.polarity, min_n = excluded.min_n, "
             "decimals = excluded.decimals, source = excluded.source, "
             "definition = excluded.definition, min_reliable_n = excluded.min_reliable_n");
    upsert.bind(1, indicator.code);
    upsert.bind(2, indicator.name);
    upsert.bind(3, indicator.nameEn);
    upsert.bind(4, indicator.theme);
    upsert.bind(5, indicator.unit);
    upsert.bind(6, contractName(indicator.kind));
    upsert.bind(7, indicator.numerator);
    upsert.bind(8, indicator.denominator);
    upsert.bind(9, indicator.scale);
    upsert.bind(10, contractName(indicator.polarity));
    upsert.bind(11, indicator.minN);
    if (indicator.decimals >= 0)
        upsert.bind(12, indicator.decimals);
    upsert.bind(13, indicator.source);
    upsert.bind(14, indicator.definition);
    if (indicator.minReliableN >= 0)
        upsert.bind(15, indicator.minReliableN);
    if (upsert.step() != SQLITE_DONE)
        return -1;
    workspace::sql::Statement id(mDb, "SELECT id FROM indicators WHERE code = ?");
    id.bind(1, indicator.code);
    if (id.step() != SQLITE_ROW)
        return -1;
    const qint64 key = id.integer(0);
    mIndicatorKeys.insert(indicator.code, key);
    return key;
}

bool ImportTransaction::putRegion(const Region &region, const QByteArray &wkbInRdNew,
                                  QString *error)
{
    workspace::gpkg::PreparedGeometry geometry;
    double area = region.areaM2;
    mUpsertRegion.reset();
    if (!wkbInRdNew.isEmpty()) {
        if (!workspace::gpkg::prepareMultiPolygon(wkbInRdNew, &geometry, error))
            return false;
        if (std::isnan(area))
            area = geometry.areaM2;
        mUpsertRegion.bind(1, geometry.blob);
        if (!mHaveExtent) {
            mMinX = geometry.minX, mMinY = geometry.minY;
            mMaxX = geometry.maxX, mMaxY = geometry.maxY;
            mHaveExtent = true;
        }
        mMinX = std::min(mMinX, geometry.minX);
        mMinY = std::min(mMinY, geometry.minY);
        mMaxX = std::max(mMaxX, geometry.maxX);
        mMaxY = std::max(mMaxY, geometry.maxY);
    }
    mUpsertRegion.bind(2, region.code);
    mUpsertRegion.bind(3, region.name);
    mUpsertRegion.bind(4, contractName(region.level));
    mUpsertRegion.bind(5, region.parent.isEmpty() ? QString() : region.parent);
    mUpsertRegion.bind(6, region.vintage);
    mUpsertRegion.bind(7, area);
    if (mUpsertRegion.step() != SQLITE_DONE) {
        *error = lastError();
        return false;
    }
    mRegionCodes.insert(region.code, true);
    return regionKey(region.code) >= 0;
}

qint64 ImportTransaction::regionKey(const QString &code)
{
    const auto found = mRegionKeys.constFind(code);
    if (found != mRegionKeys.constEnd())
        return found.value();
    mInsertRegionKey.reset();
    mInsertRegionKey.bind(1, code);
    if (mInsertRegionKey.step() != SQLITE_DONE)
        return -1;
    const qint64 key = sqlite3_last_insert_rowid(mDb);
    mRegionKeys.insert(code, key);
    return key;
}

ImportTransaction::PutResult ImportTransaction::putObservation(qint64 regionKey,
                                                               qint64 indicatorKey, int period,
                                                               double value, ValueStatus status,
                                                               qint64 extractKey)
{
    sqlite3_stmt *insert = mInsertObservation.handle();
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, indicatorKey);
    sqlite3_bind_int64(insert, 2, regionKey);
    sqlite3_bind_int(insert, 3, period);
    if (std::isnan(value))
        sqlite3_bind_null(insert, 4);
    else
        sqlite3_bind_double(insert, 4, value);
    sqlite3_bind_int(insert, 5, static_cast<int>(status));
    sqlite3_bind_int64(insert, 6, extractKey);
    // A plain INSERT lets SQLite reuse its uniqueness seek for the insertion; an existing
    // key fails with a constraint error (nothing written) and takes the update path.
    const int inserted = sqlite3_step(insert);
    if (inserted == SQLITE_DONE) {
        ++mWritten[extractKey];
        ++mInserted[qMakePair(indicatorKey, period)];
        return PutResult::Written;
    }
    sqlite3_reset(insert);
    if (inserted != SQLITE_CONSTRAINT)
        return PutResult::Failed;
    sqlite3_stmt *update = mSupersedeObservation.handle();
    sqlite3_reset(update);
    sqlite3_bind_int64(update, 1, indicatorKey);
    sqlite3_bind_int64(update, 2, regionKey);
    sqlite3_bind_int(update, 3, period);
    if (std::isnan(value))
        sqlite3_bind_null(update, 4);
    else
        sqlite3_bind_double(update, 4, value);
    sqlite3_bind_int(update, 5, static_cast<int>(status));
    sqlite3_bind_int64(update, 6, extractKey);
    const QByteArray &created = mExtractCreated[extractKey];
    sqlite3_bind_text(update, 7, created.constData(), created.size(), SQLITE_STATIC);
    if (sqlite3_step(update) != SQLITE_DONE)
        return PutResult::Failed;
    if (sqlite3_changes(mDb) > 0) {
        ++mWritten[extractKey];
        return PutResult::Written;
    }
    // Nothing written: the stored value is this extract's own (a duplicate) or newer.
    mExistingObservation.reset();
    mExistingObservation.bind(1, indicatorKey);
    mExistingObservation.bind(2, regionKey);
    mExistingObservation.bind(3, period);
    if (mExistingObservation.step() != SQLITE_ROW)
        return PutResult::Failed;
    return mExistingObservation.integer(0) == extractKey ? PutResult::Duplicate
                                                         : PutResult::KeptNewer;
}

ImportTransaction::PutResult ImportTransaction::putObservation(const QString &regionCode,
                                                               const QString &indicatorCode,
                                                               int period, double value,
                                                               ValueStatus status,
                                                               const QString &extractId)
{
    const qint64 indicator = indicatorKey(indicatorCode);
    qint64 extract = mExtractKeys.value(extractId, -1);
    if (extract < 0) {
        workspace::sql::Statement find(mDb,
                                       "SELECT id, created FROM extracts WHERE extract_id = ?");
        find.bind(1, extractId);
        if (find.step() == SQLITE_ROW) {
            extract = find.integer(0);
            mExtractKeys.insert(extractId, extract);
            mExtractCreated.insert(extract, find.text(1).toUtf8());
        }
    }
    const qint64 region = regionKey(regionCode);
    if (indicator < 0 || extract < 0 || region < 0)
        return PutResult::Failed;
    return putObservation(region, indicator, period, value, status, extract);
}

bool ImportTransaction::finishTotals(QString *error)
{
    for (auto it = mWritten.constBegin(); it != mWritten.constEnd(); ++it) {
        workspace::sql::Statement update(mDb, "UPDATE extracts SET observation_count = "
                                              "observation_count + ? WHERE id = ?");
        update.bind(1, it.value());
        update.bind(2, it.key());
        if (update.step() != SQLITE_DONE) {
            *error = lastError();
            return false;
        }
    }
    workspace::sql::Statement summary(
        mDb, "INSERT INTO observation_summary (indicator_id, period, observations) "
             "VALUES (?, ?, ?) ON CONFLICT (indicator_id, period) DO UPDATE SET "
             "observations = observations + excluded.observations");
    for (auto it = mInserted.constBegin(); it != mInserted.constEnd(); ++it) {
        summary.reset();
        summary.bind(1, it.key().first);
        summary.bind(2, it.key().second);
        summary.bind(3, it.value());
        if (summary.step() != SQLITE_DONE) {
            *error = lastError();
            return false;
        }
    }
    if (!mHaveExtent)
        return true;
    workspace::sql::Statement update(
        mDb, "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), "
             "min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
             "max_y = max(coalesce(max_y, ?4), ?4), "
             "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE data_type = 'features'");
    update.bind(1, mMinX);
    update.bind(2, mMinY);
    update.bind(3, mMaxX);
    update.bind(4, mMaxY);
    if (update.step() != SQLITE_DONE) {
        *error = lastError();
        return false;
    }
    return true;
}

bool ImportTransaction::commit(QString *error)
{
    if (!mOpen) {
        *error = QCoreApplication::translate("wijk::ImportTransaction",
                                             "The import transaction is no longer open.");
        return false;
    }
    QString message;
    if (!finishTotals(&message) || !workspace::sql::exec(mDb, "COMMIT", &message)) {
        noteStorageFailure();
        *error = QCoreApplication::translate("wijk::ImportTransaction",
                                             "Cannot save the import in %1: %2")
                     .arg(mWorkspace.path(), message);
        rollback();
        return false;
    }
    mOpen = false;
    return true;
}

void ImportTransaction::rollback()
{
    if (!mOpen)
        return;
    mOpen = false;
    workspace::sql::execBestEffort(mDb, "ROLLBACK");
}

QString ImportTransaction::lastError() const
{
    noteStorageFailure();
    return workspace::sql::lastError(mDb);
}

void ImportTransaction::noteStorageFailure() const
{
    if (!mWorkspace.writeFailure().isEmpty())
        return; // the first failure is the cause; later ones follow from it
    const QString storage = workspace::sql::storageFailure(mDb);
    if (!storage.isEmpty())
        mWorkspace.setWriteFailure(
            QCoreApplication::translate("wijk::ImportTransaction",
                                        "%1 while writing the workspace; nothing was imported, "
                                        "the workspace is unchanged")
                .arg(storage));
}

} // namespace wijk::import
