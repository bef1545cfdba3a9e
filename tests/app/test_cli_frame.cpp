// The wijkmonitor-cli frame as a user meets it: help, version, unknown commands, exit codes.
#include "test_support.h"

#include <QProcess>
#include <QtTest>

class TestCliFrame : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        process.start(wijk::test::cliPath(), arguments);
        if (!process.waitForFinished(60000))
            return {-1, QString(), QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void helpListsCommandsAndExitCodes()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("wijkmonitor-cli")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("0")));
    }
    void versionPrintsProjectVersion()
    {
        const Result result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("wijkmonitor-cli " WIJK_VERSION));
    }
    void unknownCommandIsAUsageError()
    {
        const Result result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    }
    void noArgumentsIsAUsageError() { QCOMPARE(run({}).exitCode, 1); }
};

QTEST_GUILESS_MAIN(TestCliFrame)
#include "test_cli_frame.moc"
