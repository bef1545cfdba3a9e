// wijkmonitor-cli values: the values of one level (delivered or derived, after disclosure
// control) as CSV.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "engine/engine_csv.h"
#include "engine/level_values.h"

#include <QCoreApplication>
#include <algorithm>

namespace wijk::cli {

namespace {

class ValuesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("values"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write the values of one level (delivered, derived or suppressed) as CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        engine_support::addLevelOption(parser);
        engine_support::addDivisionOption(parser);
        engine_support::addFocusOption(parser);
        parser.addOption({QStringLiteral("period"),
                          QCoreApplication::translate("cli", "Only this year (default: all)."),
                          QStringLiteral("YYYY")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const RegionLevel level = engine_support::levelOption(parser);
        const std::optional<int> year =
            engine_support::yearOption(parser, QStringLiteral("period"));
        if (const auto harmonised = engine_support::harmonisedFromOptions(parser, context)) {
            const engine::RegionFocus focus =
                engine_support::focusOption(parser, harmonised->data());
            auto values = harmonised->levelValues(
                level, engine_support::indicatorIndices(parser, harmonised->data()), year);
            values.erase(std::remove_if(values.begin(), values.end(),
                                        [&](const engine::LevelValue &v) {
                                            return !focus.contains(v.region);
                                        }),
                         values.end());
            engine_support::writeOutput(parser, context,
                                        engine::valuesCsv(harmonised->data(), values));
            return Success;
        }
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        const engine::RegionFocus focus = engine_support::focusOption(parser, dataset);
        auto values = engine::levelValues(dataset, level,
                                          engine_support::indicatorIndices(parser, dataset), year);
        values.erase(
            std::remove_if(values.begin(), values.end(),
                           [&](const engine::LevelValue &v) { return !focus.contains(v.region); }),
            values.end());
        engine_support::writeOutput(parser, context, engine::valuesCsv(dataset, values));
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeValuesCommand()
{
    return std::make_unique<ValuesCommand>();
}

} // namespace wijk::cli
