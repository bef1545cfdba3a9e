#include "workspace/observation_reader.h"

#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <libpq-fe.h>

namespace wijk::workspace {

namespace {

//! A field of a binary result: network byte order, as PostgreSQL sends it.
qint64 binaryInteger(const char *bytes, int length)
{
    switch (length) {
    case 2:
        return qFromBigEndian<qint16>(bytes);
    case 4:
        return qFromBigEndian<qint32>(bytes);
    case 8:
        return qFromBigEndian<qint64>(bytes);
    default:
        return 0;
    }
}

double binaryReal(const char *bytes, int length)
{
    if (length == 8) {
        const quint64 bits = qFromBigEndian<quint64>(bytes);
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    if (length == 4) {
        const quint32 bits = qFromBigEndian<quint32>(bytes);
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    return std::nan("");
}

//! The rows of one indicator from a team workspace in PostgreSQL's binary result format: the
//! server formats no numbers and the client parses none (text would be a shortest-round-trip
//! decimal per double, four fields per row, millions of rows for the window's signals). In the
//! open transaction (its snapshot). Sorted here, not by the server: right after an import,
//! before PostgreSQL has statistics of the table, it plans ORDER BY as a bitmap scan and a
//! sort that spills to disk (national benchmark: 200 ms per indicator against 60 ms for the
//! rows alone, docs/benchmarks.md, measured before imports analysed their partitions);
//! (region, period) is the key, so the order is the same.
bool readBinary(sql::PgConnection &db, int indicatorId,
                const std::function<void(const ObservationRow &)> &sink, QString *error)
{
    const QByteArray id = QByteArray::number(indicatorId);
    const char *values[] = {id.constData()};
    PGresult *result = PQexecParams(db.handle(),
                                    "SELECT region_id, period, value, status FROM observations "
                                    "WHERE indicator_id = $1",
                                    1, nullptr, values, nullptr, nullptr, 1);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        db.noteResultError(result);
        *error = db.lastError();
        PQclear(result);
        return false;
    }
    const int rows = PQntuples(result);
    std::vector<ObservationRow> sorted(size_t(qMax(rows, 0)));
    for (int r = 0; r < rows; ++r) {
        ObservationRow &row = sorted[size_t(r)];
        row.regionKey = int(binaryInteger(PQgetvalue(result, r, 0), PQgetlength(result, r, 0)));
        row.period = int(binaryInteger(PQgetvalue(result, r, 1), PQgetlength(result, r, 1)));
        row.value = PQgetisnull(result, r, 2)
                        ? std::nan("")
                        : binaryReal(PQgetvalue(result, r, 2), PQgetlength(result, r, 2));
        const qint64 status = binaryInteger(PQgetvalue(result, r, 3), PQgetlength(result, r, 3));
        row.status = status >= 0 && status <= int(ValueStatus::Derived) ? ValueStatus(status)
                                                                        : ValueStatus::Missing;
    }
    PQclear(result);
    std::sort(sorted.begin(), sorted.end(), [](const ObservationRow &a, const ObservationRow &b) {
        return a.regionKey != b.regionKey ? a.regionKey < b.regionKey : a.period < b.period;
    });
    for (const ObservationRow &row : sorted)
        sink(row);
    return true;
}

} // namespace

ObservationReader::ObservationReader(const Workspace &workspace) : mWorkspace(workspace) {}

const QHash<int, QString> &ObservationReader::regionKeys()
{
    if (!mRegionKeysRead) {
        sql::Statement query(mWorkspace.handle(), "SELECT id, code FROM region_keys");
        sql::Step rc = sql::Step::Error;
        while (query.isValid() && (rc = query.step()) == sql::Step::Row)
            mRegionKeys.insert(int(query.integer(0)), query.text(1));
        if (rc != sql::Step::Done) {
            noteFailure(query);
            mRegionKeys.clear();
        }
        mRegionKeysRead = true;
    }
    return mRegionKeys;
}

int ObservationReader::indicatorId(const QString &code)
{
    if (!mIndicatorIdsRead) {
        sql::Statement query(mWorkspace.handle(), "SELECT id, code FROM indicators");
        sql::Step rc = sql::Step::Error;
        while (query.isValid() && (rc = query.step()) == sql::Step::Row)
            mIndicatorIds.insert(query.text(1), int(query.integer(0)));
        if (rc != sql::Step::Done) {
            noteFailure(query);
            mIndicatorIds.clear();
        }
        mIndicatorIdsRead = true;
    }
    return mIndicatorIds.value(code, -1);
}

void ObservationReader::noteFailure(const sql::Statement &query)
{
    if (mFailure.isEmpty())
        mFailure = QStringLiteral("%1: %2").arg(
            workspaceInMessage(mWorkspace.path()),
            query.isValid() ? sql::lastError(mWorkspace.handle()) : query.error());
}

bool ObservationReader::read(const QString &indicatorCode,
                             const std::function<void(const ObservationRow &)> &sink,
                             QString *error)
{
    const int id = indicatorId(indicatorCode);
    regionKeys();
    if (!mFailure.isEmpty()) {
        *error = mFailure;
        return false;
    }
    if (id < 0) {
        *error = QCoreApplication::translate("wijk::ObservationReader", "%1: unknown indicator %2.")
                     .arg(workspaceInMessage(mWorkspace.path()), indicatorCode);
        return false;
    }
    if (auto *server = dynamic_cast<sql::PgConnection *>(&mWorkspace.handle())) {
        if (readBinary(*server, id, sink, error))
            return true;
        *error = QStringLiteral("%1: %2").arg(workspaceInMessage(mWorkspace.path()), *error);
        return false;
    }
    // The primary key (indicator_id, region_id, period) makes this one range of the B-tree.
    sql::Statement query(mWorkspace.handle(),
                         "SELECT region_id, period, value, status FROM observations "
                         "WHERE indicator_id = ? ORDER BY region_id, period");
    if (!query.isValid()) {
        *error = QStringLiteral("%1: %2").arg(workspaceInMessage(mWorkspace.path()), query.error());
        return false;
    }
    query.bind(1, id);
    ObservationRow row;
    sql::Step rc = sql::Step::Row;
    while ((rc = query.step()) == sql::Step::Row) {
        row.regionKey = int(query.integer(0));
        row.period = int(query.integer(1));
        row.value = query.real(2);
        const int status = int(query.integer(3));
        row.status = status >= 0 && status <= int(ValueStatus::Derived) ? ValueStatus(status)
                                                                        : ValueStatus::Missing;
        sink(row);
    }
    if (rc != sql::Step::Done) {
        *error = QStringLiteral("%1: %2").arg(workspaceInMessage(mWorkspace.path()),
                                              sql::lastError(mWorkspace.handle()));
        return false;
    }
    return true;
}

} // namespace wijk::workspace
