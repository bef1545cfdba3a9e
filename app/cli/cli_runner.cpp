#include "cli/cli_command.h"
#include "output/protected_files.h"
#include "version_info.h"

#include <QCoreApplication>
#include <exception>

namespace wijk::cli {

namespace {

QString programName()
{
    return QStringLiteral("wijkmonitor-cli");
}

void printOverview(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate("cli", "Usage: %1 <command> [options]").arg(programName())
        << "\n\n"
        << QCoreApplication::translate("cli", "Wijkmonitor Workbench, batch commands.") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const auto &command : commands)
        out << "  " << command->name().leftJustified(10) << "  " << command->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("cli", "Options:") << "\n"
        << "  -h, --help     " << QCoreApplication::translate("cli", "Show this help.") << "\n"
        << "  -v, --version  "
        << QCoreApplication::translate("cli",
                                       "Show the version, the commit and the library versions.")
        << "\n\n"
        << QCoreApplication::translate("cli",
                                       "Run '%1 <command> --help' for the options of one command.")
               .arg(programName())
        << "\n"
        << QCoreApplication::translate(
               "cli", "Exit codes: 0 success, 1 usage error, 2 bad input, 3 internal error, 4 "
                      "cancelled (--progress).")
        << "\n";
}

} // namespace

QString requiredOption(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value.isEmpty())
        throw CliError(
            UsageError,
            QCoreApplication::translate("cli", "Missing required option --%1.").arg(name));
    return value;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto commands = allCommands();
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printOverview(err, commands);
        return UsageError;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("help")) {
        printOverview(out, commands);
        return Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << app::versionText(programName()) << "\n";
        return Success;
    }
    CliCommand *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == first)
            command = candidate.get();
    }
    if (!command) {
        err << QCoreApplication::translate("cli", "Unknown command '%1'.").arg(first) << "\n";
        printOverview(err, commands);
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addPositionalArgument(command->name(), command->summary());
    command->configure(parser);
    if (!parser.parse(args)) {
        err << programName() << " " << command->name() << ": " << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationFilePath(), programName());
        help.replace(QCoreApplication::applicationName(), programName());
        out << help;
        return Success;
    }

    // No output of the command may land on what it reads: its workspace (with SQLite's
    // files next to it), a template, a metadata file or an input (OutputFile refuses them).
    const QStringList given = parser.optionNames();
    QStringList inputs = parser.positionalArguments();
    for (const QString &option : {QStringLiteral("template"), QStringLiteral("metadata")}) {
        if (given.contains(option))
            inputs += parser.values(option);
    }
    const output::ProtectedFiles::Scope inputScope(inputs, output::ProtectedFiles::Role::Input);
    const output::ProtectedFiles::Scope workspaceScope(
        given.contains(QStringLiteral("workspace")) ? parser.values(QStringLiteral("workspace"))
                                                    : QStringList(),
        output::ProtectedFiles::Role::Workspace);

    // OutputFile refuses such a target when it writes; refused here already, it is refused
    // before the command has read anything (QGIS layers touch a workspace's header).
    if (given.contains(QStringLiteral("out"))) {
        for (const QString &out : parser.values(QStringLiteral("out"))) {
            const QString refusal = output::ProtectedFiles::refusal(out);
            if (!refusal.isEmpty()) {
                err << programName() << " " << command->name() << ": " << refusal << "\n";
                return BadInput;
            }
        }
    }

    CliContext context{out, err};
    try {
        return command->run(parser, context);
    } catch (const CliError &error) {
        err << programName() << " " << command->name() << ": " << error.message() << "\n";
        return error.code();
    } catch (const std::exception &error) {
        err << programName() << " " << command->name() << ": "
            << QCoreApplication::translate("cli", "internal error: %1")
                   .arg(QString::fromLocal8Bit(error.what()))
            << "\n";
        return InternalError;
    }
}

} // namespace wijk::cli
