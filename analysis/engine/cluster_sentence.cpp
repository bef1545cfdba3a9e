#include "engine/cluster_sentence.h"

#include "engine/signal_sentences.h"
#include "model/number_format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace wijk::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::engine", text);
}

QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Gemeente:
        return tr("gemeenten");
    case RegionLevel::Wijk:
        return tr("wijken");
    case RegionLevel::Buurt:
    case RegionLevel::Land:
        break;
    }
    return tr("buurten");
}

QString pText(double p)
{
    return p < 0.001 ? tr("p < 0,001") : tr("p = %1").arg(formatNumber(p, 3, Language::Dutch));
}

} // namespace

QString clusterSentence(const ClusterSentenceInput &input, int highHighCount)
{
    if (!(input.moranI > 0) || !(input.p <= 0.05) || highHighCount <= 0)
        return QString();
    const QString where =
        input.direction.isEmpty() ? tr("in het midden") : tr("in het %1").arg(input.direction);
    return tr("De %1 met hoge waarden voor %2 liggen geclusterd %3 (Moran's I %4, %5).")
        .arg(levelPlural(input.level), input.indicatorName.toLower(), where,
             formatNumber(input.moranI, 2, Language::Dutch), pText(input.p));
}

QString clusterDirection(const SpatialAnalysis &analysis,
                         const std::vector<std::optional<Centroid>> &centroids)
{
    double allX = 0, allY = 0, highX = 0, highY = 0;
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    int all = 0, high = 0;
    for (size_t r = 0; r < analysis.regions.size() && r < centroids.size(); ++r) {
        const SpatialRegion &region = analysis.regions[r];
        if (region.status != SpatialRegion::Status::Analysed || !centroids[r])
            continue;
        const Centroid &c = *centroids[r];
        minX = all == 0 ? c.x : std::min(minX, c.x);
        maxX = all == 0 ? c.x : std::max(maxX, c.x);
        minY = all == 0 ? c.y : std::min(minY, c.y);
        maxY = all == 0 ? c.y : std::max(maxY, c.y);
        allX += c.x;
        allY += c.y;
        ++all;
        if (region.local.cluster == LisaCluster::HighHigh) {
            highX += c.x;
            highY += c.y;
            ++high;
        }
    }
    if (all == 0 || high == 0)
        return QString();
    const double dx = highX / high - allX / all;
    const double dy = highY / high - allY / all;
    const double extent = std::hypot(maxX - minX, maxY - minY);
    if (std::hypot(dx, dy) <= extent / 10)
        return QString();
    // Eight sectors of 45 degrees, east = 0, counter-clockwise (RD New: y points north).
    static const char *const kSectors[] = {QT_TRANSLATE_NOOP("wijk::engine", "oosten"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "noordoosten"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "noorden"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "noordwesten"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "westen"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "zuidwesten"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "zuiden"),
                                           QT_TRANSLATE_NOOP("wijk::engine", "zuidoosten")};
    constexpr double kDegreesPerRadian = 57.295779513082320876;
    const double angle = std::atan2(dy, dx) * kDegreesPerRadian;
    const int sector = int(std::lround((angle < 0 ? angle + 360 : angle) / 45)) % 8;
    return tr(kSectors[sector]);
}

QString clusterSentence(const SpatialAnalysis &analysis, const Indicator &indicator,
                        RegionLevel level, const std::vector<std::optional<Centroid>> &centroids)
{
    ClusterSentenceInput input;
    input.level = level;
    input.indicatorName = indicator.name;
    input.moranI = analysis.global.i;
    input.p = std::isnan(analysis.global.pSim) ? analysis.global.pRandom : analysis.global.pSim;
    input.direction = clusterDirection(analysis, centroids);
    const int highHigh = int(std::count_if(
        analysis.regions.begin(), analysis.regions.end(), [](const SpatialRegion &region) {
            return region.status == SpatialRegion::Status::Analysed &&
                   region.local.cluster == LisaCluster::HighHigh;
        }));
    return clusterSentence(input, highHigh);
}

} // namespace wijk::engine
