// wijkmonitor-cli memo: the council memo as PDF or as an editable .odt document.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "qgis_session.h"
#include "reports/memo_document.h"
#include "reports/report_data.h"

#include <QCoreApplication>

namespace wijk::cli {

namespace {

class MemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("memo"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write the council memo (signals, movers, maps, methods) as PDF or ODT.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addDivisionOption(parser);
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS.gpkg")});
        parser.addOption({QStringLiteral("theme"),
                          QCoreApplication::translate(
                              "cli", "Only this theme, e.g. Inkomen (default: all themes)."),
                          QStringLiteral("THEME")});
        engine_support::addFocusOption(parser);
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate(
                              "cli", "FILE.pdf, or FILE.odt for a document to edit in Word or "
                                     "LibreOffice."),
                          QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString workspace = requiredOption(parser, QStringLiteral("workspace"));
        const QString out = requiredOption(parser, QStringLiteral("out"));
        if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
            !out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
            throw CliError(UsageError,
                           QCoreApplication::translate("cli", "--out must end in .pdf or .odt."));
        const app::QgisSession qgis; // outlives every layer and layout of this command
        QString error;
        const auto data = reports::ReportData::load(
            workspace, &error,
            engine_support::yearOption(parser, QStringLiteral("division")).value_or(0));
        if (!data)
            throw CliError(BadInput, error);
        reports::MemoOptions options;
        options.theme = parser.value(QStringLiteral("theme"));
        options.focus = engine_support::focusOption(parser, data->dataset()).gemeenten();
        // Failures are an unknown theme or a file that cannot be written (full disk, no
        // permission, the workspace itself): the input or the environment, not a bug.
        if (!reports::writeMemo(*data, options, out, &error))
            throw CliError(BadInput, error);
        context.out << QCoreApplication::translate("cli", "Wrote the memo to %1 (extract %2).")
                           .arg(out, data->provenance().extractId)
                    << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMemoCommand()
{
    return std::make_unique<MemoCommand>();
}

} // namespace wijk::cli
