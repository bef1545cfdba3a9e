#include "import/import_transaction.h"

#include "workspace/gpkg_geometry.h"
#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/sql_dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtEndian>
#include <cmath>
#include <cstring>

namespace wijk::import {

namespace {
QByteArray isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray();
}

//! The six values the insert and the supersede statement take first, in their order.
void bindObservation(workspace::sql::Statement &statement, qint64 regionKey, qint64 indicatorKey,
                     int period, double value, ValueStatus status, qint64 extractKey)
{
    statement.reset();
    statement.bind(1, indicatorKey);
    statement.bind(2, regionKey);
    statement.bind(3, period);
    statement.bind(4, value);
    statement.bind(5, static_cast<int>(status));
    statement.bind(6, extractKey);
}
//! Appends fields of a row in COPY's binary format (PostgreSQL docs, "COPY", "Binary Format").
struct BinaryRow
{
    QByteArray &out;
    //! Starts a row of `fields` fields.
    void start(qint16 fields)
    {
        char count[2];
        qToBigEndian(fields, count);
        out.append(count, 2);
    }
    void field(const char *data, qint32 size)
    {
        char length[4];
        qToBigEndian(size, length);
        out.append(length, 4);
        if (size > 0)
            out.append(data, size);
    }
    void null() { field(nullptr, -1); }
    void text(const QString &value)
    {
        if (value.isNull())
            return null();
        const QByteArray utf8 = value.toUtf8();
        field(utf8.constData(), qint32(utf8.size()));
    }
    void bytes(const QByteArray &value)
    {
        if (value.isEmpty())
            return null();
        field(value.constData(), qint32(value.size()));
    }
    void int32(qint32 value)
    {
        char big[4];
        qToBigEndian(value, big);
        field(big, 4);
    }
    void float8(double value)
    {
        if (std::isnan(value))
            return null();
        qint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        char big[8];
        qToBigEndian(bits, big);
        field(big, 8);
    }
};

//! Rows made with BinaryRow as the whole of a binary COPY: its header before, its trailer after.
QByteArray binaryCopyData(const QByteArray &rows)
{
    static const char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
    return QByteArray(kHeader, int(sizeof kHeader - 1)) + rows + QByteArray("\377\377", 2);
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
    const bool server = transaction->mDb.dialect() == workspace::sql::Dialect::Postgres;
    if (!server) {
        workspace::sql::execBestEffort(transaction->mDb, "PRAGMA cache_size = -65536");
        workspace::sql::execBestEffort(transaction->mDb, "PRAGMA temp_store = MEMORY");
    }
    QString message;
    if (!transaction->mDb.beginWrite(&message)) {
        *error = QCoreApplication::translate(
                     "wijk::ImportTransaction",
                     "Cannot write to the workspace %1: %2 (is it open in another program?)")
                     .arg(workspace::workspaceInMessage(workspace.path()), message);
        return nullptr;
    }
    transaction->mOpen = true;
    if (server && !transaction->lockServer(error))
        return nullptr;
    if (!transaction->prepare(error))
        return nullptr;
    return transaction;
}

bool ImportTransaction::lockServer(QString *error)
{
    auto &db = static_cast<workspace::sql::PgConnection &>(mDb);
    const int seconds = mWorkspace.lockTimeoutSeconds();
    // lock_timeout bounds the wait for the advisory lock too (0: no bound); afterwards it is
    // lifted again for the import's own statements.
    const QByteArray timeout =
        seconds < 0 ? QByteArray("0") : QByteArray::number(std::max(1, seconds * 1000));
    QString message;
    workspace::sql::Statement lock(mDb, "SELECT pg_advisory_xact_lock(2119, hashtext(?1))");
    lock.bind(1, db.schema());
    const bool locked =
        workspace::sql::exec(mDb, "SET LOCAL lock_timeout = " + timeout, &message) &&
        lock.step() == workspace::sql::Step::Row &&
        workspace::sql::exec(mDb, "SET LOCAL lock_timeout = 0", &message);
    if (!locked) {
        if (db.lastSqlState() == "55P03")
            *error = QCoreApplication::translate(
                         "wijk::ImportTransaction",
                         "Another import into the team workspace %1 is running and did not "
                         "finish within %2 seconds (--lock-timeout). Nothing was imported; try "
                         "again later.")
                         .arg(workspace::workspaceInMessage(mWorkspace.path()))
                         .arg(seconds);
        else
            *error = QCoreApplication::translate("wijk::ImportTransaction",
                                                 "Cannot write to the workspace %1: %2")
                         .arg(workspace::workspaceInMessage(mWorkspace.path()),
                              message.isEmpty() ? db.lastError() : message);
        rollback();
        return false;
    }
    const QString mayWrite = workspace::sql::scalarText(
        mDb, "SELECT has_table_privilege(format('%I.observations', current_schema()), 'INSERT') "
             "AND has_table_privilege(format('%I.regions', current_schema()), 'INSERT')");
    if (mayWrite != QLatin1String("t")) {
        *error = QCoreApplication::translate(
                     "wijk::ImportTransaction",
                     "Your database role %1 may only read the team workspace %2: nothing can be "
                     "imported with it. Import with the importer role (docs/team-workspace.md).")
                     .arg(workspace::sql::scalarText(mDb, "SELECT current_user"),
                          workspace::workspaceInMessage(mWorkspace.path()));
        rollback();
        return false;
    }
    return true;
}

bool ImportTransaction::prepare(QString *error)
{
    const workspace::sql::Dialect dialect = mDb.dialect();
    // The fast path inserts; only a key that exists (nothing inserted) takes the
    // supersession update.
    mInsertObservation = workspace::sql::Statement(
        mDb, "INSERT INTO observations (indicator_id, region_id, period, value, status, "
             "extract_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING");
    mSupersedeObservation = workspace::sql::Statement(
        mDb, "UPDATE observations SET value = ?4, status = ?5, extract_key = ?6 "
             "WHERE indicator_id = ?1 AND region_id = ?2 AND period = ?3 AND extract_key <> ?6 "
             "AND coalesce((SELECT created FROM extracts WHERE id = observations.extract_key), "
             "'') <= ?7");
    mExistingObservation = workspace::sql::Statement(
        mDb, "SELECT extract_key FROM observations WHERE indicator_id = ? AND region_id = ? "
             "AND period = ?");
    mInsertRegionKey =
        workspace::sql::Statement(mDb, "INSERT INTO region_keys (code) VALUES (?) RETURNING id");
    mUpsertRegion = workspace::sql::Statement(
        mDb, "INSERT INTO regions (geom, code, name, level, parent, vintage, area_m2) VALUES (" +
                 workspace::sql::geometryFromParameter(dialect, 1) +
                 ", ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (code, vintage) DO UPDATE SET "
                 "geom = coalesce(excluded.geom, regions.geom), name = excluded.name, "
                 "level = excluded.level, parent = excluded.parent, "
                 "area_m2 = coalesce(excluded.area_m2, regions.area_m2)");
    for (const workspace::sql::Statement *statement :
         {&mInsertObservation, &mSupersedeObservation, &mExistingObservation, &mInsertRegionKey,
          &mUpsertRegion}) {
        if (!statement->isValid()) {
            *error = QCoreApplication::translate("wijk::ImportTransaction",
                                                 "The workspace %1 is damaged: %2")
                         .arg(workspace::workspaceInMessage(mWorkspace.path()), statement->error());
            return false;
        }
    }
    if (dialect == workspace::sql::Dialect::Postgres) {
        // The indicators with a partition, from the partitions' bounds ("FOR VALUES IN (12)",
        // or "('12')" for a bigint key); none on a team workspace made before observations
        // were partitioned.
        mPartitioned =
            workspace::sql::scalarText(mDb, "SELECT relkind FROM pg_class WHERE oid = "
                                            "'observations'::regclass") == QLatin1String("p");
        workspace::sql::Statement bounds(
            mDb, "SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c "
                 "ON c.oid = i.inhrelid WHERE i.inhparent = 'observations'::regclass");
        static const QRegularExpression value(QStringLiteral("(-?[0-9]+)"));
        while (mPartitioned && bounds.step() == workspace::sql::Step::Row) {
            auto values = value.globalMatch(bounds.text(0));
            while (values.hasNext())
                mPartitions.insert(values.next().captured(1).toLongLong());
        }
        // A team workspace made before has its key on `observations` (all three columns),
        // which each partition must then have to be attached.
        mPartitionKey = workspace::sql::scalarText(
                            mDb, "SELECT count(*) FROM pg_index WHERE indrelid = "
                                 "'observations'::regclass AND indisprimary") == QLatin1String("0")
                            ? QByteArrayLiteral("region_id, period")
                            : QByteArrayLiteral("indicator_id, region_id, period");
        workspace::sql::Statement widths(
            mDb, "SELECT attname, attlen FROM pg_attribute WHERE attrelid = "
                 "'observations'::regclass AND attnum > 0 AND NOT attisdropped");
        while (widths.step() == workspace::sql::Step::Row) {
            const QString column = widths.text(0);
            const int width = int(widths.integer(1));
            if (column == QLatin1String("indicator_id"))
                mObservationColumns.indicator = width;
            else if (column == QLatin1String("region_id"))
                mObservationColumns.region = width;
            else if (column == QLatin1String("period"))
                mObservationColumns.period = width;
            else if (column == QLatin1String("status"))
                mObservationColumns.status = width;
            else if (column == QLatin1String("extract_key"))
                mObservationColumns.extract = width;
        }
        // A partition made by a member of the importer role goes to the role that owns
        // `observations` (the importer role after `server init`), as the tables there do.
        mPartitionOwner =
            workspace::sql::scalarText(
                mDb, "SELECT quote_ident(r.rolname) FROM pg_class c JOIN pg_roles r ON r.oid = "
                     "c.relowner WHERE c.oid = 'observations'::regclass AND r.rolname <> "
                     "current_user AND pg_has_role(r.oid, 'MEMBER') AND "
                     "has_schema_privilege(r.oid, c.relnamespace, 'CREATE')")
                .toUtf8();
    }
    workspace::sql::Statement indicators(mDb, "SELECT code, id FROM indicators");
    while (indicators.step() == workspace::sql::Step::Row)
        mIndicatorKeys.insert(indicators.text(0), indicators.integer(1));
    workspace::sql::Statement keys(mDb, "SELECT code, id FROM region_keys");
    while (keys.step() == workspace::sql::Step::Row)
        mRegionKeys.insert(keys.text(0), keys.integer(1));
    workspace::sql::Statement regions(mDb, "SELECT DISTINCT code FROM regions");
    while (regions.step() == workspace::sql::Step::Row)
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
    workspace::sql::Statement set(mDb, "INSERT INTO wm_meta (key, value) VALUES ('focus', ?1) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    set.bind(1, text);
    return set.step() == workspace::sql::Step::Done;
}

qint64 ImportTransaction::recordExtract(const workspace::ExtractInfo &info)
{
    workspace::sql::Statement insert(
        mDb, "INSERT INTO extracts (extract_id, format, municipality_code, municipality_name, "
             "publisher, created, imported_at, source_path, manifest) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
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
    if (insert.step() != workspace::sql::Step::Row)
        return -1;
    const qint64 key = insert.integer(0);
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
    if (upsert.step() != workspace::sql::Step::Done)
        return -1;
    workspace::sql::Statement id(mDb, "SELECT id FROM indicators WHERE code = ?");
    id.bind(1, indicator.code);
    if (id.step() != workspace::sql::Step::Row)
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
        mUpsertRegion.bind(1, workspace::sql::geometryParameter(mDb.dialect(), geometry.blob));
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
    if (mDb.dialect() == workspace::sql::Dialect::Postgres) {
        // One (code, vintage) twice in a batch would be one upsert touching a row twice.
        const QPair<QString, int> key(region.code, region.vintage);
        if (mRegionBatchKeys.contains(key) && !flushRegions(error))
            return false;
        mRegionBatchKeys.insert(key);
        BinaryRow row{mRegionRows};
        row.start(8);
        row.int32(mRegionRowCount++);
        row.bytes(wkbInRdNew.isEmpty()
                      ? QByteArray()
                      : workspace::sql::geometryParameter(mDb.dialect(), geometry.blob));
        row.text(region.code);
        row.text(region.name);
        row.text(contractName(region.level));
        row.text(region.parent.isEmpty() ? QString() : region.parent);
        row.int32(region.vintage);
        row.float8(area);
        mRegionCodes.insert(region.code, true);
        // Its key is made with the others' when one is first needed (flushRegionKeys()).
        if (!mRegionKeys.contains(region.code) && !mPendingRegionKeys.contains(region.code)) {
            mPendingRegionKeys.insert(region.code);
            mPendingRegionKeyOrder.append(region.code);
        }
        return true;
    }
    mUpsertRegion.bind(2, region.code);
    mUpsertRegion.bind(3, region.name);
    mUpsertRegion.bind(4, contractName(region.level));
    mUpsertRegion.bind(5, region.parent.isEmpty() ? QString() : region.parent);
    mUpsertRegion.bind(6, region.vintage);
    mUpsertRegion.bind(7, area);
    if (mUpsertRegion.step() != workspace::sql::Step::Done) {
        *error = lastError();
        return false;
    }
    mRegionCodes.insert(region.code, true);
    return regionKey(region.code) >= 0;
}

bool ImportTransaction::flushRegionKeys(QString *error)
{
    if (mPendingRegionKeyOrder.isEmpty())
        return true;
    // The codes into a table of the transaction, then one insert in the order they came
    // (keys follow the file, as one insert each would number them), which returns the keys:
    // one round trip instead of one per region (18,700 for the national extract).
    QByteArray rows;
    BinaryRow row{rows};
    for (int i = 0; i < mPendingRegionKeyOrder.size(); ++i) {
        row.start(2);
        row.int32(i);
        row.text(mPendingRegionKeyOrder[i]);
    }
    const QByteArray data = binaryCopyData(rows);
    auto &server = static_cast<workspace::sql::PgConnection &>(mDb);
    const QStringList codes = mPendingRegionKeyOrder;
    mPendingRegionKeyOrder.clear();
    mPendingRegionKeys.clear();
    if (!server.exec("CREATE TEMPORARY TABLE IF NOT EXISTS wm_region_key_batch (seq integer, "
                     "code text) ON COMMIT DROP; TRUNCATE wm_region_key_batch",
                     error) ||
        !server.copyIn("COPY wm_region_key_batch FROM STDIN WITH (FORMAT binary)", data, error))
        return false;
    workspace::sql::Statement insert(
        mDb, "INSERT INTO region_keys (code) SELECT code FROM wm_region_key_batch ORDER BY seq "
             "ON CONFLICT (code) DO NOTHING RETURNING code, id");
    workspace::sql::Step step;
    while ((step = insert.step()) == workspace::sql::Step::Row)
        mRegionKeys.insert(insert.text(0), insert.integer(1));
    if (step != workspace::sql::Step::Done) {
        *error = insert.error();
        return false;
    }
    for (const QString &code : codes) {
        if (!mRegionKeys.contains(code) && regionKey(code) < 0) { // stored meanwhile: look it up
            *error = lastError();
            return false;
        }
    }
    return true;
}

bool ImportTransaction::flushRegions(QString *error)
{
    if (mRegionRowCount == 0)
        return true;
    // Into a table of the transaction, then one upsert in the order they came: the same
    // rows and the same ON CONFLICT as the prepared statement, without a round trip each.
    const QByteArray data = binaryCopyData(mRegionRows);
    auto &server = static_cast<workspace::sql::PgConnection &>(mDb);
    const QByteArray upsert =
        "INSERT INTO regions (geom, code, name, level, parent, vintage, area_m2) SELECT " +
        workspace::sql::geometryFromParameter(mDb.dialect(), 1).replace("?1", "geom") +
        ", code, name, level, parent, vintage, area_m2 FROM wm_region_batch ORDER BY seq "
        "ON CONFLICT (code, vintage) DO UPDATE SET "
        "geom = coalesce(excluded.geom, regions.geom), name = excluded.name, "
        "level = excluded.level, parent = excluded.parent, "
        "area_m2 = coalesce(excluded.area_m2, regions.area_m2)";
    const bool ok =
        server.exec("CREATE TEMPORARY TABLE IF NOT EXISTS wm_region_batch (seq integer, geom "
                    "bytea, code text, name text, level text, parent text, vintage integer, "
                    "area_m2 double precision) ON COMMIT DROP; TRUNCATE wm_region_batch",
                    error) &&
        server.copyIn("COPY wm_region_batch FROM STDIN WITH (FORMAT binary)", data, error) &&
        server.exec(upsert, error);
    mRegionRows.clear();
    mRegionRowCount = 0;
    mRegionBatchKeys.clear();
    return ok;
}

QByteArray ImportTransaction::newPartitionTable(qint64 indicatorKey, qint64 extractKey,
                                                QString *error)
{
    if (!mPartitioned || mPartitions.contains(indicatorKey) ||
        mNewPartitions.contains(indicatorKey))
        return QByteArray();
    auto &server = static_cast<workspace::sql::PgConnection &>(mDb);
    // observations_<indicator key>, or with a suffix when a table has that name already.
    QString name;
    for (int suffix = 1; name.isEmpty(); ++suffix) {
        QString candidate = QStringLiteral("observations_%1").arg(indicatorKey);
        if (suffix > 1)
            candidate += QStringLiteral("_%1").arg(suffix);
        workspace::sql::Statement taken(mDb, "SELECT to_regclass(?1) IS NOT NULL");
        taken.bind(
            1, QString::fromUtf8(server.quotedSchema() + '.' + server.quoteIdentifier(candidate)));
        if (taken.step() != workspace::sql::Step::Row) {
            *error = lastError();
            return QByteArray();
        }
        if (taken.text(0) != QLatin1String("t"))
            name = candidate;
    }
    const QByteArray table = server.quotedSchema() + '.' + server.quoteIdentifier(name);
    // The check is the partition's bound: attaching then needs no scan to prove it.
    // The defaults spare the server two of six fields a row in the COPYs (10 % of their
    // time); they go again when the table is attached.
    QByteArray create = "CREATE TABLE " + table + " (LIKE " + server.quotedSchema() +
                        ".observations INCLUDING DEFAULTS, CHECK (indicator_id = " +
                        QByteArray::number(indicatorKey) + "));\nALTER TABLE " + table +
                        " ALTER COLUMN indicator_id SET DEFAULT " +
                        QByteArray::number(indicatorKey);
    if (extractKey >= 0)
        create += ", ALTER COLUMN extract_key SET DEFAULT " + QByteArray::number(extractKey);
    if (!mPartitionOwner.isEmpty())
        create += ";\nALTER TABLE " + table + " OWNER TO " + mPartitionOwner;
    if (!server.exec(create, error)) {
        *error = QCoreApplication::translate("wijk::ImportTransaction",
                                             "Cannot make a table for the values of indicator "
                                             "%1 in %2: %3")
                     .arg(indicatorKey)
                     .arg(mWorkspace.path(), *error);
        return QByteArray();
    }
    mNewPartitions.insert(indicatorKey, table);
    if (extractKey >= 0)
        mNewPartitionExtracts.insert(indicatorKey, extractKey);
    return table;
}

bool ImportTransaction::ensurePartition(qint64 indicatorKey, QString *error)
{
    if (!mPartitioned || mPartitions.contains(indicatorKey))
        return true;
    if (!mNewPartitions.contains(indicatorKey) &&
        newPartitionTable(indicatorKey, -1, error).isEmpty())
        return false;
    return attachPartition(indicatorKey, error);
}

bool ImportTransaction::attachPartition(qint64 indicatorKey, QString *error)
{
    // The key built once over rows in place (a sort); statistics for the planner from a
    // small sample (3,000 rows: it then knows the partition's regions within a few percent,
    // and reads one indicator in key order instead of sorting it, twice as fast; 100
    // partitions in 1.7 s instead of 7 s with the default sample, measured on the national
    // extract); then attached: SHARE UPDATE EXCLUSIVE on observations, which readers do not
    // wait for; they see the partition from the commit.
    auto &server = static_cast<workspace::sql::PgConnection &>(mDb);
    const QByteArray table = mNewPartitions.value(indicatorKey);
    if (!server.exec("ALTER TABLE " + table +
                         " ALTER COLUMN indicator_id DROP DEFAULT, ALTER COLUMN extract_key "
                         "DROP DEFAULT, ADD PRIMARY KEY (" +
                         mPartitionKey +
                         ");\n"
                         "SET LOCAL default_statistics_target = 10;\nANALYZE " +
                         table +
                         ";\nSET LOCAL default_statistics_target TO DEFAULT;\nALTER TABLE " +
                         server.quotedSchema() + ".observations ATTACH PARTITION " + table +
                         " FOR VALUES IN (" + QByteArray::number(indicatorKey) + ")",
                     error))
        return false;
    mNewPartitions.remove(indicatorKey);
    mNewPartitionExtracts.remove(indicatorKey);
    mPartitions.insert(indicatorKey);
    return true;
}

bool ImportTransaction::makeRegionKeys(const QStringList &codes)
{
    if (mDb.dialect() != workspace::sql::Dialect::Postgres)
        return true;
    for (const QString &code : codes) {
        if (!mRegionKeys.contains(code) && !mPendingRegionKeys.contains(code)) {
            mPendingRegionKeys.insert(code);
            mPendingRegionKeyOrder.append(code);
        }
    }
    QString ignored; // lastError() reads the server's own message
    return flushRegionKeys(&ignored);
}

qint64 ImportTransaction::regionKey(const QString &code)
{
    const auto found = mRegionKeys.constFind(code);
    if (found != mRegionKeys.constEnd())
        return found.value();
    if (mPendingRegionKeys.contains(code)) {
        QString ignored; // lastError() reads the server's own message
        if (!flushRegionKeys(&ignored))
            return -1;
        return mRegionKeys.value(code, -1);
    }
    mInsertRegionKey.reset();
    mInsertRegionKey.bind(1, code);
    if (mInsertRegionKey.step() != workspace::sql::Step::Row)
        return -1;
    const qint64 key = mInsertRegionKey.integer(0);
    mInsertRegionKey.reset();
    mRegionKeys.insert(code, key);
    return key;
}

ImportTransaction::PutResult ImportTransaction::putObservation(qint64 regionKey,
                                                               qint64 indicatorKey, int period,
                                                               double value, ValueStatus status,
                                                               qint64 extractKey)
{
    using workspace::sql::Step;
    if (mPartitioned && !mPartitions.contains(indicatorKey)) {
        QString ignored; // lastError() reads the server's own message
        if (!ensurePartition(indicatorKey, &ignored))
            return PutResult::Failed;
    }
    workspace::sql::Statement &insert = mInsertObservation;
    bindObservation(insert, regionKey, indicatorKey, period, value, status, extractKey);
    // ON CONFLICT DO NOTHING: an existing key writes nothing (and, on PostgreSQL, does not
    // abort the transaction as a failed INSERT would) and takes the update path.
    if (insert.step() != Step::Done)
        return PutResult::Failed;
    if (insert.changes() > 0) {
        ++mWritten[extractKey];
        ++mInserted[qMakePair(indicatorKey, period)];
        return PutResult::Written;
    }
    workspace::sql::Statement &update = mSupersedeObservation;
    bindObservation(update, regionKey, indicatorKey, period, value, status, extractKey);
    const QByteArray &created = mExtractCreated[extractKey];
    update.bind(7, created.isNull() ? QStringLiteral("") : QString::fromUtf8(created));
    if (update.step() != Step::Done)
        return PutResult::Failed;
    if (update.changes() > 0) {
        ++mWritten[extractKey];
        return PutResult::Written;
    }
    // Nothing written: the stored value is this extract's own (a duplicate) or newer.
    mExistingObservation.reset();
    mExistingObservation.bind(1, indicatorKey);
    mExistingObservation.bind(2, regionKey);
    mExistingObservation.bind(3, period);
    if (mExistingObservation.step() != workspace::sql::Step::Row)
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
        if (find.step() == workspace::sql::Step::Row) {
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
    if (!flushRegionKeys(error) || !flushRegions(error))
        return false;
    while (!mNewPartitions.isEmpty()) {
        if (!attachPartition(mNewPartitions.firstKey(), error))
            return false;
    }
    for (auto it = mWritten.constBegin(); it != mWritten.constEnd(); ++it) {
        workspace::sql::Statement update(mDb, "UPDATE extracts SET observation_count = "
                                              "observation_count + ? WHERE id = ?");
        update.bind(1, it.value());
        update.bind(2, it.key());
        if (update.step() != workspace::sql::Step::Done) {
            *error = lastError();
            return false;
        }
    }
    workspace::sql::Statement summary(
        mDb, "INSERT INTO observation_summary (indicator_id, period, observations) "
             "VALUES (?, ?, ?) ON CONFLICT (indicator_id, period) DO UPDATE SET "
             "observations = observation_summary.observations + excluded.observations");
    for (auto it = mInserted.constBegin(); it != mInserted.constEnd(); ++it) {
        summary.reset();
        summary.bind(1, it.key().first);
        summary.bind(2, it.key().second);
        summary.bind(3, it.value());
        if (summary.step() != workspace::sql::Step::Done) {
            *error = lastError();
            return false;
        }
    }
    if (!mHaveExtent || mDb.dialect() != workspace::sql::Dialect::Sqlite)
        return true; // PostGIS keeps no extent table: QGIS asks the geometry column
    workspace::sql::Statement update(
        mDb, "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), "
             "min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
             "max_y = max(coalesce(max_y, ?4), ?4), "
             "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE data_type = 'features'");
    update.bind(1, mMinX);
    update.bind(2, mMinY);
    update.bind(3, mMaxX);
    update.bind(4, mMaxY);
    if (update.step() != workspace::sql::Step::Done) {
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
                     .arg(workspace::workspaceInMessage(mWorkspace.path()), message);
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
