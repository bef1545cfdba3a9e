// Where a test's team workspace lives: its own schema in the throwaway PostgreSQL/PostGIS
// cluster that scripts/with-postgres.sh starts (WIJK_TEST_PG_URI). Tests that use it are
// labelled `postgres`; without the variable they fail with a message, never skip.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtTest>

namespace wijk::test {

//! The cluster's URI, or empty (and the test failed) when scripts/with-postgres.sh is not
//! around the test run.
inline QString pgTestServer()
{
    const QString uri = qEnvironmentVariable("WIJK_TEST_PG_URI");
    if (uri.isEmpty())
        QTest::qFail("WIJK_TEST_PG_URI is not set: run the tests under scripts/with-postgres.sh "
                     "(scripts/test.sh does), which starts a throwaway PostgreSQL/PostGIS "
                     "cluster. PostgreSQL tests are never skipped.",
                     __FILE__, __LINE__);
    return uri;
}

//! A team workspace location in a schema of this test process alone (parallel runs).
inline QString pgTestLocation(const QString &name)
{
    const QString server = pgTestServer();
    if (server.isEmpty())
        return QString();
    return server +
           QStringLiteral("?schema=t_%1_%2").arg(name).arg(QCoreApplication::applicationPid());
}

} // namespace wijk::test
