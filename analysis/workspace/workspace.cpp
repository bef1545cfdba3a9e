#include "workspace/workspace.h"

#include "output/protected_files.h"
#include "workspace/gpkg_geometry.h"
#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/sql_dialect.h"
#include "workspace/sql_statement.h"
#include "workspace/sqlite_connection.h"
#include "workspace/workspace_schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace wijk::workspace {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

//! What the 100-byte header of an SQLite file says, read without SQLite: whether the file
//! is one, and how many bytes the database has by the header (0 when it does not say).
struct SqliteFileHeader
{
    bool sqlite = false;
    qint64 declaredBytes = 0;
};

SqliteFileHeader readSqliteFileHeader(const QString &path)
{
    SqliteFileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    header.sqlite = bytes.startsWith(QByteArray("SQLite format 3", 16)); // with its NUL
    if (!header.sqlite || bytes.size() < 100)
        return header;
    const auto be32 = [&bytes](int at) {
        return quint32(uchar(bytes[at])) << 24 | quint32(uchar(bytes[at + 1])) << 16 |
               quint32(uchar(bytes[at + 2])) << 8 | quint32(uchar(bytes[at + 3]));
    };
    const int rawPageSize = uchar(bytes[16]) << 8 | uchar(bytes[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count at offset 28 is valid only when the change counter (24) matches the
    // "version valid for" number (92) (sqlite.org/fileformat.html, 1.3.7).
    if (be32(24) == be32(92))
        header.declaredBytes = qint64(be32(28)) * pageSize;
    return header;
}

//! The sentence for a file SQLite cannot read: damaged (truncated) when it is an SQLite
//! file, else not a workspace at all.
QString unreadableFileMessage(const QString &path, const QString &sqliteMessage)
{
    const SqliteFileHeader header = readSqliteFileHeader(path);
    const qint64 size = QFileInfo(path).size();
    if (header.sqlite && size < 100)
        return QCoreApplication::translate("wijk::Workspace",
                                           "The workspace %1 is damaged: it is truncated (only %2 "
                                           "bytes). Restore it from a backup, or import its "
                                           "extracts into a new workspace.")
            .arg(path)
            .arg(size);
    if (header.sqlite && size < header.declaredBytes)
        return QCoreApplication::translate(
                   "wijk::Workspace",
                   "The workspace %1 is damaged: it is truncated (%2 bytes, where its header "
                   "says %3). Restore it from a backup, or import its extracts into a new "
                   "workspace.")
            .arg(path)
            .arg(size)
            .arg(header.declaredBytes);
    if (header.sqlite)
        return QCoreApplication::translate(
                   "wijk::Workspace",
                   "The workspace %1 is damaged (SQLite: %2). Restore it from a backup, or "
                   "import its extracts into a new workspace.")
            .arg(path, sqliteMessage);
    return QCoreApplication::translate(
               "wijk::Workspace", "%1 is not a workspace (not a GeoPackage or SQLite file: %2).")
        .arg(path, sqliteMessage);
}

Indicator indicatorFromRow(const sql::Statement &row)
{
    Indicator indicator;
    indicator.code = row.text(0);
    indicator.name = row.text(1);
    indicator.nameEn = row.text(2);
    indicator.theme = row.text(3);
    indicator.unit = row.text(4);
    indicator.kind = indicatorKindFromString(row.text(5)).value_or(IndicatorKind::Value);
    indicator.numerator = row.text(6);
    indicator.denominator = row.text(7);
    indicator.scale = row.real(8);
    indicator.polarity = polarityFromString(row.text(9)).value_or(Polarity::Neutral);
    indicator.minN = static_cast<int>(row.integer(10));
    indicator.decimals = row.isNull(11) ? -1 : static_cast<int>(row.integer(11));
    indicator.source = row.text(12);
    indicator.definition = row.text(13);
    indicator.minReliableN = row.isNull(14) ? -1 : static_cast<int>(row.integer(14));
    return indicator;
}
} // namespace

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, QString *error)
{
    if (isPgLocation(path))
        return openServer(path, mode, error);
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->mPath = QFileInfo(path).absoluteFilePath();
    // No output of this process may land on an open workspace (until ~Workspace).
    output::ProtectedFiles::add(workspace->mPath, output::ProtectedFiles::Role::Workspace);
    // Bulk imports call into SQLite's allocator millions of times; without memory statistics
    // it needs no global mutex. Only possible before SQLite initialises; harmless after.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    const QFileInfo info(workspace->mPath);
    const bool hadFile = info.exists();
    const bool exists = hadFile && info.size() > 0;
    if (!exists && mode == OpenMode::ReadOnly) {
        setError(error,
                 QCoreApplication::translate("wijk::Workspace", "The workspace %1 does not exist.")
                     .arg(path));
        return nullptr;
    }
    if (info.exists() && info.isDir()) {
        setError(error, QCoreApplication::translate("wijk::Workspace",
                                                    "%1 is a folder, not a workspace file.")
                            .arg(path));
        return nullptr;
    }
    bool readOnly = mode == OpenMode::ReadOnly;
    const QFileInfo folder(info.absolutePath());
    if (!exists && !folder.isDir()) {
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "Cannot create the workspace %1: the folder %2 does not exist.")
                            .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return nullptr;
    }
    if (!exists && !folder.isWritable()) {
        setError(error, QCoreApplication::translate("wijk::Workspace",
                                                    "Cannot create the workspace %1: you have no "
                                                    "write permission on the folder %2.")
                            .arg(path, QDir::toNativeSeparators(folder.filePath())));
        return nullptr;
    }
    if (exists && !readOnly) {
        // The rollback journal lives next to the file, so the folder must be writable too.
        if (!info.isWritable()) {
            readOnly = true;
            workspace->mReadOnlyReason =
                QCoreApplication::translate(
                    "wijk::Workspace",
                    "The workspace %1 is read-only: you have no write permission on the file.")
                    .arg(path);
        } else if (!QFileInfo(info.absolutePath()).isWritable()) {
            readOnly = true;
            workspace->mReadOnlyReason =
                QCoreApplication::translate(
                    "wijk::Workspace",
                    "The workspace %1 is read-only: you have no write permission on its folder "
                    "(needed for the journal that makes imports all-or-nothing).")
                    .arg(path);
        }
    } else if (readOnly) {
        workspace->mReadOnlyReason =
            QCoreApplication::translate("wijk::Workspace", "The workspace %1 was opened read-only.")
                .arg(path);
    }
    workspace->mReadOnly = readOnly;
    workspace->mNew = !exists;
    workspace->mCreatedInEmptyFile = !exists && hadFile;

    // One connection per Workspace, used by one thread at a time: no SQLite mutexes
    // (they cost ~6% of a bulk import).
    const int flags =
        SQLITE_OPEN_NOMUTEX |
        (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    QString openFailure;
    workspace->mDb = sql::SqliteConnection::open(workspace->mPath, flags, &openFailure);
    if (!workspace->mDb) {
        setError(error,
                 QCoreApplication::translate("wijk::Workspace", "Cannot open the workspace %1: %2")
                     .arg(path, openFailure));
        return nullptr;
    }
    if (!workspace->initialise(!exists, error)) {
        if (!exists) {
            discardNew(std::move(workspace)); // could not be made (a full disk...)
            return nullptr;
        }
        // Reading code asks for read-only access, but an older schema must be upgraded, and
        // an interrupted import undone from its journal, before anything can be read. When
        // the user can write the file (the mode was the caller's choice, not the file's),
        // open it once through a writable connection (SQLite rolls a hot journal back on
        // the first read), then read.
        if (workspace->mNeedsWriterFirst && mode == OpenMode::ReadOnly && info.isWritable() &&
            QFileInfo(info.absolutePath()).isWritable()) {
            workspace.reset();
            if (!open(path, OpenMode::ReadWrite, error))
                return nullptr;
            return open(path, OpenMode::ReadOnly, error);
        }
        return nullptr;
    }
    return workspace;
}

