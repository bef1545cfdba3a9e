#include "workspace/pg_connection.h"

#include <QCoreApplication>
#include <cstdlib>
#include <libpq-fe.h>
#include <vector>

namespace wijk::workspace::sql {

namespace {
void ignoreNotice(void *, const char *) {}

class PgCursor : public Cursor
{
public:
    PgCursor(PgConnection &connection, QByteArray sql, int parameters, QByteArray name)
        : mConnection(connection), mSql(std::move(sql)), mName(std::move(name)),
          mValues(size_t(parameters)), mNull(size_t(parameters), true),
          mFormats(size_t(parameters), 0)
    {
    }
    ~PgCursor() override
    {
        PQclear(mResult);
        if (mPrepared) {
            // Best effort: fails inside an aborted transaction, where it leaks until the
            // connection closes (harmless).
            PGresult *done =
                PQexec(mConnection.handle(), (QByteArray("DEALLOCATE ") + mName).constData());
            PQclear(done);
        }
    }
    PgCursor(const PgCursor &) = delete;
    PgCursor &operator=(const PgCursor &) = delete;

    void bindText(int index, const QByteArray &utf8) override { set(index, utf8, 0); }
    void bindBlob(int index, const QByteArray &blob) override { set(index, blob, 1); }
    void bindInteger(int index, qint64 value) override { set(index, QByteArray::number(value), 0); }
    void bindReal(int index, double value) override
    {
        set(index, QByteArray::number(value, 'g', 17), 0); // 17 digits: the same double back
    }
    void bindNull(int index) override
    {
        if (index >= 1 && size_t(index) <= mValues.size())
            mNull[size_t(index - 1)] = true;
    }
    Step step() override
    {
        if (!mResult) {
            if (!execute())
                return mConstraint ? Step::Constraint : Step::Error;
            if (PQresultStatus(mResult) != PGRES_TUPLES_OK)
                return Step::Done;
        }
        if (++mRow < PQntuples(mResult))
            return Step::Row;
        return Step::Done;
    }
    void reset() override
    {
        PQclear(mResult);
        mResult = nullptr;
        mRow = -1;
        mChanges = 0;
        std::fill(mNull.begin(), mNull.end(), true);
        std::fill(mFormats.begin(), mFormats.end(), 0);
    }
    QString text(int column) const override
    {
        if (PQgetisnull(mResult, mRow, column))
            return QString();
        return QString::fromUtf8(PQgetvalue(mResult, mRow, column),
                                 PQgetlength(mResult, mRow, column));
    }
    QByteArray blob(int column) const override
    {
        if (PQgetisnull(mResult, mRow, column))
            return QByteArray();
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(
            reinterpret_cast<const unsigned char *>(PQgetvalue(mResult, mRow, column)), &length);
        const QByteArray result(reinterpret_cast<const char *>(bytes), int(length));
        PQfreemem(bytes);
        return result;
    }
    qint64 integer(int column) const override
    {
        return std::strtoll(PQgetvalue(mResult, mRow, column), nullptr, 10);
    }
    double real(int column) const override
    {
        return std::strtod(PQgetvalue(mResult, mRow, column), nullptr);
    }
    bool isNull(int column) const override { return PQgetisnull(mResult, mRow, column); }
    qint64 changes() const override { return mChanges; }

private:
    void set(int index, const QByteArray &value, int format)
    {
        if (index < 1 || size_t(index) > mValues.size())
            return;
        mValues[size_t(index - 1)] = value;
        mNull[size_t(index - 1)] = false;
        mFormats[size_t(index - 1)] = format;
    }
    bool execute()
    {
        const int count = int(mValues.size());
        std::vector<const char *> values(size_t(count), nullptr);
        std::vector<int> lengths(size_t(count), 0);
        for (size_t i = 0; i < size_t(count); ++i) {
            if (!mNull[i]) {
                values[i] = mValues[i].constData();
                lengths[i] = int(mValues[i].size());
            }
        }
        PGconn *conn = mConnection.handle();
        // A statement run more than once is prepared on the server on its second run.
        if (++mRuns == 2 && !mPrepared) {
            PGresult *prepared =
                PQprepare(conn, mName.constData(), mSql.constData(), count, nullptr);
            mPrepared = PQresultStatus(prepared) == PGRES_COMMAND_OK;
            PQclear(prepared);
        }
        mResult = mPrepared ? PQexecPrepared(conn, mName.constData(), count, values.data(),
                                             lengths.data(), mFormats.data(), 0)
                            : PQexecParams(conn, mSql.constData(), count, nullptr, values.data(),
                                           lengths.data(), mFormats.data(), 0);
        const ExecStatusType status = PQresultStatus(mResult);
        mRow = -1;
        mConstraint = false;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            mChanges = std::strtoll(PQcmdTuples(mResult), nullptr, 10);
            return true;
        }
        mConnection.noteResultError(mResult);
        mConstraint = mConnection.lastSqlState().startsWith("23");
        PQclear(mResult);
        mResult = nullptr;
        return false;
    }

