#include "demo/demo_extract.h"

#include "demo/demo_indicators.h"
#include "demo/demo_series.h"
#include "demo/demo_town.h"
#include "output/output_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace wijk::demo {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields[i]);
    }
    return line + '\n';
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QByteArray indicatorsCsv()
{
    QByteArray out = csvLine({"code", "name", "name_en", "theme", "unit", "kind", "numerator",
                              "denominator", "scale", "polarity", "min_n", "decimals", "source",
                              "definition", "min_reliable_n"});
    for (const Indicator &i : demoIndicators()) {
        out +=
            csvLine({i.code, i.name, i.nameEn, i.theme, i.unit, contractName(i.kind), i.numerator,
                     i.denominator, i.kind == IndicatorKind::Ratio ? number(i.scale, 0) : QString(),
                     contractName(i.polarity), i.minN > 0 ? QString::number(i.minN) : QString(),
                     QString::number(i.displayDecimals()), i.source, i.definition,
                     i.minReliableN >= 0 ? QString::number(i.minReliableN) : QString()});
    }
    return out;
}

QByteArray observationsCsv(const DemoTown &town)
{
    QByteArray out = csvLine({"region", "indicator", "period", "value", "status"});
    for (const Observation &o : demoObservations(town)) {
        const int decimals = demoIndicator(o.indicator).displayDecimals();
        out += csvLine({o.region, o.indicator, QString::number(o.period),
                        o.hasValue() ? number(o.value, decimals) : QString(),
                        o.status == ValueStatus::Final ? QString() : contractName(o.status)});
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    output::OutputFile file(path);
    if (!file.begin(error))
        return false;
    file.write(bytes); // a failed write fails the commit
    return file.commit(error);
}

struct RegionFeature
{
    QString code, name, level, parent;
    int vintage;
    const OGRGeometry *geometry;
};

std::vector<RegionFeature> regionFeatures(const DemoTown &town)
{
    std::vector<RegionFeature> features;
    const QString gm = QString::fromLatin1(kGemeenteCode);
    for (const int vintage : {kFirstYear, kSplitYear}) {
        features.push_back({gm, QString::fromLatin1(kGemeenteName), QStringLiteral("gemeente"),
                            QString(), vintage, town.gemeente.get()});
        for (const DemoWijk &wijk : town.wijken)
            features.push_back(
                {wijk.code, wijk.name, QStringLiteral("wijk"), gm, vintage, wijk.geometry.get()});
        for (int b = 0; b < int(town.buurten.size()); ++b) {
            const DemoBuurt &buurt = town.buurten[b];
            if (town.buurtExists(b, vintage))
                features.push_back({buurt.code, buurt.name, QStringLiteral("buurt"),
                                    town.wijken[buurt.wijk].code, vintage, buurt.geometry.get()});
        }
    }
    return features;
}

//! Writes regions.geojson through OGR's GeoJSON driver, declaring EPSG:28992.
bool writeRegions(const QString &path, const DemoTown &town, QString *error)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    if (!driver) {
        *error = QCoreApplication::translate("demo", "GDAL has no GeoJSON driver");
        return false;
    }
    output::OutputFile output(path);
    if (!output.begin(error, output::OutputFile::Mode::Path))
        return false;
    const QByteArray nativePath = QFile::encodeName(output.temporaryPath());
    CPLErrorReset(); // a failure while closing shows only in GDAL's error state
    std::unique_ptr<GDALDataset> dataset(
        driver->Create(nativePath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        *error = QCoreApplication::translate("demo", "Cannot create %1: %2")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    OGRSpatialReference rd;
    rd.importFromEPSG(28992);
    rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    char **options = CSLSetNameValue(nullptr, "COORDINATE_PRECISION", "2");
    options = CSLSetNameValue(options, "RFC7946", "NO");
    OGRLayer *layer = dataset->CreateLayer("regions", &rd, wkbMultiPolygon, options);
    CSLDestroy(options);
    if (!layer) {
        *error =
            QCoreApplication::translate("demo", "Cannot create the regions layer in %1").arg(path);
        return false;
    }
    for (const char *field : {"code", "name", "level", "parent"}) {
        OGRFieldDefn definition(field, OFTString);
        layer->CreateField(&definition);
    }
    OGRFieldDefn vintage("vintage", OFTInteger);
    layer->CreateField(&vintage);

    for (const RegionFeature &region : regionFeatures(town)) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", region.code.toUtf8().constData());
        feature.SetField("name", region.name.toUtf8().constData());
        feature.SetField("level", region.level.toUtf8().constData());
        if (!region.parent.isEmpty())
            feature.SetField("parent", region.parent.toUtf8().constData());
        feature.SetField("vintage", region.vintage);
        feature.SetGeometry(region.geometry);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            *error = QCoreApplication::translate("demo", "Cannot write region %1 to %2")
                         .arg(region.code, path);
            return false;
        }
    }
    dataset.reset(); // closes and flushes the file
    if (CPLGetLastErrorType() >= CE_Failure) {
        *error = QCoreApplication::translate("demo", "Cannot create %1: %2")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    return output.commit(error);
}

QByteArray manifestJson(const QString &dir, QString *error)
{
    QJsonObject files;
    for (const QString &name : demoExtractFiles()) {
        if (name == QLatin1String("manifest.json"))
            continue;
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QCoreApplication::translate("demo", "Cannot read back %1").arg(file.fileName());
            return QByteArray();
        }
        const QByteArray hash =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        files.insert(name, QJsonObject{{"sha256", QString::fromLatin1(hash.toHex())}});
    }
    const QJsonObject manifest{
        {"format", "wijkmonitor-extract"},
        {"format_version", 1},
        {"extract_id", QString::fromLatin1(kDemoExtractId)},
        {"created", QString::fromLatin1(kDemoCreated)},
        {"publisher", "Datafundament gemeente Demostad (fictief)"},
        {"municipality", QJsonObject{{"code", QString::fromLatin1(kGemeenteCode)},
                                     {"name", QString::fromLatin1(kGemeenteName)}}},
        {"license", "CC0-1.0"},
        {"description", "Demo-extract van de fictieve gemeente Demostad, 2015-2024 "
                        "(gegenereerd door wijkmonitor-cli demo)"},
        {"files", files}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

} // namespace

QStringList demoExtractFiles()
{
    return {QStringLiteral("indicators.csv"), QStringLiteral("observations.csv"),
            QStringLiteral("regions.geojson"), QStringLiteral("manifest.json")};
}

bool writeDemoExtract(const QString &dir, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("demo", "Cannot create the folder %1").arg(dir);
        return false;
    }
    DemoTown town;
    if (!buildDemoTown(town, error))
        return false;
    const QDir folder(dir);
    if (!writeFile(folder.filePath(QStringLiteral("indicators.csv")), indicatorsCsv(), error) ||
        !writeFile(folder.filePath(QStringLiteral("observations.csv")), observationsCsv(town),
                   error) ||
        !writeRegions(folder.filePath(QStringLiteral("regions.geojson")), town, error))
        return false;
    const QByteArray manifest = manifestJson(dir, error);
    return !manifest.isEmpty() &&
           writeFile(folder.filePath(QStringLiteral("manifest.json")), manifest, error);
}

} // namespace wijk::demo
