// wijkmonitor-cli weights build|import|export|list: spatial weights kept in the workspace
// with how they were made (docs/engine.md, "Spatial statistics"; docs/workspace.md).
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/cmd_spatial_support.h"
#include "engine/engine_csv.h"
#include "engine/gal_file.h"
#include "workspace/weights_table.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class WeightsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("weights"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Build, import, export or list the spatial weights kept in a workspace.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            QCoreApplication::translate(
                "cli", "build (queen, rook or knn:K from the boundaries), import (a GeoDa .gal "
                       "file), export (to a .gal file) or list."),
            QStringLiteral("build|import|export|list"));
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS")});
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        parser.addOption(
            {QStringLiteral("vintage"),
             QCoreApplication::translate("cli", "The division (year of the boundaries)."),
             QStringLiteral("YYYY")});
        parser.addOption({QStringLiteral("method"),
                          QCoreApplication::translate("cli", "queen, rook or knn:K (build)."),
                          QStringLiteral("METHOD"), QStringLiteral("queen")});
        parser.addOption({QStringLiteral("gal"),
                          QCoreApplication::translate("cli", "The .gal file to import."),
                          QStringLiteral("FILE.gal")});
        parser.addOption({QStringLiteral("transform"),
                          QCoreApplication::translate(
                              "cli", "B (binary) or W (row-standardised, the default): what "
                                     "analyses use unless told otherwise."),
                          QStringLiteral("B|W")});
        parser.addOption(
            {QStringLiteral("name"),
             QCoreApplication::translate("cli", "Name of the weights (default: level-vintage-"
                                                "method, e.g. wijk-2017-queen)."),
             QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate(
                              "cli", ".gal file to write (export), '-' for standard output."),
                          QStringLiteral("FILE.gal")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        if (action == QLatin1String("build") || action == QLatin1String("import"))
            return build(parser, context, action == QLatin1String("import"));
        if (action == QLatin1String("export"))
            return exportGal(parser, context);
        if (action == QLatin1String("list"))
            return list(parser, context);
        throw CliError(UsageError,
                       QCoreApplication::translate(
                           "cli", "Unknown action '%1': use weights build, import, export or list.")
                           .arg(action));
    }

private:
    static int build(const QCommandLineParser &parser, CliContext &context, bool import)
    {
        const RegionLevel level = engine_support::levelOption(parser);
        const std::optional<int> vintage =
            engine_support::yearOption(parser, QStringLiteral("vintage"));
        if (!vintage)
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --%1.")
                               .arg(QStringLiteral("vintage")));
        const QString spec =
            import ? QStringLiteral("gal:") + requiredOption(parser, QStringLiteral("gal"))
                   : parser.value(QStringLiteral("method"));
        if (!import && spec.startsWith(QLatin1String("gal:")))
            throw CliError(UsageError,
                           QCoreApplication::translate(
                               "cli", "Use 'weights import --gal FILE' for a .gal file."));
        const auto workspace = spatial_support::openWorkspace(parser, true);
        QString error;
        std::optional<engine::SpatialWeights> weights =
            engine::buildWeights(*workspace, level, *vintage, spec, &error);
        if (!weights)
            throw CliError(BadInput, error);
        engine::StoredWeights stored;
        stored.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                           : engine::defaultWeightsName(*weights);
        stored.transform =
            spatial_support::transformOption(parser, engine::WeightsTransform::RowStandardised);
        stored.weights = std::move(*weights);
        if (!engine::saveWeights(*workspace, stored, &error))
            throw CliError(BadInput, error);
        const QStringList islands = stored.weights.islands();
        context.out << QCoreApplication::translate(
                           "cli", "Saved the weights '%1': %2 regions, %3 links, %4 islands.")
                           .arg(stored.name)
                           .arg(stored.weights.size())
                           .arg(stored.weights.linkCount())
                           .arg(islands.size())
                    << "\n";
        if (!islands.isEmpty())
            context.out << QCoreApplication::translate("cli",
                                                       "Islands (left out of every analysis): %1")
                               .arg(islands.join(QStringLiteral(", ")))
                        << "\n";
        return Success;
    }

    static int exportGal(const QCommandLineParser &parser, CliContext &context)
    {
        const QString name = requiredOption(parser, QStringLiteral("name"));
        requiredOption(parser, QStringLiteral("out"));
        const auto workspace = spatial_support::openWorkspace(parser, false);
        QString error;
        const std::optional<engine::StoredWeights> stored =
            engine::loadWeights(*workspace, name, &error);
        if (!stored)
            throw CliError(BadInput, error);
        engine_support::writeOutput(parser, context, engine::galText(stored->weights));
        return Success;
    }

    static int list(const QCommandLineParser &parser, CliContext &context)
    {
        const auto workspace = spatial_support::openWorkspace(parser, false);
        context.out << "name,level,vintage,method,k,transform,islands,source,created_at\n";
        for (const workspace::WeightsRecord &record : workspace::weightsRecords(*workspace))
            context.out << QStringList{engine::csvField(record.name),
                                       contractName(record.level),
                                       QString::number(record.vintage),
                                       record.method,
                                       record.k > 0 ? QString::number(record.k) : QString(),
                                       record.transform,
                                       engine::csvField(record.islands.join(QLatin1Char(' '))),
                                       engine::csvField(record.source),
                                       record.createdAt.toString(Qt::ISODate)}
                               .join(QLatin1Char(','))
                        << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeWeightsCommand()
{
    return std::make_unique<WeightsCommand>();
}

} // namespace wijk::cli
