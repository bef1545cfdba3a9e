#include "import/cbs_kwb_table.h"

#include "import/csv_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <gdal.h>
#include <ogr_api.h>

namespace wijk::import::cbs {

KwbTableBuilder::KwbTableBuilder(const QString &fileName)
{
    mTable.fileName = fileName;
}

bool KwbTableBuilder::setHeader(const QStringList &header, int line, ImportReport &report)
{
    mColumnCount = header.size();
    int coding = -1;
    for (int i = 0; i < header.size(); ++i) {
        QString key = header.at(i).trimmed();
        if (key.startsWith(QChar(0xFEFF)))
            key = key.mid(1);
        switch (classifyColumn(key)) {
        case ColumnRole::RegionCode:
            mCodeColumn = i;
            break;
        case ColumnRole::MunicipalityName:
            mMunicipalityColumn = i;
            break;
        case ColumnRole::RegionType:
            mTypeColumn = i;
            break;
        case ColumnRole::Index:
            break;
        case ColumnRole::Descriptive:
            if (indicatorCodeFromKey(key).compare(QLatin1String("Codering"), Qt::CaseInsensitive) ==
                0)
                coding = i;
            break;
        case ColumnRole::Indicator:
            mIndicatorColumns.push_back(i);
            mTable.keys << key;
            break;
        }
    }
    // Hand-trimmed exports sometimes keep only Codering_3, which holds the same code.
    if (mCodeColumn < 0)
        mCodeColumn = coding;
    if (mCodeColumn < 0) {
        report.addError(mTable.fileName, line, QStringLiteral("WijkenEnBuurten"),
                        QCoreApplication::translate(
                            "KwbTable",
                            "no region code column (WijkenEnBuurten); is this a CBS Kerncijfers "
                            "wijken en buurten table?"));
        return false;
    }
    if (mIndicatorColumns.empty())
        report.addError(mTable.fileName, line, QString(),
                        QCoreApplication::translate("KwbTable", "no indicator columns"));
    return !mIndicatorColumns.empty();
}

void KwbTableBuilder::addRow(const QStringList &cells, int line, ImportReport &report)
{
    auto cell = [&](int column) {
        return column >= 0 && column < cells.size() ? cells.at(column) : QString();
    };
    KwbRow row;
    row.line = line;
    row.code = trimCode(cell(mCodeColumn));
    row.municipality = cell(mMunicipalityColumn).trimmed();
    row.regionType = cell(mTypeColumn).trimmed();
    bool anyValue = !row.code.isEmpty();
    row.cells.reserve(static_cast<int>(mIndicatorColumns.size()));
    for (int column : mIndicatorColumns) {
        row.cells << cell(column);
        anyValue = anyValue || !row.cells.back().trimmed().isEmpty();
    }
    if (!anyValue) {
        report.addWarning(mTable.fileName, line, QString(),
                          QCoreApplication::translate("KwbTable", "empty row skipped"));
        return;
    }
    if (cells.size() != mColumnCount)
        report.addWarning(
            mTable.fileName, line, QString(),
            QCoreApplication::translate("KwbTable", "%1 fields where the header has %2")
                .arg(cells.size())
                .arg(mColumnCount));
    if (row.code.isEmpty()) {
        report.addError(mTable.fileName, line, QStringLiteral("WijkenEnBuurten"),
                        QCoreApplication::translate("KwbTable", "row without a region code"));
        return;
    }
    mTable.rows.push_back(std::move(row));
}

bool readKwbCsv(const QString &path, KwbTable *table, ImportReport &report)
{
    CsvReader reader(&report);
    if (!reader.open(path))
        return false;
    KwbTableBuilder builder(reader.displayName());
    if (!builder.setHeader(reader.header(), 1, report))
        return false;
    const int columns = reader.header().size();
    QStringList cells;
    while (reader.next()) {
        cells.clear();
        for (int i = 0; i < columns; ++i)
            cells << reader.text(i);
        builder.addRow(cells, reader.line(), report);
    }
    if (reader.failed())
        return false;
    *table = builder.take();
    return true;
}

bool readKwbXlsx(const QString &path, KwbTable *table, ImportReport &report)
{
    const QString name = QFileInfo(path).fileName();
    // Headers are forced (CBS sheets have text headers over numbers anyway) and every cell
    // is read as text, so "." and padded codes reach parseCell() as they are.
    const char *const options[] = {"HEADERS=FORCE", "FIELD_TYPES=STRING", nullptr};
    const char *const drivers[] = {"XLSX", nullptr};
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                 drivers, options, nullptr);
    if (!ds) {
        report.addError(name, 0, QString(),
                        QCoreApplication::translate(
                            "KwbTable", "GDAL cannot read this as an Excel workbook: %1")
                            .arg(QString::fromUtf8(CPLGetLastErrorMsg())));
        return false;
    }
    OGRLayerH layer = GDALDatasetGetLayerCount(ds) > 0 ? GDALDatasetGetLayer(ds, 0) : nullptr;
    if (!layer) {
        report.addError(name, 0, QString(),
                        QCoreApplication::translate("KwbTable", "the workbook has no sheet"));
        GDALClose(ds);
        return false;
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QStringList header;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    KwbTableBuilder builder(name);
    if (!builder.setHeader(header, 1, report)) {
        GDALClose(ds);
        return false;
    }
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        QStringList cells;
        for (int i = 0; i < header.size(); ++i)
            cells << (OGR_F_IsFieldSetAndNotNull(feature, i)
                          ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, i))
                          : QString());
        // The XLSX driver numbers features by their sheet row (the header is row 1).
        builder.addRow(cells, static_cast<int>(OGR_F_GetFID(feature)), report);
        OGR_F_Destroy(feature);
    }
    GDALClose(ds);
    *table = builder.take();
    table->numbersAreTyped = true; // FIELD_TYPES=STRING prints the workbook's own numbers
    return true;
}

} // namespace wijk::import::cbs
