#include "workspace/sqlite_util.h"

#include <cmath>

namespace wijk::sql {

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &mStmt, nullptr) != SQLITE_OK) {
        mError = lastError(db);
        sqlite3_finalize(mStmt);
        mStmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

Statement::Statement(Statement &&other) noexcept : mStmt(other.mStmt), mError(other.mError)
{
    other.mStmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(mStmt);
        mStmt = other.mStmt;
        mError = other.mError;
        other.mStmt = nullptr;
    }
    return *this;
}

void Statement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(mStmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        bindNull(index);
    else
        sqlite3_bind_blob(mStmt, index, blob.constData(), blob.size(), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(mStmt, index, value);
}

void Statement::bind(int index, double value)
{
    if (std::isnan(value))
        bindNull(index);
    else
        sqlite3_bind_double(mStmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(mStmt, index);
}

int Statement::step()
{
    return sqlite3_step(mStmt);
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(mStmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(mStmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(mStmt, column)) : QByteArray();
}

double Statement::real(int column) const
{
    if (isNull(column))
        return std::nan("");
    return sqlite3_column_double(mStmt, column);
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    return exec(db, sql.toUtf8().constData(), error);
}

QString scalarText(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql);
    if (statement.isValid() && statement.step() == SQLITE_ROW)
        return statement.text(0);
    return QString();
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace wijk::sql
