// Where a test's workspace lives, on the back-end the environment chooses, so that the same
// test cases run against a GeoPackage file and a team workspace on PostgreSQL/PostGIS
// (issue 16). CMake registers such a suite twice (wijk_test_both_backends in
// cmake/WijkTargets.cmake): `area/test_x` with WIJK_TEST_BACKEND=sqlite and `area/test_x_pg`
// with WIJK_TEST_BACKEND=postgres, labelled postgres, under scripts/with-postgres.sh.
//
//  - sqlite (the default): the file `name` in the test's temporary folder, as before;
//  - postgres: a schema of its own in WIJK_TEST_PG_URI's database, the same one for the same
//    folder and name within the process (a test reopens its workspace by its location), and
//    dropped with everything in it when the test process ends.
//
// A test case that checks what only a file has (locking, GeoPackage header bytes, file
// permissions, a file left or taken away) says so with WIJK_FILE_BACKEND_ONLY("why"): it runs
// on SQLite only.
#pragma once

#include "pg_test_location.h"
#include "workspace/pg_location.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>
#include <libpq-fe.h>

namespace wijk::test {

//! True when this run tests the PostgreSQL back-end (WIJK_TEST_BACKEND=postgres).
inline bool testingPostgres()
{
    return qEnvironmentVariable("WIJK_TEST_BACKEND") == QLatin1String("postgres");
}

namespace detail {
struct TestSchemas
{
    QHash<QString, QString> byPath; //!< file path -> team workspace location
    QStringList schemas;            //!< to drop when the process ends
};

inline TestSchemas &testSchemas()
{
    static TestSchemas schemas;
    return schemas;
}

//! Runs sql on the test cluster; each statement's first column of every row, in order.
inline QStringList onTestServer(const QStringList &statements)
{
    QStringList rows;
    PGconn *db = PQconnectdb(qEnvironmentVariable("WIJK_TEST_PG_URI").toUtf8().constData());
    if (PQstatus(db) == CONNECTION_OK) {
        PQclear(PQexec(db, "SET client_min_messages = warning")); // no NOTICE per dropped table
        for (const QString &sql : statements) {
            PGresult *result = PQexec(db, sql.toUtf8().constData());
            if (PQresultStatus(result) == PGRES_TUPLES_OK)
                for (int row = 0; row < PQntuples(result); ++row)
                    rows << QString::fromUtf8(PQgetvalue(result, row, 0));
            else if (PQresultStatus(result) != PGRES_COMMAND_OK)
                rows << QStringLiteral("ERROR ") + QString::fromUtf8(PQerrorMessage(db));
            PQclear(result);
        }
    } else {
        rows << QStringLiteral("ERROR ") + QString::fromUtf8(PQerrorMessage(db));
    }
    PQfinish(db);
    return rows;
}

// The schema names are the helper's own (t_b<pid>_<n>): nothing to quote.
inline QString dropStatement(const QString &schema)
{
    return QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema);
}

inline void dropTestSchemas()
{
    TestSchemas &all = testSchemas();
    QStringList statements;
    for (const QString &schema : all.schemas)
        statements << dropStatement(schema);
    if (!statements.isEmpty())
        onTestServer(statements);
    all.schemas.clear();
}
} // namespace detail

//! A workspace location for this test run's back-end: dir/name (a new file, or the one an
//! earlier call gave), or the team workspace standing in for it (an empty schema the first
//! time). Empty, with the test failed, when postgres is asked for without a server.
inline QString workspaceLocation(const QTemporaryDir &dir, const QString &name)
{
    const QString file = dir.filePath(name);
    if (!testingPostgres())
        return file;
    detail::TestSchemas &all = detail::testSchemas();
    const auto known = all.byPath.constFind(file);
    if (known != all.byPath.constEnd())
        return *known;
    const QString server = pgTestServer();
    if (server.isEmpty())
        return QString();
    if (all.schemas.isEmpty()) {
        if (QCoreApplication::instance())
            qAddPostRoutine(detail::dropTestSchemas);
        else
            std::atexit(detail::dropTestSchemas);
    }
    const QString schema = QStringLiteral("t_b%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(all.schemas.size() + 1);
    all.schemas << schema;
    const QString location = server + QStringLiteral("?schema=") + schema;
    all.byPath.insert(file, location);
    return location;
}

//! workspaceLocation() with nothing in it: the file removed, or the schema dropped (the next
//! open creates the workspace afresh).
inline QString freshWorkspaceLocation(const QTemporaryDir &dir, const QString &name)
{
    const QString location = workspaceLocation(dir, name);
    if (!testingPostgres())
        QFile::remove(location);
    else if (!location.isEmpty())
        detail::onTestServer({detail::dropStatement(location.section(QLatin1Char('='), -1))});
    return location;
}

//! What a workspace holds, to tell whether something changed it: the file's SHA-256, or for a
//! team workspace a digest of every table's rows (in a stable order) by table name.
inline QByteArray workspaceFingerprint(const QString &location)
{
    if (!testingPostgres()) {
        QFile file(location);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                   : QByteArray();
    }
    const QString schema = location.section(QLatin1Char('='), -1);
    const QStringList tables = detail::onTestServer(
        {QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        "c.relnamespace WHERE n.nspname = '%1' AND c.relkind = 'r' ORDER BY 1")
             .arg(schema)});
    QStringList digests;
    for (const QString &table : tables)
        digests << table + QLatin1Char(' ') +
                       detail::onTestServer(
                           {QStringLiteral("SELECT md5(coalesce(string_agg(t::text, E'\\n' "
                                           "ORDER BY t::text), '')) FROM %1.%2 t")
                                .arg(schema, table)})
                           .join(QLatin1Char(' '));
    return digests.join(QLatin1Char('\n')).toUtf8();
}

//! How reports and exports name the workspace in their provenance: the file's name, or the
//! team workspace's location without a password (reports/report_data.cpp).
inline QString workspaceShownAs(const QString &location)
{
    return testingPostgres() ? workspace::parsePgLocation(location).display
                             : QFileInfo(location).fileName();
}

} // namespace wijk::test

//! Ends a test case that checks what only a workspace file has, on the PostgreSQL run.
#define WIJK_FILE_BACKEND_ONLY(why)                                                                \
    do {                                                                                           \
        if (wijk::test::testingPostgres())                                                         \
            QSKIP("a GeoPackage file's own behaviour (" why "); runs on the SQLite back-end");     \
    } while (false)
