// wijkmonitor-cli server: sets up a team workspace on PostgreSQL for a data team (schema,
// reader and importer roles, gemeente limits; docs/team-workspace.md).
#include "cli/cli_command.h"
#include "workspace/server_setup.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class ServerCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Set up a team workspace on PostgreSQL: schema, reader and importer roles, "
                   "roles limited to gemeenten (run once, by an administrator).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption(
            {QStringLiteral("workspace"),
             QCoreApplication::translate(
                 "cli", "The team workspace: postgresql://USER@HOST:PORT/DB?schema=NAME or "
                        "service=NAME."),
             QStringLiteral("URI")});
        parser.addOption(
            {QStringLiteral("reader"),
             QCoreApplication::translate("cli", "init: the reader role (default SCHEMA_reader)."),
             QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("importer"),
                          QCoreApplication::translate(
                              "cli", "init: the importer role (default SCHEMA_importer)."),
                          QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("role"),
                          QCoreApplication::translate("cli", "limit: the role to limit."),
                          QStringLiteral("ROLE")});
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate(
                "cli", "init: create the schema, the roles and their rights (idempotent). "
                       "limit: let --role see only the regions of the gemeenten given "
                       "(none: lift the limit)."),
            QStringLiteral("init|limit"));
        parser.addPositionalArgument(QStringLiteral("GEMEENTE"),
                                     QCoreApplication::translate("cli", "limit: GM codes."),
                                     QStringLiteral("[GM…]"));
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString location = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList arguments = parser.positionalArguments();
        const QString action = arguments.value(0);
        QString error;
        if (action == QLatin1String("init") && arguments.size() == 1) {
            workspace::ServerRoles roles = workspace::defaultServerRoles(location);
            if (parser.isSet(QStringLiteral("reader")))
                roles.reader = parser.value(QStringLiteral("reader"));
            if (parser.isSet(QStringLiteral("importer")))
                roles.importer = parser.value(QStringLiteral("importer"));
            if (!workspace::initServer(location, roles, &error))
                throw CliError(BadInput, error);
            context.out << QCoreApplication::translate(
                               "cli", "Team workspace ready. Reader role: %1; importer role: %2. "
                                      "Grant them to login roles (GRANT %1 TO alice).")
                               .arg(roles.reader, roles.importer)
                        << '\n';
            return 0;
        }
        if (action == QLatin1String("limit")) {
            const QString role = requiredOption(parser, QStringLiteral("role"));
            const QStringList gemeenten = arguments.mid(1);
            if (!workspace::limitServerRole(location, role, gemeenten, &error))
                throw CliError(BadInput, error);
            context.out << (gemeenten.isEmpty()
                                ? QCoreApplication::translate("cli", "%1 sees every region again.")
                                      .arg(role)
                                : QCoreApplication::translate("cli", "%1 sees only %2.")
                                      .arg(role, gemeenten.join(QStringLiteral(", "))))
                        << '\n';
            return 0;
        }
        throw CliError(UsageError,
                       QCoreApplication::translate(
                           "cli", "Use: server init --workspace URI [--reader ROLE] [--importer "
                                  "ROLE], or server limit --workspace URI --role ROLE [GM…]."));
    }
};

} // namespace

std::unique_ptr<CliCommand> makeServerCommand()
{
    return std::make_unique<ServerCommand>();
}

} // namespace wijk::cli