    PgConnection &mConnection;
    QByteArray mSql;
    QByteArray mName;
    std::vector<QByteArray> mValues;
    std::vector<bool> mNull;
    std::vector<int> mFormats;
    PGresult *mResult = nullptr;
    int mRow = -1;
    int mRuns = 0;
    bool mPrepared = false;
    bool mConstraint = false;
    qint64 mChanges = 0;
};
} // namespace

QByteArray pgParameters(const QByteArray &sql, int *parameterCount)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int next = 0;
    int highest = 0;
    bool quoted = false;
    for (int i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '?') {
            out += c;
            continue;
        }
        int number = 0;
        int j = i + 1;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
            number = number * 10 + (sql[j++] - '0');
        if (j == i + 1)
            number = ++next; // a bare ? counts on from the highest so far (as SQLite does)
        else
            next = std::max(next, number);
        highest = std::max(highest, number);
        out += '$' + QByteArray::number(number);
        i = j - 1;
    }
    *parameterCount = highest;
    return out;
}

std::unique_ptr<PgConnection> PgConnection::open(const QString &conninfo, const QString &schema,
                                                 QString *error)
{
    const QByteArray info = conninfo.toUtf8();
    const char *keywords[] = {"dbname", "application_name", nullptr};
    const char *values[] = {info.constData(), "wijkmonitor", nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed()
                      : QCoreApplication::translate("wijk::Workspace", "out of memory");
        PQfinish(conn);
        return nullptr;
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    PQsetClientEncoding(conn, "UTF8");
    std::unique_ptr<PgConnection> connection(new PgConnection(conn));
    connection->mSchema = schema;
    connection->mQuotedSchema = connection->quoteIdentifier(schema);
    // Text compares and sorts byte-wise, as in SQLite, whatever the database's locale is.
    if (!connection->exec("SET search_path TO " + connection->mQuotedSchema + ", public", error))
        return nullptr;
    return connection;
}

PgConnection::~PgConnection()
{
    PQfinish(mConn);
}

QByteArray PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(mConn, utf8.constData(), size_t(utf8.size()));
    const QByteArray result(quoted ? quoted : "\"\"");
    PQfreemem(quoted);
    return result;
}

std::unique_ptr<Cursor> PgConnection::prepare(const QByteArray &sql, QString *)
{
    int parameters = 0;
    const QByteArray translated = pgParameters(sql, &parameters);
    return std::make_unique<PgCursor>(*this, translated, parameters,
                                      "wm_" + QByteArray::number(++mStatementCount));
}

bool PgConnection::exec(const QByteArray &sql, QString *error)
{
    PGresult *result = PQexec(mConn, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok) {
        noteResultError(result);
        *error = mLastError;
    } else if (sql == "COMMIT" && qstrcmp(PQcmdStatus(result), "ROLLBACK") == 0) {
        // The server ends a transaction that failed so, without an error: nothing was saved.
        ok = false;
        mLastError =
            QCoreApplication::translate("wijk::sql", "the server rolled the transaction back");
        *error = mLastError;
    }
    PQclear(result);
    return ok;
}

bool PgConnection::beginWrite(QString *error)
{
    return exec("BEGIN", error);
}

void PgConnection::noteResultError(const void *resultPointer)
{
    const auto *result = static_cast<const PGresult *>(resultPointer);
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(mConn);
    mLastError = QString::fromUtf8(message && *message ? message : PQerrorMessage(mConn)).trimmed();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    mLastSqlState = state ? QByteArray(state) : QByteArray();
}

QString PgConnection::storageFailure() const
{
    if (mLastSqlState == "53100")
        return QCoreApplication::translate("wijk::sql", "the server's disk is full");
    return QString();
}

bool PgConnection::copyIn(const QByteArray &copySql, const QByteArray &data, QString *error)
{
    PGresult *start = PQexec(mConn, copySql.constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        noteResultError(start);
        PQclear(start);
        *error = mLastError;
        return false;
    }
    PQclear(start);
    constexpr int kSlice = 1 << 20;
    bool sent = true;
    for (int at = 0; sent && at < data.size(); at += kSlice)
        sent = PQputCopyData(mConn, data.constData() + at,
                             std::min(kSlice, int(data.size()) - at)) == 1;
    sent = PQputCopyEnd(mConn, sent ? nullptr : "client failed to send") == 1 && sent;
    bool ok = sent;
    while (PGresult *result = PQgetResult(mConn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            noteResultError(result);
            ok = false;
        }
        PQclear(result);
    }
    if (!ok)
        *error =
            mLastError.isEmpty() ? QString::fromUtf8(PQerrorMessage(mConn)).trimmed() : mLastError;
    return ok;
}

} // namespace wijk::workspace::sql
