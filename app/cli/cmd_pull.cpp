// wijkmonitor-cli pull: a team workspace (or some of its gemeenten) as an ordinary workspace
// file, for working offline (docs/team-workspace.md).
#include "cli/cli_command.h"
#include "cli/job_control.h"
#include "import/workspace_pull.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class PullCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Copy a team workspace (or some of its gemeenten) into a new workspace file, "
                   "to work offline.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption(
            {QStringLiteral("from"),
             QCoreApplication::translate("cli", "The team workspace: postgresql://…?schema=NAME or "
                                                "service=NAME."),
             QStringLiteral("URI")});
        parser.addOption({QStringLiteral("to"),
                          QCoreApplication::translate(
                              "cli", "The workspace file to write (.gpkg; must not exist)."),
                          QStringLiteral("FILE.gpkg")});
        parser.addOption({QStringLiteral("gemeente"),
                          QCoreApplication::translate(
                              "cli", "Only this gemeente's regions and values, e.g. GM0402 "
                                     "(repeatable; default: everything)."),
                          QStringLiteral("GM")});
        JobControl::addOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        import::PullRequest request;
        request.from = requiredOption(parser, QStringLiteral("from"));
        request.to = requiredOption(parser, QStringLiteral("to"));
        request.gemeenten = parser.values(QStringLiteral("gemeente"));
        JobControl control(parser, context);
        request.cancel = control.cancelFlag();
        if (control.machine()) // per indicator, and within a large one (in values)
            request.progress = [&control](qint64 done, qint64 total, const QString &what) {
                control.progress(int(done * 1000 / qMax<qint64>(total, 1)), 1000, what);
            };
        import::PullResult result;
        QString error;
        if (!import::pullWorkspace(request, &result, &error)) {
            if (result.cancelled)
                throw CliError(Cancelled, error);
            throw CliError(BadInput, error);
        }
        control.written(request.to);
        context.out << QCoreApplication::translate("cli",
                                                   "Pulled %1 regions and %2 values into %3.")
                           .arg(result.regions)
                           .arg(result.observations)
                           .arg(request.to)
                    << '\n';
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makePullCommand()
{
    return std::make_unique<PullCommand>();
}

} // namespace wijk::cli
