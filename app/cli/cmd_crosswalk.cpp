// wijkmonitor-cli crosswalk: imports a crosswalk between two divisions into a workspace
// (docs/crosswalk.md), checked like an extract, all or nothing, idempotent.
#include "cli/cli_command.h"
#include "import/crosswalk_import.h"
#include "output/protected_files.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wijk::cli {

namespace {

int yearValue(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return 0;
    bool ok = false;
    const QString text = parser.value(name);
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4)
        throw CliError(UsageError,
                       QCoreApplication::translate("cli", "--%1 must be a year (YYYY), not '%2'.")
                           .arg(name, text));
    return year;
}

class CrosswalkCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("crosswalk"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Import a crosswalk between two divisions into a workspace (all or nothing).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS.gpkg")});
        parser.addOption({QStringLiteral("from-year"),
                          QCoreApplication::translate(
                              "cli", "The year of the old division, when the file has no "
                                     "from_year column."),
                          QStringLiteral("YYYY")});
        parser.addOption({QStringLiteral("to-year"),
                          QCoreApplication::translate(
                              "cli", "The year of the new division, when the file has no "
                                     "to_year column."),
                          QStringLiteral("YYYY")});
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate("cli", "import: read FILE (from_code, to_code, weight "
                                               "and optionally from_year, to_year)."),
            QStringLiteral("import"));
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("cli", "The crosswalk CSV."));
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString path = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 2 || arguments.first() != QLatin1String("import"))
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "Use: crosswalk import --workspace WS FILE "
                                                  "[--from-year YYYY --to-year YYYY]."));
        import::CrosswalkImportOptions options;
        options.path = arguments.at(1);
        options.fromYear = yearValue(parser, QStringLiteral("from-year"));
        options.toYear = yearValue(parser, QStringLiteral("to-year"));
        if (!QFileInfo::exists(options.path))
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "%1 does not exist.").arg(options.path));
        if (!QFileInfo::exists(path))
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
        const QString refusal = ProtectedFiles::inputRefusal(path, {options.path});
        if (!refusal.isEmpty())
            throw CliError(BadInput, refusal);
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::ReadWrite, &error);
        if (!workspace)
            throw CliError(BadInput, error);
        if (workspace->isReadOnly())
            throw CliError(BadInput,
                           workspace->readOnlyReason() + QLatin1Char(' ') +
                               QCoreApplication::translate("cli", "Nothing was imported."));
        ImportReport report;
        const import::CrosswalkImportResult result =
            import::importCrosswalk(*workspace, options, report);
        for (const QString &line : report.formatted())
            context.err << line << "\n";
        const QString shown = QDir::toNativeSeparators(options.path);
        if (!result.ok) {
            context.err << QCoreApplication::translate("cli", "Nothing was imported from %1 (%2).")
                               .arg(shown, report.summary())
                        << "\n";
            return BadInput;
        }
        if (result.alreadyImported) {
            context.out << QCoreApplication::translate(
                               "cli", "%1: crosswalk %2 was imported before; nothing changed.")
                               .arg(shown, result.crosswalkId)
                        << "\n";
            return Success;
        }
        context.out << QCoreApplication::translate(
                           "cli", "Imported crosswalk %1 (%2 -> %3) from %4: %5 pairs, %6 rows "
                                  "about regions outside the workspace ignored.")
                           .arg(result.crosswalkId)
                           .arg(result.fromYear)
                           .arg(result.toYear)
                           .arg(shown)
                           .arg(result.pairs)
                           .arg(result.ignoredRows)
                    << "\n";
        if (result.replaced)
            context.out << QCoreApplication::translate(
                               "cli", "It replaces the earlier crosswalk for %1 -> %2.")
                               .arg(result.fromYear)
                               .arg(result.toYear)
                        << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCrosswalkCommand()
{
    return std::make_unique<CrosswalkCommand>();
}

} // namespace wijk::cli
