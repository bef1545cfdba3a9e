// wijkmonitor-cli export: values (and trends) for spreadsheet and GIS users, as CSV, XLSX
// (through GDAL) or a GeoPackage with the values joined to the region geometry.
#include "cli/cli_command.h"
#include "export/csv_writer.h"
#include "export/export_rows.h"
#include "export/ogr_writer.h"
#include "reports/report_data.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

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

QString formatOption(const QCommandLineParser &parser, const QString &out)
{
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") &&
        format != QLatin1String("gpkg"))
        throw CliError(UsageError,
                       QCoreApplication::translate("cli", "--format must be csv, xlsx or gpkg."));
    return format;
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
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QString workspace = requiredOption(parser, QStringLiteral("workspace"));
        const QString out = requiredOption(parser, QStringLiteral("out"));
        const QString format = formatOption(parser, out);
        exports::ExportSelection selection;
        selection.levels = levelsOption(parser.value(QStringLiteral("level")));

        QString error;
        const auto data = reports::ReportData::load(workspace, &error);
        if (!data)
            throw CliError(BadInput, error);
        const engine::Dataset &dataset = data->dataset();
        for (const QString &code : parser.values(QStringLiteral("indicator"))) {
            const int i = dataset.indicatorIndex(code);
            if (i < 0)
                throw CliError(BadInput, QCoreApplication::translate(
                                             "cli", "Unknown indicator '%1' in workspace %2.")
                                             .arg(code, workspace));
            selection.indicators.push_back(i);
        }
        const bool withTrends = parser.isSet(QStringLiteral("trends"));
        exports::ExportTable trends;
        if (withTrends) {
            std::vector<engine::TrendRow> rows;
            for (RegionLevel level : selection.levels) {
                for (const engine::TrendRow &row : data->trends(level)) {
                    if (selection.indicators.empty() ||
                        std::count(selection.indicators.begin(), selection.indicators.end(),
                                   row.indicator))
                        rows.push_back(row);
                }
            }
            trends = exports::trendsTable(dataset, rows);
        }
        const exports::Provenance &provenance = data->provenance();
        std::vector<exports::ExportTable> tables;
        if (format == QLatin1String("gpkg")) {
            const workspace::Workspace &ws = data->workspace();
            for (RegionLevel level : selection.levels)
                tables.push_back(exports::geoValuesTable(
                    dataset, level, selection.indicators, [&ws](const QString &code, int vintage) {
                        return ws.regionGeometryWkb(code, vintage);
                    }));
        } else {
            tables.push_back(exports::valuesTable(dataset, selection));
        }
        if (withTrends)
            tables.push_back(trends);

        if (format == QLatin1String("csv")) {
            exports::CsvOptions options;
            if (parser.isSet(QStringLiteral("excel-nl")))
                options.delimiter = QLatin1Char(';');
            if (!exports::writeCsv(out, tables.front(), provenance, options, &error))
                throw CliError(BadInput, error);
            if (withTrends) {
                const QFileInfo info(out);
                const QString trendsPath =
                    info.dir().filePath(info.completeBaseName() + QStringLiteral("-trends.csv"));
                if (!exports::writeCsv(trendsPath, trends, provenance, options, &error))
                    throw CliError(BadInput, error);
                context.out << QCoreApplication::translate("cli", "Wrote %1 trend rows to %2.")
                                   .arg(trends.rows.size())
                                   .arg(trendsPath)
                            << "\n";
            }
        } else {
            const exports::OgrFormat ogr = format == QLatin1String("xlsx")
                                               ? exports::OgrFormat::Xlsx
                                               : exports::OgrFormat::GeoPackage;
            if (!exports::writeOgr(out, ogr, tables, provenance, &error))
                throw CliError(BadInput, error);
        }
        std::size_t rows = 0;
        for (const exports::ExportTable &table : tables)
            rows += table.rows.size();
        context.out << QCoreApplication::translate(
                           "cli", "Wrote %1 rows in %n table(s) to %2 (extract %3).", nullptr,
                           int(tables.size()))
                           .arg(rows)
                           .arg(out, provenance.extractId)
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
