#include "import/extract_regions.h"

#include "import/rd_new_extent.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cpl_error.h>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

namespace wijk::import {

namespace {
struct DatasetCloser
{
    void operator()(void *dataset) const { GDALClose(dataset); }
};
struct TransformDeleter
{
    void operator()(OGRCoordinateTransformation *t) const
    {
        OGRCoordinateTransformation::DestroyCT(t);
    }
};

QString fieldText(OGRFeatureH feature, int index)
{
    if (index < 0 || !OGR_F_IsFieldSetAndNotNull(feature, index))
        return QString();
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, index)).trimmed();
}

//! Collects GDAL's error messages while a file is opened (e.g. PROJ not knowing a CRS the
//! GeoJSON declares, after which GDAL would silently fall back to WGS84).
void CPL_STDCALL collectErrors(CPLErr level, CPLErrorNum, const char *message)
{
    if (level >= CE_Failure)
        static_cast<QStringList *>(CPLGetErrorHandlerUserData())
            ->append(QString::fromUtf8(message));
}

//! The srs_id a GeoPackage gives the layer (0 and -1 mean undefined), or 1 when unknown.
int geoPackageSrsId(GDALDatasetH dataset)
{
    OGRLayerH result = GDALDatasetExecuteSQL(
        dataset, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'regions'", nullptr,
        nullptr);
    int srsId = 1;
    if (result) {
        if (OGRFeatureH row = OGR_L_GetNextFeature(result)) {
            srsId = OGR_F_GetFieldAsInteger(row, 0);
            OGR_F_Destroy(row);
        }
        GDALDatasetReleaseResultSet(dataset, result);
    }
    return srsId;
}

std::optional<RegionLevel> parentLevel(RegionLevel level)
{
    if (level == RegionLevel::Buurt)
        return RegionLevel::Wijk;
    if (level == RegionLevel::Wijk)
        return RegionLevel::Gemeente;
    return std::nullopt;
}
} // namespace

