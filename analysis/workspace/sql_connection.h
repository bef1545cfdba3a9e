// The seam between the workspace logic and its storage: a connection to an SQL database and
// its prepared statements (cursors), implemented once for SQLite (a GeoPackage file,
// sqlite_connection.h) and once for PostgreSQL/PostGIS (a team workspace, pg_connection.h).
// Everything above it (workspace.cpp, import_transaction.cpp, ...) is written once against
// sql::Statement (sql_statement.h); the few places where the two SQL dialects differ are in
// sql_dialect.h and workspace_schema.cpp.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace wijk::workspace::sql {

enum class Dialect
{
    Sqlite,  //!< a GeoPackage file
    Postgres //!< a schema in a PostgreSQL database with PostGIS
};

//! What one step of a statement gave.
enum class Step
{
    Row,        //!< a result row is available
    Done,       //!< finished without (further) rows
    Constraint, //!< refused by a UNIQUE, PRIMARY KEY or CHECK constraint (nothing written)
    Error       //!< any other failure; Connection::lastError() says what
};

//! One prepared statement of a back-end. Parameters are numbered from 1 (`?`, `?N`);
//! columns from 0. Used through sql::Statement.
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual void bindText(int index, const QByteArray &utf8) = 0;
    virtual void bindBlob(int index, const QByteArray &blob) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindNull(int index) = 0;
    virtual Step step() = 0;
    //! Back to before the first step, bindings cleared.
    virtual void reset() = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    //! Rows changed by the last INSERT, UPDATE or DELETE.
    virtual qint64 changes() const = 0;
};

//! A connection to one workspace database, used by one thread at a time.
class Connection
{
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    //! Prepares one statement; nullptr with *error when the database refuses it. The SQL
    //! uses SQLite's parameter syntax (`?`, `?N`); back-ends translate.
    virtual std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) = 0;
    //! Runs one or more statements without parameters or results.
    [[nodiscard]] virtual bool exec(const QByteArray &sql, QString *error) = 0;
    //! Starts a write transaction (SQLite: BEGIN IMMEDIATE, taking the file's write lock).
    [[nodiscard]] virtual bool beginWrite(QString *error) = 0;
    //! The last error message of the connection.
    virtual QString lastError() const = 0;
    //! When the last error is one of storage (a full disk...), why, for the user; else empty.
    virtual QString storageFailure() const = 0;
};

} // namespace wijk::workspace::sql