std::unique_ptr<Workspace> Workspace::openServer(const QString &location, OpenMode mode,
                                                 QString *error)
{
    const PgLocation where = parsePgLocation(location);
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->mPath = location.trimmed();
    workspace->mServer = true;
    QString message;
    auto connection = sql::PgConnection::open(where.conninfo, where.schema, &message);
    if (!connection) {
        setError(error, QCoreApplication::translate("wijk::Workspace",
                                                    "Cannot connect to the team workspace %1: %2")
                            .arg(where.display, message));
        return nullptr;
    }
    sql::PgConnection &db = *connection;
    workspace->mDb = std::move(connection);
    workspace->mReadOnly = mode == OpenMode::ReadOnly;
    if (workspace->mReadOnly)
        workspace->mReadOnlyReason =
            QCoreApplication::translate("wijk::Workspace", "The workspace %1 was opened read-only.")
                .arg(where.display);
    using State = schema::StoredVersion::State;
    schema::StoredVersion stored = schema::storedVersion(db);
    if (stored.state == State::NoMetaTable && mode == OpenMode::ReadWrite) {
        // Two first imports at once: the second waits here and then finds the schema made.
        if (!db.beginWrite(&message) ||
            !sql::exec(db, "SELECT pg_advisory_xact_lock(2119, hashtext(current_user))",
                       &message)) {
            setError(error, QCoreApplication::translate("wijk::Workspace",
                                                        "Cannot create the workspace %1: %2")
                                .arg(where.display, message));
            return nullptr;
        }
        stored = schema::storedVersion(db);
        if (stored.state == State::NoMetaTable) {
            if (!schema::create(db, &message) || !sql::exec(db, "COMMIT", &message)) {
                sql::execBestEffort(db, "ROLLBACK");
                setError(error, QCoreApplication::translate("wijk::Workspace",
                                                            "Cannot create the workspace %1: %2")
                                    .arg(where.display, message));
                return nullptr;
            }
            workspace->mNew = true;
            workspace->mSchemaVersion = kSchemaVersion;
            return workspace;
        }
        sql::execBestEffort(db, "COMMIT");
    }
    if (workspace->mReadOnly) {
        // One snapshot for everything this workspace reads: an import that commits while a
        // command runs is seen not at all rather than in part.
        if (!sql::exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &message)) {
            setError(error, QCoreApplication::translate("wijk::Workspace",
                                                        "Cannot read the workspace %1: %2")
                                .arg(where.display, message));
            return nullptr;
        }
    }
    switch (stored.state) {
    case State::Unreadable:
        setError(error,
                 QCoreApplication::translate("wijk::Workspace", "Cannot read the workspace %1: %2")
                     .arg(where.display, db.lastError()));
        return nullptr;
    case State::NoMetaTable:
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The team workspace %1 does not exist: the schema %2 holds no "
                            "workspace (or you may not read it). Import into it, or create it "
                            "with `wijkmonitor-cli server init`.")
                            .arg(where.display, where.schema));
        return nullptr;
    case State::Invalid:
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 has an invalid schema version ('%2' in wm_meta; a "
                            "whole number is expected): it was changed by another program or is "
                            "damaged.")
                            .arg(where.display, stored.text.isNull() ? QStringLiteral("—")
                                                                     : stored.text.left(40)));
        return nullptr;
    case State::Valid:
        break;
    }
    if (stored.version > kSchemaVersion) {
        // The same words as for a file (Workspace::initialise).
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 was written by a newer Wijkmonitor Workbench "
                            "(schema version %2; this version understands up to %3). "
                            "Update the workbench to open it.")
                            .arg(where.display)
                            .arg(stored.version)
                            .arg(kSchemaVersion));
        return nullptr;
    }
    if (stored.version != kSchemaVersion) {
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 has schema version %2; this version of the "
                            "workbench reads version %3 on a server. Update the workbench.")
                            .arg(where.display)
                            .arg(stored.version)
                            .arg(kSchemaVersion));
        return nullptr;
    }
    workspace->mSchemaVersion = kSchemaVersion;
    return workspace;
}