std::vector<ExtractRegion> readExtractRegions(const QString &gdalPath, const QString &displayName,
                                              ImportReport &report, QStringList *allCodes)
{
    std::vector<ExtractRegion> result;
    const bool geoPackage = gdalPath.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive);
    const char *drivers[] = {geoPackage ? "GPKG" : "GeoJSON", nullptr};
    CPLErrorReset();
    QStringList openErrors;
    CPLPushErrorHandlerEx(collectErrors, &openErrors);
    std::unique_ptr<void, DatasetCloser> dataset(GDALOpenEx(gdalPath.toUtf8().constData(),
                                                            GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                            drivers, nullptr, nullptr));
    CPLPopErrorHandler();
    for (const QString &message : openErrors) {
        if (message.contains(QStringLiteral("crs"), Qt::CaseInsensitive) ||
            message.contains(QStringLiteral("PROJ"))) {
            report.addError(displayName, 0, QString(),
                            QCoreApplication::translate(
                                "wijk::ExtractRegions",
                                "its coordinate reference system is unknown (%1); use EPSG:28992 "
                                "or WGS84")
                                .arg(message));
            return result;
        }
    }
    if (!dataset) {
        report.addError(
            displayName, 0, QString(),
            QCoreApplication::translate("wijk::ExtractRegions", "cannot be read as %1: %2")
                .arg(QLatin1String(geoPackage ? "GeoPackage" : "GeoJSON"),
                     openErrors.join(QStringLiteral("; "))));
        return result;
    }
    OGRLayerH layer = geoPackage ? GDALDatasetGetLayerByName(dataset.get(), "regions")
                                 : GDALDatasetGetLayer(dataset.get(), 0);
    if (!layer) {
        report.addError(displayName, 0, QString(),
                        QCoreApplication::translate(
                            "wijk::ExtractRegions",
                            "has no layer 'regions' (the contract requires that name)"));
        return result;
    }

    OGRSpatialReference *source = OGRSpatialReference::FromHandle(OGR_L_GetSpatialRef(layer));
    std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> transform;
    if (!source || (geoPackage && geoPackageSrsId(dataset.get()) <= 0)) {
        report.addError(displayName, 0, QString(),
                        QCoreApplication::translate(
                            "wijk::ExtractRegions",
                            "has no coordinate reference system; store the regions with one "
                            "(e.g. EPSG:28992)"));
        return result;
    }
    OGRSpatialReference sourceCopy(*source);
    sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference rdNew;
    rdNew.importFromEPSG(28992);
    rdNew.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!sourceCopy.IsSame(&rdNew)) {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        transform.reset(OGRCreateCoordinateTransformation(&sourceCopy, &rdNew));
        CPLPopErrorHandler();
        if (!transform) {
            const char *name = sourceCopy.GetName();
            report.addError(displayName, 0, QString(),
                            QCoreApplication::translate(
                                "wijk::ExtractRegions",
                                "its coordinate reference system (%1) is unknown or cannot be "
                                "converted to RD New (EPSG:28992)")
                                .arg(QString::fromUtf8(name ? name : "?")));
            return result;
        }
    }

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const auto index = [&](const char *name) { return OGR_FD_GetFieldIndex(definition, name); };
    const int code = index("code"), name = index("name"), level = index("level"),
              parent = index("parent"), vintage = index("vintage");
    bool columnsOk = true;
    for (const auto &[field, column] : {std::pair{"code", code}, std::pair{"name", name},
                                        std::pair{"level", level}, std::pair{"parent", parent}}) {
        if (column < 0) {
            report.addError(displayName, 0, QLatin1String(field),
                            QCoreApplication::translate("wijk::ExtractRegions",
                                                        "required property is missing"));
            columnsOk = false;
        }
    }
    if (!columnsOk)
        return result;

    const char *crsName = sourceCopy.GetName();
    // A wrong or missing CRS misplaces every feature: say it once for the file.
    int unconverted = 0, outside = 0, firstUnconverted = 0, firstOutside = 0;
    OGR_L_ResetReading(layer);
    int number = 0;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        ++number;
        ExtractRegion entry;
        entry.feature = number;
        Region &region = entry.region;
        bool ok = true;
        region.code = fieldText(feature, code);
        region.name = fieldText(feature, name);
        region.parent = fieldText(feature, parent);
        if (!region.code.isEmpty())
            allCodes->append(region.code);
        if (region.code.isEmpty() || region.name.isEmpty()) {
            report.addError(displayName, number, region.code.isEmpty() ? "code" : "name",
                            QCoreApplication::translate("wijk::ExtractRegions", "is empty"));
            ok = false;
        }
        const QString levelText = fieldText(feature, level);
        const auto parsedLevel = regionLevelFromString(levelText);
        if (!parsedLevel || parsedLevel == RegionLevel::Land) {
            report.addError(
                displayName, number, QStringLiteral("level"),
                QCoreApplication::translate("wijk::ExtractRegions",
                                            "'%1' is not a level; use gemeente, wijk or buurt")
                    .arg(levelText));
            ok = false;
        }
        region.level = parsedLevel.value_or(RegionLevel::Buurt);
        const QString vintageText = fieldText(feature, vintage);
        if (!vintageText.isEmpty()) {
            bool isNumber = false;
            region.vintage = vintageText.toInt(&isNumber);
            entry.hasVintage = isNumber && region.vintage >= 1000 && region.vintage <= 9999;
            if (!entry.hasVintage) {
                report.addError(
                    displayName, number, QStringLiteral("vintage"),
                    QCoreApplication::translate("wijk::ExtractRegions", "'%1' is not a year")
                        .arg(vintageText));
                ok = false;
            }
        }
        OGRGeometry *geometry = OGRGeometry::FromHandle(OGR_F_GetGeometryRef(feature));
        if (!geometry || geometry->IsEmpty()) {
            report.addError(displayName, number, QStringLiteral("geometry"),
                            QCoreApplication::translate("wijk::ExtractRegions", "is empty"));
            ok = false;
        } else {
            const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const bool transformed =
                !transform || geometry->transform(transform.get()) == OGRERR_NONE;
            const bool valid = transformed && geometry->IsValid();
            CPLPopErrorHandler();
            if (type != wkbPolygon && type != wkbMultiPolygon) {
                report.addError(
                    displayName, number, QStringLiteral("geometry"),
                    QCoreApplication::translate("wijk::ExtractRegions", "is a %1, not a polygon")
                        .arg(QString::fromLatin1(OGRGeometryTypeToName(type))));
                ok = false;
            } else if (!transformed) {
                if (unconverted++ == 0)
                    firstUnconverted = number;
                ok = false;
            } else if (!withinRdNewExtent(*geometry)) {
                if (outside++ == 0)
                    firstOutside = number;
                ok = false;
            } else if (!valid) {
                report.addError(displayName, number, QStringLiteral("geometry"),
                                QCoreApplication::translate(
                                    "wijk::ExtractRegions",
                                    "is invalid (self-intersecting or badly nested rings)"));
                ok = false;
            } else {
                entry.wkb.resize(int(geometry->WkbSize()));
                geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(entry.wkb.data()),
                                      wkbVariantIso);
            }
        }
        OGR_F_Destroy(feature);
        if (ok)
            result.push_back(entry);
    }
    const QString crs = QString::fromUtf8(crsName ? crsName : "?");
    const QString advice = QCoreApplication::translate(
        "wijk::ExtractRegions", "a GeoJSON without \"crs\" counts as WGS84: declare the CRS "
                                "the coordinates are in (e.g. EPSG:28992)");
    if (unconverted > 0)
        report.addError(
            displayName, firstUnconverted, QStringLiteral("geometry"),
            (unconverted == 1
                 ? QCoreApplication::translate("wijk::ExtractRegions",
                                               "cannot be converted from the file's coordinate "
                                               "reference system %1 to RD New (EPSG:28992); %2")
                       .arg(crs, advice)
                 : QCoreApplication::translate(
                       "wijk::ExtractRegions",
                       "this feature and %1 others cannot be converted from the file's "
                       "coordinate reference system %2 to RD New (EPSG:28992); %3")
                       .arg(unconverted - 1)
                       .arg(crs, advice)));
    if (outside > 0)
        report.addError(
            displayName, firstOutside, QStringLiteral("geometry"),
            (outside == 1 ? QCoreApplication::translate(
                                "wijk::ExtractRegions",
                                "lies outside the Netherlands (RD New %1) when read in the "
                                "file's coordinate reference system %2: the CRS or the "
                                "coordinates are wrong")
                                .arg(rdNewExtentText(), crs)
                          : QCoreApplication::translate(
                                "wijk::ExtractRegions",
                                "this feature and %1 others lie outside the Netherlands (RD New "
                                "%2) when read in the file's coordinate reference system %3: the "
                                "CRS or the coordinates are wrong")
                                .arg(outside - 1)
                                .arg(rdNewExtentText(), crs)));
    if (number == 0)
        report.addError(displayName, 0, QString(),
                        QCoreApplication::translate("wijk::ExtractRegions", "has no regions"));
    return result;
}

