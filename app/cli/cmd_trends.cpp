// wijkmonitor-cli trends: one row per series of a level with Mann-Kendall, Theil-Sen, OLS and
// Benjamini-Hochberg q-values (docs/engine.md).
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "engine/engine_csv.h"
#include "engine/trends.h"

#include <QCoreApplication>
#include <algorithm>

namespace wijk::cli {

namespace {

class TrendsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("trends"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write the trend statistics of every series of one level as CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        engine_support::addRangeOptions(parser);
        engine_support::addDivisionOption(parser);
        engine_support::addFocusOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        engine::TrendOptions options;
        options.level = engine_support::levelOption(parser);
        options.fromYear =
            engine_support::yearOption(parser, QStringLiteral("from")).value_or(options.fromYear);
        options.toYear =
            engine_support::yearOption(parser, QStringLiteral("to")).value_or(options.toYear);
        if (options.fromYear > options.toYear)
            throw CliError(UsageError, QCoreApplication::translate("cli", "--from is after --to."));
        if (const auto harmonised = engine_support::harmonisedFromOptions(parser, context)) {
            // Across the old break: one series per region of the chosen division, its
            // earlier years marked as estimates.
            options.indicators = engine_support::indicatorIndices(parser, harmonised->data());
            auto trends = engine::computeTrends(harmonised->data(), options);
            const int estimatedUntil = harmonised->lastEstimatedYear(options.level);
            for (engine::TrendRow &row : trends)
                row.estimatedUntilYear = estimatedUntil;
            engine_support::writeOutput(parser, context,
                                        engine::trendsCsv(harmonised->data(), trends));
            return Success;
        }
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        options.indicators = engine_support::indicatorIndices(parser, dataset);
        const engine::RegionFocus focus = engine_support::focusOption(parser, dataset);
        auto trends = engine::computeTrends(dataset, options);
        trends.erase(std::remove_if(
                         trends.begin(), trends.end(),
                         [&](const engine::TrendRow &row) { return !focus.contains(row.region); }),
                     trends.end());
        engine_support::writeOutput(parser, context, engine::trendsCsv(dataset, trends));
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeTrendsCommand()
{
    return std::make_unique<TrendsCommand>();
}

} // namespace wijk::cli
