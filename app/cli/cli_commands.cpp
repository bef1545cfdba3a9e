// The list of subcommands. Add one line per command; the order is the --help order.
#include "cli/cli_command.h"

namespace wijk::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(makeImportCommand());
    commands.push_back(makeInfoCommand());
    commands.push_back(makeCrosswalkCommand());
    commands.push_back(makeFocusCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeValuesCommand());
    commands.push_back(makeTrendsCommand());
    commands.push_back(makeSignalsCommand());
    commands.push_back(makeWeightsCommand());
    commands.push_back(makeSpatialCommand());
    commands.push_back(makeEmpiricalBayesCommand());
    commands.push_back(makeSimilarCommand());
    commands.push_back(makeIndexCommand());
    commands.push_back(makeMapCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeMemoCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeServerCommand());
    commands.push_back(makePullCommand());
    return commands;
}

} // namespace wijk::cli
