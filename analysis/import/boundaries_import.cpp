#include "import/boundaries_import.h"

#include "import/boundaries_geometry.h"
#include "import/cbs_kwb_columns.h"
#include "import/cbs_metadata.h"
#include "import/import_transaction.h"
#include "import/rd_new_extent.h"
#include "import/topojson_arcs.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace wijk::import::boundaries {

namespace {
//! GEOS and GDAL would print every self-intersection to stderr; the report says it instead.
struct QuietGdal
{
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

struct LayerFields
{
    int code = -1;
    int name = -1;
    int year = -1;  //!< jrstatcode: "2017WK040201"
    int water = -1; //!< the kaart's "water" (JA/NEE)
};

//! The code and name fields of a layer: statcode/statnaam, else the most detailed of the
//! kaart's buurtcode, wijkcode, gemeentecode (a buurten layer also has wijkcode), else code/name.
LayerFields fieldsOf(OGRFeatureDefn *defn)
{
    LayerFields fields;
    const std::pair<const char *, const char *> candidates[] = {{"statcode", "statnaam"},
                                                                {"buurtcode", "buurtnaam"},
                                                                {"wijkcode", "wijknaam"},
                                                                {"gemeentecode", "gemeentenaam"},
                                                                {"code", "name"}};
    for (const auto &candidate : candidates) {
        const int code = defn->GetFieldIndex(candidate.first);
        if (code >= 0) {
            fields.code = code;
            fields.name = defn->GetFieldIndex(candidate.second);
            break;
        }
    }
    fields.year = defn->GetFieldIndex("jrstatcode");
    fields.water = defn->GetFieldIndex("water");
    return fields;
}

GDALDatasetUniquePtr openVector(const QString &path)
{
    GDALAllRegister(); // idempotent; the CLI and tests need not have done it
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

struct Pending
{
    Region region;
    QByteArray wkb;
    QString file;
    int feature = 0;
};
} // namespace

bool looksLikeBoundaries(const QString &path)
{
    QuietGdal quiet;
    auto ds = openVector(path);
    if (!ds)
        return false;
    for (OGRLayer *layer : ds->GetLayers()) {
        const LayerFields fields = fieldsOf(layer->GetLayerDefn());
        if (fields.code >= 0 && layer->GetGeomType() != wkbNone)
            return true;
    }
    return false;
}

BoundariesImportResult importBoundaries(workspace::Workspace &workspace,
                                        const BoundariesImportOptions &options,
                                        ImportReport &report)
{
    BoundariesImportResult result;
    QuietGdal quiet;
    const QString fileName = QFileInfo(options.path).fileName();
    auto ds = openVector(options.path);
    if (!ds) {
        report.addError(fileName, 0, QString(),
                        QCoreApplication::translate(
                            "BoundariesImport",
                            "GDAL cannot read this as vector data (GeoPackage, GeoJSON, TopoJSON, "
                            "Shapefile...)"));
        return result;
    }
    const char *driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
    const bool jsonFamily = QByteArray(driver).contains("JSON");
    OGRSpatialReference rdNew;
    rdNew.importFromEPSG(28992);
    rdNew.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    const bool manyLayers = ds->GetLayerCount() > 1;
    const auto fileOfLayer = [&](const QString &layer) {
        return manyLayers ? fileName + QLatin1Char('/') + layer : fileName;
    };
    // GDAL would quietly drop a reference to an arc the file does not have.
    if (QByteArray(driver) == "TopoJSON") {
        for (const MissingArc &missing : findMissingTopoJsonArcs(options.path))
            report.addError(fileOfLayer(missing.object), missing.feature, QStringLiteral("arcs"),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "%1: arc %2 does not exist (the file has %3 arcs); its shape "
                                "cannot be built")
                                .arg(missing.code)
                                .arg(missing.arc)
                                .arg(missing.arcCount));
    }

