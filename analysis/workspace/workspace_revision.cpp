#include "workspace/workspace_revision.h"

#include "workspace/sql_connection.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

namespace wijk::workspace {

QString readRevision(Workspace &workspace)
{
    sql::Connection &db = workspace.handle();
    // xmin is the transaction that wrote a row version: an import's catalogue upsert
    // rewrites its indicators' rows even when nothing in them changed. Row-level security
    // leaves every indicator visible (the catalogue is shared), so this sees imports whose
    // extract rows are hidden. SQLite has no row versions; a file's reader sees every extract.
    const bool server = db.dialect() == sql::Dialect::Postgres;
    const QByteArray catalogue =
        server ? "(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM indicators)"
               : "(SELECT count(*) FROM indicators)";
    return sql::scalarText(db, "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || "
                               "coalesce(max(imported_at), '') FROM extracts) || '/' || "
                               "(SELECT count(*) || ':' || coalesce(max(imported_at), '') FROM "
                               "crosswalks) || '/' || " +
                                   catalogue);
}

QString readRevision(const QString &location, QString *error)
{
    auto workspace = Workspace::open(location, Workspace::OpenMode::ReadOnly, error);
    if (!workspace)
        return QString();
    const QString revision = readRevision(*workspace);
    if (revision.isEmpty() && error)
        *error = sql::lastError(workspace->handle());
    return revision;
}

} // namespace wijk::workspace
