// Small RAII helpers over the SQLite C API, shared by the workspace and the import transaction.
#pragma once

#include <QByteArray>
#include <QString>
#include <sqlite3.h>

namespace wijk::workspace::sql {

//! A prepared statement that finalizes itself; bind/step/column helpers with Qt types.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QByteArray &sql) : Statement(db, sql.constData()) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    //! Whether preparing succeeded; error() says why not.
    bool isValid() const { return mStmt != nullptr; }
    QString error() const { return mError; }
    sqlite3_stmt *handle() const { return mStmt; }

    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    //! Binds a double, NULL when NaN.
    void bind(int index, double value);
    void bindNull(int index);

    //! Steps once: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const { return sqlite3_column_int64(mStmt, column); }
    //! A REAL column, NaN when NULL.
    double real(int column) const;
    bool isNull(int column) const { return sqlite3_column_type(mStmt, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *mStmt = nullptr;
    QString mError;
};

//! Runs SQL without results; on failure returns false and sets *error.
[[nodiscard]] bool exec(sqlite3 *db, const char *sql, QString *error);
[[nodiscard]] bool exec(sqlite3 *db, const QString &sql, QString *error);
//! Runs SQL whose failure leaves nothing to report: a tuning PRAGMA (SQLite's default is
//! correct, only slower) or the ROLLBACK after a failure that is already being reported.
void execBestEffort(sqlite3 *db, const char *sql);

//! The first column of the first row of a query as text (empty when no row).
QString scalarText(sqlite3 *db, const char *sql);

//! The last error message of a connection.
QString lastError(sqlite3 *db);

//! When the connection's last error is one of storage (a full disk, the file size limit, a
//! used-up quota, an I/O error), why, in words for the user ("the disk is full"); else
//! empty. Read right after the failing call: SQLite keeps only the last error.
QString storageFailure(sqlite3 *db);

} // namespace wijk::workspace::sql
