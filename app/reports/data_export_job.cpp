#include "reports/data_export_job.h"

#include "empirical_bayes_values.h"
#include "export/csv_writer.h"
#include "export/export_rows.h"
#include "export/ogr_writer.h"
#include "table_export.h"
#include "table_rows.h"
#include "table_view.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace wijk::reports {

QString dataExportFormat(const QString &format, const QString &out)
{
    const QString chosen = format.isEmpty() ? QFileInfo(out).suffix().toLower() : format.toLower();
    if (chosen == QLatin1String("csv") || chosen == QLatin1String("xlsx") ||
        chosen == QLatin1String("gpkg"))
        return chosen;
    return QString();
}

namespace {

//! The latest vintage of a region in force in year (0: the latest of all).
int vintageAt(const engine::RegionEntry &region, int year)
{
    int chosen = region.vintages.empty() ? 0 : region.vintages.front().vintage;
    for (const Region &vintage : region.vintages)
        if (year <= 0 || vintage.vintage <= year)
            chosen = vintage.vintage;
    return chosen;
}

//! The window's table as shown (presentation::periodTable or indicatorTable, the focus, the
//! filter and the sort order); false with *error for a request that names no such table.
bool shownTable(const ReportData &data, const DataExportRequest &request,
                const std::vector<int> &indicators, presentation::TableData *table, QString *error)
{
    const TableViewRequest &view = *request.table;
    const engine::Dataset &dataset = data.dataset();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (request.levels.size() != 1)
        return fail(QCoreApplication::translate("cli", "--table needs one --level."));
    const RegionLevel level = request.levels.front();
    if (indicators.empty() ||
        (view.across == TableViewRequest::Across::Years && indicators.size() != 1))
        return fail(QCoreApplication::translate(
            "cli", "--table years needs one --indicator, --table indicators one or more."));
    const int p = dataset.periodIndex(view.period);
    if (view.across == TableViewRequest::Across::Indicators || view.empiricalBayes) {
        if (p < 0)
            return fail(QCoreApplication::translate("cli", "The workspace holds no year %1.")
                            .arg(view.period));
    }
    if (view.across == TableViewRequest::Across::Years) {
        *table = presentation::periodTable(dataset, indicators.front(), level, Language::Dutch);
        for (presentation::TableRow &row : table->rows)
            for (int c = 0; c < row.cells.size(); ++c)
                row.cells[c].status = presentation::shownStatus(
                    row.cells[c].status, false,
                    data.isEstimate(indicators.front(), dataset.regionIndex(row.code), c));
        if (view.empiricalBayes)
            presentation::insertEmpiricalBayesColumn(*table, dataset, indicators.front(), level, p);
    } else {
        const QString theme = dataset.indicator(indicators.front()).theme;
        *table = presentation::indicatorTable(dataset, indicators, theme, level, view.period,
                                              Language::Dutch);
        for (presentation::TableRow &row : table->rows)
            for (int c = 0; c < row.cells.size() && c < int(indicators.size()); ++c)
                row.cells[c].status = presentation::shownStatus(
                    row.cells[c].status, false,
                    data.isEstimate(indicators[std::size_t(c)], dataset.regionIndex(row.code), p));
    }
    presentation::narrowTableToFocus(*table, dataset, engine::RegionFocus(dataset, view.focus));
    presentation::TableViewOrder order;
    order.filter = view.filter;
    order.sortColumn = presentation::tableColumnOfKey(*table, view.sortKey);
    if (order.sortColumn < 0) {
        QStringList keys{QStringLiteral("code"), QStringLiteral("name")};
        for (const presentation::TableColumn &column : qAsConst(table->columns))
            keys << column.key;
        return fail(QCoreApplication::translate("cli", "--sort must be one of %1, not '%2'.")
                        .arg(keys.join(QStringLiteral(", ")), view.sortKey));
    }
    order.descending = view.descending;
    presentation::applyTableOrder(*table, order);
    return true;
}

//! What the file holds, for its provenance: "table, years across: …".
QString viewDescription(const DataExportRequest &request, const engine::Dataset &dataset,
                        const std::vector<int> &indicators, std::size_t rows)
{
    const TableViewRequest &view = *request.table;
    QStringList codes;
    for (int i : indicators)
        codes << dataset.indicator(i).code;
    QStringList parts;
    parts << (view.across == TableViewRequest::Across::Years
                  ? QStringLiteral("table, years across: %1").arg(codes.join(QLatin1Char(',')))
                  : QStringLiteral("table, indicators across: %1; year %2")
                        .arg(codes.join(QLatin1Char(',')))
                        .arg(view.period));
    if (view.empiricalBayes)
        parts << QStringLiteral("EB-estimated %1").arg(view.period);
    parts << QStringLiteral("level %1").arg(contractName(request.levels.front()));
    parts << (view.focus.isEmpty()
                  ? QStringLiteral("every region")
                  : QStringLiteral("focus %1").arg(view.focus.join(QLatin1Char(','))));
    if (!view.filter.trimmed().isEmpty())
        parts << QStringLiteral("filter \"%1\"").arg(view.filter.trimmed());
    parts << QStringLiteral("sorted on %1 %2")
                 .arg(view.sortKey,
                      view.descending ? QStringLiteral("descending") : QStringLiteral("ascending"));
    parts << QStringLiteral("%1 rows").arg(rows);
    return parts.join(QStringLiteral("; "));
}

} // namespace

