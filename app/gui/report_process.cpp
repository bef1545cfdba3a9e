#include "gui/report_process.h"

#include "workspace/pg_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace wijk::gui {

namespace {

//! The exit code of a command that stopped on the cancel channel (cli::Cancelled).
constexpr int kCancelledExit = 4;
const QString kTemporaryPattern = QStringLiteral("wijkmonitor-tmp-*");

QStringList matchingFiles(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList(patterns, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        files << dir.absoluteFilePath(name);
    return files;
}

} // namespace

ReportProcess::ReportProcess(QObject *parent) : QObject(parent), mProgram(defaultProgram())
{
    mProcess.setProcessChannelMode(QProcess::SeparateChannels);
    mKillTimer.setSingleShot(true);
    connect(&mKillTimer, &QTimer::timeout, this, &ReportProcess::kill);
    connect(&mProcess, &QProcess::readyReadStandardError, this, &ReportProcess::readMessages);
    connect(&mProcess, QOverload<int, QProcess::ExitStatus>::of(&QProcess::finished), this,
            &ReportProcess::onFinished);
    connect(&mProcess, &QProcess::errorOccurred, this, &ReportProcess::onError);
}

ReportProcess::~ReportProcess()
{
    mProcess.disconnect(this);
    mKillTimer.stop();
    if (!isRunning())
        return;
    // The window closes during a job: the child gets the grace period to clean up itself.
    mProcess.closeWriteChannel();
    mCancelRequested = true;
    if (!mProcess.waitForFinished(mGraceMs)) {
        mForced = true;
        mProcess.kill();
        mProcess.waitForFinished(5000);
    }
    readMessages();
    if (mForced || mProcess.exitStatus() == QProcess::CrashExit)
        removeLeftovers();
}

QString ReportProcess::defaultProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("wijkmonitor-cli.exe");
#else
    const QString name = QStringLiteral("wijkmonitor-cli");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void ReportProcess::start(const QStringList &arguments, const QStringList &folders,
                          const QStringList &plannedNames)
{
    mOutcome = Outcome();
    mMessages.clear();
    mPending.clear();
    mCancelRequested = false;
    mForced = false;
    mFolders = folders;
    mPlanned = plannedNames;
    mPlanned << kTemporaryPattern;
    mBefore.clear();
    for (const QString &folder : qAsConst(mFolders))
        for (const QString &file : matchingFiles(folder, mPlanned))
            mBefore.insert(file, QFileInfo(file).lastModified());
    // The child speaks the window's language (its messages are shown in the window).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WIJK_LANG"), QLocale().language() == QLocale::English
                                                        ? QStringLiteral("en")
                                                        : QStringLiteral("nl"));
    // A team workspace's password never goes on a command line (every user can read those):
    // the child gets the location without it, and libpq takes it from PGPASSWORD.
    QStringList childArguments;
    for (const QString &argument : arguments) {
        const QString password =
            workspace::isPgLocation(argument) ? workspace::pgLocationPassword(argument) : QString();
        if (password.isEmpty()) {
            childArguments << argument;
            continue;
        }
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        childArguments << workspace::pgLocationWithoutPassword(argument);
    }
    mProcess.setProcessEnvironment(environment);
    mRunning = true;
    mProcess.start(mProgram, childArguments << QStringLiteral("--progress"));
}

bool ReportProcess::isRunning() const
{
    return mRunning;
}

void ReportProcess::cancel()
{
    if (!isRunning() || mCancelRequested)
        return;
    mCancelRequested = true;
    mProcess.closeWriteChannel();
    mKillTimer.start(mGraceMs);
}

void ReportProcess::kill()
{
    if (!isRunning())
        return;
    mCancelRequested = true;
    mForced = true;
    mProcess.kill();
}

ReportProcess::Outcome ReportProcess::waitForFinished()
{
    if (isRunning()) {
        QEventLoop loop;
        connect(this, &ReportProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return mOutcome;
}

void ReportProcess::readMessages()
{
    mPending += mProcess.readAllStandardError();
    int end = -1;
    while ((end = mPending.indexOf('\n')) >= 0) {
        handleLine(QString::fromUtf8(mPending.left(end)).trimmed());
        mPending.remove(0, end + 1);
    }
}

void ReportProcess::handleLine(const QString &line)
{
    static const QRegularExpression progressLine(QStringLiteral("^@progress (\\d+) (\\d+) ?(.*)$"));
    if (line.isEmpty())
        return;
    const QRegularExpressionMatch match = progressLine.match(line);
    if (match.hasMatch()) {
        mOutcome.total = match.captured(2).toInt();
        emit progress(match.captured(1).toInt(), mOutcome.total, match.captured(3));
        return;
    }
    if (line.startsWith(QLatin1String("@written "))) {
        mOutcome.files << line.mid(9);
        return;
    }
    // "wijkmonitor-cli report: The template …": the window says what it was doing itself.
    static const QRegularExpression prefix(QStringLiteral("^wijkmonitor-cli \\S+: "));
    QString message = line;
    message.remove(prefix);
    mMessages << message;
}

void ReportProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    mKillTimer.stop();
    readMessages();
    if (!mPending.isEmpty()) {
        handleLine(QString::fromUtf8(mPending).trimmed());
        mPending.clear();
    }
    mProcess.readAllStandardOutput();
    const bool normal = status == QProcess::NormalExit;
    mOutcome.ok = normal && exitCode == 0;
    mOutcome.cancelled = mForced || (normal && exitCode == kCancelledExit);
    mOutcome.finishedDespiteCancel = mOutcome.ok && mCancelRequested;
    // A stopped child removes what it wrote itself; what it could not (killed, crashed, or
    // a file it had replaced just before) goes here, so that a cancelled job leaves nothing.
    if (mOutcome.cancelled || !normal) {
        removeLeftovers();
        mOutcome.files.clear();
    }
    if (mOutcome.cancelled) {
        mOutcome.files.clear();
        mOutcome.error = tr("Cancelled.");
    } else if (!mOutcome.ok) {
        mOutcome.error = mMessages.isEmpty() ? tr("The report program %1 stopped unexpectedly.")
                                                   .arg(QDir::toNativeSeparators(mProgram))
                                             : mMessages.join(QLatin1Char('\n'));
    }
    mRunning = false;
    emit finished();
}

void ReportProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // a crash also ends in finished()
    mKillTimer.stop();
    mOutcome.ok = false;
    mOutcome.error = tr("The report program %1 cannot be started (it is installed next to the "
                        "window's program): %2")
                         .arg(QDir::toNativeSeparators(mProgram), mProcess.errorString());
    mRunning = false;
    emit finished();
}

void ReportProcess::removeLeftovers()
{
    // Files the child finished before it was stopped, and whatever it was still writing.
    for (const QString &file : qAsConst(mOutcome.files))
        QFile::remove(file);
    for (const QString &folder : qAsConst(mFolders))
        for (const QString &file : matchingFiles(folder, mPlanned)) {
            const auto before = mBefore.constFind(file);
            if (before == mBefore.constEnd() || *before != QFileInfo(file).lastModified())
                QFile::remove(file);
        }
}

} // namespace wijk::gui
