// wijkmonitor-cli import: checks and imports extracts and CBS files into a workspace,
// all or nothing per input; Ctrl-C cancels with a rollback.
#include "cli/cli_command.h"
#include "import/import_target.h"
#include "import/importer.h"
#include "output/protected_files.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace wijk::cli {

namespace {

std::atomic_bool gCancel{false};

extern "C" void onInterrupt(int)
{
    gCancel.store(true);
    // A second Ctrl-C ends the process at once; the rollback journal still undoes the import.
    std::signal(SIGINT, SIG_DFL);
}

//! Installs the Ctrl-C handler for the lifetime of an import.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        gCancel.store(false);
        mPrevious = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, mPrevious); }

private:
    void (*mPrevious)(int) = SIG_DFL;
};

QString formatList()
{
    QStringList names;
    for (const import::ImportFormat &format : import::importFormats())
        names << format.name;
    return names.join(QStringLiteral(", "));
}

class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Check and import extracts or CBS files into a workspace (all or nothing).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        QString formats;
        for (const import::ImportFormat &format : import::importFormats())
            formats += QStringLiteral("\n  %1: %2").arg(format.name, format.description);
        parser.addOption(
            {QStringLiteral("workspace"),
             QCoreApplication::translate(
                 "cli", "The workspace file (.gpkg); created when absent (and not left behind "
                        "when nothing is imported). Or a team workspace on PostgreSQL: "
                        "postgresql://USER@HOST:PORT/DB?schema=NAME or service=NAME."),
             QStringLiteral("WS.gpkg")});
        parser.addOption(
            {QStringLiteral("lock-timeout"),
             QCoreApplication::translate(
                 "cli", "Team workspace: stop with a message when another import still runs "
                        "after this many seconds (default: wait until it is done)."),
             QStringLiteral("SECONDS")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate(
                              "cli", "The input format; detected when omitted. One of:") +
                              formats,
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("period"),
                          QCoreApplication::translate(
                              "cli", "The year of the data when the input does not say it."),
                          QStringLiteral("YYYY")});
        parser.addOption(
            {QStringLiteral("metadata"),
             QCoreApplication::translate(
                 "cli", "A metadata file (e.g. CBS DataProperties or TableInfos JSON); may "
                        "be repeated."),
             QStringLiteral("FILE")});
        parser.addPositionalArgument(
            QStringLiteral("INPUT"),
            QCoreApplication::translate(
                "cli",
                "Extract folders, .zip files or CBS files, imported one after the other, each "
                "all or nothing. Exit code 2 when any input was not imported (problems, or "
                "cancelled with Ctrl-C)."),
            QStringLiteral("INPUT..."));
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString path = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList inputs = parser.positionalArguments();
        if (inputs.isEmpty())
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "Name at least one INPUT to import."));
        import::ImportRequest base;
        if (parser.isSet(QStringLiteral("period"))) {
            bool ok = false;
            base.period = parser.value(QStringLiteral("period")).toInt(&ok);
            if (!ok || base.period < 1000 || base.period > 9999)
                throw CliError(UsageError, QCoreApplication::translate(
                                               "cli", "--period must be a year (YYYY), not '%1'.")
                                               .arg(parser.value(QStringLiteral("period"))));
        }
        base.metadata = parser.values(QStringLiteral("metadata"));
        const import::ImportFormat *forced = nullptr;
        if (parser.isSet(QStringLiteral("format"))) {
            forced = import::findImportFormat(parser.value(QStringLiteral("format")));
            if (!forced)
                throw CliError(
                    UsageError,
                    QCoreApplication::translate("cli", "Unknown format '%1'; use one of: %2.")
                        .arg(parser.value(QStringLiteral("format")), formatList()));
        }
        // An import never writes into a file it reads, whatever the path's spelling.
        const QString refusal = output::ProtectedFiles::inputRefusal(path, inputs + base.metadata);
        if (!refusal.isEmpty())
            throw CliError(BadInput, refusal);
        // Formats are settled before anything is written.
        std::vector<const import::ImportFormat *> formats;
        for (const QString &input : inputs) {
            if (!QFileInfo::exists(input))
                throw CliError(BadInput,
                               QCoreApplication::translate("cli", "%1 does not exist.").arg(input));
            const import::ImportFormat *format =
                forced ? forced : import::detectImportFormat(input);
            if (!format)
                throw CliError(BadInput, QCoreApplication::translate(
                                             "cli", "Cannot tell the format of %1; name it with "
                                                    "--format (one of: %2).")
                                             .arg(input, formatList()));
            formats.push_back(format);
        }

        // Ctrl-C is caught from here on, also while a new workspace is being made: it then
        // cancels the imports, and the new workspace goes again (ImportTarget).
        InterruptGuard interrupt;
        QString error;
        const auto target = import::ImportTarget::open(path, &error);
        if (!target)
            throw CliError(BadInput, error);
        workspace::Workspace *workspace = &target->workspace();
        if (parser.isSet(QStringLiteral("lock-timeout"))) {
            bool ok = false;
            const int seconds = parser.value(QStringLiteral("lock-timeout")).toInt(&ok);
            if (!ok || seconds < 0)
                throw CliError(UsageError,
                               QCoreApplication::translate(
                                   "cli", "--lock-timeout must be a number of seconds, not '%1'.")
                                   .arg(parser.value(QStringLiteral("lock-timeout"))));
            workspace->setLockTimeoutSeconds(seconds);
        }
        if (workspace->isReadOnly())
            throw CliError(BadInput,
                           workspace->readOnlyReason() + QLatin1Char(' ') +
                               QCoreApplication::translate("cli", "Nothing was imported."));

        const bool terminal = isatty(STDERR_FILENO);
        bool allImported = true;
        for (int i = 0; i < inputs.size(); ++i) {
            import::ImportRequest request = base;
            request.input = inputs[i];
            request.cancel = &gCancel;
            if (terminal) {
                request.progress = [&context](qint64 done, qint64 total, const QString &stage) {
                    const int percent = total > 0 ? int(100 * done / total) : 0;
                    context.err << "\r" << stage << ": " << percent << "%   ";
                    context.err.flush();
                };
            }
            import::ImportReport report;
            const import::ImportOutcome outcome = target->run(*formats[size_t(i)], request, report);
            if (terminal)
                context.err << "\r" << QString(60, QLatin1Char(' ')) << "\r";
            for (const QString &line : report.formatted())
                context.err << line << "\n";
            allImported &= describe(context, outcome, report, request.input,
                                    formats[size_t(i)]->name, workspace->path());
            if (outcome.status == import::ImportOutcome::Status::Cancelled)
                break;
        }
        return allImported ? Success : BadInput;
    }

