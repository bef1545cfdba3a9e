#include "import/observation_bulk.h"

#include "workspace/pg_connection.h"
#include "workspace/sqlite_connection.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace wijk::import {

namespace {
const char *const kModuleName = "wijk_observation_chunk";

bool sameKey(const ParsedObservation &a, const ParsedObservation &b)
{
    return a.indicator == b.indicator && a.region == b.region && a.period == b.period;
}

// An eponymous, read-only virtual table over the chunk in ObservationBulkWriter::Source.
struct ChunkCursor
{
    sqlite3_vtab_cursor base;
    ObservationBulkWriter::Source *source;
    size_t row;
};

struct ChunkTable
{
    sqlite3_vtab base;
    ObservationBulkWriter::Source *source;
};

void skipFlagged(ChunkCursor *cursor)
{
    ObservationBulkWriter::Source &source = *cursor->source;
    while (cursor->row < source.count && source.perRow[cursor->row])
        ++cursor->row;
    source.current = cursor->row;
}

int chunkConnect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(indicator_id INTEGER, region_id "
                                            "INTEGER, period INTEGER, value REAL, status "
                                            "INTEGER)");
    if (rc != SQLITE_OK)
        return rc;
    auto *chunk = new ChunkTable{};
    chunk->source = static_cast<ObservationBulkWriter::Source *>(aux);
    *table = &chunk->base;
    return SQLITE_OK;
}

int chunkDisconnect(sqlite3_vtab *table)
{
    delete reinterpret_cast<ChunkTable *>(table);
    return SQLITE_OK;
}

int chunkBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    return SQLITE_OK;
}

int chunkOpen(sqlite3_vtab *table, sqlite3_vtab_cursor **cursor)
{
    auto *chunkCursor = new ChunkCursor{};
    chunkCursor->source = reinterpret_cast<ChunkTable *>(table)->source;
    *cursor = &chunkCursor->base;
    return SQLITE_OK;
}

int chunkClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<ChunkCursor *>(cursor);
    return SQLITE_OK;
}

int chunkFilter(sqlite3_vtab_cursor *base, int, const char *, int, sqlite3_value **)
{
    auto *cursor = reinterpret_cast<ChunkCursor *>(base);
    cursor->row = 0;
    skipFlagged(cursor);
    return SQLITE_OK;
}

int chunkNext(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<ChunkCursor *>(base);
    ++cursor->row;
    skipFlagged(cursor);
    return SQLITE_OK;
}

int chunkEof(sqlite3_vtab_cursor *base)
{
    const auto *cursor = reinterpret_cast<ChunkCursor *>(base);
    return cursor->row >= cursor->source->count;
}

int chunkColumn(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
{
    const auto *cursor = reinterpret_cast<ChunkCursor *>(base);
    const ParsedObservation &row = cursor->source->rows[cursor->row];
    switch (column) {
    case 0:
        sqlite3_result_int64(context, row.indicator);
        break;
    case 1:
        sqlite3_result_int64(context, row.region);
        break;
    case 2:
        sqlite3_result_int(context, row.period);
        break;
    case 3:
        if (std::isnan(row.value))
            sqlite3_result_null(context);
        else
            sqlite3_result_double(context, row.value);
        break;
    default:
        sqlite3_result_int(context, row.status);
        break;
    }
    return SQLITE_OK;
}

int chunkRowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
{
    *rowid = sqlite3_int64(reinterpret_cast<ChunkCursor *>(base)->row);
    return SQLITE_OK;
}

const sqlite3_module &chunkModule()
{
    static const sqlite3_module module = [] {
        sqlite3_module m{};
        m.xConnect = chunkConnect; // no xCreate: eponymous only, never stored in the schema
        m.xBestIndex = chunkBestIndex;
        m.xDisconnect = chunkDisconnect;
        m.xDestroy = chunkDisconnect;
        m.xOpen = chunkOpen;
        m.xClose = chunkClose;
        m.xFilter = chunkFilter;
        m.xNext = chunkNext;
        m.xEof = chunkEof;
        m.xColumn = chunkColumn;
        m.xRowid = chunkRowid;
        return m;
    }();
    return module;
}
bool keyLess(const ParsedObservation &a, const ParsedObservation &b)
{
    if (a.indicator != b.indicator)
        return a.indicator < b.indicator;
    if (a.region != b.region)
        return a.region < b.region;
    if (a.period != b.period)
        return a.period < b.period;
    return a.line < b.line;
}
} // namespace

