// wijkmonitor-cli export: values (and trends) for spreadsheet and GIS users, as CSV, XLSX
// (through GDAL) or a GeoPackage with the values joined to the region geometry.
#include "cli/cli_command.h"
#include "cli/cmd_engine_support.h"
#include "cli/job_control.h"
#include "reports/data_export_job.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wijk::cli {

namespace {

std::vector<RegionLevel> levelsOption(const QString &text)
{
    const QString level = text.trimmed().toLower();
    if (level.isEmpty() || level == QLatin1String("all"))
        return {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt};
    const std::optional<RegionLevel> parsed = regionLevelFromString(level);
    if (!parsed || *parsed == RegionLevel::Land)
        throw CliError(UsageError,
                       QCoreApplication::translate(
                           "cli", "--level must be gemeente, wijk, buurt or all, not '%1'.")
                           .arg(text));
    return {*parsed};
}

class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli", "Export values (and trends) as CSV, XLSX or GeoPackage, with provenance.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        engine_support::addDivisionOption(parser);
        parser.addOption({QStringLiteral("workspace"),
                          QCoreApplication::translate("cli", "The workspace file (.gpkg)."),
                          QStringLiteral("WS.gpkg")});
        parser.addOption(
            {QStringLiteral("indicator"),
             QCoreApplication::translate("cli", "An indicator code (repeatable; default: all)."),
             QStringLiteral("CODE")});
        parser.addOption(
            {QStringLiteral("level"),
             QCoreApplication::translate("cli", "gemeente, wijk, buurt or all (default)."),
             QStringLiteral("LEVEL")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate(
                              "cli", "csv, xlsx or gpkg (default: from the --out extension)."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("cli", "The file to write."),
                          QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("trends"),
             QCoreApplication::translate(
                 "cli", "Also the trends per series (a 'trends' sheet/table; for CSV a "
                        "second file FILE-trends.csv).")});
        parser.addOption(
            {QStringLiteral("excel-nl"),
             QCoreApplication::translate(
                 "cli", "CSV for Excel with Dutch settings: ';' between fields and a "
                        "decimal comma (default: RFC 4180, ',' and a decimal point).")});
        JobControl::addOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString workspace = requiredOption(parser, QStringLiteral("workspace"));
        reports::DataExportRequest request;
        request.out = requiredOption(parser, QStringLiteral("out"));
        request.format =
            reports::dataExportFormat(parser.value(QStringLiteral("format")), request.out);
        if (request.format.isEmpty())
            throw CliError(UsageError, QCoreApplication::translate(
                                           "cli", "--format must be csv, xlsx or gpkg."));
        request.levels = levelsOption(parser.value(QStringLiteral("level")));
        request.indicators = parser.values(QStringLiteral("indicator"));
        request.trends = parser.isSet(QStringLiteral("trends"));
        request.excelNl = parser.isSet(QStringLiteral("excel-nl"));

        JobControl control(parser, context);
        control.progress(0, 1, QFileInfo(request.out).fileName());
        QString error;
        const auto data = reports::ReportData::load(
            workspace, &error,
            engine_support::yearOption(parser, QStringLiteral("division")).value_or(0));
        if (!data)
            throw CliError(BadInput, error);
        control.stopIfCancelled();
        reports::DataExportResult result;
        if (!reports::exportData(*data, request, &result, &error))
            throw CliError(BadInput, error);
        for (const QString &file : qAsConst(result.files))
            control.written(file);
        control.progress(1, 1, QString());
        if (request.trends && request.format == QLatin1String("csv"))
            context.out << QCoreApplication::translate("cli", "Wrote %1 trend rows to %2.")
                               .arg(result.trendRows)
                               .arg(result.files.last())
                        << "\n";
        context.out << QCoreApplication::translate(
                           "cli", "Wrote %1 rows in %n table(s) to %2 (extract %3).", nullptr,
                           result.tables)
                           .arg(result.rows)
                           .arg(request.out, data->provenance().extractId)
                    << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace wijk::cli