void checkRegionHierarchy(std::vector<ExtractRegion> &regions, int defaultVintage,
                          const std::vector<Region> &known, const QString &displayName,
                          ImportReport &report)
{
    const auto key = [](const QString &code, int vintage) {
        return code + QLatin1Char('@') + QString::number(vintage);
    };
    QHash<QString, const Region *> byKey;
    QHash<QString, int> featureOf;
    for (ExtractRegion &entry : regions) {
        if (!entry.hasVintage)
            entry.region.vintage = defaultVintage;
        const QString k = key(entry.region.code, entry.region.vintage);
        if (featureOf.contains(k)) {
            report.addError(
                displayName, entry.feature, QStringLiteral("code"),
                QCoreApplication::translate("wijk::ExtractRegions",
                                            "'%1' appears twice in vintage %2 (also feature %3)")
                    .arg(entry.region.code)
                    .arg(entry.region.vintage)
                    .arg(featureOf.value(k)));
            continue;
        }
        featureOf.insert(k, entry.feature);
        byKey.insert(k, &entry.region);
    }
    QHash<QString, const Region *> knownByKey;
    for (const Region &region : known)
        knownByKey.insert(key(region.code, region.vintage), &region);

    for (const ExtractRegion &entry : regions) {
        const Region &region = entry.region;
        const auto expected = parentLevel(region.level);
        if (!expected)
            continue; // a gemeente's parent (if any) is not checked
        if (region.parent.isEmpty()) {
            report.addError(
                displayName, entry.feature, QStringLiteral("parent"),
                QCoreApplication::translate("wijk::ExtractRegions", "a %1 needs a parent")
                    .arg(contractName(region.level)));
            continue;
        }
        const QString parentKey = key(region.parent, region.vintage);
        const Region *parent = byKey.value(parentKey, knownByKey.value(parentKey));
        if (!parent) {
            report.addError(displayName, entry.feature, QStringLiteral("parent"),
                            QCoreApplication::translate(
                                "wijk::ExtractRegions",
                                "'%1' is not a region of vintage %2 (neither in this file nor "
                                "in the workspace)")
                                .arg(region.parent)
                                .arg(region.vintage));
            continue;
        }
        if (parent->level != *expected) {
            report.addError(
                displayName, entry.feature, QStringLiteral("parent"),
                QCoreApplication::translate("wijk::ExtractRegions",
                                            "'%1' is a %2; the parent of a %3 must be a %4")
                    .arg(region.parent, contractName(parent->level), contractName(region.level),
                         contractName(*expected)));
        }
        // Follow the chain: a cycle would never reach a region without a parent.
        QSet<QString> seen{key(region.code, region.vintage)};
        const Region *step = parent;
        while (step && !step->parent.isEmpty()) {
            const QString next = key(step->parent, region.vintage);
            if (seen.contains(next)) {
                report.addError(displayName, entry.feature, QStringLiteral("parent"),
                                QCoreApplication::translate("wijk::ExtractRegions",
                                                            "the parents of '%1' form a cycle")
                                    .arg(region.code));
                break;
            }
            seen.insert(next);
            step = byKey.value(next, knownByKey.value(next));
        }
    }
}

} // namespace wijk::import