void Workspace::discardNew(std::unique_ptr<Workspace> workspace)
{
    if (!workspace || !workspace->mNew || workspace->mServer)
        return; // a server's schema stays: it may already have been granted to others
    const QString file = workspace->mPath;
    const bool wasEmpty = workspace->mCreatedInEmptyFile;
    workspace.reset(); // closes the connection before the file goes
    if (wasEmpty)
        QFile::resize(file, 0);
    else
        QFile::remove(file);
    QFile::remove(file + QStringLiteral("-journal"));
}

Workspace::~Workspace()
{
    mDb.reset();
    if (!mServer)
        output::ProtectedFiles::remove(mPath);
}

bool Workspace::initialise(bool created, QString *error)
{
    sqlite3 *file = static_cast<sql::SqliteConnection &>(*mDb).handle();
    sqlite3_busy_timeout(file, 5000);
    // Rollback journal (not WAL): the workspace stays one self-contained file at rest, and
    // an interrupted import is undone from the journal on the next open (docs/workspace.md).
    sql::execBestEffort(*mDb, "PRAGMA foreign_keys = OFF");
    if (!mReadOnly)
        sql::execBestEffort(*mDb, "PRAGMA journal_mode = DELETE");
    QString message;
    if (created) {
        // 16 KiB pages (SQLite's default is 4 KiB): a national observation B-tree has a
        // level less and a quarter of the page splits while an import inserts into it.
        // Only possible before the first table exists; GDAL and QGIS read any page size.
        sql::execBestEffort(*mDb, "PRAGMA page_size = 16384");
        if (!mDb->beginWrite(&message) || !schema::create(*mDb, &message) ||
            !sql::exec(*mDb, "COMMIT", &message)) {
            const QString storage = sql::storageFailure(*mDb);
            sql::execBestEffort(*mDb, "ROLLBACK");
            setError(error, QCoreApplication::translate("wijk::Workspace",
                                                        "Cannot create the workspace %1: %2")
                                .arg(mPath, storage.isEmpty() ? message : storage));
            return false;
        }
        mSchemaVersion = kSchemaVersion;
        return true;
    }
    const int applicationId = sql::scalarText(*mDb, "PRAGMA application_id").toInt();
    const schema::StoredVersion stored = schema::storedVersion(*mDb);
    using State = schema::StoredVersion::State;
    if (stored.state == State::Unreadable &&
        sqlite3_extended_errcode(file) == SQLITE_READONLY_ROLLBACK) {
        mNeedsWriterFirst = true;
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 holds an import that was interrupted (%1-journal) "
                            "and must be undone before it can be read, but it is read-only. "
                            "Open it once with write permission.")
                            .arg(mPath));
        return false;
    }
    if (stored.state == State::Unreadable) {
        setError(error, unreadableFileMessage(mPath, sql::lastError(*mDb)));
        return false;
    }
    if (stored.state == State::NoMetaTable) {
        setError(error, applicationId == 0
                            ? unreadableFileMessage(mPath, sql::lastError(*mDb))
                            : QCoreApplication::translate(
                                  "wijk::Workspace",
                                  "%1 is a GeoPackage but not a Wijkmonitor workspace (it has no "
                                  "wm_meta table). Import it into a workspace instead.")
                                  .arg(mPath));
        return false;
    }
    if (stored.state == State::Invalid) {
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 has an invalid schema version ('%2' in wm_meta; a "
                            "whole number is expected): it was changed by another program or is "
                            "damaged.")
                            .arg(mPath, stored.text.isNull() ? QStringLiteral("—")
                                                             : stored.text.left(40)));
        return false;
    }
    const int version = stored.version;
    if (version > kSchemaVersion) {
        setError(error, QCoreApplication::translate(
                            "wijk::Workspace",
                            "The workspace %1 was written by a newer Wijkmonitor Workbench "
                            "(schema version %2; this version understands up to %3). "
                            "Update the workbench to open it.")
                            .arg(mPath)
                            .arg(version)
                            .arg(kSchemaVersion));
        return false;
    }
    if (version < kSchemaVersion) {
        if (mReadOnly) {
            mNeedsWriterFirst = true;
            setError(error, QCoreApplication::translate(
                                "wijk::Workspace",
                                "The workspace %1 has the older schema version %2 and must be "
                                "upgraded, but it is read-only. Open it once with write "
                                "permission.")
                                .arg(mPath)
                                .arg(version));
            return false;
        }
        if (!mDb->beginWrite(&message) || !schema::migrate(*mDb, version, &message) ||
            !sql::exec(*mDb, "COMMIT", &message)) {
            sql::execBestEffort(*mDb, "ROLLBACK");
            setError(error, QCoreApplication::translate(
                                "wijk::Workspace",
                                "Cannot upgrade the workspace %1 from schema version %2: %3")
                                .arg(mPath)
                                .arg(version)
                                .arg(message));
            return false;
        }
    }
    mSchemaVersion = kSchemaVersion;
    return true;
}

