// --progress: the machine side of the writing commands (report, memo, map, export, pull). The
// window runs them as a child process (docs/reports.md, "From the window"), so the job never blocks
// its event loop; this is how the two talk:
//  - progress and finished files go to stderr as lines of their own,
//      "@progress DONE TOTAL WHAT" and "@written PATH";
//  - stdin is the cancel channel: a line "cancel", or its end (the window closed it or died),
//    sets the cancel flag. The job stops at its next step and removes what it wrote; the
//    command then exits with code 4 (Cancelled).
// Without --progress nothing changes: progress is human text and stdin is not read.
#pragma once

#include "cli/cli_command.h"

#include <atomic>

namespace wijk::cli {

class JobControl
{
public:
    //! Adds --progress to a writing command.
    static void addOption(QCommandLineParser &parser);

    JobControl(const QCommandLineParser &parser, CliContext &context);

    //! Whether --progress was given (the window runs the command).
    bool machine() const { return mMachine; }
    //! done of total steps finished; what is made now. Human text only when humanText is set
    //! (e.g. the report's "[3/12] Hoogkamp").
    void progress(int done, int total, const QString &what, bool humanText = false);
    //! A file was written whole (renamed into place).
    void written(const QString &path);
    //! The flag the jobs check; nullptr without --progress.
    const std::atomic_bool *cancelFlag() const;
    bool cancelled() const;
    //! Throws CliError(Cancelled) when the cancel flag is set.
    void stopIfCancelled() const;

private:
    CliContext &mContext;
    bool mMachine = false;
};

} // namespace wijk::cli
