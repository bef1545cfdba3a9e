// wijkmonitor-cli report: wijk profiles as PDF from the wijkprofiel.qpt print layout.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/job_control.h"
#include "qgis_session.h"
#include "reports/profile_request.h"
#include "reports/report_data.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wijk::cli {

namespace {

class ReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Write wijk profiles (PDF): one wijk, several, or all of them.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addDivisionOption(parser);
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS.gpkg")});
        parser.addOption(
            {QStringLiteral("region"),
             QCoreApplication::translate("cli", "A wijk code (repeatable), e.g. WK999901."),
             QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("all"), QCoreApplication::translate(
                                                     "cli", "Every wijk of the latest division.")});
        parser.addOption(
            {QStringLiteral("focus"),
             QCoreApplication::translate(
                 "cli", "With --all: only the wijken of these gemeenten, e.g. GM0402."),
             QStringLiteral("GM…")});
        parser.addOption(
            {QStringLiteral("out"),
             QCoreApplication::translate(
                 "cli", "One PDF; with several wijken it starts with a table of contents."),
             QStringLiteral("FILE.pdf")});
        parser.addOption({QStringLiteral("out-dir"),
                          QCoreApplication::translate("cli", "One PDF per wijk into this folder."),
                          QStringLiteral("DIR")});
        parser.addOption(
            {QStringLiteral("template"),
             QCoreApplication::translate(
                 "cli", "A print layout template (.qpt) to use instead of the shipped "
                        "wijkprofiel.qpt; items are found by id (title, map, keyfigures, "
                        "chart1..chart4, summary, notes, footer)."),
             QStringLiteral("FILE.qpt")});
        JobControl::addOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString workspace = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList codes = parser.values(QStringLiteral("region"));
        const bool all = parser.isSet(QStringLiteral("all"));
        const QString out = parser.value(QStringLiteral("out"));
        const QString outDir = parser.value(QStringLiteral("out-dir"));
        if (all == !codes.isEmpty())
            throw CliError(UsageError,
                           QCoreApplication::translate(
                               "cli", "Give either --region CODE (repeatable) or --all."));
        if (out.isEmpty() == outDir.isEmpty())
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "Give either --out FILE.pdf or --out-dir DIR."));
        const QString templatePath = parser.value(QStringLiteral("template"));
        if (!templatePath.isEmpty() && !QFileInfo(templatePath).isFile())
            throw CliError(BadInput,
                           QCoreApplication::translate("cli", "The template %1 does not exist.")
                               .arg(templatePath));

        const app::QgisSession qgis; // outlives every layer and layout of this command
        QString error;
        const auto data = reports::ReportData::load(
            workspace, &error,
            engine_support::yearOption(parser, QStringLiteral("division")).value_or(0));
        if (!data)
            throw CliError(BadInput, error);
        if (!templatePath.isEmpty() && !reports::profileTemplateUsable(*data, templatePath, &error))
            throw CliError(BadInput, QCoreApplication::translate(
                                         "cli", "The template %1 is not a usable QGIS print "
                                                "layout template (.qpt): %2")
                                         .arg(templatePath, error));
        reports::ProfileRequest request;
        request.codes = codes;
        request.all = all;
        request.outFile = out;
        request.outDir = outDir;
        request.templatePath = templatePath;
        if (all && parser.isSet(QStringLiteral("focus"))) {
            // --focus: each wijk of those gemeenten (engine::RegionFocus).
            const engine::RegionFocus focus = engine_support::focusOption(parser, data->dataset());
            request.all = false;
            for (int wijk : data->wijken())
                if (focus.contains(wijk))
                    request.codes << data->dataset().region(wijk).code;
            if (request.codes.isEmpty())
                throw CliError(BadInput,
                               QCoreApplication::translate("cli", "Workspace %1 holds no wijken.")
                                   .arg(workspace));
        }
        JobControl control(parser, context);
        const auto progress = [&control](int done, int total, const QString &what) {
            control.progress(done, total, what, true);
        };
        reports::ProfileResult result;
        // The template and the wijken are checked first (badRequest); what fails after that
        // is writing (a full disk, no permission, the workspace as a target).
        if (!reports::writeProfiles(*data, request, progress, control.cancelFlag(), &result,
                                    &error)) {
            if (result.cancelled)
                throw CliError(Cancelled, error);
            throw CliError(BadInput, error);
        }
        for (const QString &file : qAsConst(result.files))
            control.written(file);
        context.out << QCoreApplication::translate("cli", "Wrote %n wijk profile(s) to %1.",
                                                   nullptr, result.wijken)
                           .arg(outDir.isEmpty() ? out : outDir)
                    << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace wijk::cli
