#include "peer_median.h"

#include "engine/similar_areas.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace wijk::presentation {

PeerGroup peerGroup(const engine::Dataset &dataset, int region, int p, int k)
{
    PeerGroup group;
    group.region = region;
    group.period = p;
    if (region < 0 || p < 0)
        return group;
    group.indicators =
        engine::defaultSimilarityIndicators(dataset, dataset.region(region).level, p);
    if (group.indicators.empty())
        return group;
    for (const engine::SimilarArea &peer :
         engine::similarAreas(dataset, region, p, group.indicators, k).peers)
        group.peers.push_back(peer.region);
    return group;
}

double peerMedian(const engine::Dataset &dataset, int indicator, const PeerGroup &group, int p)
{
    std::vector<double> values;
    for (const int peer : group.peers)
        if (dataset.hasValue(indicator, peer, p))
            values.push_back(dataset.value(indicator, peer, p));
    if (values.empty() || 2 * values.size() < group.peers.size())
        return kNoValue;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString peerMedianName(RegionLevel level, int peers)
{
    switch (level) {
    case RegionLevel::Gemeente:
        return QCoreApplication::translate("wijk::presentation",
                                           "median of %n similar municipalities", nullptr, peers);
    case RegionLevel::Buurt:
        return QCoreApplication::translate("wijk::presentation", "median of %n similar buurten",
                                           nullptr, peers);
    default:
        break;
    }
    return QCoreApplication::translate("wijk::presentation", "median of %n similar wijken", nullptr,
                                       peers);
}

TrendSeries peerMedianSeries(const engine::Dataset &dataset, int indicator, const PeerGroup &group)
{
    TrendSeries series;
    if (group.region < 0)
        return series;
    series.code = QStringLiteral("peers:%1").arg(dataset.region(group.region).code);
    series.name = peerMedianName(dataset.region(group.region).level, int(group.peers.size()));
    series.reference = true;
    series.peerMedian = true;
    if (group.isEmpty())
        return series;
    for (int p = 0; p < dataset.periodCount(); ++p) {
        series.periods.push_back(dataset.period(p));
        const double median = peerMedian(dataset, indicator, group, p);
        series.values.push_back(median);
        series.statuses.push_back(std::isfinite(median) ? ValueStatus::Derived
                                                        : ValueStatus::Missing);
    }
    return series;
}

} // namespace wijk::presentation
