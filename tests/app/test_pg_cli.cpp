// wijkmonitor-cli on a team workspace: the same imports into a GeoPackage and into a
// PostgreSQL schema give byte-identical `values`, `trends` and `signals` (the demo, and the
// CBS sample files when ../shared/data/cbs is there); during an import a concurrent reader gets
// the old complete state; a kill -9 of an import leaves `info` as it was.
#include "pg_test_location.h"
#include "test_reports_fixture.h"
#include "test_support.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace wijk;

class TestPgCli : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mDemo;

    static test::CliResult cli(const QStringList &arguments)
    {
        return test::runCli(arguments, 600000);
    }

    void import(const QString &workspace, const QStringList &arguments)
    {
        const test::CliResult result =
            cli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace} +
                arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    //! The output file of one engine command, or the error text when it failed.
    QByteArray output(const QString &command, const QString &workspace, const QString &level,
                      const QString &tag)
    {
        const QString out = mDir.filePath(QStringLiteral("%1-%2-%3.csv").arg(command, level, tag));
        const test::CliResult result =
            cli({command, QStringLiteral("--workspace"), workspace, QStringLiteral("--level"),
                 level, QStringLiteral("--out"), out});
        if (result.exitCode != 0)
            return "FAILED " + QByteArray::number(result.exitCode) + ' ' + result.err.toUtf8();
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("UNREADABLE");
    }

    void compareBackEnds(const QString &file, const QString &server, const QStringList &levels)
    {
        for (const QString &level : levels) {
            for (const QString &command :
                 {QStringLiteral("values"), QStringLiteral("trends"), QStringLiteral("signals")}) {
                const QByteArray a = output(command, file, level, QStringLiteral("gpkg"));
                const QByteArray b = output(command, server, level, QStringLiteral("pg"));
                QVERIFY2(!a.startsWith("FAILED"), a.constData());
                if (command != QLatin1String("signals")) // a level may have no signals
                    QVERIFY2(a.count('\n') > 1, qPrintable(command + QLatin1Char(' ') + level));
                QVERIFY2(a == b,
                         qPrintable(QStringLiteral("%1 --level %2 differs").arg(command, level)));
            }
        }
    }

    static int waitingImports(workspace::Workspace &observer)
    {
        return workspace::sql::scalarText(
                   observer.handle(),
                   "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'wijkmonitor' "
                   "AND wait_event_type = 'Lock'")
            .toInt();
    }

    static int otherSessions(workspace::Workspace &observer)
    {
        return workspace::sql::scalarText(
                   observer.handle(),
                   "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'wijkmonitor' "
                   "AND pid <> pg_backend_pid() AND state <> 'idle'")
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        QVERIFY(!test::pgTestServer().isEmpty());
        mDemo = mDir.filePath(QStringLiteral("demo"));
        const test::CliResult demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), mDemo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void demoIsByteIdentical()
    {
        const QString file = mDir.filePath(QStringLiteral("demo.gpkg"));
        const QString server = test::pgTestLocation(QStringLiteral("cli_demo"));
        import(file, {mDemo});
        import(server, {mDemo});
        compareBackEnds(
            file, server,
            {QStringLiteral("buurt"), QStringLiteral("wijk"), QStringLiteral("gemeente")});
        // Pulled back into a file for a laptop: the same figures, and where it came from.
        const QString laptop = mDir.filePath(QStringLiteral("laptop.gpkg"));
        const test::CliResult pulled = cli({QStringLiteral("pull"), QStringLiteral("--from"),
                                            server, QStringLiteral("--to"), laptop});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        compareBackEnds(file, laptop, {QStringLiteral("buurt")});
        {
            QString error;
            auto copy = workspace::Workspace::open(laptop, workspace::Workspace::OpenMode::ReadOnly,
                                                   &error);
            QVERIFY2(copy, qPrintable(error));
            QVERIFY(workspace::sql::scalarText(copy->handle(),
                                               "SELECT value FROM wm_meta WHERE key = "
                                               "'pulled_from'")
                        .contains(QStringLiteral("schema=t_cli_demo_")));
            QVERIFY(!workspace::sql::scalarText(copy->handle(),
                                                "SELECT value FROM wm_meta WHERE key = "
                                                "'pulled_at'")
                         .isEmpty());
        }
        // A second pull never overwrites a file.
        QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("--from"), server,
                      QStringLiteral("--to"), laptop})
                     .exitCode,
                 2);
        const test::CliResult info =
            cli({QStringLiteral("info"), QStringLiteral("--workspace"), server});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QStringLiteral("22130")));
    }

    void pullOfAGemeenteFromAnotherGemeentesExtract()
    {
        // An extract may hold other gemeenten's values (a national or regional delivery that
        // names one gemeente in its manifest, as the national benchmark extract does): a pull
        // of such a gemeente records that extract too, and has the server's figures.
        const QString extract = mDir.filePath(QStringLiteral("demo-named-elsewhere"));
        QVERIFY(QDir().mkpath(extract));
        for (const QString &name :
             {QStringLiteral("regions.geojson"), QStringLiteral("indicators.csv"),
              QStringLiteral("observations.csv")})
            QVERIFY(QFile::copy(QDir(mDemo).filePath(name), QDir(extract).filePath(name)));
        QFile manifest(QDir(mDemo).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        QJsonObject municipality = json.value(QStringLiteral("municipality")).toObject();
        municipality.insert(QStringLiteral("code"), QStringLiteral("GM0001"));
        json.insert(QStringLiteral("municipality"), municipality);
        QFile edited(QDir(extract).filePath(QStringLiteral("manifest.json")));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(json).toJson());
        edited.close();
        const QString server = test::pgTestLocation(QStringLiteral("cli_pull_other"));
        import(server, {extract});
        const QString laptop = mDir.filePath(QStringLiteral("demostad.gpkg"));
        const test::CliResult pulled =
            cli({QStringLiteral("pull"), QStringLiteral("--from"), server, QStringLiteral("--to"),
                 laptop, QStringLiteral("--gemeente"), QStringLiteral("GM9999")});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        compareBackEnds(server, laptop, {QStringLiteral("buurt"), QStringLiteral("wijk")});
    }

    void cbsSamplesAreByteIdentical()
    {
        WIJK_REQUIRE_CBS_DATA();
        const QStringList imports[] = {
            {test::cbsCopy(mDir, QStringLiteral("kwb-2017-nl.csv")), QStringLiteral("--format"),
             QStringLiteral("cbs-kwb"), QStringLiteral("--period"), QStringLiteral("2017")},
            {test::cbsCopy(mDir, QStringLiteral("kwb-2024-gemeente-wijk.json")),
             QStringLiteral("--metadata"),
             test::cbsCopy(mDir, QStringLiteral("kwb-2024-DataProperties.json")),
             QStringLiteral("--period"), QStringLiteral("2024")},
            {test::cbsCopy(mDir, QStringLiteral("wijken-2017.gpkg"))}};
        const QString file = mDir.filePath(QStringLiteral("cbs.gpkg"));
        const QString server = test::pgTestLocation(QStringLiteral("cli_cbs"));
        for (const QStringList &arguments : imports) {
            import(file, arguments);
            import(server, arguments);
        }
        compareBackEnds(file, server, {QStringLiteral("wijk"), QStringLiteral("gemeente")});
        // One gemeente pulled for a laptop: its wijken only, with the same values.
        const QString laptop = mDir.filePath(QStringLiteral("hilversum.gpkg"));
        const test::CliResult pulled =
            cli({QStringLiteral("pull"), QStringLiteral("--from"), server, QStringLiteral("--to"),
                 laptop, QStringLiteral("--gemeente"), QStringLiteral("GM0402")});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        const QByteArray all =
            output(QStringLiteral("values"), file, QStringLiteral("wijk"), QStringLiteral("all"));
        const QByteArray hilversum = output(QStringLiteral("values"), laptop,
                                            QStringLiteral("wijk"), QStringLiteral("hilversum"));
        QVERIFY2(!hilversum.startsWith("FAILED"), hilversum.constData());
        // The same figures; only the names differ (among all gemeenten a wijk name that
        // occurs twice gets its gemeente's in brackets, "Centrum (Hilversum)").
        const auto withoutName = [](const QByteArray &csv, bool hilversumOnly) {
            QByteArrayList rows;
            for (const QByteArray &line : csv.trimmed().split('\n').mid(1)) {
                QByteArrayList fields = line.trimmed().split(',');
                if (hilversumOnly && !fields.value(0).startsWith("WK0402"))
                    continue;
                fields.removeAt(1);
                rows << fields.join(',');
            }
            return rows;
        };
        const QByteArrayList pulledRows = withoutName(hilversum, false);
        QVERIFY(pulledRows.size() > 100);
        for (const QByteArray &row : pulledRows)
            QVERIFY2(row.startsWith("WK0402"), row.constData());
        QCOMPARE(pulledRows, withoutName(all, true));
    }

    void readersSeeOldOrNewAndAKilledImportChangesNothing()
    {
        const QString server = test::pgTestLocation(QStringLiteral("cli_kill"));
        QString error;
        // An empty team workspace, and a session of the test's own that makes the import slow:
        // it holds observation_summary, which an import writes last (after its COPY).
        auto observer =
            workspace::Workspace::open(server, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(observer, qPrintable(error));
        const auto info = [&] {
            const test::CliResult result =
                cli({QStringLiteral("info"), QStringLiteral("--workspace"), server});
            return QString::number(result.exitCode) + result.out;
        };
        // Polled from a connection of its own: a transaction keeps one view of
        // pg_stat_activity.
        auto poller =
            workspace::Workspace::open(server, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(poller, qPrintable(error));
        const QString infoBefore = info();
        const QByteArray valuesBefore = output(QStringLiteral("values"), server,
                                               QStringLiteral("buurt"), QStringLiteral("before"));
        for (const bool kill : {true, false}) {
            QVERIFY2(workspace::sql::exec(observer->handle(),
                                          "BEGIN; LOCK TABLE observation_summary IN EXCLUSIVE "
                                          "MODE",
                                          &error),
                     qPrintable(error));
            QProcess importer;
            importer.start(test::cliPath(), {QStringLiteral("import"),
                                             QStringLiteral("--workspace"), server, mDemo});
            QVERIFY(importer.waitForStarted());
            QDeadlineTimer deadline(120000);
            while (waitingImports(*poller) == 0 && !deadline.hasExpired() &&
                   importer.state() == QProcess::Running)
                QThread::msleep(50);
            QVERIFY2(waitingImports(*poller) == 1, importer.readAllStandardError().constData());
            // Mid-import: the observations are written but not committed.
            QCOMPARE(output(QStringLiteral("values"), server, QStringLiteral("buurt"),
                            QStringLiteral("during")),
                     valuesBefore);
            QCOMPARE(info(), infoBefore);
            if (kill) {
                importer.kill(); // SIGKILL
                QVERIFY(importer.waitForFinished());
            }
            QVERIFY2(workspace::sql::exec(observer->handle(), "COMMIT", &error), qPrintable(error));
            if (kill) {
                QDeadlineTimer gone(60000);
                while (otherSessions(*poller) > 0 && !gone.hasExpired())
                    QThread::msleep(50);
                QCOMPARE(info(), infoBefore);
                QCOMPARE(output(QStringLiteral("values"), server, QStringLiteral("buurt"),
                                QStringLiteral("killed")),
                         valuesBefore);
            } else {
                QVERIFY(importer.waitForFinished(120000));
                QCOMPARE(importer.exitCode(), 0);
                const QByteArray after = output(QStringLiteral("values"), server,
                                                QStringLiteral("buurt"), QStringLiteral("after"));
                const QString file = mDir.filePath(QStringLiteral("kill.gpkg"));
                import(file, {mDemo});
                QCOMPARE(after, output(QStringLiteral("values"), file, QStringLiteral("buurt"),
                                       QStringLiteral("after-gpkg")));
            }
        }
    }

    void lockTimeoutStopsASecondImport()
    {
        const QString server = test::pgTestLocation(QStringLiteral("cli_lock"));
        QString error;
        auto holder =
            workspace::Workspace::open(server, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(holder, qPrintable(error));
        QVERIFY(workspace::sql::exec(
            holder->handle(),
            QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(2119, hashtext('t_cli_lock_%1'))")
                .arg(QCoreApplication::applicationPid()),
            &error));
        const test::CliResult result =
            cli({QStringLiteral("import"), QStringLiteral("--workspace"), server,
                 QStringLiteral("--lock-timeout"), QStringLiteral("1"), mDemo});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--lock-timeout")), qPrintable(result.err));
        QVERIFY(workspace::sql::exec(holder->handle(), "ROLLBACK", &error));
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "test_pg_cli.moc"
