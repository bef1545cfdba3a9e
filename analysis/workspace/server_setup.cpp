#include "workspace/server_setup.h"

#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace wijk::workspace {

namespace {
// The tables whose rows belong to one gemeente, and how a row names its region.
struct LimitedTable
{
    const char *table;
    const char *visible; //!< the row's region test, %1 the role's gemeenten as a SQL array
};
// Every table of the schema is listed: a table missing here is readable whole by a limited
// role (tests/analysis/test_pg_limited_role.cpp reads every table and view as such a role).
const LimitedTable kLimitedTables[] = {
    {"regions", "code ~ '^(GM|WK|BU)[0-9]{4}' AND 'GM' || substr(code, 3, 4) = ANY (%1)"},
    {"region_keys", "code ~ '^(GM|WK|BU)[0-9]{4}' AND 'GM' || substr(code, 3, 4) = ANY (%1)"},
    // region_keys is itself limited for the role: only its regions' ids are found.
    {"observations", "region_id IN (SELECT id FROM region_keys)"},
    // Extracts without a gemeente are CBS's national tables: public, and the source of the
    // role's own CBS values (provenance).
    {"extracts", "coalesce(municipality_code, '') = '' OR municipality_code = ANY (%1)"},
    // A pair whose other end lies in another gemeente (a border change) would name it.
    {"crosswalk_weights",
     "from_code ~ '^(GM|WK|BU)[0-9]{4}' AND 'GM' || substr(from_code, 3, 4) = ANY (%1) AND "
     "to_code ~ '^(GM|WK|BU)[0-9]{4}' AND 'GM' || substr(to_code, 3, 4) = ANY (%1)"},
    // Stored spatial weights span every gemeente (their islands, counts and links name or
    // count other gemeenten' regions): a limited role reads none of them, and the engine
    // builds weights from the boundaries it sees instead (engine::resolveWeights), which is
    // also the right neighbourhood for an analysis of its own gemeenten only.
    {"spatial_weights", "false"},
    {"spatial_weight_regions", "false"},
    {"spatial_weight_links", "false"},
    {"wm_memo_basket",
     "region_code ~ '^(GM|WK|BU)[0-9]{4}' AND 'GM' || substr(region_code, 3, 4) = ANY (%1)"},
    // The memo's opening and theme are free text written by someone who saw everything.
    {"wm_memo_text", "false"},
    // Only the keys known to name no gemeente of another, and the focus when it names only the
    // role's own gemeenten (a pulled file's keys never live on a server).
    {"wm_meta", "key IN ('application', 'schema_version') OR (key = 'focus' AND "
                "string_to_array(value, ',') <@ %1)"},
    // The per-indicator, per-year counts of the whole workspace have no gemeente to filter
    // on: a limited role reads none of them, and the workspace counts its own visible
    // observations instead (Workspace::periods(), observationCount()).
    {"observation_summary", "false"},
    // The catalogue is shared by design: the same indicator definitions for every gemeente.
    {"indicators", "true"},
    {"crosswalks", "true"},
};

//! Row-level security on every limited table (a permissive policy for all: everyone sees
//! everything until limitServerRole() adds a restrictive one for a role), and views that read
//! with the rights of whoever queries them: a view runs as its owner by default, and the
//! owner (the importer) is not subject to row-level security, so a limited role would see
//! every gemeente through gemeenten, wijken, buurten and observation_values (PostgreSQL 15).
QByteArray securityStatements(sql::PgConnection &db)
{
    QByteArray statements;
    for (const LimitedTable &table : kLimitedTables) {
        const QByteArray name = table.table;
        statements += "ALTER TABLE " + name +
                      " ENABLE ROW LEVEL SECURITY;\n"
                      "DROP POLICY IF EXISTS wm_all ON " +
                      name +
                      ";\n"
                      "CREATE POLICY wm_all ON " +
                      name + " USING (true) WITH CHECK (true);\n";
    }
    sql::Statement views(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                             "c.relnamespace WHERE n.nspname = ?1 AND c.relkind = 'v' ORDER BY 1");
    views.bind(1, db.schema());
    while (views.step() == sql::Step::Row)
        statements +=
            "ALTER VIEW " + db.quoteIdentifier(views.text(0)) + " SET (security_invoker = true);\n";
    return statements;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::workspace", text);
}

QByteArray literal(sql::PgConnection &db, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    char *quoted = PQescapeLiteral(db.handle(), utf8.constData(), size_t(utf8.size()));
    const QByteArray result(quoted ? quoted : "''");
    PQfreemem(quoted);
    return result;
}

bool roleExists(sql::Connection &db, const QString &role)
{
    sql::Statement query(db, "SELECT 1 FROM pg_roles WHERE rolname = ?1");
    query.bind(1, role);
    return query.step() == sql::Step::Row;
}

std::unique_ptr<Workspace> openServer(const QString &location, QString *error)
{
    if (!isPgLocation(location)) {
        *error = tr("%1 is not a team workspace on PostgreSQL (postgresql://… or service=…).")
                     .arg(location);
        return nullptr;
    }
    return Workspace::open(location, Workspace::OpenMode::ReadWrite, error);
}

bool run(sql::Connection &db, const std::function<bool(QString *)> &work, QString *error)
{
    QString message;
    if (!db.beginWrite(&message) || !work(&message) || !sql::exec(db, "COMMIT", &message)) {
        sql::execBestEffort(db, "ROLLBACK");
        *error = message;
        return false;
    }
    return true;
}
} // namespace

