// A prepared statement on either back-end (sql_connection.h), with Qt types, and the small
// helpers that run SQL without a statement object.
#pragma once

#include "workspace/sql_connection.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace wijk::workspace::sql {

//! A prepared statement that releases itself; bind/step/column helpers with Qt types.
class Statement
{
public:
    Statement() = default;
    Statement(Connection &db, const char *sql);
    Statement(Connection &db, const QByteArray &sql);

    //! Whether preparing succeeded; error() says why not.
    bool isValid() const { return mCursor != nullptr; }
    QString error() const { return mError; }

    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    //! Binds a double, NULL when NaN.
    void bind(int index, double value);
    void bindNull(int index);

    //! Steps once; Step::Error also when the statement is not valid.
    Step step();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const { return mCursor->integer(column); }
    //! A REAL column, NaN when NULL.
    double real(int column) const;
    bool isNull(int column) const { return mCursor->isNull(column); }
    //! Rows changed by the last step of an INSERT, UPDATE or DELETE.
    qint64 changes() const { return mCursor ? mCursor->changes() : 0; }

private:
    std::unique_ptr<Cursor> mCursor;
    QString mError;
};

//! Runs SQL without results; on failure returns false and sets *error.
[[nodiscard]] bool exec(Connection &db, const char *sql, QString *error);
[[nodiscard]] bool exec(Connection &db, const QByteArray &sql, QString *error);
[[nodiscard]] bool exec(Connection &db, const QString &sql, QString *error);
//! Runs SQL whose failure leaves nothing to report: a tuning PRAGMA (SQLite's default is
//! correct, only slower) or the ROLLBACK after a failure that is already being reported.
void execBestEffort(Connection &db, const char *sql);

//! The first column of the first row of a query as text (empty when no row).
QString scalarText(Connection &db, const char *sql);
QString scalarText(Connection &db, const QByteArray &sql);

//! The last error message of a connection.
QString lastError(Connection &db);

//! When the connection's last error is one of storage (a full disk, the file size limit, a
//! used-up quota, an I/O error), why, in words for the user ("the disk is full"); else
//! empty. Read right after the failing call: back-ends keep only the last error.
QString storageFailure(Connection &db);

} // namespace wijk::workspace::sql