bool Workspace::readRows(sql::Statement &query, const std::function<void()> &row) const
{
    sql::Step status = sql::Step::Error;
    if (query.isValid()) {
        while ((status = query.step()) == sql::Step::Row)
            row();
    }
    if (query.isValid() && status == sql::Step::Done)
        return true;
    if (mReadFailure.isEmpty())
        mReadFailure =
            QCoreApplication::translate("wijk::Workspace", "Cannot read the workspace %1: %2")
                .arg(mPath, query.isValid() ? sql::lastError(*mDb) : query.error());
    return false;
}

QString Workspace::name() const
{
    const QString latest = sql::scalarText(
        *mDb, "SELECT municipality_name FROM extracts WHERE coalesce(municipality_name, '') <> '' "
              "ORDER BY id DESC LIMIT 1");
    if (!latest.isEmpty())
        return latest;
    return mServer ? parsePgLocation(mPath).schema : QFileInfo(mPath).completeBaseName();
}

QString Workspace::focusText() const
{
    return sql::scalarText(*mDb, "SELECT value FROM wm_meta WHERE key = 'focus'");
}

std::vector<Indicator> Workspace::indicators() const
{
    std::vector<Indicator> result;
    sql::Statement query(*mDb, "SELECT code, name, name_en, theme, unit, kind, numerator, "
                               "denominator, scale, polarity, min_n, decimals, source, definition, "
                               "min_reliable_n FROM indicators ORDER BY id");
    if (!readRows(query, [&] { result.push_back(indicatorFromRow(query)); }))
        result.clear();
    return result;
}

