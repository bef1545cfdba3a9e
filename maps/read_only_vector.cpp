#include "read_only_vector.h"

#include "workspace/pg_location.h"

#include <QCoreApplication>
#include <QTextCodec>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <qgsogrutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace wijk::maps {

namespace {
struct DatasetCloser
{
    void operator()(void *dataset) const { GDALClose(dataset); }
};

QgsFields fieldsOf(OGRFeatureDefnH definition)
{
    QgsFields fields;
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
        QVariant::Type type = QVariant::String;
        switch (OGR_Fld_GetType(field)) {
        case OFTInteger:
            type = QVariant::Int;
            break;
        case OFTInteger64:
            type = QVariant::LongLong;
            break;
        case OFTReal:
            type = QVariant::Double;
            break;
        default:
            break; // dates and lists are shown as text; backgrounds and regions need no more
        }
        fields.append(QgsField(QString::fromUtf8(OGR_Fld_GetNameRef(field)), type));
    }
    return fields;
}
} // namespace

bool readVectorReadOnly(const QString &path, const QString &layerName, const QString &filter,
                        ReadOnlyVector *out, QString *error)
{
    GDALAllRegister();
    // A team workspace: GDAL's PostgreSQL driver, read-only like a file, in the workspace's
    // schema (the schema is an open option, never spliced into SQL).
    QByteArray name = path.toUtf8();
    QByteArray schemaOption;
    QString shown = path; // a team workspace's location without its password
    if (workspace::isPgLocation(path)) {
        const workspace::PgLocation where = workspace::parsePgLocation(path);
        shown = where.display;
        name = "PG:" + where.conninfo.toUtf8();
        schemaOption = "ACTIVE_SCHEMA=" + where.schema.toUtf8();
    }
    const char *const openOptions[] = {schemaOption.isEmpty() ? nullptr : schemaOption.constData(),
                                       nullptr};
    std::unique_ptr<void, DatasetCloser> dataset(GDALOpenEx(
        name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr));
    OGRLayerH layer = nullptr;
    if (dataset)
        layer = layerName.isEmpty()
                    ? GDALDatasetGetLayer(dataset.get(), 0)
                    : GDALDatasetGetLayerByName(dataset.get(), layerName.toUtf8().constData());
    if (!layer) {
        *error = QCoreApplication::translate("wijk::maps", "%1: no readable layer '%2'.")
                     .arg(shown, layerName);
        return false;
    }
    if (!filter.isEmpty() &&
        OGR_L_SetAttributeFilter(layer, filter.toUtf8().constData()) != OGRERR_NONE) {
        *error = QCoreApplication::translate("wijk::maps", "%1: invalid filter '%2'.")
                     .arg(shown, filter);
        return false;
    }
    out->layerName = QString::fromUtf8(OGR_L_GetName(layer));
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer))
        out->crs = QgsOgrUtils::OGRSpatialReferenceToCrs(srs);
    out->geometryType = QgsOgrUtils::ogrGeometryTypeToQgsWkbType(OGR_L_GetGeomType(layer));
    out->fields = fieldsOf(OGR_L_GetLayerDefn(layer));
    QTextCodec *utf8 = QTextCodec::codecForName("UTF-8");
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        out->features.append(QgsOgrUtils::readOgrFeature(feature, out->fields, utf8));
        OGR_F_Destroy(feature);
    }
    return true;
}

std::unique_ptr<QgsVectorLayer> loadVectorReadOnly(const QString &path, const QString &name,
                                                   QString *error)
{
    ReadOnlyVector data;
    if (!readVectorReadOnly(path, QString(), QString(), &data, error))
        return nullptr;
    QgsWkbTypes::Type type = data.geometryType;
    for (int i = 0; type == QgsWkbTypes::Unknown && i < data.features.size(); ++i)
        if (data.features.at(i).hasGeometry())
            type = data.features.at(i).geometry().wkbType();
    if (type == QgsWkbTypes::Unknown || type == QgsWkbTypes::NoGeometry) {
        *error = QCoreApplication::translate("wijk::maps", "%1: no geometry to draw.").arg(path);
        return nullptr;
    }
    // Mixed single and multi parts share the multi type.
    const QgsWkbTypes::Type multi = QgsWkbTypes::multiType(type);
    const QgsCoordinateReferenceSystem crs =
        data.crs.isValid() ? data.crs : QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326"));
    auto layer = std::make_unique<QgsVectorLayer>(QgsWkbTypes::displayString(multi), name,
                                                  QStringLiteral("memory"));
    layer->setCrs(crs);
    layer->dataProvider()->addAttributes(data.fields.toList());
    layer->updateFields();
    for (QgsFeature &feature : data.features) {
        if (feature.hasGeometry()) {
            QgsGeometry geometry = feature.geometry();
            geometry.convertToMultiType();
            feature.setGeometry(geometry);
        }
    }
    if (!layer->dataProvider()->addFeatures(data.features)) {
        *error = QCoreApplication::translate("wijk::maps", "%1: could not be loaded into memory.")
                     .arg(path);
        return nullptr;
    }
    layer->updateExtents();
    return layer;
}

} // namespace wijk::maps
