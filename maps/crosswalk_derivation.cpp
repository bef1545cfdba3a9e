#include "crosswalk_derivation.h"

#include "import/region_divisions.h"
#include "read_only_vector.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <map>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgspoint.h>
#include <qgsspatialindex.h>
#include <utility>

namespace wijk::maps {

namespace {

const RegionLevel kLevels[] = {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt};

//! One division of one level: its regions' boundaries, indexed.
struct Division
{
    QStringList codes;
    std::vector<QgsGeometry> geometries;
    QgsSpatialIndex index;

    //! Loads the regions of `vintage` that have a boundary; counts those without.
    void load(const workspace::Workspace &workspace, const QStringList &all, int vintage,
              int *without)
    {
        for (const QString &code : all) {
            QgsGeometry geometry;
            geometry.fromWkb(workspace.regionGeometryWkb(code, vintage));
            if (geometry.isNull() || geometry.isEmpty()) {
                ++*without;
                continue;
            }
            index.addFeature(QgsFeatureId(codes.size()), geometry.boundingBox());
            codes << code;
            geometries.push_back(geometry);
        }
    }
    //! The first region (in code order) that the point lies in or on: a point on a shared
    //! boundary counts once.
    int regionAt(const QgsPointXY &point) const
    {
        const QgsGeometry at = QgsGeometry::fromPointXY(point);
        QList<QgsFeatureId> candidates =
            index.intersects(QgsRectangle(point.x(), point.y(), point.x(), point.y()));
        std::sort(candidates.begin(), candidates.end());
        for (const QgsFeatureId id : candidates)
            if (geometries[size_t(id)].intersects(at))
                return int(id);
        return -1;
    }
};

QString sha256Of(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

//! The points of the layer in RD New with their weights; false with problems in report.
bool readPoints(const CrosswalkDerivationOptions &options, std::vector<QgsPointXY> *points,
                std::vector<double> *weights, import::ImportReport &report)
{
    const QString file = QFileInfo(options.pointsPath).fileName();
    ReadOnlyVector layer;
    QString error;
    if (!readVectorReadOnly(options.pointsPath, options.pointsLayer, QString(), &layer, &error)) {
        report.addError(file, 0, QString(), error);
        return false;
    }
    int field = -1;
    if (!options.pointsField.isEmpty()) {
        field = layer.fields.lookupField(options.pointsField);
        if (field < 0) {
            report.addError(
                file, 0, options.pointsField,
                QCoreApplication::translate("CrosswalkDerivation", "no field '%1' in layer %2")
                    .arg(options.pointsField, layer.layerName));
            return false;
        }
    }
    const QgsCoordinateReferenceSystem rd(QStringLiteral("EPSG:28992"));
    if (!layer.crs.isValid())
        report.addWarning(
            file, 0, QString(),
            QCoreApplication::translate("CrosswalkDerivation",
                                        "the layer declares no coordinate system: read as RD New "
                                        "(EPSG:28992)"));
    const QgsCoordinateTransform transform(layer.crs.isValid() ? layer.crs : rd, rd,
                                           QgsCoordinateTransformContext());
    int number = 0;
    for (const QgsFeature &feature : std::as_const(layer.features)) {
        ++number;
        if (!feature.hasGeometry())
            continue;
        QgsGeometry geometry = feature.geometry();
        try {
            if (!transform.isShortCircuited())
                geometry.transform(transform);
        } catch (const QgsCsException &) {
            report.addError(file, number, QString(),
                            QCoreApplication::translate("CrosswalkDerivation",
                                                        "cannot reproject to EPSG:28992"));
            continue;
        }
        double weight = 1.0;
        if (field >= 0) {
            bool ok = false;
            weight = feature.attribute(field).toDouble(&ok);
            if (!ok || !std::isfinite(weight) || weight < 0) {
                report.addError(file, number, options.pointsField,
                                QCoreApplication::translate("CrosswalkDerivation",
                                                            "'%1' is not a non-negative number")
                                    .arg(feature.attribute(field).toString()));
                continue;
            }
        }
        // A multipoint contributes each of its points.
        for (auto part = geometry.const_parts_begin(); part != geometry.const_parts_end(); ++part) {
            const QgsPoint *point = dynamic_cast<const QgsPoint *>(*part);
            if (!point)
                continue;
            points->push_back(QgsPointXY(point->x(), point->y()));
            weights->push_back(weight);
        }
    }
    if (points->empty() && !report.hasErrors())
        report.addError(file, 0, QString(),
                        QCoreApplication::translate("CrosswalkDerivation", "no points"));
    return !report.hasErrors();
}

} // namespace

bool parseWeights(const QString &text, CrosswalkDerivationOptions *options)
{
    if (text == QLatin1String("area")) {
        options->weights = CrosswalkDerivationOptions::Weights::Area;
        return true;
    }
    if (!text.startsWith(QLatin1String("points:")))
        return false;
    // points:FILE[:LAYER[:FIELD]]; a FILE may not hold ':' (a drive letter is not expected on
    // Debian).
    const QStringList parts = text.mid(7).split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.first().isEmpty() || parts.size() > 3)
        return false;
    options->weights = CrosswalkDerivationOptions::Weights::Points;
    options->pointsPath = parts.value(0);
    options->pointsLayer = parts.value(1);
    options->pointsField = parts.value(2);
    return true;
}

bool deriveCrosswalk(const workspace::Workspace &workspace,
                     const CrosswalkDerivationOptions &options, CrosswalkDerivation *out,
                     import::ImportReport &report)
{
    const bool byPoints = options.weights == CrosswalkDerivationOptions::Weights::Points;
    const QString file = byPoints ? QFileInfo(options.pointsPath).fileName()
                                  : QFileInfo(workspace.path()).fileName();
    std::vector<QgsPointXY> points;
    std::vector<double> pointWeights;
    if (byPoints && !readPoints(options, &points, &pointWeights, report))
        return false;

    wijk::workspace::Crosswalk &crosswalk = out->crosswalk;
    crosswalk.fromYear = options.fromYear;
    crosswalk.toYear = options.toYear;
    crosswalk.method = byPoints ? QStringLiteral("points") : QStringLiteral("area");
    if (byPoints) {
        crosswalk.sourcePath = QFileInfo(options.pointsPath).absoluteFilePath();
        crosswalk.sha256 = sha256Of(options.pointsPath);
    }
    const import::RegionDivisions divisions(workspace);
    bool anyLevel = false;
    std::vector<bool> counted(points.size(), false);
    for (const RegionLevel level : kLevels) {
        const int fromVintage = divisions.inForce(level, options.fromYear);
        const int toVintage = divisions.inForce(level, options.toYear);
        if (fromVintage == 0 || fromVintage == toVintage)
            continue;
        Division from, to;
        from.load(workspace, divisions.codes(level, fromVintage), fromVintage,
                  &out->regionsWithoutBoundary);
        to.load(workspace, divisions.codes(level, toVintage), toVintage,
                &out->regionsWithoutBoundary);
        if (from.codes.isEmpty() || to.codes.isEmpty())
            continue;
        anyLevel = true;
        std::map<std::pair<int, int>, double> shared;
        if (byPoints) {
            for (size_t k = 0; k < points.size(); ++k) {
                const int f = from.regionAt(points[k]);
                const int t = f >= 0 ? to.regionAt(points[k]) : -1;
                if (f < 0 || t < 0)
                    continue;
                counted[k] = true;
                shared[{f, t}] += pointWeights[k];
            }
        } else {
            for (int f = 0; f < from.codes.size(); ++f) {
                const QgsGeometry &old = from.geometries[size_t(f)];
                const double oldArea = old.area();
                for (const QgsFeatureId id : to.index.intersects(old.boundingBox())) {
                    const QgsGeometry &now = to.geometries[size_t(id)];
                    const double area = old.intersection(now).area();
                    if (!(area > 0))
                        continue;
                    if (area < options.sliverShare * std::min(oldArea, now.area())) {
                        ++out->slivers;
                        continue;
                    }
                    shared[{f, int(id)}] += area;
                }
            }
        }
        for (const auto &[pair, weight] : shared)
            crosswalk.pairs.push_back({from.codes[pair.first], to.codes[pair.second], weight});
    }
    for (const bool inside : counted)
        out->pointsOutside += inside ? 0 : 1;
    if (!anyLevel) {
        report.addError(file, 0, QString(),
                        QCoreApplication::translate(
                            "CrosswalkDerivation",
                            "the workspace holds no two divisions with boundaries for %1 and %2")
                            .arg(options.fromYear)
                            .arg(options.toYear));
        return false;
    }
    if (out->slivers > 0)
        report.addWarning(file, 0, QString(),
                          QCoreApplication::translate(
                              "CrosswalkDerivation",
                              "%1 overlaps smaller than %2 % of both regions ignored as slivers")
                              .arg(out->slivers)
                              .arg(options.sliverShare * 100.0));
    if (out->pointsOutside > 0)
        report.addWarning(
            file, 0, QString(),
            QCoreApplication::translate("CrosswalkDerivation",
                                        "%1 points lie outside the regions of one of the divisions")
                .arg(out->pointsOutside));
    if (out->regionsWithoutBoundary > 0)
        report.addWarning(file, 0, QString(),
                          QCoreApplication::translate("CrosswalkDerivation",
                                                      "%1 regions without boundaries left out")
                              .arg(out->regionsWithoutBoundary));
    crosswalk.pairCount = qint64(crosswalk.pairs.size());
    // The id names what was derived: the same boundaries (and points) give the same pairs,
    // so deriving again changes nothing, and new boundaries give a new crosswalk.
    QCryptographicHash pairs(QCryptographicHash::Sha256);
    for (const wijk::workspace::CrosswalkPair &pair : crosswalk.pairs)
        pairs.addData(QStringLiteral("%1,%2,%3\n")
                          .arg(pair.fromCode, pair.toCode, QString::number(pair.weight, 'g', 17))
                          .toUtf8());
    const QString digest = QString::fromLatin1(pairs.result().toHex().left(12));
    crosswalk.crosswalkId = byPoints ? QStringLiteral("derived:points:%1-%2:%3-%4")
                                           .arg(QFileInfo(options.pointsPath).fileName(), digest)
                                           .arg(options.fromYear)
                                           .arg(options.toYear)
                                     : QStringLiteral("derived:area:%1:%2-%3")
                                           .arg(digest)
                                           .arg(options.fromYear)
                                           .arg(options.toYear);
    return true;
}

} // namespace wijk::maps
