// The wijkmonitor-cli frame as a user meets it: help, version, unknown commands, exit codes.
#include "cli/cli_command.h"
#include "test_support.h"
#include "version_info.h"

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
    void helpListsEveryCommandWithItsSummary()
    {
        // The manual page (packaging/WijkManPage.cmake) takes the commands from this list,
        // in English like the summaries here (no translator in this process).
        qputenv("WIJK_LANG", "en");
        const Result result = run({QStringLiteral("--help")});
        qunsetenv("WIJK_LANG");
        for (const auto &command : wijk::cli::allCommands()) {
            const QString line = QStringLiteral("  %1  %2")
                                     .arg(command->name().leftJustified(10), command->summary());
            QVERIFY2(result.out.contains(line), qPrintable(command->name() + ":\n" + result.out));
        }
    }
    void versionPrintsVersionAndCommit()
    {
        const Result result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split('\n');
        QCOMPARE(lines.value(0), QStringLiteral("wijkmonitor-cli " WIJK_VERSION));
        QCOMPARE(lines.value(1), QStringLiteral("commit ") + wijk::app::buildCommit());
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
