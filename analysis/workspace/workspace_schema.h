// Creating and migrating the workspace schema (documented in docs/workspace.md).
#pragma once

#include "workspace/sql_connection.h"

#include <QString>

namespace wijk::workspace::schema {

//! Creates every table, view and GeoPackage registration of the current schema version in
//! an empty database (SQLite), or every table and view in the connection's schema, which it
//! creates when absent (PostgreSQL). Runs inside the caller's transaction.
[[nodiscard]] bool create(sql::Connection &db, QString *error);

//! What wm_meta says about the schema version.
struct StoredVersion
{
    enum class State
    {
        Unreadable,  //!< the database's tables cannot be read (Connection::lastError())
        NoMetaTable, //!< an SQLite file, but no wm_meta table: not a workspace
        Invalid,     //!< wm_meta's schema_version is missing or not a positive whole number
        Valid
    };
    State state = State::Unreadable;
    int version = 0; //!< when Valid
    QString text;    //!< the stored text when Invalid (null when the row is missing)
};

//! The schema_version stored in wm_meta.
StoredVersion storedVersion(sql::Connection &db);

//! Upgrades a workspace from an older schema version to the current one, step by step.
//! Runs inside the caller's transaction. PostgreSQL workspaces start at version 7 (the
//! first that could be on a server), so there is nothing to migrate there yet; a future
//! version adds its step for both dialects here.
[[nodiscard]] bool migrate(sql::Connection &db, int fromVersion, QString *error);

} // namespace wijk::workspace::schema
