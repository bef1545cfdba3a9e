#include "region_layer.h"

#include "read_only_vector.h"
#include "workspace/pg_location.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorsimplifymethod.h>

namespace wijk::maps {

namespace {
QgsFields regionFields()
{
    QgsFields fields;
    for (int i = 0; i < regionfield::Count; ++i) {
        const auto index = static_cast<regionfield::Index>(i);
        fields.append(QgsField(regionfield::name(index), QVariant::String));
    }
    return fields;
}
} // namespace

QString regionfield::name(Index index)
{
    static const char *names[] = {"code", "name", "label"};
    return index >= 0 && index < Count ? QString::fromLatin1(names[index]) : QString();
}

RegionSource RegionSource::workspace(const QString &workspacePath, RegionLevel level, int vintage)
{
    RegionSource source;
    source.path = workspacePath;
    source.layerName = QStringLiteral("regions");
    source.filter = QStringLiteral("level = '%1'").arg(contractName(level));
    if (vintage > 0)
        source.filter += QStringLiteral(" AND vintage = %1").arg(vintage);
    source.displayName = contractName(level);
    return source;
}

void RegionSource::restrictToCodes(const QStringList &codes)
{
    QStringList quoted;
    for (QString code : codes)
        quoted << QStringLiteral("'%1'").arg(code.replace(QLatin1Char('\''), QStringLiteral("''")));
    const QString in = quoted.isEmpty()
                           ? QStringLiteral("0 = 1")
                           : QStringLiteral("code IN (%1)").arg(quoted.join(QLatin1Char(',')));
    filter = filter.isEmpty() ? in : QStringLiteral("(%1) AND %2").arg(filter, in);
}

RegionLayer::~RegionLayer() = default;

QgsVectorDataProvider *RegionLayer::provider() const
{
    return mLayer ? mLayer->dataProvider() : nullptr;
}

std::unique_ptr<RegionLayer> RegionLayer::load(const RegionSource &source, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    if (!workspace::isPgLocation(source.path) && !QFileInfo::exists(source.path)) {
        *error = QCoreApplication::translate("wijk::maps", "%1: file not found.").arg(source.path);
        return nullptr;
    }
    ReadOnlyVector input;
    if (!readVectorReadOnly(source.path, source.layerName, source.filter, &input, error))
        return nullptr;
    const int codeIndex = input.fields.lookupField(source.codeField);
    const int nameIndex = input.fields.lookupField(source.nameField);
    if (codeIndex < 0 || nameIndex < 0) {
        const QString shown = workspace::isPgLocation(source.path)
                                  ? workspace::parsePgLocation(source.path).display
                                  : source.path;
        *error =
            QCoreApplication::translate("wijk::maps", "%1, layer %2: field '%3' not found.")
                .arg(shown, input.layerName, codeIndex < 0 ? source.codeField : source.nameField);
        return nullptr;
    }

    const QgsCoordinateReferenceSystem rd(QStringLiteral("EPSG:28992"));
    // TopoJSON/GeoJSON without a declared CRS is WGS84 (RFC 7946).
    const QgsCoordinateReferenceSystem sourceCrs =
        input.crs.isValid() ? input.crs : QgsCoordinateReferenceSystem("EPSG:4326");
    const QgsCoordinateTransform transform(sourceCrs, rd, QgsCoordinateTransformContext());

    auto result = std::unique_ptr<RegionLayer>(new RegionLayer);
    const QString name = source.displayName.isEmpty() ? QFileInfo(source.path).completeBaseName()
                                                      : source.displayName;
    result->mLayer = std::make_unique<QgsVectorLayer>(QStringLiteral("MultiPolygon?crs=EPSG:28992"),
                                                      name, QStringLiteral("memory"));
    QgsVectorDataProvider *provider = result->mLayer->dataProvider();
    provider->addAttributes(regionFields().toList());
    result->mLayer->updateFields();

    QgsFeatureList features;
    int featureNumber = 0;
    for (const QgsFeature &in : qAsConst(input.features)) {
        ++featureNumber;
        const QString code = in.attribute(codeIndex).toString().trimmed();
        if (code.isEmpty() || !in.hasGeometry())
            continue; // regions without code or geometry cannot be drawn
        QgsGeometry geometry = in.geometry();
        if (transform.isValid() && !transform.isShortCircuited()) {
            try {
                geometry.transform(transform);
            } catch (const QgsCsException &) {
                *error = QCoreApplication::translate(
                             "wijk::maps", "%1, feature %2 (%3): cannot reproject to EPSG:28992.")
                             .arg(source.path)
                             .arg(featureNumber)
                             .arg(code);
                return nullptr;
            }
        }
        geometry.convertToMultiType();
        QgsFeature out(result->mLayer->fields());
        out.setGeometry(geometry);
        QgsAttributes attributes(regionfield::Count);
        attributes[regionfield::Code] = code;
        attributes[regionfield::Name] = in.attribute(nameIndex).toString().trimmed();
        out.setAttributes(attributes);
        features.append(out);
    }
    if (features.isEmpty()) {
        *error =
            QCoreApplication::translate("wijk::maps",
                                        "%1: no regions with a code and a geometry%2.")
                .arg(source.path, source.filter.isEmpty()
                                      ? QString()
                                      : QCoreApplication::translate("wijk::maps", " matching %1")
                                            .arg(source.filter));
        return nullptr;
    }
    if (!provider->addFeatures(features)) {
        *error = QCoreApplication::translate("wijk::maps",
                                             "%1: the regions could not be loaded into memory.")
                     .arg(source.path);
        return nullptr;
    }
    QVector<double> sizes;
    sizes.reserve(features.size());
    for (const QgsFeature &feature : qAsConst(features)) {
        const QString code = feature.attribute(regionfield::Code).toString();
        result->mFids.insert(code, feature.id());
        result->mNames.insert(code, feature.attribute(regionfield::Name).toString());
        sizes.append(std::sqrt(feature.geometry().area()));
    }
    // Labels need room: show them from the scale at which a quarter of the regions are
    // 15 mm across (CBS buurten 2014 about 1:115,000, wijken 2017 about 1:265,000). The
    // limit spares PAL thousands of regions at national extent; a few regions (a focus
    // gemeente's wijken) are labelled at every scale, PAL drops the names that do not fit.
    constexpr int kLabelledAtEveryScale = 100;
    if (sizes.size() > kLabelledAtEveryScale) {
        const auto upperQuartile = sizes.begin() + sizes.size() * 3 / 4;
        std::nth_element(sizes.begin(), upperQuartile, sizes.end());
        result->mLabelScaleLimit = *upperQuartile * 1000.0 / 15.0;
    }
    provider->createSpatialIndex();
    // Draw at most one vertex per pixel: buurten at national scale stay fast.
    QgsVectorSimplifyMethod simplify;
    simplify.setSimplifyHints(QgsVectorSimplifyMethod::GeometrySimplification);
    simplify.setSimplifyAlgorithm(QgsVectorSimplifyMethod::Distance);
    simplify.setThreshold(1.0f);
    simplify.setForceLocalOptimization(true);
    result->mLayer->setSimplifyMethod(simplify);
    result->mLayer->updateExtents();
    return result;
}

QgsRectangle RegionLayer::extentOf(const QStringList &codes) const
{
    if (codes.isEmpty())
        return mLayer->extent();
    QgsFeatureIds ids;
    for (const QString &code : codes) {
        if (mFids.contains(code))
            ids.insert(mFids.value(code));
    }
    QgsRectangle extent;
    extent.setMinimal();
    QgsFeature feature;
    QgsFeatureIterator it =
        mLayer->getFeatures(QgsFeatureRequest().setFilterFids(ids).setNoAttributes());
    while (it.nextFeature(feature))
        extent.combineExtentWith(feature.geometry().boundingBox());
    return extent;
}

} // namespace wijk::maps
