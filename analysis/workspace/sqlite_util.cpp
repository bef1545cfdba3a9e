#include "workspace/sqlite_util.h"

#include <QCoreApplication>
#include <cerrno>
#include <cmath>
#include <cstring>

namespace wijk::workspace::sql {

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

void execBestEffort(sqlite3 *db, const char *sql)
{
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
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

QString storageFailure(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) != SQLITE_FULL && (code & 0xff) != SQLITE_IOERR)
        return QString();
    // The errno SQLite saw: the connection's is read from errno after the fact and is often
    // 0 by then; the database file keeps the errno of its last failed write.
    int systemError = sqlite3_system_errno(db);
    if (systemError == 0)
        sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &systemError);
    if ((code & 0xff) == SQLITE_FULL || systemError == ENOSPC)
        return QCoreApplication::translate("wijk::sql", "the disk is full");
    if (systemError == EFBIG)
        return QCoreApplication::translate(
            "wijk::sql", "the file may not grow any larger (the file size limit is reached)");
    if (systemError == EDQUOT)
        return QCoreApplication::translate("wijk::sql", "your disk quota is used up");
    return QCoreApplication::translate("wijk::sql", "the disk cannot be written (%1)")
        .arg(systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError)) : lastError(db));
}

} // namespace wijk::workspace::sql
