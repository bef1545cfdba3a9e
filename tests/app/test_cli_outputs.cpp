// Every file wijkmonitor-cli writes goes through one mechanism (OutputFile): never onto the
// open workspace or an input, whatever the path's spelling; whole or not at all on a full
// disk (a real one: the file size limit makes every write past it fail with EFBIG, as a
// full disk fails with ENOSPC); and text cells of every CSV formula-neutralised.
#include "gui/workspace_import.h"
#include "test_reports_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <sqlite3.h>
#include <unistd.h>

using namespace wijk;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! Runs the CLI in folder (relative paths resolve there); with limitBlocks > 0 under a file
//! size limit of that many 512-byte blocks (SIGXFSZ ignored, so writes fail with EFBIG).
test::CliResult runIn(const QString &folder, const QStringList &arguments, int limitBlocks = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1764356400"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    if (limitBlocks > 0)
        process.start(
            QStringLiteral("/bin/sh"),
            QStringList{
                QStringLiteral("-c"),
                QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitBlocks),
                test::cliPath()} +
                arguments);
    else
        process.start(test::cliPath(), arguments);
    if (!process.waitForFinished(240000))
        return {-1, QString(), QStringLiteral("timeout")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

//! Files the output mechanism (or an older writer) could leave behind.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("wijkmonitor-tmp-*"),
                                   QStringLiteral("*.partial*"), QStringLiteral(".*.partial*")},
                                  QDir::Files | QDir::Hidden);
}

