// Creating and migrating the workspace schema (documented in docs/workspace.md).
#pragma once

#include <QString>

struct sqlite3;

namespace wijk::schema {

//! Creates every table, view and GeoPackage registration of the current schema version in
//! an empty database. Runs inside the caller's transaction.
bool create(sqlite3 *db, QString *error);

//! The schema_version stored in wm_meta; 0 when the file is no workspace, -1 on error.
int storedVersion(sqlite3 *db);

//! Upgrades a workspace from an older schema version to the current one, step by step.
//! Runs inside the caller's transaction.
bool migrate(sqlite3 *db, int fromVersion, QString *error);

} // namespace wijk::schema
