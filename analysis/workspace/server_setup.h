// Setting up a team workspace on PostgreSQL for a data team (docs/team-workspace.md): the
// schema, a reader and an importer role, and roles limited to the regions of given gemeenten
// with row-level security. Run once by an administrator (a role that may create roles); the
// workbench itself never needs one.
#pragma once

#include <QString>
#include <QStringList>

namespace wijk::workspace {

struct ServerRoles
{
    QString reader;   //!< SELECT only
    QString importer; //!< SELECT, INSERT, UPDATE, DELETE on the workspace's tables
};

//! The default role names of a schema: SCHEMA_reader and SCHEMA_importer.
ServerRoles defaultServerRoles(const QString &location);

//! Creates (when absent) the workspace's schema and tables, the two roles (NOLOGIN group
//! roles: grant them to login roles) and their privileges, and enables row-level security;
//! idempotent. False with *error.
[[nodiscard]] bool initServer(const QString &location, const ServerRoles &roles, QString *error);

//! Limits role to the regions of the given gemeenten (GM0402, ...): their gemeente, wijken and
//! buurten, and the observations of those only; replaces an earlier limit of the role. The
//! role must exist. Empty gemeenten lifts the limit. False with *error.
[[nodiscard]] bool limitServerRole(const QString &location, const QString &role,
                                   const QStringList &gemeenten, QString *error);

} // namespace wijk::workspace
