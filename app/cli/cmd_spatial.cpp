// wijkmonitor-cli spatial: global Moran's I and local Moran (LISA) of one indicator, one level
// and one period over spatial weights (docs/engine.md, "Spatial statistics").
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/cmd_spatial_support.h"
#include "engine/boundary_choice.h"
#include "engine/engine_csv.h"
#include "engine/spatial_analysis.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class SpatialCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spatial"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write Moran's I and the local Moran (LISA) clusters of one indicator as CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addCommonOptions(parser);
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        parser.addOption({QStringLiteral("period"),
                          QCoreApplication::translate("cli", "The year to analyse."),
                          QStringLiteral("YYYY")});
        parser.addOption(
            {QStringLiteral("weights"),
             QCoreApplication::translate("cli", "Weights stored in the workspace (their name), or "
                                                "queen, rook, knn:K or gal:FILE (default: queen)."),
             QStringLiteral("WEIGHTS"), QStringLiteral("queen")});
        parser.addOption({QStringLiteral("transform"),
                          QCoreApplication::translate(
                              "cli", "B (binary) or W (row-standardised; the default, or what "
                                     "stored weights say)."),
                          QStringLiteral("B|W")});
        parser.addOption({QStringLiteral("permutations"),
                          QCoreApplication::translate(
                              "cli", "Number of conditional permutations (default 999)."),
                          QStringLiteral("R")});
        parser.addOption(
            {QStringLiteral("seed"),
             QCoreApplication::translate("cli", "Seed of the permutations (default 12345)."),
             QStringLiteral("S")});
        parser.addOption({QStringLiteral("alpha"),
                          QCoreApplication::translate(
                              "cli", "A region is a cluster when its q-value is at most this "
                                     "(default 0.05)."),
                          QStringLiteral("A")});
        parser.addOption({QStringLiteral("global-out"),
                          QCoreApplication::translate("cli", "CSV file for the global statistics."),
                          QStringLiteral("FILE.csv")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const RegionLevel level = engine_support::levelOption(parser);
        const QString code = requiredOption(parser, QStringLiteral("indicator"));
        const std::optional<int> year =
            engine_support::yearOption(parser, QStringLiteral("period"));
        if (!year)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --%1.")
                               .arg(QStringLiteral("period")));
        engine::MoranOptions options;
        options.permutations =
            int(spatial_support::integerOption(parser, QStringLiteral("permutations"), 999, 0));
        options.seed = quint64(spatial_support::integerOption(parser, QStringLiteral("seed"),
                                                              qint64(options.seed), 0));
        if (parser.isSet(QStringLiteral("alpha"))) {
            bool ok = false;
            options.alpha = parser.value(QStringLiteral("alpha")).toDouble(&ok);
            if (!ok || !(options.alpha > 0 && options.alpha < 1))
                throw CliError(UsageError,
                               QCoreApplication::translate(
                                   "cli", "--alpha must be a number between 0 and 1, not '%1'.")
                                   .arg(parser.value(QStringLiteral("alpha"))));
        }

        const engine::Dataset dataset = engine_support::loadFromOptions(parser, context);
        const int indicator = dataset.indicatorIndex(code);
        if (dataset.periodIndex(*year) < 0)
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "The workspace has no values for %1.")
                               .arg(*year));
        const int vintage = engine::divisionInForce(dataset, level, *year);
        const auto workspace = spatial_support::openWorkspace(parser, false);
        const engine::StoredWeights weights = spatial_support::weightsOption(
            *workspace, parser.value(QStringLiteral("weights")), level, vintage);
        options.transform = spatial_support::transformOption(parser, weights.transform);

        const engine::SpatialAnalysis analysis =
            engine::analyseSpatial(dataset, indicator, *year, weights.weights, options);
        if (!analysis.islands.isEmpty())
            context.err << QCoreApplication::translate(
                               "cli", "Left out as islands (no neighbour with a value): %1")
                               .arg(analysis.islands.join(QStringLiteral(", ")))
                        << "\n";
        engine_support::writeOutput(parser, context, engine::localMoranCsv(analysis));
        const QByteArray global = engine::globalMoranCsv(dataset, analysis);
        if (parser.isSet(QStringLiteral("global-out")))
            engine_support::writeFile(parser.value(QStringLiteral("global-out")), context, global);
        // The global line goes where it does not mix with the regions' CSV.
        QTextStream &summary =
            parser.value(QStringLiteral("out")) == QLatin1String("-") ? context.err : context.out;
        const engine::GlobalMoran &moran = analysis.global;
        summary << QStringLiteral("I=%1 E_I=%2 var_norm=%3 var_rand=%4 z_rand=%5 p_rand=%6 "
                                  "p_sim=%7 n=%8 weights=%9")
                       .arg(engine::csvNumber(moran.i), engine::csvNumber(moran.expected),
                            engine::csvNumber(moran.varNormal), engine::csvNumber(moran.varRandom),
                            engine::csvNumber(moran.zRandom), engine::csvNumber(moran.pRandom),
                            engine::csvNumber(moran.pSim), QString::number(moran.n), weights.name)
                << "\n";
        summary.flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeSpatialCommand()
{
    return std::make_unique<SpatialCommand>();
}

} // namespace wijk::cli
