#include "cli/cmd_engine_support.h"

#include "engine/workspace_loader.h"
#include "output/output_file.h"
#include "workspace/crosswalk_store.h"
#include "workspace/observation_reader.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace wijk::cli::engine_support {

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                      QStringLiteral("WS")});
    parser.addOption(
        {QStringLiteral("indicator"),
         QCoreApplication::translate("cli", "Indicator code; repeat for several (default: all)."),
         QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("out"),
         QCoreApplication::translate("cli", "CSV file to write, '-' for standard output."),
         QStringLiteral("FILE.csv")});
}

void addLevelOption(QCommandLineParser &parser, const QString &defaultLevel)
{
    QCommandLineOption option(QStringLiteral("level"),
                              QCoreApplication::translate("cli", "Level: gemeente, wijk or buurt."),
                              QStringLiteral("LEVEL"));
    if (!defaultLevel.isEmpty())
        option.setDefaultValue(defaultLevel);
    parser.addOption(option);
}

void addRangeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("cli", "First year of the period range."),
                      QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("cli", "Last year of the period range."),
                      QStringLiteral("YYYY")});
}

void addDivisionOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("division"),
         QCoreApplication::translate(
             "cli", "Express every year's values on the division (wijken, buurten, gemeenten) in "
                    "force in this year, moved by the workspace's crosswalks; moved values have "
                    "source 'harmonised'."),
         QStringLiteral("YYYY")});
}

std::optional<engine::HarmonisedDataset> harmonisedFromOptions(const QCommandLineParser &parser,
                                                               CliContext &context)
{
    const std::optional<int> year = yearOption(parser, QStringLiteral("division"));
    if (!year)
        return std::nullopt;
    const QString path = requiredOption(parser, QStringLiteral("workspace"));
    requiredOption(parser, QStringLiteral("out"));
    const auto workspace = openReadOnly(path);
    const auto crosswalks = wijk::workspace::readCrosswalks(*workspace, true);
    if (crosswalks.empty())
        throw CliError(BadInput, QCoreApplication::translate(
                                     "cli", "The workspace %1 holds no crosswalk; import one "
                                            "with 'crosswalk import' first.")
                                     .arg(path));
    const engine::Dataset like = engine::openLazyDataset(*workspace);
    const QStringList codes = parser.values(QStringLiteral("indicator"));
    QStringList unknown;
    for (const QString &code : codes)
        if (like.indicatorIndex(code) < 0)
            unknown << code;
    if (!unknown.isEmpty())
        throw CliError(BadInput,
                       QCoreApplication::translate("cli", "Unknown indicator(s) in %1: %2.",
                                                   nullptr, int(unknown.size()))
                           .arg(path, unknown.join(QStringLiteral(", "))));
    workspace::ObservationReader reader(*workspace);
    engine::LoadReport report;
    QStringList warnings;
    auto harmonised = engine::HarmonisedDataset::build(like, reader, codes, crosswalks, *year,
                                                       &warnings, &report);
    if (!harmonised)
        throw CliError(BadInput, report.error);
    if (!workspace->readFailure().isEmpty())
        throw CliError(BadInput, workspace->readFailure());
    for (const QString &warning : report.warnings + warnings)
        context.err << warning << "\n";
    return harmonised;
}

void addFocusOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("focus"),
         QCoreApplication::translate(
             "cli", "Only the regions of these gemeenten, e.g. GM0402 (comma separated; "
                    "default: every region)."),
         QStringLiteral("GM…")});
}

engine::RegionFocus focusOption(const QCommandLineParser &parser, const engine::Dataset &dataset)
{
    if (!parser.isSet(QStringLiteral("focus")))
        return {};
    QStringList codes;
    QString error;
    if (!engine::RegionFocus::parse(dataset, parser.values(QStringLiteral("focus")).join(','),
                                    &codes, &error))
        throw CliError(BadInput, error);
    return engine::RegionFocus(dataset, codes);
}

RegionLevel levelOption(const QCommandLineParser &parser)
{
    const QString text = requiredOption(parser, QStringLiteral("level"));
    const std::optional<RegionLevel> level = regionLevelFromString(text);
    if (!level || *level == RegionLevel::Land)
        throw CliError(UsageError, QCoreApplication::translate(
                                       "cli", "--level must be gemeente, wijk or buurt, not '%1'.")
                                       .arg(text));
    return *level;
}

std::optional<int> yearOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(name);
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4)
        throw CliError(UsageError,
                       QCoreApplication::translate("cli", "--%1 must be a year (YYYY), not '%2'.")
                           .arg(name, text));
    return year;
}

std::unique_ptr<workspace::Workspace> openReadOnly(const QString &path)
{
    if (!workspace::isPgLocation(path) && !QFileInfo::exists(path))
        throw CliError(
            BadInput,
            QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
    QString error;
    auto workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace)
        throw CliError(BadInput,
                       QCoreApplication::translate("cli", "Cannot open the workspace %1: %2")
                           .arg(path, error));
    return workspace;
}

engine::Dataset loadFromOptions(const QCommandLineParser &parser, CliContext &context)
{
    const QString path = requiredOption(parser, QStringLiteral("workspace"));
    requiredOption(parser, QStringLiteral("out"));
    const auto workspace = openReadOnly(path);
    QStringList unknown;
    QStringList warnings;
    engine::Dataset dataset = engine::loadDataset(
        *workspace, parser.values(QStringLiteral("indicator")), &unknown, &warnings);
    if (!workspace->readFailure().isEmpty())
        throw CliError(BadInput, workspace->readFailure());
    if (!unknown.isEmpty())
        throw CliError(BadInput,
                       QCoreApplication::translate("cli", "Unknown indicator(s) in %1: %2.",
                                                   nullptr, int(unknown.size()))
                           .arg(path, unknown.join(QStringLiteral(", "))));
    for (const QString &warning : warnings)
        context.err << warning << "\n";
    return dataset;
}

std::vector<int> indicatorIndices(const QCommandLineParser &parser, const engine::Dataset &dataset)
{
    std::vector<int> indices;
    for (const QString &code : parser.values(QStringLiteral("indicator"))) {
        const int index = dataset.indicatorIndex(code);
        if (index >= 0 && std::find(indices.begin(), indices.end(), index) == indices.end())
            indices.push_back(index);
    }
    return indices;
}

void writeOutput(const QCommandLineParser &parser, CliContext &context, const QByteArray &bytes)
{
    writeFile(requiredOption(parser, QStringLiteral("out")), context, bytes);
}

void writeFile(const QString &out, CliContext &context, const QByteArray &bytes)
{
    if (out == QLatin1String("-")) {
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        return;
    }
    output::OutputFile file(out);
    QString error;
    if (!file.begin(&error))
        throw CliError(BadInput, error);
    file.write(bytes); // a failed write fails the commit
    if (!file.commit(&error))
        throw CliError(BadInput, error);
}

} // namespace wijk::cli::engine_support