std::vector<Region> Workspace::regions() const
{
    std::vector<Region> result;
    sql::Statement query(*mDb, "SELECT code, name, level, parent, vintage, area_m2 FROM regions "
                               "ORDER BY vintage, code");
    const bool read = readRows(query, [&] {
        Region region;
        region.code = query.text(0);
        region.name = query.text(1);
        region.level = regionLevelFromString(query.text(2)).value_or(RegionLevel::Buurt);
        region.parent = query.text(3);
        region.vintage = static_cast<int>(query.integer(4));
        region.areaM2 = query.real(5);
        result.push_back(region);
    });
    if (!read)
        result.clear();
    return result;
}

std::map<int, QSet<QString>> Workspace::boundaryCodes(RegionLevel level) const
{
    std::map<int, QSet<QString>> result;
    sql::Statement query(*mDb, "SELECT vintage, code FROM regions WHERE level = ?1 AND geom IS "
                               "NOT NULL");
    query.bind(1, contractName(level));
    if (!readRows(query, [&] { result[static_cast<int>(query.integer(0))].insert(query.text(1)); }))
        result.clear();
    return result;
}

std::vector<int> Workspace::periods() const
{
    std::vector<int> result;
    // From the summary that imports keep (schema version 3): no scan of every observation.
    // A role limited to some gemeenten reads none of it: it sees only its own observations.
    // Through its region keys (the primary key's second column), not a scan of every value.
    sql::Statement query(*mDb, summaryHidden() ? "SELECT DISTINCT o.period FROM region_keys r "
                                                 "CROSS JOIN indicators i JOIN observations o ON "
                                                 "o.indicator_id = i.id AND o.region_id = r.id "
                                                 "ORDER BY 1"
                                               : "SELECT DISTINCT period FROM "
                                                 "observation_summary ORDER BY period");
    if (!readRows(query, [&] { result.push_back(static_cast<int>(query.integer(0))); }))
        result.clear();
    return result;
}

