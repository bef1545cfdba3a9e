// Where a team workspace is: a PostgreSQL connection (a libpq URI or `service=NAME`) and the
// schema in it. The one place that decides whether a --workspace text is a server or a file.
#pragma once

#include <QString>

namespace wijk::workspace {

struct PgLocation
{
    QString conninfo; //!< for libpq, without the workbench's own `schema` parameter
    QString schema;   //!< the workspace's schema (default "wijkmonitor")
    QString display;  //!< for messages: the location without a password
};

constexpr const char *kDefaultPgSchema = "wijkmonitor";

//! Whether a workspace location names a PostgreSQL database rather than a file:
//! `postgresql://…`, `postgres://…`, or libpq keywords starting with `service=` / `host=` /
//! `dbname=`.
bool isPgLocation(const QString &location);

//! Splits a location into libpq's part and the schema (`?schema=NAME` in a URI, `schema=NAME`
//! among keywords).
PgLocation parsePgLocation(const QString &location);

} // namespace wijk::workspace