void sortByKey(std::vector<ParsedObservation> &rows)
{
    // Files are usually grouped by region, then indicator, then period, and region keys
    // follow the file: a stable distribution by indicator (keys are small integers) then
    // leaves each indicator's rows sorted already, in linear time.
    if (std::is_sorted(rows.begin(), rows.end(), keyLess))
        return; // one indicator of a file in key order: nothing to move
    qint64 maxIndicator = 0;
    for (const ParsedObservation &row : rows) {
        if (row.indicator < 0)
            maxIndicator = std::numeric_limits<qint64>::max();
        maxIndicator = std::max(maxIndicator, row.indicator);
    }
    if (rows.empty() || maxIndicator > 1 << 20) {
        std::sort(rows.begin(), rows.end(), keyLess);
        return;
    }
    std::vector<size_t> start(size_t(maxIndicator) + 2, 0);
    for (const ParsedObservation &row : rows)
        ++start[size_t(row.indicator) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<ParsedObservation> sorted(rows.size());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const ParsedObservation &row : rows)
        sorted[next[size_t(row.indicator)]++] = row;
    for (size_t i = 0; i + 1 < start.size(); ++i) {
        const auto begin = sorted.begin() + std::ptrdiff_t(start[i]);
        const auto end = sorted.begin() + std::ptrdiff_t(start[i + 1]);
        if (!std::is_sorted(begin, end, keyLess))
            std::sort(begin, end, keyLess);
    }
    rows.swap(sorted);
}

ObservationBulkWriter::ObservationBulkWriter(ImportTransaction &transaction, qint64 extractKey)
    : mTransaction(transaction), mConnection(transaction.workspace().handle()),
      mExtractKey(extractKey)
{
    mStored =
        workspace::sql::Statement(mConnection, "SELECT region_id, period FROM observations WHERE "
                                               "indicator_id = ?1 AND region_id BETWEEN ?2 AND ?3 "
                                               "ORDER BY region_id, period");
    auto *file = dynamic_cast<workspace::sql::SqliteConnection *>(&mConnection);
    if (!file)
        return; // PostgreSQL: COPY, see copyUnflagged()
    mDb = file->handle();
    mRegistered =
        sqlite3_create_module_v2(mDb, kModuleName, &chunkModule(), &mSource, nullptr) == SQLITE_OK;
    // The extract is a bound constant, not a column of the chunk: one call less per row.
    mInsert = workspace::sql::Statement(
        mConnection, QByteArray("INSERT INTO observations (indicator_id, region_id, "
                                "period, value, status, extract_key) SELECT "
                                "indicator_id, region_id, period, value, status, ?1 "
                                "FROM ") +
                         kModuleName);
    if (mInsert.isValid())
        mInsert.bind(1, extractKey);
}

ObservationBulkWriter::~ObservationBulkWriter()
{
    mInsert = workspace::sql::Statement();
    if (mRegistered)
        sqlite3_create_module_v2(mDb, kModuleName, nullptr, nullptr, nullptr);
}

bool ObservationBulkWriter::write(const std::vector<ParsedObservation> &rows, Outcome &outcome)
{
    if (mDb && (!mRegistered || !mInsert.isValid() || !mStored.isValid())) {
        outcome.failure = mInsert.isValid() ? mStored.error() : mInsert.error();
        outcome.failureLine = rows.empty() ? 0 : rows.front().line;
        return false;
    }
    // A key repeated in the chunk: its first row (by line) may take the bulk path, the
    // others go one by one after it, so that they are found as this extract's duplicates.
    mPerRow.assign(rows.size(), 0);
    for (size_t i = 1; i < rows.size(); ++i)
        mPerRow[i] = sameKey(rows[i], rows[i - 1]);
    if (!mDb && !rows.empty() && rows.front().indicator == rows.back().indicator) {
        // An indicator without values on a partitioned team workspace: into a table of its
        // own, without an index, one chunk after the other; its repeated keys, in the chunk
        // or in one before, are this extract's duplicates.
        const qint64 indicator = rows.front().indicator;
        QString message;
        QByteArray table = mTransaction.pendingPartitionTable(indicator);
        if (table.isEmpty())
            table = mTransaction.newPartitionTable(indicator, mExtractKey, &message);
        if (!message.isEmpty()) {
            outcome.failure = message;
            outcome.failureLine = rows.front().line;
            return false;
        }
        if (!table.isEmpty()) {
            flagCopiedKeys(rows);
            const bool defaults = mTransaction.pendingPartitionExtract(indicator) == mExtractKey;
            if (!copyUnflagged(rows, table, outcome, defaults))
                return false;
            for (size_t i = 0; i < rows.size(); ++i) {
                if (mPerRow[i])
                    outcome.duplicates.push_back(rows[i]);
            }
            return true;
        }
    }
    for (size_t begin = 0; !mDb && begin < rows.size(); ++begin) {
        if (begin > 0 && rows[begin].indicator == rows[begin - 1].indicator)
            continue;
        QString message;
        if (!mTransaction.ensurePartition(rows[begin].indicator, &message)) {
            outcome.failure = message;
            outcome.failureLine = rows[begin].line;
            return false;
        }
    }
    return flagStoredKeys(rows, outcome) &&
           (mDb ? insertUnflagged(rows, outcome)
                : copyUnflagged(rows, QByteArrayLiteral("observations"), outcome, false)) &&
           writeFlagged(rows, outcome);
}