private:
    static bool describe(CliContext &context, const import::ImportOutcome &outcome,
                         const import::ImportReport &problems, const QString &input,
                         const QString &format, const QString &workspace)
    {
        const QString shown = QDir::toNativeSeparators(input);
        switch (outcome.status) {
        case import::ImportOutcome::Status::Imported:
            context.out << QCoreApplication::translate(
                               "cli", "Imported %1 (%2, %3) into %4: %5 indicators, %6 regions, %7 "
                                      "observations.")
                               .arg(shown, format, outcome.extractId, workspace)
                               .arg(outcome.indicators)
                               .arg(outcome.regions)
                               .arg(outcome.observations)
                        << "\n";
            return true;
        case import::ImportOutcome::Status::AlreadyImported:
            context.out << QCoreApplication::translate(
                               "cli", "%1: extract %2 was imported before; nothing changed.")
                               .arg(shown, outcome.extractId)
                        << "\n";
            return true;
        case import::ImportOutcome::Status::Cancelled:
            context.err << QCoreApplication::translate(
                               "cli", "Import of %1 cancelled; nothing was imported.")
                               .arg(shown)
                        << "\n";
            return false;
        case import::ImportOutcome::Status::Failed:
            context.err << QCoreApplication::translate("cli", "Nothing was imported from %1 (%2).")
                               .arg(shown, problems.summary())
                        << "\n";
            return false;
        }
        return false;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace wijk::cli
