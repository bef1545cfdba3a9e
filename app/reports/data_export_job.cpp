#include "reports/data_export_job.h"

#include "export/csv_writer.h"
#include "export/export_rows.h"
#include "export/ogr_writer.h"
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
