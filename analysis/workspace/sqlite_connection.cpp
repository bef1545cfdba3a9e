#include "workspace/sqlite_connection.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace wijk::workspace::sql {

namespace {
class SqliteCursor : public Cursor
{
public:
    SqliteCursor(sqlite3 *db, sqlite3_stmt *stmt) : mDb(db), mStmt(stmt) {}
    ~SqliteCursor() override { sqlite3_finalize(mStmt); }
    SqliteCursor(const SqliteCursor &) = delete;
    SqliteCursor &operator=(const SqliteCursor &) = delete;

    void bindText(int index, const QByteArray &utf8) override
    {
        sqlite3_bind_text(mStmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, const QByteArray &blob) override
    {
        sqlite3_bind_blob(mStmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    }
    void bindInteger(int index, qint64 value) override { sqlite3_bind_int64(mStmt, index, value); }
    void bindReal(int index, double value) override { sqlite3_bind_double(mStmt, index, value); }
    void bindNull(int index) override { sqlite3_bind_null(mStmt, index); }
    Step step() override
    {
        switch (sqlite3_step(mStmt)) {
        case SQLITE_ROW:
            return Step::Row;
        case SQLITE_DONE:
            return Step::Done;
        case SQLITE_CONSTRAINT:
            return Step::Constraint;
        default:
            return Step::Error;
        }
    }
    void reset() override
    {
        sqlite3_reset(mStmt);
        sqlite3_clear_bindings(mStmt);
    }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(mStmt, column)) : QString();
    }
    QByteArray blob(int column) const override
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(mStmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(mStmt, column)) : QByteArray();
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(mStmt, column); }
    double real(int column) const override { return sqlite3_column_double(mStmt, column); }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(mStmt, column) == SQLITE_NULL;
    }
    qint64 changes() const override { return sqlite3_changes64(mDb); }

private:
    sqlite3 *mDb;
    sqlite3_stmt *mStmt;
};
} // namespace

std::unique_ptr<SqliteConnection> SqliteConnection::open(const QString &path, int flags,
                                                         QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db))
                    : QCoreApplication::translate("wijk::Workspace", "out of memory");
        sqlite3_close_v2(db);
        return nullptr;
    }
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db));
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(mDb);
}

std::unique_ptr<Cursor> SqliteConnection::prepare(const QByteArray &sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(mDb, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = lastError();
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return std::make_unique<SqliteCursor>(mDb, stmt);
}

bool SqliteConnection::exec(const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(mDb, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(mDb));
    sqlite3_free(message);
    return false;
}

bool SqliteConnection::beginWrite(QString *error)
{
    return exec("BEGIN IMMEDIATE", error);
}

QString SqliteConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(mDb));
}

QString SqliteConnection::storageFailure() const
{
    const int code = sqlite3_extended_errcode(mDb);
    if ((code & 0xff) != SQLITE_FULL && (code & 0xff) != SQLITE_IOERR)
        return QString();
    // The errno SQLite saw: the connection's is read from errno after the fact and is often
    // 0 by then; the database file keeps the errno of its last failed write.
    int systemError = sqlite3_system_errno(mDb);
    if (systemError == 0)
        sqlite3_file_control(mDb, "main", SQLITE_FCNTL_LAST_ERRNO, &systemError);
    if ((code & 0xff) == SQLITE_FULL || systemError == ENOSPC)
        return QCoreApplication::translate("wijk::sql", "the disk is full");
    if (systemError == EFBIG)
        return QCoreApplication::translate(
            "wijk::sql", "the file may not grow any larger (the file size limit is reached)");
    if (systemError == EDQUOT)
        return QCoreApplication::translate("wijk::sql", "your disk quota is used up");
    return QCoreApplication::translate("wijk::sql", "the disk cannot be written (%1)")
        .arg(systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError)) : lastError());
}

} // namespace wijk::workspace::sql