std::vector<ExtractInfo> Workspace::extracts() const
{
    std::vector<ExtractInfo> result;
    sql::Statement query(*mDb, "SELECT extract_id, format, municipality_code, municipality_name, "
                               "publisher, created, imported_at, source_path, manifest, "
                               "observation_count FROM extracts ORDER BY id");
    const bool read = readRows(query, [&] {
        ExtractInfo info;
        info.extractId = query.text(0);
        info.format = query.text(1);
        info.municipalityCode = query.text(2);
        info.municipalityName = query.text(3);
        info.publisher = query.text(4);
        info.created = QDateTime::fromString(query.text(5), Qt::ISODate);
        info.importedAt = QDateTime::fromString(query.text(6), Qt::ISODate);
        info.sourcePath = query.text(7);
        info.manifestJson = query.text(8).toUtf8();
        info.observationCount = query.integer(9);
        result.push_back(info);
    });
    if (!read)
        result.clear();
    return result;
}

bool Workspace::hasExtract(const QString &extractId) const
{
    sql::Statement query(*mDb, "SELECT 1 FROM extracts WHERE extract_id = ?");
    query.bind(1, extractId);
    return query.step() == sql::Step::Row;
}

std::vector<Observation> Workspace::observations(const QStringList &indicatorCodes) const
{
    std::vector<Observation> result;
    // Rows come in primary-key order (indicator, region key, period): no sort of millions.
    const QByteArray base = "SELECT r.code, i.code, o.period, o.value, o.status, e.extract_id "
                            "FROM observations o JOIN indicators i ON i.id = o.indicator_id "
                            "JOIN region_keys r ON r.id = o.region_id "
                            "LEFT JOIN extracts e ON e.id = o.extract_key ";
    sql::Statement all(*mDb, base + "ORDER BY o.indicator_id, o.region_id, o.period");
    // The indicator's key is looked up first and bound: on a team workspace the planner then
    // knows the one partition of observations to read (a sub-select in the condition leaves
    // it to plan every partition and prune at run time).
    sql::Statement one(*mDb, base + "WHERE o.indicator_id = ? ORDER BY o.region_id, o.period");
    sql::Statement key(*mDb, "SELECT id FROM indicators WHERE code = ?");
    const auto collect = [this, &result](sql::Statement &query) {
        return readRows(query, [&] {
            Observation observation;
            observation.region = query.text(0);
            observation.indicator = query.text(1);
            observation.period = static_cast<int>(query.integer(2));
            observation.value = query.real(3);
            observation.status = static_cast<ValueStatus>(query.integer(4));
            observation.extractId = query.text(5);
            result.push_back(observation);
        });
    };
    if (indicatorCodes.isEmpty()) {
        if (!collect(all))
            result.clear();
        return result;
    }
    for (const QString &code : indicatorCodes) {
        key.reset();
        key.bind(1, code);
        qint64 id = -1;
        if (!readRows(key, [&] { id = key.integer(0); })) {
            result.clear();
            return result;
        }
        if (id < 0)
            continue; // no such indicator: no values
        one.reset();
        one.bind(1, id);
        if (!collect(one)) {
            result.clear();
            return result;
        }
    }
    return result;
}

