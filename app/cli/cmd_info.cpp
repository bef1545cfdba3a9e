// wijkmonitor-cli info: what a workspace holds (extracts, indicators, regions, periods).
#include "cli/cli_command.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <map>

namespace wijk::cli {

namespace {

class InfoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Show what a workspace holds: extracts, indicators, regions, periods.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS.gpkg")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString path = requiredOption(parser, QStringLiteral("workspace"));
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
        if (!workspace)
            throw CliError(BadInput, error);
        QTextStream &out = context.out;
        out << QCoreApplication::translate("cli", "Workspace %1: %2 (schema version %3)")
                   .arg(QDir::toNativeSeparators(workspace->path()), workspace->name())
                   .arg(workspace->schemaVersion())
            << "\n\n";

        const auto extracts = workspace->extracts();
        out << QCoreApplication::translate("cli", "Extracts (%1):").arg(extracts.size()) << "\n";
        for (const workspace::ExtractInfo &extract : extracts) {
            out << "  " << extract.extractId << "  " << extract.format << "  "
                << QCoreApplication::translate("cli", "created %1, imported %2, %3 values")
                       .arg(extract.created.toString(Qt::ISODate),
                            extract.importedAt.toString(Qt::ISODate))
                       .arg(extract.observationCount);
            if (!extract.municipalityName.isEmpty())
                out << "  " << extract.municipalityName;
            out << "\n";
        }

        const auto indicators = workspace->indicators();
        QMap<QString, QStringList> byTheme;
        for (const Indicator &indicator : indicators)
            byTheme[indicator.theme.isEmpty() ? QCoreApplication::translate("cli", "(no theme)")
                                              : indicator.theme]
                << indicator.code;
        out << "\n"
            << QCoreApplication::translate("cli", "Indicators (%1):").arg(indicators.size())
            << "\n";
        for (auto it = byTheme.begin(); it != byTheme.end(); ++it)
            out << "  " << it.key() << ": " << it.value().size() << "  ("
                << it.value().join(QStringLiteral(", ")) << ")\n";

        // vintage -> level -> count
        std::map<int, std::map<RegionLevel, int>> regions;
        int total = 0;
        for (const Region &region : workspace->regions()) {
            ++regions[region.vintage][region.level];
            ++total;
        }
        out << "\n" << QCoreApplication::translate("cli", "Regions (%1):").arg(total) << "\n";
        for (const auto &[vintage, levels] : regions) {
            QStringList parts;
            for (const auto &[level, count] : levels)
                parts << QStringLiteral("%1 %2").arg(count).arg(contractName(level));
            out << "  "
                << QCoreApplication::translate("cli", "vintage %1: %2")
                       .arg(vintage)
                       .arg(parts.join(QStringLiteral(", ")))
                << "\n";
        }

        QStringList periods;
        for (const int period : workspace->periods())
            periods << QString::number(period);
        out << "\n"
            << QCoreApplication::translate("cli", "Periods: %1")
                   .arg(periods.isEmpty() ? QCoreApplication::translate("cli", "none")
                                          : periods.join(", "))
            << "\n"
            << QCoreApplication::translate("cli", "Observations: %1")
                   .arg(workspace->observationCount())
            << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace wijk::cli