bool ObservationBulkWriter::streams(qint64 indicator) const
{
    return !mDb && mTransaction.fillsNewPartition(indicator);
}

void ObservationBulkWriter::flagCopiedKeys(const std::vector<ParsedObservation> &rows)
{
    // The keys copied so far, packed (region, period) and sorted. A file grouped by region
    // brings each chunk after the keys before it: appended, no search. Otherwise each row is
    // looked up, and the chunk's keys merged in.
    const auto pack = [](const ParsedObservation &row) {
        return (quint64(row.region) << 16) | quint16(row.period);
    };
    std::vector<quint64> &copied = mCopiedKeys[rows.front().indicator];
    const size_t before = copied.size();
    const bool after = copied.empty() || pack(rows.front()) > copied.back();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (mPerRow[i])
            continue;
        const quint64 key = pack(rows[i]);
        if (!after &&
            std::binary_search(copied.begin(), copied.begin() + std::ptrdiff_t(before), key)) {
            mPerRow[i] = 1;
            continue;
        }
        copied.push_back(key);
    }
    if (!after)
        std::inplace_merge(copied.begin(), copied.begin() + std::ptrdiff_t(before), copied.end());
}

bool ObservationBulkWriter::flagStoredKeys(const std::vector<ParsedObservation> &rows,
                                           Outcome &outcome)
{
    // One range scan of the primary key per indicator in the chunk, merged with the
    // chunk's rows of that indicator (both in key order). A fresh import of a file
    // grouped by region finds only the rows of the region a chunk boundary cut in two.
    using workspace::sql::Step;
    workspace::sql::Statement &stored = mStored;
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        while (end < rows.size() && rows[end].indicator == rows[begin].indicator)
            ++end;
        stored.reset();
        stored.bind(1, rows[begin].indicator);
        stored.bind(2, rows[begin].region);
        stored.bind(3, rows[end - 1].region);
        size_t i = begin;
        Step rc;
        while ((rc = stored.step()) == Step::Row && i < end) {
            const qint64 region = stored.integer(0);
            const qint64 period = stored.integer(1);
            while (i < end && (rows[i].region < region ||
                               (rows[i].region == region && rows[i].period < period)))
                ++i;
            for (; i < end && rows[i].region == region && rows[i].period == period; ++i)
                mPerRow[i] = 1;
        }
        if (rc != Step::Row && rc != Step::Done) {
            outcome.failure = mTransaction.lastError();
            outcome.failureLine = rows[begin].line;
            return false;
        }
        begin = end;
    }
    stored.reset();
    return true;
}

bool ObservationBulkWriter::insertUnflagged(const std::vector<ParsedObservation> &rows,
                                            Outcome &outcome)
{
    mSource.rows = rows.data();
    mSource.perRow = mPerRow.data();
    mSource.count = rows.size();
    mSource.current = 0;
    const workspace::sql::Step rc = mInsert.step();
    const qint64 inserted = mInsert.changes();
    const size_t failedRow = mSource.current;
    mInsert.reset();
    mInsert.bind(1, mExtractKey);
    mSource.rows = nullptr;
    mSource.perRow = nullptr;
    mSource.count = 0;
    if (rc != workspace::sql::Step::Done) {
        outcome.failure = mTransaction.lastError();
        outcome.failureLine = failedRow < rows.size() ? rows[failedRow].line : 0;
        return false;
    }
    outcome.written += inserted;
    mTransaction.countWritten(mExtractKey, inserted);
    countInserted(rows);
    return true;
}

