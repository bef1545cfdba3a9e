// A team workspace location and its login (workspace/pg_location.h): the password is found,
// taken out for what is shown or remembered, and put in for libpq; libpq's quoted keyword
// values survive; `authcfg` is the window's, never libpq's. No server needed.
#include "workspace/pg_location.h"

#include <QtTest>

using namespace wijk::workspace;

class TestLocationLogin : public QObject
{
    Q_OBJECT

private slots:
    void uriPasswordIsFoundAndTakenOut()
    {
        const QString location = QStringLiteral(
            "postgresql://ann:s%40cr%3At@db.example:5433/wm?schema=team&sslmode=require");
        QCOMPARE(pgLocationPassword(location), QStringLiteral("s@cr:t"));
        const QString without = pgLocationWithoutPassword(location);
        QVERIFY2(!without.contains(QStringLiteral("cr")), qPrintable(without));
        QCOMPARE(pgLocationPassword(without), QString());
        const PgLocation where = parsePgLocation(without);
        QCOMPARE(where.schema, QStringLiteral("team"));
        QVERIFY(where.conninfo.contains(QStringLiteral("ann@db.example:5433/wm")));
        QVERIFY(where.conninfo.contains(QStringLiteral("sslmode=require")));
        QCOMPARE(where.label, QStringLiteral("team @ db.example:5433/wm"));
    }

    void loginGoesIntoTheUri()
    {
        const QString location =
            QStringLiteral("postgresql://db.example/wm?schema=team&authcfg=ab12cd3");
        QCOMPARE(parsePgLocation(location).authConfig, QStringLiteral("ab12cd3"));
        QVERIFY(!parsePgLocation(location).conninfo.contains(QStringLiteral("authcfg")));
        QVERIFY(parsePgLocation(location).display.contains(QStringLiteral("authcfg=ab12cd3")));
        const QString password = QStringLiteral("p@ss:wo rd%41/?#");
        const QString login = pgLocationWithLogin(location, QStringLiteral("bram"), password);
        QCOMPARE(pgLocationPassword(login), password);
        const PgLocation where = parsePgLocation(login);
        QVERIFY(where.authConfig.isEmpty());
        QCOMPARE(QUrl(where.conninfo).userName(), QStringLiteral("bram"));
        QCOMPARE(QUrl(where.conninfo).password(QUrl::FullyDecoded), password);
        QCOMPARE(where.schema, QStringLiteral("team"));
        QVERIFY(!where.display.contains(QStringLiteral("wo rd")));
        QVERIFY(!where.display.contains(QStringLiteral("p%40ss")));
    }

    void keywordsKeepTheirQuoting()
    {
        const QString location = QStringLiteral("service=wijk schema=gm0402 authcfg=x1");
        const QString quoted = QStringLiteral(
            "host=db dbname='wijk monitor' password='a \\'b\\' \\\\c' schema='Team A'");
        QCOMPARE(pgLocationPassword(quoted), QStringLiteral("a 'b' \\c"));
        const PgLocation where = parsePgLocation(quoted);
        QCOMPARE(where.schema, QStringLiteral("Team A"));
        QCOMPARE(where.conninfo,
                 QStringLiteral("host=db dbname='wijk monitor' password='a \\'b\\' \\\\c'"));
        QCOMPARE(where.display, QStringLiteral("host=db dbname='wijk monitor' schema='Team A'"));
        QCOMPARE(where.label, QStringLiteral("Team A @ db/wijk monitor"));
        QCOMPARE(pgLocationWithoutPassword(quoted),
                 QStringLiteral("host=db dbname='wijk monitor' schema='Team A'"));
        const PgLocation service = parsePgLocation(location);
        QCOMPARE(service.authConfig, QStringLiteral("x1"));
        QCOMPARE(service.label, QStringLiteral("gm0402 @ service=wijk"));
        QVERIFY(!service.conninfo.contains(QStringLiteral("authcfg")));
        const QString login =
            pgLocationWithLogin(QStringLiteral("service=wijk schema=gm0402 authcfg=x1"),
                                QStringLiteral("bram"), QStringLiteral("with space"));
        QCOMPARE(login,
                 QStringLiteral("service=wijk schema=gm0402 user=bram password='with space'"));
        QCOMPARE(pgLocationPassword(login), QStringLiteral("with space"));
        QCOMPARE(parsePgLocation(login).conninfo,
                 QStringLiteral("service=wijk user=bram password='with space'"));
    }
};

QTEST_GUILESS_MAIN(TestLocationLogin)
#include "test_location_login.moc"