ServerRoles defaultServerRoles(const QString &location)
{
    const QString schema = parsePgLocation(location).schema;
    return {schema + QStringLiteral("_reader"), schema + QStringLiteral("_importer")};
}

bool initServer(const QString &location, const ServerRoles &roles, QString *error)
{
    auto workspace = openServer(location, error);
    if (!workspace)
        return false;
    auto &db = static_cast<sql::PgConnection &>(workspace->handle());
    const QByteArray schema = db.quotedSchema();
    const QByteArray reader = db.quoteIdentifier(roles.reader);
    const QByteArray importer = db.quoteIdentifier(roles.importer);
    const bool done = run(
        db,
        [&](QString *message) {
            for (const QString &role : {roles.reader, roles.importer}) {
                if (!roleExists(db, role) &&
                    !db.exec("CREATE ROLE " + db.quoteIdentifier(role) + " NOLOGIN", message))
                    return false;
            }
            // The importer owns the tables: an owner is not subject to row-level security,
            // and COPY (the bulk import) refuses tables with row-level security otherwise.
            // It may create tables in the schema: an import makes the partition of
            // observations for each new indicator (ImportTransaction::newPartitionTable()).
            QByteArray grants;
            QByteArray partitions;
            sql::Statement relations(db, "SELECT c.relname, c.relkind, c.relispartition FROM "
                                         "pg_class c JOIN pg_namespace n ON n.oid = "
                                         "c.relnamespace WHERE n.nspname = ?1 AND c.relkind IN "
                                         "('r', 'v', 'p')");
            relations.bind(1, db.schema());
            while (relations.step() == sql::Step::Row) {
                const QByteArray name = db.quoteIdentifier(relations.text(0));
                grants +=
                    (relations.text(1) == QLatin1String("v") ? "ALTER VIEW " : "ALTER TABLE ") +
                    name + " OWNER TO " + importer + ";\n";
                // Row-level security applies to a query through the partitioned table, not
                // to one of a partition itself: readers may read none.
                if (relations.text(2) == QLatin1String("t"))
                    partitions += "REVOKE ALL ON " + name + " FROM " + reader + ";\n";
            }
            grants += "GRANT USAGE ON SCHEMA " + schema + " TO " + reader + ", " + importer +
                      ";\nGRANT CREATE ON SCHEMA " + schema + " TO " + importer +
                      ";\nGRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader +
                      ";\nGRANT SELECT, INSERT, UPDATE, DELETE ON ALL "
                      "TABLES IN SCHEMA " +
                      schema + " TO " + importer +
                      ";\nGRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " +
                      importer + ";\n" + partitions;
            return db.exec(grants + securityStatements(db), message);
        },
        error);
    if (!done)
        *error = tr("Cannot set up the team workspace %1: %2")
                     .arg(parsePgLocation(location).display, *error);
    return done;
}

bool limitServerRole(const QString &location, const QString &role, const QStringList &gemeenten,
                     QString *error)
{
    static const QRegularExpression gemeenteCode(QStringLiteral("^GM[0-9]{4}$"));
    for (const QString &code : gemeenten) {
        if (!gemeenteCode.match(code).hasMatch()) {
            *error = tr("%1 is not a gemeente code (GM and four digits).").arg(code);
            return false;
        }
    }
    auto workspace = openServer(location, error);
    if (!workspace)
        return false;
    auto &db = static_cast<sql::PgConnection &>(workspace->handle());
    if (!roleExists(db, role)) {
        *error = tr("The role %1 does not exist.").arg(role);
        return false;
    }
    QByteArray array = "ARRAY[";
    for (int i = 0; i < gemeenten.size(); ++i)
        array += (i ? ", " : "") + literal(db, gemeenten[i]);
    array += "]::text[]";
    const QByteArray policy = db.quoteIdentifier(QStringLiteral("wm_limit_") + role);
    const QByteArray grantee = db.quoteIdentifier(role);
    const bool done = run(
        db,
        [&](QString *message) {
            // Again here, for a server set up before a table joined kLimitedTables.
            QByteArray statements = securityStatements(db);
            for (const LimitedTable &table : kLimitedTables) {
                const QByteArray name = table.table;
                statements += "DROP POLICY IF EXISTS " + policy + " ON " + name + ";\n";
                if (gemeenten.isEmpty())
                    continue;
                statements += "CREATE POLICY " + policy + " ON " + name + " AS RESTRICTIVE TO " +
                              grantee + " USING (" +
                              QByteArray(table.visible).replace("%1", array) + ");\n";
            }
            return db.exec(statements, message);
        },
        error);
    if (!done)
        *error = tr("Cannot limit the role %1 in %2: %3")
                     .arg(role, parsePgLocation(location).display, *error);
    return done;
}

} // namespace wijk::workspace
