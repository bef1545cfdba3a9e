// The frame every wijkmonitor-cli subcommand plugs into.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <memory>
#include <stdexcept>
#include <vector>

namespace wijk::cli {

//! Process exit codes, the same for every subcommand (README, "Command line").
enum ExitCode : int
{
    Success = 0,
    UsageError = 1,
    BadInput = 2,
    InternalError = 3,
    Cancelled = 4 //!< --progress: the cancel channel asked to stop; nothing was left behind
};

//! Thrown by a command to stop with a message and an exit code.
class CliError : public std::runtime_error
{
public:
    CliError(ExitCode code, const QString &message)
        : std::runtime_error(message.toStdString()), mCode(code), mMessage(message)
    {
    }
    ExitCode code() const { return mCode; }
    QString message() const { return mMessage; }

private:
    ExitCode mCode;
    QString mMessage;
};

struct CliContext
{
    QTextStream &out; //!< results (may be redirected to a file by the command itself)
    QTextStream &err; //!< progress, warnings and errors
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    //! One line for the overview of `wijkmonitor-cli --help`.
    virtual QString summary() const = 0;
    //! Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    //! Runs after the parser has processed the arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;
};

// Factories of the subcommands, one per app/cli/cmd_<name>.cpp (registered in cli_commands.cpp).
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeInfoCommand();
std::unique_ptr<CliCommand> makeFocusCommand();
std::unique_ptr<CliCommand> makeDemoCommand();
std::unique_ptr<CliCommand> makeReportCommand();
std::unique_ptr<CliCommand> makeMemoCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeValuesCommand();
std::unique_ptr<CliCommand> makeTrendsCommand();
std::unique_ptr<CliCommand> makeSignalsCommand();
std::unique_ptr<CliCommand> makeMapCommand();
std::unique_ptr<CliCommand> makeCrosswalkCommand();
std::unique_ptr<CliCommand> makeWeightsCommand();
std::unique_ptr<CliCommand> makeSpatialCommand();
std::unique_ptr<CliCommand> makeSimilarCommand();
std::unique_ptr<CliCommand> makeEmpiricalBayesCommand();
std::unique_ptr<CliCommand> makeIndexCommand();

//! Every subcommand, in the order `--help` lists them (cli_commands.cpp).
std::vector<std::unique_ptr<CliCommand>> allCommands();

//! The whole command line: dispatch, --help, --version and error reporting.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

//! Reads a required option or throws a usage error naming it.
QString requiredOption(const QCommandLineParser &parser, const QString &name);

} // namespace wijk::cli