//! The fields of a CSV text (RFC 4180 quoting; '#' comment lines skipped).
QList<QStringList> csvRows(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool atLineStart = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (atLineStart && c == QLatin1Char('#')) {
            i = text.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                break;
            continue;
        }
        atLineStart = false;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            atLineStart = true;
        } else {
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QByteArray mWorkspaceHash;

    QString path(const QString &name) const { return mDir.filePath(name); }

    //! Each command that writes a file, with OUT where its output path goes.
    static QList<QPair<QString, QStringList>> writers()
    {
        const QString ws = QStringLiteral("ws.gpkg");
        return {
            {QStringLiteral("values"),
             {"values", "--workspace", ws, "--level", "wijk", "--out", "OUT"}},
            {QStringLiteral("trends"),
             {"trends", "--workspace", ws, "--level", "wijk", "--out", "OUT"}},
            {QStringLiteral("signals"),
             {"signals", "--workspace", ws, "--level", "wijk", "--out", "OUT"}},
            {QStringLiteral("export-csv"),
             {"export", "--workspace", ws, "--format", "csv", "--out", "OUT"}},
            {QStringLiteral("export-xlsx"),
             {"export", "--workspace", ws, "--format", "xlsx", "--out", "OUT"}},
            {QStringLiteral("export-gpkg"),
             {"export", "--workspace", ws, "--format", "gpkg", "--out", "OUT"}},
            {QStringLiteral("report"),
             {"report", "--workspace", ws, "--region", "WK999901", "--out", "OUT"}},
            {QStringLiteral("memo"), {"memo", "--workspace", ws, "--out", "OUT"}},
            {QStringLiteral("map"),
             {"map", "--workspace", ws, "--indicator", "pct_laag_inkomen", "--period", "2024",
              "--level", "wijk", "--out", "OUT"}},
        };
    }

    static QString suffixFor(const QString &writer)
    {
        if (writer == QLatin1String("memo"))
            return QStringLiteral("pdf");
        if (writer == QLatin1String("map"))
            return QStringLiteral("png");
        if (writer == QLatin1String("export-xlsx"))
            return QStringLiteral("xlsx");
        if (writer == QLatin1String("export-gpkg"))
            return QStringLiteral("gpkg");
        if (writer == QLatin1String("report"))
            return QStringLiteral("pdf");
        return QStringLiteral("csv");
    }

    static QStringList withOut(QStringList arguments, const QString &out)
    {
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        return arguments;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
        mWorkspaceHash = sha256(mWorkspace);
        QVERIFY(!mWorkspaceHash.isEmpty());
        QVERIFY(QFile::copy(mWorkspace, path(QStringLiteral("pristine.gpkg"))));
    }

    void init()
    {
        // Each test starts from the same workspace, also when an earlier one destroyed it
        // (as the code before OutputFile did): every test fails or passes on its own.
        if (sha256(mWorkspace) != mWorkspaceHash) {
            QFile::remove(mWorkspace);
            QVERIFY(QFile::copy(path(QStringLiteral("pristine.gpkg")), mWorkspace));
        }
    }

    void refusesToWriteOntoTheWorkspace_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("spelling");
        for (const auto &[writer, arguments] : writers()) {
            // memo and map check the extension first: a link named .pdf/.png still points at
            // the workspace.
            const QString suffix = suffixFor(writer);
            const QStringList spellings{QStringLiteral("absolute"), QStringLiteral("dot"),
                                        QStringLiteral("symlink"), QStringLiteral("hardlink")};
            for (const QString &spelling : spellings) {
                if ((writer == QLatin1String("memo") || writer == QLatin1String("map")) &&
                    (spelling == QLatin1String("absolute") || spelling == QLatin1String("dot")))
                    continue;
                QTest::newRow(qPrintable(writer + QLatin1Char('/') + spelling))
                    << arguments << spelling + QLatin1Char('.') + suffix;
            }
        }
    }

    void refusesToWriteOntoTheWorkspace()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, spelling);
        const QString kind = spelling.section(QLatin1Char('.'), 0, 0);
        QString out;
        if (kind == QLatin1String("absolute")) {
            out = mWorkspace;
        } else if (kind == QLatin1String("dot")) {
            out = QStringLiteral("./ws.gpkg");
        } else if (kind == QLatin1String("symlink")) {
            out = QStringLiteral("link-to-ws.") + spelling.section(QLatin1Char('.'), 1);
            QFile::remove(path(out));
            QVERIFY(QFile::link(QStringLiteral("ws.gpkg"), path(out)));
        } else {
            out = QStringLiteral("hard-ws.") + spelling.section(QLatin1Char('.'), 1);
            QFile::remove(path(out));
            QCOMPARE(::link(QFile::encodeName(mWorkspace).constData(),
                            QFile::encodeName(path(out)).constData()),
                     0);
        }
        const test::CliResult result = runIn(mDir.path(), withOut(arguments, out));
        QCOMPARE(sha256(mWorkspace), mWorkspaceHash);
        QVERIFY2(result.exitCode == 2,
                 qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + result.err));
        // The message names both files.
        QVERIFY2(result.err.contains(out), qPrintable(result.err));
        QVERIFY2(result.err.contains(mWorkspace), qPrintable(result.err));
        QVERIFY2(leftovers(mDir.path()).isEmpty(), qPrintable(leftovers(mDir.path()).join(' ')));
        if (kind == QLatin1String("symlink") || kind == QLatin1String("hardlink"))
            QFile::remove(path(out));
    }

    void refusesToWriteOntoTheWorkspaceJournal()
    {
        // SQLite would take a file named ws.gpkg-journal for the workspace's own journal.
        const test::CliResult result =
            runIn(mDir.path(), {"values", "--workspace", "ws.gpkg", "--level", "wijk", "--out",
                                "ws.gpkg-journal"});
        QVERIFY2(result.exitCode == 2, qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("ws.gpkg-journal"))));
        QVERIFY2(result.err.contains(QStringLiteral("ws.gpkg-journal")), qPrintable(result.err));
        QCOMPARE(sha256(mWorkspace), mWorkspaceHash);
    }

    void refusesToWriteOntoAnInput()
    {
        // The report's template is read by the command: its output may not replace it.
        const QString layout = path(QStringLiteral("profile.qpt"));
        QFile::remove(layout);
        QVERIFY(QFile::copy(
            QStringLiteral(TEST_DATA_DIR "/../../resources/layouts/wijkprofiel.qpt"), layout));
        const QByteArray before = sha256(layout);
        const test::CliResult result =
            runIn(mDir.path(), {"report", "--workspace", "ws.gpkg", "--region", "WK999901",
                                "--template", "profile.qpt", "--out", "./profile.qpt"});
        QVERIFY2(result.exitCode == 2, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("profile.qpt")), qPrintable(result.err));
        QCOMPARE(sha256(layout), before);

        // An import never writes into a file it reads (here: the workspace as its own input).
        const test::CliResult import =
            runIn(mDir.path(), {"import", "--workspace", "ws.gpkg", mWorkspace});
        QVERIFY2(import.exitCode == 2, qPrintable(import.err));
        QVERIFY2(import.err.contains(mWorkspace), qPrintable(import.err));
        QCOMPARE(sha256(mWorkspace), mWorkspaceHash);
    }

    void windowImportNeverWritesItsInput()
    {
        // The window's import (File → Import) into a workspace that is its own input, here
        // through a hard link: refused before the file is opened for writing.
        const QString link = path(QStringLiteral("hard-import.gpkg"));
        QFile::remove(link);
        QCOMPARE(
            ::link(QFile::encodeName(mWorkspace).constData(), QFile::encodeName(link).constData()),
            0);
        const gui::WorkspaceImportResult result =
            gui::importIntoWorkspace(link, mWorkspace, {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(link) && result.message.contains(mWorkspace),
                 qPrintable(result.message));
        QCOMPARE(sha256(mWorkspace), mWorkspaceHash);
        QFile::remove(link);
    }

    void fullDiskIsNeverSuccess_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("existing");
        QTest::addColumn<int>("limitBlocks");
        for (const auto &[writer, arguments] : writers()) {
            // A limit every output of the demo exceeds (the smallest, signals, is ~25 kB); the
            // report's own limit lets its chart SVGs (temporary files) through, not its PDF.
            const int limit = writer == QLatin1String("report") ? 600 : 8;
            QTest::newRow(qPrintable(writer + QStringLiteral("/new")))
                << arguments << suffixFor(writer) << false << limit;
            QTest::newRow(qPrintable(writer + QStringLiteral("/existing")))
                << arguments << suffixFor(writer) << true << limit;
        }
    }

    void fullDiskIsNeverSuccess()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, suffix);
        QFETCH(bool, existing);
        QFETCH(int, limitBlocks);
        const QString folder = path(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        const QString out = QDir(folder).filePath(QStringLiteral("out.") + suffix);
        QFile::remove(out);
        const QByteArray old("the previous file, which must survive\n");
        if (existing) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(old), qint64(old.size()));
        }
        const test::CliResult result = runIn(mDir.path(), withOut(arguments, out), limitBlocks);
        QVERIFY2(result.exitCode != 0, qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(out), qPrintable(result.err));
        // A clear sentence, not kilobytes of GDAL's SQL.
        QVERIFY2(result.err.size() < 1000, qPrintable(QString::number(result.err.size())));
        if (existing)
            QCOMPARE(readAll(out), old);
        else
            QVERIFY2(!QFileInfo::exists(out), qPrintable(QString::number(QFileInfo(out).size())));
        QVERIFY2(leftovers(folder).isEmpty(), qPrintable(leftovers(folder).join(' ')));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), existing ? 1 : 0);
        QFile::remove(out);
    }

    void everyCsvNeutralisesFormulas()
    {
        // Region names a spreadsheet would evaluate: =…, +…, @…, -… and a tab.
        const QString workspace = path(QStringLiteral("formulas.gpkg"));
        QFile::remove(workspace);
        QVERIFY(QFile::copy(mWorkspace, workspace));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(workspace).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE regions SET name = CASE level "
                              "WHEN 'gemeente' THEN '+' || name "
                              "WHEN 'wijk' THEN (CASE WHEN code LIKE '%02' THEN '-' "
                              "WHEN code LIKE '%03' THEN char(9) ELSE '=' END) || name "
                              "ELSE '@' || name END",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);

        struct Output
        {
            QStringList arguments;
            QStringList files;
            QChar delimiter;
        };
        const QList<Output> outputs{
            {{"values", "--workspace", workspace, "--level", "wijk", "--out", path("f-values.csv")},
             {path("f-values.csv")},
             QLatin1Char(',')},
            {{"trends", "--workspace", workspace, "--level", "wijk", "--out", path("f-trends.csv")},
             {path("f-trends.csv")},
             QLatin1Char(',')},
            {{"signals", "--workspace", workspace, "--level", "wijk", "--out",
              path("f-signals.csv")},
             {path("f-signals.csv")},
             QLatin1Char(',')},
            {{"export", "--workspace", workspace, "--trends", "--out", path("f-export.csv")},
             {path("f-export.csv"), path("f-export-trends.csv")},
             QLatin1Char(',')},
            {{"export", "--workspace", workspace, "--excel-nl", "--out", path("f-nl.csv")},
             {path("f-nl.csv")},
             QLatin1Char(';')},
        };
        for (const Output &output : outputs) {
            const test::CliResult result = test::runCli(output.arguments);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            for (const QString &file : output.files) {
                const QList<QStringList> rows =
                    csvRows(QString::fromUtf8(readAll(file)), output.delimiter);
                QVERIFY2(rows.size() > 1, qPrintable(file));
                int neutralised = 0;
                int negativeNumbers = 0;
                for (const QStringList &row : rows) {
                    for (const QString &field : row) {
                        if (field.isEmpty())
                            continue;
                        const QChar first = field.front();
                        QVERIFY2(first != QLatin1Char('=') && first != QLatin1Char('+') &&
                                     first != QLatin1Char('@') && first != QLatin1Char('\t') &&
                                     first != QLatin1Char('\r'),
                                 qPrintable(file + QStringLiteral(": ") + field));
                        if (first == QLatin1Char('-')) {
                            // A negative number stays a number; anything else is neutralised.
                            bool number = false;
                            QString(field)
                                .replace(QLatin1Char(','), QLatin1Char('.'))
                                .toDouble(&number);
                            QVERIFY2(number, qPrintable(file + QStringLiteral(": ") + field));
                            ++negativeNumbers;
                        }
                        if (field.startsWith(QLatin1String("'=")) ||
                            field.startsWith(QLatin1String("'-")) ||
                            field.startsWith(QLatin1String("'\t")))
                            ++neutralised;
                    }
                }
                QVERIFY2(neutralised > 0, qPrintable(file));
                if (file.contains(QLatin1String("trends")))
                    QVERIFY2(negativeNumbers > 0, qPrintable(file)); // falling trends
            }
        }
    }

    void templateThatIsNoLayoutIsBadInput()
    {
        const test::CliResult result =
            runIn(mDir.path(), {"report", "--workspace", "ws.gpkg", "--region", "WK999901",
                                "--template", "/etc/passwd", "--out", path("t.pdf")});
        QVERIFY2(result.exitCode == 2,
                 qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("/etc/passwd")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("t.pdf"))));
    }

    void breaksMustBeFiniteAndIncreasing_data()
    {
        QTest::addColumn<QString>("breaks");
        QTest::addColumn<QString>("named");
        QTest::newRow("nan,inf") << "nan,inf"
                                 << "nan";
        QTest::newRow("inf") << "1,inf"
                             << "inf";
        QTest::newRow("-inf") << "-inf,1"
                              << "-inf";
        QTest::newRow("decreasing") << "10,8"
                                    << "8";
        QTest::newRow("equal") << "5,5"
                               << "5";
    }

    void breaksMustBeFiniteAndIncreasing()
    {
        QFETCH(QString, breaks);
        QFETCH(QString, named);
        const test::CliResult result =
            runIn(mDir.path(), {"map", "--workspace", "ws.gpkg", "--indicator", "pct_laag_inkomen",
                                "--period", "2024", "--breaks", breaks, "--out", path("b.png")});
        QVERIFY2(result.exitCode == 1,
                 qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("--breaks")) && result.err.contains(named),
                 qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("b.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_cli_outputs.moc"
