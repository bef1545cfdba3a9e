// wijkmonitor-cli signals: significant trends (worsening, improving, neutral) and latest values
// far out on the bad side, unfavourable first, each with its Dutch explanation. What rests on
// small numbers is held back unless --include-small-numbers.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "engine/engine_csv.h"
#include "engine/signals.h"

#include <QCoreApplication>
#include <algorithm>

namespace wijk::cli {

namespace {

class SignalsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("signals"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write the signals (worsening, improving, outliers, neutral trends) of one "
                   "level as CSV, unfavourable first.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        engine_support::addRangeOptions(parser);
        engine_support::addDivisionOption(parser);
        engine_support::addFocusOption(parser);
        parser.addOption({QStringLiteral("include-small-numbers"),
                          QCoreApplication::translate(
                              "cli", "Also list what was held back because it rests on small "
                                     "numbers (column small_numbers = true).")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        engine::SignalOptions options;
        options.trends.level = engine_support::levelOption(parser);
        options.includeSmallNumbers = parser.isSet(QStringLiteral("include-small-numbers"));
        options.trends.fromYear = engine_support::yearOption(parser, QStringLiteral("from"))
                                      .value_or(options.trends.fromYear);
        options.trends.toYear = engine_support::yearOption(parser, QStringLiteral("to"))
                                    .value_or(options.trends.toYear);
        if (const auto harmonised = engine_support::harmonisedFromOptions(parser, context)) {
            // Signals across the old break, on the chosen division's regions.
            const engine::Dataset &moved = harmonised->data();
            options.trends.indicators = engine_support::indicatorIndices(parser, moved);
            const auto trends = engine::computeTrends(moved, options.trends);
            const auto found = engine::computeSignals(moved, trends, options);
            engine_support::writeOutput(parser, context, engine::signalsCsv(moved, found));
            return Success;
        }
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        options.trends.indicators = engine_support::indicatorIndices(parser, dataset);
        const auto trends = engine::computeTrends(dataset, options.trends);
        const engine::RegionFocus focus = engine_support::focusOption(parser, dataset);
        // Outliers are measured against the whole level; the focus only chooses which to list.
        auto found = engine::computeSignals(dataset, trends, options);
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const engine::Signal &signal) {
                                       return !focus.contains(signal.region);
                                   }),
                    found.end());
        engine_support::writeOutput(parser, context, engine::signalsCsv(dataset, found));
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeSignalsCommand()
{
    return std::make_unique<SignalsCommand>();
}

} // namespace wijk::cli
