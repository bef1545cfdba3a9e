// The SQLite back-end of the workspace seam (sql_connection.h): a GeoPackage file.
#pragma once

#include "workspace/sql_connection.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace wijk::workspace::sql {

class SqliteConnection : public Connection
{
public:
    //! Opens a file with sqlite3_open_v2 flags; nullptr with *error (SQLite's message).
    [[nodiscard]] static std::unique_ptr<SqliteConnection> open(const QString &path, int flags,
                                                                QString *error);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) override;
    [[nodiscard]] bool exec(const QByteArray &sql, QString *error) override;
    [[nodiscard]] bool beginWrite(QString *error) override;
    QString lastError() const override;
    QString storageFailure() const override;

    //! The SQLite handle, for what only SQLite has (PRAGMAs' codes, the chunk virtual table).
    sqlite3 *handle() const { return mDb; }

private:
    explicit SqliteConnection(sqlite3 *db) : mDb(db) {}
    sqlite3 *mDb;
};

} // namespace wijk::workspace::sql
