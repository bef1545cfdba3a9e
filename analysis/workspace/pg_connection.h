// The PostgreSQL back-end of the workspace seam (sql_connection.h): a schema in a PostgreSQL
// database with PostGIS, through libpq. Statements keep SQLite's parameter syntax (`?`,
// `?N`), translated to `$N`; values are bound (text, or binary for blobs), never spliced.
#pragma once

#include "workspace/sql_connection.h"

#include <QString>
#include <memory>

struct pg_conn;

namespace wijk::workspace::sql {

class PgConnection : public Connection
{
public:
    //! Connects (conninfo: a libpq URI or keywords) and sets the search path to schema, then
    //! public (PostGIS); nullptr with *error (libpq's message).
    [[nodiscard]] static std::unique_ptr<PgConnection> open(const QString &conninfo,
                                                            const QString &schema, QString *error);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Dialect dialect() const override { return Dialect::Postgres; }
    std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) override;
    [[nodiscard]] bool exec(const QByteArray &sql, QString *error) override;
    [[nodiscard]] bool beginWrite(QString *error) override;
    QString lastError() const override { return mLastError; }
    QString storageFailure() const override;

    //! Streams rows into a table with COPY … FROM STDIN (copySql names the format); data holds
    //! the whole batch in that format.
    [[nodiscard]] bool copyIn(const QByteArray &copySql, const QByteArray &data, QString *error);
    //! The SQLSTATE of the last error ("" when none).
    QByteArray lastSqlState() const { return mLastSqlState; }
    //! The schema as an identifier for SQL ("…", quoted by libpq).
    QByteArray quotedSchema() const { return mQuotedSchema; }
    QString schema() const { return mSchema; }
    //! Quotes an identifier with libpq (PQescapeIdentifier).
    QByteArray quoteIdentifier(const QString &name) const;

    //! For cursors: remembers the error of a result.
    void noteResultError(const void *result);
    pg_conn *handle() const { return mConn; }

private:
    explicit PgConnection(pg_conn *conn) : mConn(conn) {}
    pg_conn *mConn;
    QString mSchema;
    QByteArray mQuotedSchema;
    QString mLastError;
    QByteArray mLastSqlState;
    int mStatementCount = 0;
};

//! Translates SQLite parameters (`?N`, `?`) to PostgreSQL's `$N` outside quoted text;
//! *parameterCount gets the highest number used.
QByteArray pgParameters(const QByteArray &sql, int *parameterCount);

} // namespace wijk::workspace::sql
