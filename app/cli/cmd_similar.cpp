// wijkmonitor-cli similar: the regions of the same level most like one region on
// standardised indicators (docs/engine.md, "Similar areas").
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/cmd_spatial_support.h"
#include "engine/engine_csv.h"
#include "engine/similar_areas.h"
#include "output/spreadsheet_text.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class SimilarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("similar"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "List the regions most like one region on standardised indicators as CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        parser.addOption({QStringLiteral("region"),
                          QCoreApplication::translate("cli", "The region's code."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("period"),
                          QCoreApplication::translate("cli", "The year to compare."),
                          QStringLiteral("YYYY")});
        parser.addOption(
            {QStringLiteral("k"),
             QCoreApplication::translate("cli", "How many similar regions to list (default 10)."),
             QStringLiteral("K")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString code = requiredOption(parser, QStringLiteral("region"));
        const std::optional<int> year =
            engine_support::yearOption(parser, QStringLiteral("period"));
        if (!year)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --%1.")
                               .arg(QStringLiteral("period")));
        const int k = int(spatial_support::integerOption(parser, QStringLiteral("k"), 10, 1));
        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        const int region = dataset.regionIndex(code);
        if (region < 0)
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "The workspace has no region %1.").arg(code));
        const int p = dataset.periodIndex(*year);
        if (p < 0)
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "The workspace has no values for %1.")
                               .arg(*year));
        std::vector<int> indicators = engine_support::indicatorIndices(parser, dataset);
        if (indicators.empty())
            indicators =
                engine::defaultSimilarityIndicators(dataset, dataset.region(region).level, p);
        const engine::SimilarAreasResult result =
            engine::similarAreas(dataset, region, p, indicators, k);
        if (result.peers.empty() && result.leftOut > 0)
            throw CliError(BadInput, QCoreApplication::translate(
                                         "cli", "%1 lacks a value for one of the indicators in %2.")
                                         .arg(code)
                                         .arg(*year));
        QStringList used;
        for (const int i : indicators)
            if (!result.constant.contains(dataset.indicator(i).code))
                used << dataset.indicator(i).code;
        context.err << QCoreApplication::translate("cli", "Compared on: %1")
                           .arg(used.join(QStringLiteral(", ")))
                    << "\n";
        if (result.leftOut > 0)
            context.err << QCoreApplication::translate("cli",
                                                       "%n region(s) left out for lack of a value.",
                                                       nullptr, result.leftOut)
                        << "\n";

        QString csv = QStringLiteral("rank,region,region_name,distance\r\n");
        int rank = 0;
        for (const engine::SimilarArea &peer : result.peers) {
            const engine::RegionEntry &entry = dataset.region(peer.region);
            csv += QStringList{QString::number(++rank),
                               engine::csvField(output::neutraliseFormula(entry.code)),
                               engine::csvField(output::neutraliseFormula(entry.name)),
                               engine::csvNumber(peer.distance)}
                       .join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
        }
        engine_support::writeOutput(parser, context, csv.toUtf8());
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeSimilarCommand()
{
    return std::make_unique<SimilarCommand>();
}

} // namespace wijk::cli
