// wijkmonitor-cli memo: the council memo as PDF or as an editable .odt document.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/job_control.h"
#include "qgis_session.h"
#include "reports/memo_document.h"
#include "reports/report_data.h"
#include "workspace/memo_basket.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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
        parser.addOption(
            {QStringLiteral("out"),
             QCoreApplication::translate(
                 "cli", "FILE.pdf, or FILE.odt for a document to edit in Word or LibreOffice "
                        "(repeatable: the same memo as PDF and ODT)."),
             QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("signal"),
             QCoreApplication::translate(
                 "cli", "A signal the memo leads with, WIJK:INDICATOR, e.g. "
                        "WK999901:pct_laag_inkomen (repeatable, in this order; default: the "
                        "unfavourable signals first)."),
             QStringLiteral("WIJK:INDICATOR")});
        parser.addOption({QStringLiteral("opening"),
                          QCoreApplication::translate("cli", "An opening paragraph of your own."),
                          QStringLiteral("TEXT")});
        parser.addOption(
            {QStringLiteral("basket"),
             QCoreApplication::translate(
                 "cli", "Lead with the memo basket kept in the workspace (the signals ticked "
                        "in the window, their order, the opening paragraph and the theme); "
                        "--signal, --opening and --theme override its parts.")});
        JobControl::addOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString workspace = requiredOption(parser, QStringLiteral("workspace"));
        const QStringList outs = parser.values(QStringLiteral("out"));
        if (outs.isEmpty())
            requiredOption(parser, QStringLiteral("out"));
        for (const QString &out : outs)
            if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
                !out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
                throw CliError(UsageError, QCoreApplication::translate(
                                               "cli", "--out must end in .pdf or .odt."));
        reports::MemoOptions options;
        for (const QString &signal : parser.values(QStringLiteral("signal"))) {
            const QStringList parts = signal.split(QLatin1Char(':'));
            if (parts.size() != 2 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
                throw CliError(UsageError, QCoreApplication::translate(
                                               "cli", "--signal must be WIJK:INDICATOR, not '%1'.")
                                               .arg(signal));
            options.basket.push_back({parts[0].trimmed().toUpper(), parts[1].trimmed()});
        }
        const app::QgisSession qgis; // outlives every layer and layout of this command
        QString error;
        const auto data = reports::ReportData::load(
            workspace, &error,
            engine_support::yearOption(parser, QStringLiteral("division")).value_or(0));
        if (!data)
            throw CliError(BadInput, error);
        if (parser.isSet(QStringLiteral("basket"))) {
            QString ignored;
            const auto file = workspace::Workspace::open(
                workspace, workspace::Workspace::OpenMode::ReadOnly, &ignored);
            if (file) {
                const workspace::MemoBasket basket = workspace::readMemoBasket(*file);
                if (options.basket.empty())
                    for (const workspace::MemoBasket::Entry &entry : basket.entries)
                        options.basket.push_back({entry.region, entry.indicator});
                options.opening = basket.opening;
                options.theme = basket.theme;
            }
        }
        if (parser.isSet(QStringLiteral("opening")))
            options.opening = parser.value(QStringLiteral("opening"));
        if (parser.isSet(QStringLiteral("theme")))
            options.theme = parser.value(QStringLiteral("theme"));
        options.focus = engine_support::focusOption(parser, data->dataset()).gemeenten();
        // Failures are an unknown theme or a file that cannot be written (full disk, no
        // permission, the workspace itself): the input or the environment, not a bug.
        JobControl control(parser, context);
        QStringList written;
        for (const QString &out : outs) {
            control.progress(int(written.size()), int(outs.size()), QFileInfo(out).fileName());
            if (control.cancelled()) {
                // A cancelled memo leaves nothing: not the PDF without its ODT either.
                for (const QString &path : qAsConst(written))
                    QFile::remove(path);
                control.stopIfCancelled();
            }
            if (!reports::writeMemo(*data, options, out, &error))
                throw CliError(BadInput, error);
            written << out;
        }
        for (const QString &path : qAsConst(written))
            control.written(path);
        control.progress(int(outs.size()), int(outs.size()), QString());
        const QString out = outs.join(QStringLiteral(", "));
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
