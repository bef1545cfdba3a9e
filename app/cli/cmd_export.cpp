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

//! --table and its options (the focus is read against the dataset, later).
reports::TableViewRequest tableOption(const QCommandLineParser &parser)
{
    reports::TableViewRequest view;
    const QString across = parser.value(QStringLiteral("table")).trimmed().toLower();
    if (across == QLatin1String("years"))
        view.across = reports::TableViewRequest::Across::Years;
    else if (across == QLatin1String("indicators"))
        view.across = reports::TableViewRequest::Across::Indicators;
    else
        throw CliError(UsageError, QCoreApplication::translate(
                                       "cli", "--table must be years or indicators, not '%1'.")
                                       .arg(parser.value(QStringLiteral("table"))));
    if (parser.isSet(QStringLiteral("period")))
        view.period = engine_support::yearOption(parser, QStringLiteral("period")).value_or(0);
    if ((view.across == reports::TableViewRequest::Across::Indicators ||
         parser.isSet(QStringLiteral("empirical-bayes"))) &&
        view.period <= 0)
        throw CliError(UsageError, QCoreApplication::translate(
                                       "cli", "--table indicators and --empirical-bayes need "
                                              "--period."));
    view.filter = parser.value(QStringLiteral("filter"));
    if (parser.isSet(QStringLiteral("sort")))
        view.sortKey = parser.value(QStringLiteral("sort"));
    view.descending = parser.isSet(QStringLiteral("descending"));
    view.empiricalBayes = parser.isSet(QStringLiteral("empirical-bayes"));
    return view;
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
        // The window's table as shown ("Gegevens exporteren…", the table's view).
        parser.addOption(
            {QStringLiteral("table"),
             QCoreApplication::translate(
                 "cli", "Export the values table as the window shows it, at one --level: "
                        "'years' (one --indicator, every year across) or 'indicators' (the "
                        "--indicator codes across, in that order, in --period)."),
             QStringLiteral("ACROSS")});
        parser.addOption(
            {QStringLiteral("period"),
             QCoreApplication::translate("cli", "--table: the year (indicators across; the "
                                                "year of --empirical-bayes)."),
             QStringLiteral("YEAR")});
        parser.addOption({QStringLiteral("focus"),
                          QCoreApplication::translate(
                              "cli", "--table: only the regions of these gemeenten (GM…, "
                                     "comma-separated), as the window's focus."),
                          QStringLiteral("GM…")});
        parser.addOption({QStringLiteral("filter"),
                          QCoreApplication::translate(
                              "cli", "--table: only rows whose code or name contains TEXT (as the "
                                     "table's filter box)."),
                          QStringLiteral("TEXT")});
        parser.addOption(
            {QStringLiteral("sort"),
             QCoreApplication::translate(
                 "cli", "--table: the column to sort on: code, name (default) or a column "
                        "(INDICATOR_YEAR for years across, the indicator code otherwise)."),
             QStringLiteral("COLUMN")});
        parser.addOption({QStringLiteral("descending"),
                          QCoreApplication::translate("cli", "--table: sort descending.")});
        parser.addOption({QStringLiteral("empirical-bayes"),
                          QCoreApplication::translate(
                              "cli", "--table years: add the EB-estimated column of --period.")});
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
        if (parser.isSet(QStringLiteral("table")))
            request.table = tableOption(parser);

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
        if (request.table && parser.isSet(QStringLiteral("focus")))
            request.table->focus = engine_support::focusOption(parser, data->dataset()).gemeenten();
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