std::vector<Observation> Workspace::observationsOfRegions(const QString &indicatorCode,
                                                          const QStringList &regionCodes) const
{
    std::vector<Observation> result;
    // Bound parameters in batches (SQLite allows 32,766 per statement).
    constexpr int kBatch = 500;
    const auto placeholders = [](int first, int count) {
        QByteArray list;
        for (int i = 0; i < count; ++i)
            list += (i ? ",?" : "?") + QByteArray::number(first + i);
        return list;
    };
    std::vector<std::pair<qint64, QString>> keys; // region key, code
    for (int begin = 0; begin < regionCodes.size(); begin += kBatch) {
        const int count = std::min(kBatch, int(regionCodes.size()) - begin);
        sql::Statement regionKeys(*mDb, "SELECT id, code FROM region_keys WHERE code IN (" +
                                            placeholders(1, count) + ")");
        for (int i = 0; i < count; ++i)
            regionKeys.bind(i + 1, regionCodes.at(begin + i));
        if (!readRows(regionKeys,
                      [&] { keys.emplace_back(regionKeys.integer(0), regionKeys.text(1)); }))
            return result;
    }
    std::sort(keys.begin(), keys.end());
    // The indicator's key is bound, not a sub-select: on a team workspace the planner then
    // plans its one partition instead of all (300 ms a query on the national workspace).
    sql::Statement indicator(*mDb, "SELECT id FROM indicators WHERE code = ?1");
    indicator.bind(1, indicatorCode);
    qint64 indicatorKey = -1;
    if (!readRows(indicator, [&] { indicatorKey = indicator.integer(0); }) || indicatorKey < 0)
        return result;
    // Each batch is one lookup per region in the (indicator, region, period) key.
    for (size_t begin = 0; begin < keys.size(); begin += kBatch) {
        const size_t count = std::min(size_t(kBatch), keys.size() - begin);
        const QByteArray sql = "SELECT o.region_id, o.period, o.value, o.status, e.extract_id "
                               "FROM observations o LEFT JOIN extracts e ON e.id = o.extract_key "
                               "WHERE o.indicator_id = ?1 AND o.region_id IN (" +
                               placeholders(2, int(count)) + ") ORDER BY o.region_id, o.period";
        sql::Statement query(*mDb, sql);
        query.bind(1, indicatorKey);
        QHash<qint64, QString> codes;
        for (size_t i = 0; i < count; ++i) {
            query.bind(int(i + 2), keys[begin + i].first);
            codes.insert(keys[begin + i].first, keys[begin + i].second);
        }
        if (!readRows(query, [&] {
                Observation observation;
                observation.region = codes.value(query.integer(0));
                observation.indicator = indicatorCode;
                observation.period = static_cast<int>(query.integer(1));
                observation.value = query.real(2);
                observation.status = static_cast<ValueStatus>(query.integer(3));
                observation.extractId = query.text(4);
                result.push_back(observation);
            })) {
            result.clear();
            return result;
        }
    }
    return result;
}

qint64 Workspace::observationCount() const
{
    return sql::scalarText(*mDb, summaryHidden() ? "SELECT count(*) FROM region_keys r CROSS JOIN "
                                                   "indicators i JOIN observations o ON "
                                                   "o.indicator_id = i.id AND o.region_id = r.id"
                                                 : "SELECT coalesce(sum(observations), 0) FROM "
                                                   "observation_summary")
        .toLongLong();
}

bool Workspace::summaryHidden() const
{
    // Only row-level security hides the summary (server_setup.cpp): imports keep it for every
    // value they write, so an empty summary means no values or a limited role. Counting the
    // visible observations is right, and cheap, for both. A GeoPackage always has its summary.
    if (mDb->dialect() != sql::Dialect::Postgres)
        return false;
    return sql::scalarText(*mDb, "SELECT count(*) FROM (SELECT 1 FROM observation_summary LIMIT "
                                 "1) AS any_row") == QLatin1String("0");
}

QByteArray Workspace::regionGeometryWkb(const QString &code, int vintage) const
{
    const sql::Dialect dialect = mDb->dialect();
    sql::Statement query(*mDb, "SELECT " + sql::geometrySelect(dialect, "geom") +
                                   " FROM regions WHERE code = ? AND vintage = ?");
    query.bind(1, code);
    query.bind(2, vintage);
    if (query.step() != sql::Step::Row)
        return QByteArray();
    return sql::geometryToWkb(dialect, query.blob(0));
}

} // namespace wijk::workspace
