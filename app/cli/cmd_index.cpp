// wijkmonitor-cli index: define or recompute a composite index, stored in the workspace as a
// derived indicator with its definition (docs/engine.md, "Composite index").
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/cmd_spatial_support.h"
#include "engine/composite_index.h"
#include "engine/workspace_loader.h"
#include "import/composed_indicator.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class IndexCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("index"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Define or recompute a composite index, stored as an indicator.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS")});
        parser.addOption({QStringLiteral("code"),
                          QCoreApplication::translate("cli", "Indicator code of the index."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("name"),
                          QCoreApplication::translate("cli", "Name of the index."),
                          QStringLiteral("NAME")});
        engine_support::addLevelOption(parser, QStringLiteral("wijk"));
        parser.addOption(
            {QStringLiteral("component"),
             QCoreApplication::translate(
                 "cli", "An indicator of the index with its weight and theme; repeat for each."),
             QStringLiteral("CODE[:WEIGHT[:THEME]]")});
        parser.addOption({QStringLiteral("scaling"),
                          QCoreApplication::translate(
                              "cli", "z (polarity-aware z-scores, the default) or minmax (0-100)."),
                          QStringLiteral("z|minmax"), QStringLiteral("z")});
        parser.addOption({QStringLiteral("recompute"),
                          QCoreApplication::translate(
                              "cli", "Recompute the stored index --code from its definition.")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString code = requiredOption(parser, QStringLiteral("code"));
        const auto workspace = spatial_support::openWorkspace(parser, true);
        const engine::CompositeDefinition definition = parser.isSet(QStringLiteral("recompute"))
                                                           ? storedDefinition(*workspace, code)
                                                           : definitionFromOptions(parser, code);
        for (const Indicator &known : workspace->indicators())
            if (known.code == code && known.source != engine::compositeSource())
                throw CliError(BadInput,
                               QCoreApplication::translate(
                                   "cli", "%1 is an indicator of the catalogue, not an index.")
                                   .arg(code));

        QStringList codes;
        for (const engine::CompositeComponent &component : definition.components)
            codes << component.indicator;
        QStringList unknown;
        QStringList warnings;
        const engine::Dataset dataset = engine::loadDataset(*workspace, codes, &unknown, &warnings);
        if (!unknown.isEmpty())
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "Unknown indicator(s) in %1: %2.",
                                                       nullptr, int(unknown.size()))
                               .arg(workspace->path(), unknown.join(QStringLiteral(", "))));
        const engine::CompositeValues values = engine::computeComposite(dataset, definition);
        QString error;
        if (!import::storeComposedIndicator(*workspace, definition.indicator(dataset.indicators()),
                                            values.values, definition.toJson(), &error))
            throw CliError(BadInput, error);
        context.out << QCoreApplication::translate(
                           "cli", "Stored the index %1: %2 values, %3 without (a component "
                                  "lacks a value).")
                           .arg(code)
                           .arg(values.withValue)
                           .arg(values.withoutValue)
                    << "\n";
        return Success;
    }

private:
    static engine::CompositeDefinition definitionFromOptions(const QCommandLineParser &parser,
                                                             const QString &code)
    {
        engine::CompositeDefinition definition;
        definition.code = code;
        definition.name = parser.value(QStringLiteral("name"));
        definition.level = engine_support::levelOption(parser);
        const QString scaling = parser.value(QStringLiteral("scaling"));
        const std::optional<engine::CompositeScaling> parsed = engine::scalingFromName(scaling);
        if (!parsed)
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "--scaling must be z or minmax, not '%1'.")
                                           .arg(scaling));
        definition.scaling = *parsed;
        for (const QString &text : parser.values(QStringLiteral("component"))) {
            const QStringList parts = text.split(QLatin1Char(':'));
            engine::CompositeComponent component;
            component.indicator = parts.value(0);
            bool ok = true;
            if (parts.size() > 1)
                component.weight = parts[1].toDouble(&ok);
            component.theme = parts.mid(2).join(QLatin1Char(':'));
            if (component.indicator.isEmpty() || !ok || !(component.weight > 0))
                throw CliError(UsageError,
                               QCoreApplication::translate(
                                   "cli", "--component must be CODE[:WEIGHT[:THEME]] with a "
                                          "positive weight, not '%1'.")
                                   .arg(text));
            definition.components.push_back(component);
        }
        if (definition.components.empty())
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "Missing required option --%1.")
                               .arg(QStringLiteral("component")));
        return definition;
    }

    static engine::CompositeDefinition storedDefinition(const workspace::Workspace &workspace,
                                                        const QString &code)
    {
        const QByteArray json = import::composedDefinition(workspace, code);
        QString error;
        const std::optional<engine::CompositeDefinition> definition =
            engine::CompositeDefinition::fromJson(json, &error);
        if (json.isEmpty() || !definition)
            throw CliError(BadInput, QCoreApplication::translate(
                                         "cli", "The workspace has no index %1 to recompute.")
                                         .arg(code));
        return *definition;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeIndexCommand()
{
    return std::make_unique<IndexCommand>();
}

} // namespace wijk::cli
