// Creating and migrating the workspace schema (documented in docs/workspace.md).
#pragma once

#include <QString>

struct sqlite3;

namespace wijk::workspace::schema {

//! Creates every table, view and GeoPackage registration of the current schema version in
//! an empty database. Runs inside the caller's transaction.
[[nodiscard]] bool create(sqlite3 *db, QString *error);

//! What wm_meta says about the schema version.
struct StoredVersion
{
    enum class State
    {
        Unreadable,  //!< SQLite cannot read the file's tables (see sqlite3_errcode)
        NoMetaTable, //!< an SQLite file, but no wm_meta table: not a workspace
        Invalid,     //!< wm_meta's schema_version is missing or not a positive whole number
        Valid
    };
    State state = State::Unreadable;
    int version = 0; //!< when Valid
    QString text;    //!< the stored text when Invalid (null when the row is missing)
};

//! The schema_version stored in wm_meta.
StoredVersion storedVersion(sqlite3 *db);

//! Upgrades a workspace from an older schema version to the current one, step by step.
//! Runs inside the caller's transaction.
[[nodiscard]] bool migrate(sqlite3 *db, int fromVersion, QString *error);

} // namespace wijk::workspace::schema
