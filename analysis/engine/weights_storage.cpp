#include "engine/weights_storage.h"

#include "engine/gal_file.h"
#include "workspace/weights_table.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace wijk::engine {

std::vector<RegionBoundary> levelBoundaries(const workspace::Workspace &workspace,
                                            RegionLevel level, int vintage)
{
    std::vector<RegionBoundary> boundaries;
    for (auto &[code, wkb] : workspace::levelGeometries(workspace, level, vintage))
        boundaries.push_back({code, wkb});
    return boundaries;
}

QString defaultWeightsName(const SpatialWeights &weights)
{
    const QString method = weights.method == WeightsMethod::NearestCentroids
                               ? QStringLiteral("knn%1").arg(weights.k)
                               : methodName(weights.method);
    return QStringLiteral("%1-%2-%3")
        .arg(contractName(weights.level))
        .arg(weights.vintage)
        .arg(method);
}

std::optional<SpatialWeights> buildWeights(const workspace::Workspace &workspace, RegionLevel level,
                                           int vintage, const QString &spec, QString *error)
{
    const std::vector<RegionBoundary> boundaries = levelBoundaries(workspace, level, vintage);
    std::optional<SpatialWeights> weights;
    if (spec.startsWith(QLatin1String("gal:"))) {
        QSet<QString> known;
        for (const RegionBoundary &region : boundaries)
            known.insert(region.code);
        if (known.isEmpty()) {
            *error = QCoreApplication::translate("wijk::engine::spatial",
                                                 "De werkruimte heeft geen %1 van indeling %2.")
                         .arg(contractName(level))
                         .arg(vintage);
            return std::nullopt;
        }
        weights = readGalFile(spec.mid(4), known, error);
    } else {
        const bool anyBoundary =
            std::any_of(boundaries.begin(), boundaries.end(),
                        [](const RegionBoundary &region) { return !region.wkb.isEmpty(); });
        if (!anyBoundary) {
            *error = QCoreApplication::translate(
                         "wijk::engine::spatial",
                         "De werkruimte heeft geen grenzen van %1 van indeling %2.")
                         .arg(contractName(level))
                         .arg(vintage);
            return std::nullopt;
        }
        bool ok = true;
        const int k = spec.startsWith(QLatin1String("knn:")) ? spec.mid(4).toInt(&ok) : 0;
        if (spec == QLatin1String("queen"))
            weights = contiguityWeights(boundaries, WeightsMethod::Queen, error);
        else if (spec == QLatin1String("rook"))
            weights = contiguityWeights(boundaries, WeightsMethod::Rook, error);
        else if (spec.startsWith(QLatin1String("knn:")) && ok && k >= 1)
            weights = nearestCentroidWeights(boundaries, k, error);
        else {
            *error = QCoreApplication::translate(
                         "wijk::engine::spatial",
                         "'%1' is geen soort gewichten: queen, rook, knn:K of gal:BESTAND.")
                         .arg(spec);
            return std::nullopt;
        }
    }
    if (!weights)
        return std::nullopt;
    weights->level = level;
    weights->vintage = vintage;
    return weights;
}

namespace {
//! The name weights made from `spec` would get (defaultWeightsName()); empty for gal: and
//! names that are no kind of weights.
QString defaultNameOfSpec(const QString &spec, RegionLevel level, int vintage)
{
    QString method;
    if (spec == QLatin1String("queen") || spec == QLatin1String("rook")) {
        method = spec;
    } else if (spec.startsWith(QLatin1String("knn:"))) {
        bool ok = false;
        const int k = spec.mid(4).toInt(&ok);
        if (!ok || k < 1)
            return QString();
        method = QStringLiteral("knn%1").arg(k);
    } else {
        return QString();
    }
    return QStringLiteral("%1-%2-%3").arg(contractName(level)).arg(vintage).arg(method);
}
} // namespace

std::optional<ResolvedWeights> resolveWeights(const workspace::Workspace &workspace,
                                              const QString &spec, RegionLevel level, int vintage,
                                              QString *error)
{
    const QString defaultName = defaultNameOfSpec(spec, level, vintage);
    for (const workspace::WeightsRecord &record : workspace::weightsRecords(workspace)) {
        const bool named = record.name == spec;
        const bool madeAlike = !defaultName.isEmpty() && record.name == defaultName &&
                               record.level == level && record.vintage == vintage;
        if (!named && !madeAlike)
            continue;
        std::optional<StoredWeights> loaded = loadWeights(workspace, record.name, error);
        if (!loaded)
            return std::nullopt;
        if (loaded->weights.level != level) {
            *error = QCoreApplication::translate("wijk::engine::spatial",
                                                 "De gewichten '%1' zijn voor het niveau %2, "
                                                 "niet voor %3.")
                         .arg(spec, contractName(loaded->weights.level), contractName(level));
            return std::nullopt;
        }
        return ResolvedWeights{std::move(*loaded), true};
    }
    std::optional<SpatialWeights> built = buildWeights(workspace, level, vintage, spec, error);
    if (!built)
        return std::nullopt;
    ResolvedWeights resolved;
    resolved.stored.name = defaultWeightsName(*built);
    resolved.stored.weights = std::move(*built);
    return resolved;
}

bool saveWeights(workspace::Workspace &workspace, const StoredWeights &stored, QString *error)
{
    const SpatialWeights &weights = stored.weights;
    workspace::WeightsRecord record;
    record.name = stored.name;
    record.level = weights.level;
    record.vintage = weights.vintage;
    record.method = methodName(weights.method);
    record.k = weights.k;
    record.transform = transformName(stored.transform);
    record.source = weights.source;
    for (int i = 0; i < weights.size(); ++i) {
        record.codes << weights.code(i);
        for (const int j : weights.neighbours(i))
            record.links.emplace_back(i, j);
    }
    record.islands = weights.islands();
    return workspace::storeWeightsRecord(workspace, record, error);
}

std::optional<StoredWeights> loadWeights(const workspace::Workspace &workspace, const QString &name,
                                         QString *error)
{
    const std::optional<workspace::WeightsRecord> record =
        workspace::readWeightsRecord(workspace, name, error);
    if (!record)
        return std::nullopt;
    std::vector<QString> codes(record->codes.begin(), record->codes.end());
    std::vector<std::vector<int>> neighbours(codes.size());
    for (const auto &[from, to] : record->links)
        if (from >= 0 && size_t(from) < codes.size() && to >= 0 && size_t(to) < codes.size())
            neighbours[size_t(from)].push_back(to);
    StoredWeights stored;
    stored.name = record->name;
    stored.weights = SpatialWeights(std::move(codes), std::move(neighbours));
    stored.weights.level = record->level;
    stored.weights.vintage = record->vintage;
    stored.weights.method = methodFromName(record->method).value_or(WeightsMethod::GalFile);
    stored.weights.k = record->k;
    stored.weights.source = record->source;
    stored.transform =
        transformFromName(record->transform).value_or(WeightsTransform::RowStandardised);
    return stored;
}

} // namespace wijk::engine
