// Where a team workspace is: a PostgreSQL connection (a libpq URI or `service=NAME`) and the
// schema in it. The one place that decides whether a --workspace text is a server or a file.
#pragma once

#include <QString>

namespace wijk::workspace {

struct PgLocation
{
    QString conninfo;   //!< for libpq, without the workbench's `schema` and `authcfg` parameters
    QString schema;     //!< the workspace's schema (default "wijkmonitor")
    QString display;    //!< for messages: the location without a password
    QString authConfig; //!< a QGIS authentication configuration id (`authcfg=ID`), or empty
    QString label;      //!< short, for a title or a menu: "schema @ host/database"
};

constexpr const char *kDefaultPgSchema = "wijkmonitor";

//! Whether a workspace location names a PostgreSQL database rather than a file:
//! `postgresql://…`, `postgres://…`, or libpq keywords starting with `service=` / `host=` /
//! `dbname=`.
bool isPgLocation(const QString &location);

//! Splits a location into libpq's part and the schema (`?schema=NAME` in a URI, `schema=NAME`
//! among keywords). Keyword values may be quoted as libpq quotes them ('a b', \' and \\).
//! `authcfg=ID` names a QGIS authentication configuration: only the window reads it (it takes
//! the user name and password from the QGIS authentication database, gui/team_login.h);
//! libpq never sees it.
PgLocation parsePgLocation(const QString &location);

//! How a message names a workspace, as the window's title does: a team workspace by its
//! label ("schema @ host/database", never a password), a file by its file name.
QString workspaceShownName(const QString &location);
//! How an error names a workspace: a file by its path, a team workspace by its label (its
//! location may carry a password the window handed to libpq).
QString workspaceInMessage(const QString &location);

//! The password a location carries (empty when none).
QString pgLocationPassword(const QString &location);
//! The location without its password: still a location, to remember or to hand to another
//! program (which finds the password in its own sources: PGPASSWORD, ~/.pgpass, a service).
QString pgLocationWithoutPassword(const QString &location);
//! The location with this user name (when not empty) and password, for libpq, in memory only;
//! without its `authcfg`.
QString pgLocationWithLogin(const QString &location, const QString &user, const QString &password);

} // namespace wijk::workspace
