#include "spatial_clusters.h"

#include "engine/boundary_choice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <cmath>

namespace wijk::presentation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::presentation", text);
}

//! The centroids of the weights' regions, in the weights' order (for the sentence).
std::vector<std::optional<engine::Centroid>>
centroidsOfWeights(const workspace::Workspace &workspace, const engine::SpatialWeights &weights,
                   RegionLevel level, int vintage)
{
    const std::vector<engine::RegionBoundary> boundaries =
        engine::levelBoundaries(workspace, level, vintage);
    const std::vector<std::optional<engine::Centroid>> centroids = engine::centroidsOf(boundaries);
    QHash<QString, size_t> index;
    for (size_t b = 0; b < boundaries.size(); ++b)
        index.insert(boundaries[b].code, b);
    std::vector<std::optional<engine::Centroid>> ordered(size_t(weights.size()));
    for (int w = 0; w < weights.size(); ++w) {
        const auto it = index.constFind(weights.code(w));
        if (it != index.constEnd() && it.value() < centroids.size())
            ordered[size_t(w)] = centroids[it.value()];
    }
    return ordered;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

//! A p-value as reports write it: "< 0,001" below a thousandth.
QString pText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    if (p < 0.001)
        return QStringLiteral("< %1").arg(number(0.001, 3));
    return QStringLiteral("%1").arg(number(p, 3));
}
} // namespace

ClusterMap clusterMap(const workspace::Workspace &workspace, const engine::Dataset &dataset,
                      const ClusterRequest &request)
{
    ClusterMap map;
    const int indicator = dataset.indicatorIndex(request.indicator);
    if (indicator < 0) {
        map.error = tr("Unknown indicator '%1'.").arg(request.indicator);
        return map;
    }
    if (dataset.periodIndex(request.period) < 0) {
        map.error = tr("The workspace has no period %1.").arg(request.period);
        return map;
    }
    map.vintage = engine::divisionInForce(dataset, request.level, request.period);
    std::optional<engine::ResolvedWeights> weights =
        engine::resolveWeights(workspace, request.weights, request.level, map.vintage, &map.error);
    if (!weights)
        return map;
    map.error.clear();
    map.weights = std::move(*weights);
    engine::MoranOptions options = request.options;
    options.transform = map.weights.stored.transform;
    map.analysis = engine::analyseSpatial(dataset, indicator, request.period,
                                          map.weights.stored.weights, options);
    map.values = clusterMapValues(dataset, map.analysis);
    map.sentence = engine::clusterSentence(
        map.analysis, dataset.indicator(indicator), request.level,
        centroidsOfWeights(workspace, map.weights.stored.weights, request.level, map.vintage));
    return map;
}

QVector<MapValue> clusterMapValues(const engine::Dataset &dataset,
                                   const engine::SpatialAnalysis &analysis)
{
    QVector<MapValue> values;
    values.reserve(int(analysis.regions.size()));
    const int p = dataset.periodIndex(analysis.period);
    for (const engine::SpatialRegion &region : analysis.regions) {
        if (region.region < 0)
            continue;
        MapValue value;
        value.code = region.code;
        if (p >= 0) {
            const engine::Cell cell = dataset.cell(analysis.indicator, region.region, p);
            value.status = cell.status;
            if (dataset.hasValue(analysis.indicator, region.region, p))
                value.value = dataset.value(analysis.indicator, region.region, p);
        }
        value.smallNumbers = region.smallNumbers;
        if (region.status == engine::SpatialRegion::Status::Analysed)
            value.cluster = region.local.cluster;
        values.append(value);
    }
    return values;
}

QString clusterLabel(engine::LisaCluster cluster)
{
    switch (cluster) {
    case engine::LisaCluster::HighHigh:
        return tr("High–high");
    case engine::LisaCluster::LowLow:
        return tr("Low–low");
    case engine::LisaCluster::HighLow:
        return tr("High–low");
    case engine::LisaCluster::LowHigh:
        return tr("Low–high");
    case engine::LisaCluster::NotSignificant:
        break;
    }
    return tr("Not significant");
}

QString clusterMethodNote(const ClusterMap &map)
{
    const engine::MoranOptions &options = map.analysis.options;
    const engine::SpatialWeights &weights = map.weights.stored.weights;
    const QString transform = options.transform == engine::WeightsTransform::RowStandardised
                                  ? tr("row-standardised")
                                  : tr("binary");
    QString note = tr("%1 weights %2 (%3)")
                       .arg(engine::methodName(weights.method), map.weights.stored.name, transform);
    note += QStringLiteral(" · ");
    note += options.permutations > 0
                ? tr("%1 permutations, seed %2").arg(options.permutations).arg(options.seed)
                : tr("no permutations");
    note += QStringLiteral(" · ");
    note += tr("Benjamini–Hochberg, q ≤ %1").arg(number(options.alpha, 2));
    if (!map.analysis.islands.isEmpty())
        note += QStringLiteral(" · ") +
                QCoreApplication::translate("wijk::presentation", "%n island(s) left out", nullptr,
                                            int(map.analysis.islands.size()));
    return note;
}

QString globalMoranLine(const engine::GlobalMoran &global)
{
    const double p = std::isfinite(global.pSim) ? global.pSim : global.pRandom;
    return tr("Moran's I %1 (p %2; n %3)")
        .arg(std::isfinite(global.i) ? number(global.i, 2) : QStringLiteral("–"), pText(p))
        .arg(global.n);
}

ScatterChartData moranScatterData(const engine::Dataset &dataset, const ClusterMap &map,
                                  bool english)
{
    ScatterChartData data;
    const engine::SpatialAnalysis &analysis = map.analysis;
    if (analysis.indicator < 0)
        return data;
    const Indicator &indicator = dataset.indicator(analysis.indicator);
    double sum = 0;
    int n = 0;
    for (const engine::SpatialRegion &region : analysis.regions) {
        if (region.status != engine::SpatialRegion::Status::Analysed)
            continue;
        sum += region.local.z * region.local.z;
        ++n;
    }
    const double sd = n > 0 ? std::sqrt(sum / n) : 0.0;
    data.xIndicator = indicator;
    // The axis title is the name in the interface's language (chart_format.h axisTitle()).
    data.xIndicator.name = tr("%1 (standardised)").arg(indicator.displayName(english));
    data.xIndicator.nameEn = tr("%1 (standardised)").arg(indicator.displayName(true));
    data.xIndicator.unit = QStringLiteral("other");
    data.xIndicator.decimals = 1;
    data.yIndicator = data.xIndicator;
    // Short: the x axis names the indicator, and a chart in a dock has little height.
    data.yIndicator.name = tr("Spatial lag (neighbours)");
    data.yIndicator.nameEn = data.yIndicator.name;
    data.title =
        tr("Moran scatter · %1 · %2").arg(indicator.displayName(english)).arg(analysis.period);
    if (!(sd > 0))
        return data;
    for (const engine::SpatialRegion &region : analysis.regions) {
        if (region.status != engine::SpatialRegion::Status::Analysed)
            continue;
        ScatterPoint point;
        point.code = region.code;
        point.name = dataset.region(region.region).name;
        point.x = region.local.z / sd;
        point.y = region.local.zLag / sd;
        data.points.push_back(point);
    }
    return data;
}

} // namespace wijk::presentation