bool exportData(const ReportData &data, const DataExportRequest &request, DataExportResult *result,
                QString *error)
{
    DataExportResult ignored;
    DataExportResult &outcome = result ? *result : ignored;
    outcome = DataExportResult();
    const QString format = dataExportFormat(request.format, request.out);
    if (format.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cli", "--format must be csv, xlsx or gpkg.");
        return false;
    }
    exports::ExportSelection selection;
    selection.levels =
        request.levels.empty()
            ? std::vector<RegionLevel>{RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}
            : request.levels;
    const engine::Dataset &dataset = data.dataset();
    for (const QString &code : request.indicators) {
        const int i = dataset.indicatorIndex(code);
        if (i < 0) {
            if (error)
                *error =
                    QCoreApplication::translate("cli", "Unknown indicator '%1' in workspace %2.")
                        .arg(code, data.workspace().path());
            return false;
        }
        selection.indicators.push_back(i);
    }
    if (request.table) {
        presentation::TableData table;
        if (!shownTable(data, request, selection.indicators, &table, error))
            return false;
        const workspace::Workspace &ws = data.workspace();
        const int year = request.table->across == TableViewRequest::Across::Indicators
                             ? request.table->period
                             : 0;
        std::function<QByteArray(const QString &)> geometry;
        if (format == QLatin1String("gpkg"))
            geometry = [&ws, &dataset, year](const QString &code) {
                const int r = dataset.regionIndex(code);
                return r < 0 ? QByteArray()
                             : ws.regionGeometryWkb(code, vintageAt(dataset.region(r), year));
            };
        const exports::ExportTable shown = presentation::shownTableExport(table, geometry);
        exports::Provenance provenance = data.provenance();
        provenance.view =
            viewDescription(request, dataset, selection.indicators, shown.rows.size());
        bool written = false;
        if (format == QLatin1String("csv")) {
            exports::CsvOptions options;
            if (request.excelNl)
                options.delimiter = QLatin1Char(';');
            written = exports::writeCsv(request.out, shown, provenance, options, error);
        } else {
            written =
                exports::writeOgr(request.out,
                                  format == QLatin1String("xlsx") ? exports::OgrFormat::Xlsx
                                                                  : exports::OgrFormat::GeoPackage,
                                  {shown}, provenance, error);
        }
        if (!written)
            return false;
        outcome.files << request.out;
        outcome.rows = shown.rows.size();
        outcome.tables = 1;
        return true;
    }
    exports::ExportTable trends;
    if (request.trends) {
        std::vector<engine::TrendRow> rows;
        for (RegionLevel level : selection.levels) {
            for (const engine::TrendRow &row : data.trends(level)) {
                if (selection.indicators.empty() ||
                    std::count(selection.indicators.begin(), selection.indicators.end(),
                               row.indicator))
                    rows.push_back(row);
            }
        }
        trends = exports::trendsTable(dataset, rows);
    }
    const exports::Provenance &provenance = data.provenance();
    std::vector<exports::ExportTable> tables;
    if (format == QLatin1String("gpkg")) {
        const workspace::Workspace &ws = data.workspace();
        for (RegionLevel level : selection.levels)
            tables.push_back(exports::geoValuesTable(dataset, level, selection.indicators,
                                                     [&ws](const QString &code, int vintage) {
                                                         return ws.regionGeometryWkb(code, vintage);
                                                     }));
    } else {
        tables.push_back(exports::valuesTable(dataset, selection));
    }
    if (request.trends)
        tables.push_back(trends);

    if (format == QLatin1String("csv")) {
        exports::CsvOptions options;
        if (request.excelNl)
            options.delimiter = QLatin1Char(';');
        if (!exports::writeCsv(request.out, tables.front(), provenance, options, error))
            return false;
        outcome.files << request.out;
        if (request.trends) {
            const QFileInfo info(request.out);
            const QString trendsPath =
                info.dir().filePath(info.completeBaseName() + QStringLiteral("-trends.csv"));
            if (!exports::writeCsv(trendsPath, trends, provenance, options, error))
                return false;
            outcome.files << trendsPath;
            outcome.trendRows = trends.rows.size();
        }
    } else {
        const exports::OgrFormat ogr = format == QLatin1String("xlsx")
                                           ? exports::OgrFormat::Xlsx
                                           : exports::OgrFormat::GeoPackage;
        if (!exports::writeOgr(request.out, ogr, tables, provenance, error))
            return false;
        outcome.files << request.out;
    }
    for (const exports::ExportTable &table : tables)
        outcome.rows += table.rows.size();
    outcome.tables = int(tables.size());
    return true;
}

} // namespace wijk::reports
