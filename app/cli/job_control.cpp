#include "cli/job_control.h"

#include <QCoreApplication>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

namespace wijk::cli {

namespace {

std::atomic_bool gCancel{false};

//! Reads stdin on a thread of its own until "cancel" or its end. Started once; detached, as
//! it may block in a read until the process ends.
void watchStdin()
{
    static std::once_flag started;
    std::call_once(started, [] {
        std::thread([] {
            std::string line;
            while (std::getline(std::cin, line)) {
                if (line.find("cancel") != std::string::npos)
                    break;
            }
            gCancel = true;
        }).detach();
    });
}

} // namespace

void JobControl::addOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("progress"),
         QCoreApplication::translate(
             "cli", "For programs running this command: progress as '@progress DONE TOTAL "
                    "WHAT' and finished files as '@written PATH' lines on stderr; a line "
                    "'cancel' on stdin, or its end, cancels (exit code 4, no file left).")});
}

JobControl::JobControl(const QCommandLineParser &parser, CliContext &context)
    : mContext(context), mMachine(parser.isSet(QStringLiteral("progress")))
{
    if (mMachine)
        watchStdin();
}

void JobControl::progress(int done, int total, const QString &what, bool humanText)
{
    if (mMachine)
        mContext.err << QStringLiteral("@progress %1 %2 %3").arg(done).arg(total).arg(what) << "\n";
    else if (humanText && !what.isEmpty())
        mContext.err << QStringLiteral("[%1/%2] %3").arg(done + 1).arg(total).arg(what) << "\n";
    mContext.err.flush();
}

void JobControl::written(const QString &path)
{
    if (!mMachine)
        return;
    mContext.err << QStringLiteral("@written %1").arg(path) << "\n";
    mContext.err.flush();
}

const std::atomic_bool *JobControl::cancelFlag() const
{
    return mMachine ? &gCancel : nullptr;
}

bool JobControl::cancelled() const
{
    return mMachine && gCancel.load();
}

void JobControl::stopIfCancelled() const
{
    if (cancelled())
        throw CliError(Cancelled, QCoreApplication::translate("cli", "Cancelled."));
}

} // namespace wijk::cli