    std::vector<Pending> pending;
    QHash<QString, int> seen; // code -> index in pending
    int fileYear = 0;
    bool usedLayer = false;
    for (OGRLayer *layer : ds->GetLayers()) {
        const QString file = fileOfLayer(QString::fromUtf8(layer->GetName()));
        OGRFeatureDefn *defn = layer->GetLayerDefn();
        const LayerFields fields = fieldsOf(defn);
        if (fields.code < 0 || layer->GetGeomType() == wkbNone) {
            report.addWarning(file, 0, QString(),
                              QCoreApplication::translate(
                                  "BoundariesImport",
                                  "layer ignored: no statcode, gemeentecode, wijkcode or buurtcode "
                                  "field"));
            continue;
        }
        usedLayer = true;
        const QString codeField = QString::fromUtf8(defn->GetFieldDefn(fields.code)->GetNameRef());
        // CRS: the layer's own; JSON without one is WGS84 by RFC 7946 (TopoJSON by habit).
        OGRSpatialReference source;
        if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
            source = *srs;
        } else if (jsonFamily) {
            source.SetWellKnownGeogCS("WGS84");
            report.addWarning(file, 0, QString(),
                              QCoreApplication::translate(
                                  "BoundariesImport",
                                  "no coordinate reference system declared; assuming WGS84 "
                                  "longitude/latitude as GeoJSON and TopoJSON do"));
        } else {
            report.addError(file, 0, QString(),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "no coordinate reference system: cannot place the boundaries"));
            continue;
        }
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct;
        if (!source.IsSame(&rdNew)) {
            ct.reset(OGRCreateCoordinateTransformation(&source, &rdNew));
            if (!ct) {
                report.addError(
                    file, 0, QString(),
                    QCoreApplication::translate("BoundariesImport",
                                                "cannot reproject from %1 to RD New (EPSG:28992)")
                        .arg(QString::fromUtf8(source.GetName())));
                continue;
            }
        }
        const QString crsName = QString::fromUtf8(source.GetName() ? source.GetName() : "?");
        // A wrong CRS misplaces every feature: one error per layer, not one per feature.
        struct Misplaced
        {
            int count = 0;
            int firstFeature = 0;
            QString firstCode;
            void add(int feature, const QString &code)
            {
                if (count++ == 0)
                    firstFeature = feature, firstCode = code;
            }
        } failedReprojection, outside;
        int number = 0, water = 0;
        layer->ResetReading();
        const qint64 total = layer->GetFeatureCount(FALSE);
        for (auto &feature : *layer) {
            ++number;
            if (number % 500 == 0) {
                if (options.cancel && options.cancel->load()) {
                    result.cancelled = true;
                    return result;
                }
                if (options.progress)
                    options.progress(number, total, file);
            }
            if (fields.water >= 0 &&
                QString::fromUtf8(feature->GetFieldAsString(fields.water)).trimmed().toUpper() ==
                    QLatin1String("JA")) {
                ++water;
                continue;
            }
            const QString code =
                cbs::trimCode(QString::fromUtf8(feature->GetFieldAsString(fields.code)));
            const auto level = levelFromCode(code);
            if (!level) {
                report.addError(
                    file, number, codeField,
                    code.isEmpty()
                        ? QCoreApplication::translate("BoundariesImport", "no region code")
                        : QCoreApplication::translate("BoundariesImport",
                                                      "'%1' is not a CBS region code")
                              .arg(code));
                continue;
            }
            if (seen.contains(code)) {
                const Pending &first = pending[seen.value(code)];
                report.addError(file, number, codeField,
                                QCoreApplication::translate(
                                    "BoundariesImport", "%1 appears twice (also feature %2 of %3)")
                                    .arg(code)
                                    .arg(first.feature)
                                    .arg(first.file));
                continue;
            }
            if (fields.year >= 0) {
                const int year =
                    QString::fromUtf8(feature->GetFieldAsString(fields.year)).left(4).toInt();
                if (year > 1900 && fileYear == 0)
                    fileYear = year;
            }
            Pending item;
            item.file = file;
            item.feature = number;
            item.region.code = code;
            item.region.level = *level;
            item.region.parent = parentFromCode(code);
            item.region.name =
                fields.name >= 0
                    ? QString::fromUtf8(feature->GetFieldAsString(fields.name)).trimmed()
                    : QString();
            if (item.region.name.isEmpty())
                item.region.name = code;
            const PreparedBoundary prepared = prepareBoundary(feature->GetGeometryRef(), ct.get());
            switch (prepared.state) {
            case PreparedBoundary::State::Valid:
                break;
            case PreparedBoundary::State::Repaired:
                ++result.repaired;
                report.addWarning(
                    file, number, QStringLiteral("geometry"),
                    QCoreApplication::translate("BoundariesImport",
                                                "%1: invalid geometry (%2) repaired with MakeValid")
                        .arg(code, prepared.detail));
                break;
            case PreparedBoundary::State::Collapsed:
                ++result.withoutGeometry;
                report.addWarning(file, number, QStringLiteral("geometry"),
                                  QCoreApplication::translate(
                                      "BoundariesImport",
                                      "%1: the geometry is empty or has no area left after repair; "
                                      "the region is kept without geometry")
                                      .arg(code));
                break;
            case PreparedBoundary::State::ReprojectionFailed:
                failedReprojection.add(number, code);
                continue;
            case PreparedBoundary::State::OutsideNetherlands:
                outside.add(number, code);
                continue;
            case PreparedBoundary::State::NotPolygon:
                report.addError(
                    file, number, QStringLiteral("geometry"),
                    QCoreApplication::translate("BoundariesImport", "%1: not an area (%2)")
                        .arg(code, prepared.detail));
                continue;
            }
            item.wkb = prepared.wkb;
            seen.insert(code, static_cast<int>(pending.size()));
            pending.push_back(std::move(item));
        }
        if (failedReprojection.count == 1)
            report.addError(file, failedReprojection.firstFeature, QStringLiteral("geometry"),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "%1 cannot be converted from the file's coordinate reference "
                                "system %2 to RD New (EPSG:28992); is that the CRS the "
                                "coordinates are in?")
                                .arg(failedReprojection.firstCode, crsName));
        else if (failedReprojection.count > 1)
            report.addError(file, failedReprojection.firstFeature, QStringLiteral("geometry"),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "%1 and %2 other features cannot be converted from the file's "
                                "coordinate reference system %3 to RD New (EPSG:28992); is that "
                                "the CRS the coordinates are in?")
                                .arg(failedReprojection.firstCode)
                                .arg(failedReprojection.count - 1)
                                .arg(crsName));
        if (outside.count == 1)
            report.addError(file, outside.firstFeature, QStringLiteral("geometry"),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "%1 lies outside the Netherlands (RD New %2) when read in the "
                                "file's coordinate reference system %3: the CRS or the "
                                "coordinates are wrong")
                                .arg(outside.firstCode, rdNewExtentText(), crsName));
        else if (outside.count > 1)
            report.addError(file, outside.firstFeature, QStringLiteral("geometry"),
                            QCoreApplication::translate(
                                "BoundariesImport",
                                "%1 and %2 other features lie outside the Netherlands (RD New "
                                "%3) when read in the file's coordinate reference system %4: the "
                                "CRS or the coordinates are wrong")
                                .arg(outside.firstCode)
                                .arg(outside.count - 1)
                                .arg(rdNewExtentText(), crsName));
        if (water > 0)
            report.addWarning(file, 0, QStringLiteral("water"),
                              QCoreApplication::translate("BoundariesImport",
                                                          "%1 water features (water = JA) skipped")
                                  .arg(water));
    }
    if (!usedLayer)
        report.addError(fileName, 0, QString(),
                        QCoreApplication::translate(
                            "BoundariesImport",
                            "no layer with region codes (statcode, gemeentecode, wijkcode or "
                            "buurtcode)"));

    // Vintage: what the user says, else the year in the file name, else jrstatcode.
    int vintage = options.period;
    if (vintage <= 0)
        vintage = cbs::yearFromFileName(options.path);
    if (vintage <= 0)
        vintage = fileYear;
    if (vintage <= 0)
        report.addError(fileName, 0, QString(),
                        QCoreApplication::translate(
                            "BoundariesImport",
                            "the year of the division is unknown: give it with --period YEAR"));
    if (report.hasErrors())
        return result;
    result.vintage = vintage;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile data(options.path);
    if (data.open(QIODevice::ReadOnly))
        hash.addData(&data);
    const QByteArray sha = hash.result();
    result.extractId = QStringLiteral("boundaries-%1-%2-%3")
                           .arg(QFileInfo(options.path).completeBaseName())
                           .arg(vintage)
                           .arg(QString::fromLatin1(sha.toHex().left(12)));
    if (workspace.hasExtract(result.extractId)) {
        result.ok = result.alreadyImported = true;
        return result;
    }

    QString error;
    auto tx = ImportTransaction::begin(workspace, &error);
    if (!tx) {
        report.addError(fileName, 0, QString(), error);
        return result;
    }
    workspace::ExtractInfo extract;
    extract.extractId = result.extractId;
    extract.format = QString::fromLatin1(kFormatBoundaries);
    extract.publisher = QStringLiteral("CBS");
    extract.created = QFileInfo(options.path).lastModified();
    extract.sourcePath = QFileInfo(options.path).absoluteFilePath();
    QJsonObject manifest{{QStringLiteral("format"), extract.format},
                         {QStringLiteral("file"), fileName},
                         {QStringLiteral("vintage"), vintage},
                         {QStringLiteral("sha256"), QString::fromLatin1(sha.toHex())}};
    extract.manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    if (tx->recordExtract(extract) < 0) {
        report.addError(fileName, 0, QString(), tx->lastError());
        return result;
    }
    for (Pending &item : pending) {
        item.region.vintage = vintage;
        if (!tx->putRegion(item.region, item.wkb, &error))
            report.addError(item.file, item.feature, QStringLiteral("geometry"),
                            QCoreApplication::translate("BoundariesImport", "%1: %2")
                                .arg(item.region.code, error));
    }
    if (report.hasErrors())
        return result; // the transaction rolls back
    if (!tx->commit(&error)) {
        report.addError(fileName, 0, QString(), error);
        return result;
    }
    result.ok = true;
    result.regions = static_cast<int>(pending.size());
    return result;
}

} // namespace wijk::import::boundaries