bool ObservationBulkWriter::copyUnflagged(const std::vector<ParsedObservation> &rows,
                                          const QByteArray &table, Outcome &outcome,
                                          bool keysByDefault)
{
    // COPY's binary format (PostgreSQL docs, "COPY", "Binary Format"): a header, then per row
    // the field count and each field as a length and its big-endian bytes (-1: NULL), then a
    // trailer. The server then parses no text: measured on the national extract it spends
    // ~15 % less time per row, and the client formats 6 numbers per row in no time
    // (docs/benchmarks.md, "Team workspace on PostgreSQL"). Integers in the width of their
    // column: smallint, integer or bigint (ImportTransaction::observationColumns()).
    const ImportTransaction::ObservationColumns &width = mTransaction.observationColumns();
    // With keysByDefault the table's defaults give indicator_id and extract_key.
    const int fields = keysByDefault ? 4 : 6;
    const int rowBytes = 2 + fields * 4 + width.region + width.period + 8 + width.status +
                         (keysByDefault ? 0 : width.indicator + width.extract);
    static const char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
    const size_t wanted = std::count(mPerRow.begin(), mPerRow.end(), 0);
    QByteArray data(int(sizeof kHeader - 1 + wanted * size_t(rowBytes) + 2), Qt::Uninitialized);
    char *at = data.data();
    std::memcpy(at, kHeader, sizeof kHeader - 1);
    at += sizeof kHeader - 1;
    const auto put16 = [&at](qint16 v) { qToBigEndian(v, at), at += 2; };
    const auto put32 = [&at](qint32 v) { qToBigEndian(v, at), at += 4; };
    const auto put64 = [&at](qint64 v) { qToBigEndian(v, at), at += 8; };
    bool fits = true;
    const auto putInteger = [&](int bytes, qint64 v) {
        put32(bytes);
        if (bytes == 8)
            put64(v);
        else if (bytes == 4)
            fits = fits && v == qint32(v), put32(qint32(v));
        else
            fits = fits && v == qint16(v), put16(qint16(v));
    };
    qint64 inserted = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (mPerRow[i])
            continue;
        const ParsedObservation &row = rows[i];
        put16(qint16(fields));
        if (!keysByDefault)
            putInteger(width.indicator, row.indicator);
        putInteger(width.region, row.region);
        putInteger(width.period, row.period);
        if (std::isnan(row.value)) {
            put32(-1);
        } else {
            qint64 bits;
            std::memcpy(&bits, &row.value, sizeof bits);
            put32(8), put64(bits);
        }
        putInteger(width.status, row.status);
        if (!keysByDefault)
            putInteger(width.extract, mExtractKey);
        ++inserted;
    }
    if (!fits) {
        // Keys are numbered from 1 by the server: two thousand million regions or extracts
        // are not expected, but would not be cut short silently.
        outcome.failure = QCoreApplication::translate(
            "wijk::ObservationBulkWriter",
            "a key does not fit the integer columns of the team workspace's observations");
        outcome.failureLine = rows.empty() ? 0 : rows.front().line;
        return false;
    }
    put16(-1);
    data.truncate(int(at - data.constData())); // NULL values are 8 bytes shorter
    if (inserted == 0)
        return true;
    auto &server = static_cast<workspace::sql::PgConnection &>(mConnection);
    QString message;
    const QByteArray columns = keysByDefault ? "region_id, period, value, status"
                                             : "indicator_id, region_id, period, value, status, "
                                               "extract_key";
    if (!server.copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT binary)", data,
                       &message)) {
        outcome.failure = message;
        outcome.failureLine = rows.empty() ? 0 : rows.front().line;
        return false;
    }
    outcome.written += inserted;
    mTransaction.countWritten(mExtractKey, inserted);
    countInserted(rows);
    return true;
}

void ObservationBulkWriter::countInserted(const std::vector<ParsedObservation> &rows)
{
    // Per indicator run, counts by period in a small table (periods are four-digit years).
    mPerPeriod.assign(10000, 0);
    std::vector<int> periods;
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        for (; end < rows.size() && rows[end].indicator == rows[begin].indicator; ++end) {
            if (mPerRow[end])
                continue;
            qint64 &count = mPerPeriod[size_t(rows[end].period) % mPerPeriod.size()];
            if (count++ == 0)
                periods.push_back(rows[end].period);
        }
        for (const int period : periods) {
            qint64 &count = mPerPeriod[size_t(period) % mPerPeriod.size()];
            mTransaction.countInserted(rows[begin].indicator, period, count);
            count = 0;
        }
        periods.clear();
        begin = end;
    }
}

bool ObservationBulkWriter::writeFlagged(const std::vector<ParsedObservation> &rows,
                                         Outcome &outcome)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!mPerRow[i])
            continue;
        const ParsedObservation &row = rows[i];
        switch (mTransaction.putObservation(row.region, row.indicator, row.period, row.value,
                                            ValueStatus(row.status), mExtractKey)) {
        case ImportTransaction::PutResult::Written:
            ++outcome.written;
            break;
        case ImportTransaction::PutResult::KeptNewer:
            ++outcome.keptNewer;
            break;
        case ImportTransaction::PutResult::Duplicate:
            outcome.duplicates.push_back(row);
            break;
        case ImportTransaction::PutResult::Failed:
            outcome.failure = mTransaction.lastError();
            outcome.failureLine = row.line;
            return false;
        }
    }
    return true;
}

} // namespace wijk::import
