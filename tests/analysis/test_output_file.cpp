// OutputFile, the one way outputs are written: whole or not at all (with a real write
// failure: a file size limit on this process, which fails writes with EFBIG as a full disk
// fails them with ENOSPC), never onto an open workspace or its SQLite files, whatever the
// spelling, and never onto a protected input.
#include "output/output_file.h"
#include "output/protected_files.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace wijk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

QStringList temporaryFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("wijkmonitor-tmp-*")},
                                  QDir::Files | QDir::Hidden);
}

//! Limits the size of files this process writes for its lifetime (SIGXFSZ ignored, so a
//! write past the limit fails with EFBIG instead of killing the process).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        mPreviousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &mPrevious);
        rlimit limit = mPrevious;
        limit.rlim_cur = bytes;
        mActive = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &mPrevious);
        std::signal(SIGXFSZ, mPreviousHandler);
    }
    bool active() const { return mActive; }

private:
    rlimit mPrevious{};
    void (*mPreviousHandler)(int) = SIG_DFL;
    bool mActive = false;
};

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString path(const QString &name) const { return mDir.filePath(name); }

private slots:
    void replacesTheTargetOnlyWhenComplete()
    {
        const QString target = path(QStringLiteral("a.csv"));
        writeFile(target, "old\n");
        {
            output::OutputFile file(target);
            QString error;
            QVERIFY2(file.begin(&error), qPrintable(error));
            QCOMPARE(QFileInfo(file.temporaryPath()).absolutePath(), mDir.path());
            file.write("new contents\n");
            QCOMPARE(readAll(target), QByteArray("old\n")); // not yet
            QVERIFY2(file.commit(&error), qPrintable(error));
        }
        QCOMPARE(readAll(target), QByteArray("new contents\n"));
        QVERIFY(temporaryFiles(mDir.path()).isEmpty());
    }

    void abandonedOutputLeavesTheTargetAlone()
    {
        const QString target = path(QStringLiteral("b.csv"));
        writeFile(target, "old\n");
        {
            output::OutputFile file(target);
            QVERIFY(file.begin(nullptr));
            file.write("half a fi");
        } // no commit: an error or a cancel on the way
        QCOMPARE(readAll(target), QByteArray("old\n"));
        QVERIFY(temporaryFiles(mDir.path()).isEmpty());
    }

    void failedWriteIsNeverSuccess()
    {
        const QString target = path(QStringLiteral("c.pdf"));
        writeFile(target, "old\n");
        const QString fresh = path(QStringLiteral("fresh.pdf"));
        {
            const FileSizeLimit limit(4096);
            QVERIFY(limit.active());
            for (const QString &name : {target, fresh}) {
                output::OutputFile file(name);
                QString error;
                QVERIFY2(file.begin(&error), qPrintable(error));
                // Like Qt's PDF engine, ignore what write() returns.
                for (int i = 0; i < 100; ++i)
                    file.write(QByteArray(100, 'x'));
                file.write("%%EOF\n");
                QVERIFY(!file.commit(&error));
                QVERIFY2(error.contains(name), qPrintable(error));
            }
        }
        QCOMPARE(readAll(target), QByteArray("old\n"));
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(temporaryFiles(mDir.path()).isEmpty());
    }

    void emptyOrUnfinishedFileIsRefused()
    {
        const QString target = path(QStringLiteral("d.pdf"));
        writeFile(target, "old\n");
        QString error;
        {
            output::OutputFile empty(target);
            QVERIFY(empty.begin(&error));
            QVERIFY(!empty.commit(&error));
        }
        {
            output::OutputFile unfinished(target);
            unfinished.requireEnding("%%EOF");
            QVERIFY(unfinished.begin(&error));
            unfinished.write("%PDF-1.4\n1 0 obj");
            QVERIFY(!unfinished.commit(&error));
        }
        {
            // A library that was given the path and wrote nothing.
            output::OutputFile nothing(target);
            QVERIFY(nothing.begin(&error, output::OutputFile::Mode::Path));
            QVERIFY(!QFileInfo::exists(nothing.temporaryPath()));
            QVERIFY(!nothing.commit(&error));
        }
        QCOMPARE(readAll(target), QByteArray("old\n"));
        QVERIFY(temporaryFiles(mDir.path()).isEmpty());
    }

    void symbolicLinkStaysALink()
    {
        const QString real = path(QStringLiteral("real.csv"));
        const QString link = path(QStringLiteral("link.csv"));
        writeFile(real, "old\n");
        QVERIFY(QFile::link(real, link));
        output::OutputFile file(link);
        QString error;
        QVERIFY(file.begin(&error));
        file.write("new\n");
        QVERIFY2(file.commit(&error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), QByteArray("new\n"));
    }

    void neverOntoAnOpenWorkspace()
    {
        const QString workspacePath = path(QStringLiteral("ws.gpkg"));
        QString error;
        auto workspace = workspace::Workspace::open(
            workspacePath, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        const QByteArray before = readAll(workspacePath);
        QVERIFY(QFile::link(workspacePath, path(QStringLiteral("ws-link.csv"))));
        QCOMPARE(::link(QFile::encodeName(workspacePath).constData(),
                        QFile::encodeName(path(QStringLiteral("ws-hard.csv"))).constData()),
                 0);
        const QString dotted = mDir.path() + QStringLiteral("/./sub/../ws.gpkg");
        QVERIFY(QDir(mDir.path()).mkdir(QStringLiteral("sub")));
        for (const QString &target :
             {workspacePath, dotted, path(QStringLiteral("ws-link.csv")),
              path(QStringLiteral("ws-hard.csv")), workspacePath + QStringLiteral("-journal"),
              workspacePath + QStringLiteral("-wal")}) {
            output::OutputFile file(target);
            QVERIFY2(!file.begin(&error), qPrintable(target));
            QVERIFY2(error.contains(target) && error.contains(workspacePath), qPrintable(error));
        }
        QCOMPARE(readAll(workspacePath), before);
        QVERIFY(!QFileInfo::exists(workspacePath + QStringLiteral("-journal")));
        QVERIFY(temporaryFiles(mDir.path()).isEmpty());

        // Closed, it is an ordinary file again.
        workspace.reset();
        output::OutputFile file(path(QStringLiteral("ws-hard.csv")));
        QVERIFY2(file.begin(&error), qPrintable(error));
    }

    void neverOntoAProtectedInput()
    {
        const QString input = path(QStringLiteral("template.qpt"));
        writeFile(input, "<Layout/>\n");
        QString error;
        {
            const output::ProtectedFiles::Scope inputs({input},
                                                       output::ProtectedFiles::Role::Input);
            output::OutputFile file(input);
            QVERIFY(!file.begin(&error));
            QVERIFY2(error.contains(input), qPrintable(error));
        }
        output::OutputFile file(input);
        QVERIFY2(file.begin(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "test_output_file.moc"
