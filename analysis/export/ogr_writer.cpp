#include "export/ogr_writer.h"

#include "output/output_file.h"

#include <QCoreApplication>
#include <QFile>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace wijk::exports {

namespace {

//! GDAL's last message, its first line and at most 200 characters, without the SQL the
//! GeoPackage driver quotes when SQLite fails ("sqlite3_exec(CREATE TABLE …) failed: database
//! or disk is full": kilobytes of SQL for a full disk).
QString lastGdalError()
{
    QString message = QString::fromUtf8(CPLGetLastErrorMsg()).section(QLatin1Char('\n'), 0, 0);
    const QLatin1String failed(") failed: ");
    if (message.startsWith(QLatin1String("sqlite3_")) && message.contains(failed))
        message = message.mid(message.lastIndexOf(failed) + failed.size());
    if (message.size() > 200)
        message = message.left(200) + QStringLiteral("…");
    return message;
}

OGRFieldType fieldType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return OFTInteger64;
    case ColumnType::Real:
        return OFTReal;
    case ColumnType::Text:
        break;
    }
    return OFTString;
}

class Dataset
{
public:
    explicit Dataset(GDALDatasetH handle) : mHandle(handle) {}
    ~Dataset() { close(); }
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;
    GDALDatasetH get() const { return mHandle; }
    //! Flushes and closes; false when GDAL reported an error while finishing the file.
    bool close()
    {
        if (!mHandle)
            return true;
        CPLErrorReset();
        GDALClose(mHandle);
        mHandle = nullptr;
        return CPLGetLastErrorType() < CE_Failure;
    }

private:
    GDALDatasetH mHandle = nullptr;
};

bool writeTable(GDALDatasetH dataset, const ExportTable &table, bool neutralise, QString *error)
{
    const bool spatial = !table.geometries.empty();
    OGRSpatialReferenceH srs = nullptr;
    if (spatial) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, table.epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, table.name.toUtf8().constData(), srs,
                                             spatial ? wkbMultiPolygon : wkbNone, nullptr);
    if (srs)
        OSRRelease(srs);
    if (!layer) {
        *error = QCoreApplication::translate("Export", "Cannot create the table '%1': %2")
                     .arg(table.name, lastGdalError());
        return false;
    }
    for (const ExportColumn &column : table.columns) {
        OGRFieldDefnH field =
            OGR_Fld_Create(column.name.toUtf8().constData(), fieldType(column.type));
        const OGRErr result = OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
        if (result != OGRERR_NONE) {
            *error =
                QCoreApplication::translate("Export", "Cannot create the column '%1' in '%2': %3")
                    .arg(column.name, table.name, lastGdalError());
            return false;
        }
    }
    // Drivers without transactions (XLSX) answer OGRERR_UNSUPPORTED_OPERATION; that is fine.
    const bool inTransaction = OGR_L_StartTransaction(layer) == OGRERR_NONE;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows[r];
        OGRFeatureH feature = OGR_F_Create(definition);
        for (int i = 0; i < row.size(); ++i) {
            const QVariant &cell = row.at(i);
            if (cell.isNull())
                continue;
            switch (table.columns[std::size_t(i)].type) {
            case ColumnType::Integer:
                OGR_F_SetFieldInteger64(feature, i, cell.toLongLong());
                break;
            case ColumnType::Real:
                OGR_F_SetFieldDouble(feature, i, cell.toDouble());
                break;
            case ColumnType::Text: {
                const QString text =
                    neutralise ? output::neutraliseFormula(cell.toString()) : cell.toString();
                OGR_F_SetFieldString(feature, i, text.toUtf8().constData());
                break;
            }
            }
        }
        if (spatial && r < table.geometries.size() && !table.geometries[r].isEmpty()) {
            const QByteArray &wkb = table.geometries[r];
            OGRGeometryH geometry = nullptr;
            if (OGR_G_CreateFromWkb(wkb.constData(), nullptr, &geometry, int(wkb.size())) ==
                OGRERR_NONE) {
                geometry = OGR_G_ForceToMultiPolygon(geometry);
                OGR_F_SetGeometryDirectly(feature, geometry);
            }
        }
        const OGRErr result = OGR_L_CreateFeature(layer, feature);
        OGR_F_Destroy(feature);
        if (result != OGRERR_NONE) {
            *error = QCoreApplication::translate("Export", "Cannot write row %1 of '%2': %3")
                         .arg(r + 1)
                         .arg(table.name, lastGdalError());
            // The first failure is the cause; the rollback's own complaint adds nothing.
            if (inTransaction)
                OGR_L_RollbackTransaction(layer);
            return false;
        }
    }
    if (inTransaction && OGR_L_CommitTransaction(layer) != OGRERR_NONE) {
        *error = QCoreApplication::translate("Export", "Cannot write '%1': %2")
                     .arg(table.name, lastGdalError());
        return false;
    }
    return true;
}

} // namespace

bool writeOgr(const QString &path, OgrFormat format, const std::vector<ExportTable> &tables,
              const Provenance &provenance, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    GDALAllRegister();
    const char *driverName = format == OgrFormat::Xlsx ? "XLSX" : "GPKG";
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (!driver) {
        message = QCoreApplication::translate("Export", "GDAL has no %1 driver")
                      .arg(QString::fromLatin1(driverName));
        return false;
    }
    // GDAL writes a temporary file next to the target; it replaces the target only when
    // everything succeeded (OutputFile), so a failure never leaves half a file.
    output::OutputFile output(path);
    if (!output.begin(&message, output::OutputFile::Mode::Path))
        return false;
    if (format == OgrFormat::Xlsx)
        output.requireEnding(QByteArray("PK\x05\x06", 4)); // a zip's end-of-directory record
    bool ok = false;
    {
        // Errors come back through *error; GDAL's default handler would also print them.
        CPLPushErrorHandler(CPLQuietErrorHandler);
        struct PopHandler
        {
            ~PopHandler() { CPLPopErrorHandler(); }
        } popHandler;
        CPLErrorReset();
        Dataset dataset(GDALCreate(driver, QFile::encodeName(output.temporaryPath()).constData(), 0,
                                   0, 0, GDT_Unknown, nullptr));
        if (!dataset.get()) {
            message = QCoreApplication::translate("Export", "Cannot create %1: %2")
                          .arg(path, lastGdalError());
            return false;
        }
        const bool neutralise = format == OgrFormat::Xlsx;
        ok = true;
        for (const ExportTable &table : tables) {
            if (!writeTable(dataset.get(), table, neutralise, &message)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = writeTable(dataset.get(), provenanceTable(provenance), neutralise, &message);
        if (!ok)
            message = QStringLiteral("%1: %2").arg(path, message);
        if (ok && format == OgrFormat::GeoPackage) {
            for (const auto &[key, value] : provenance.entries())
                GDALSetMetadataItem(dataset.get(), key.toUtf8().constData(),
                                    value.toUtf8().constData(), nullptr);
        }
        if (!dataset.close() && ok) {
            message = QCoreApplication::translate("Export", "Cannot finish %1: %2")
                          .arg(path, lastGdalError());
            ok = false;
        }
    }
    return ok && output.commit(&message);
}

} // namespace wijk::exports
