// wijkmonitor-cli crosswalk: imports a crosswalk between two divisions into a workspace, or
// derives one from their boundaries (docs/crosswalk.md); checked like an extract, all or
// nothing, idempotent.
#include "cli/cli_command.h"
#include "crosswalk_derivation.h"
#include "import/crosswalk_import.h"
#include "output/protected_files.h"
#include "workspace/pg_location.h"
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
            "cli", "Import a crosswalk between two divisions into a workspace, or derive one from "
                   "their boundaries (all or nothing).");
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
        parser.addOption(
            {QStringLiteral("weights"),
             QCoreApplication::translate(
                 "cli", "derive: weigh by the overlap's area ('area') or by the points of a "
                        "layer in it ('points:FILE.gpkg[:LAYER[:FIELD]]', FIELD a weight)."),
             QStringLiteral("WEIGHTS")});
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate(
                "cli", "import: read FILE (from_code, to_code, weight and optionally from_year, "
                       "to_year). derive: overlay the boundaries of the two divisions."),
            QStringLiteral("import|derive"));
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("cli", "The crosswalk CSV (import)."));
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString path = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList arguments = parser.positionalArguments();
        const QString action = arguments.value(0);
        const bool derive = action == QLatin1String("derive");
        if (!(action == QLatin1String("import") && arguments.size() == 2) &&
            !(derive && arguments.size() == 1))
            throw CliError(UsageError,
                           QCoreApplication::translate(
                               "cli", "Use: crosswalk import --workspace WS FILE [--from-year "
                                      "YYYY --to-year YYYY], or crosswalk derive --workspace WS "
                                      "--from-year YYYY --to-year YYYY --weights WEIGHTS."));
        import::CrosswalkImportOptions options;
        options.path = arguments.value(1);
        options.fromYear = yearValue(parser, QStringLiteral("from-year"));
        options.toYear = yearValue(parser, QStringLiteral("to-year"));
        maps::CrosswalkDerivationOptions derivation;
        if (derive) {
            if (options.fromYear == 0 || options.toYear == 0)
                throw CliError(UsageError, QCoreApplication::translate(
                                               "cli", "derive needs --from-year and --to-year."));
            if (!maps::parseWeights(requiredOption(parser, QStringLiteral("weights")), &derivation))
                throw CliError(UsageError,
                               QCoreApplication::translate(
                                   "cli", "--weights must be 'area' or "
                                          "'points:FILE.gpkg[:LAYER[:FIELD]]', not '%1'.")
                                   .arg(parser.value(QStringLiteral("weights"))));
            derivation.fromYear = options.fromYear;
            derivation.toYear = options.toYear;
            options.path = derivation.pointsPath; // empty for area weights
        }
        if (!options.path.isEmpty() && !QFileInfo::exists(options.path))
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "%1 does not exist.").arg(options.path));
        if (!workspace::isPgLocation(path) && !QFileInfo::exists(path))
            throw CliError(
                BadInput,
                QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
        if (!options.path.isEmpty()) {
            const QString refusal = output::ProtectedFiles::inputRefusal(path, {options.path});
            if (!refusal.isEmpty())
                throw CliError(BadInput, refusal);
        }
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        if (!workspace)
            throw CliError(BadInput, error);
        if (workspace->isReadOnly())
            throw CliError(BadInput,
                           workspace->readOnlyReason() + QLatin1Char(' ') +
                               QCoreApplication::translate("cli", "Nothing was imported."));
        import::ImportReport report;
        import::CrosswalkImportResult result;
        if (derive) {
            maps::CrosswalkDerivation derived;
            if (maps::deriveCrosswalk(*workspace, derivation, &derived, report))
                result = import::storeCrosswalk(
                    *workspace, derived.crosswalk, {},
                    QFileInfo(derivation.pointsPath.isEmpty() ? path : derivation.pointsPath)
                        .fileName(),
                    report);
            options.path =
                derivation.pointsPath.isEmpty() ? QStringLiteral("area") : derivation.pointsPath;
        } else {
            result = import::importCrosswalk(*workspace, options, report);
        }
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
