#include "reports/memo_clusters.h"

#include "spatial_clusters.h"

namespace wijk::reports {

QStringList memoClusterSentences(const ReportData &data, const std::vector<int> &indicators,
                                 RegionLevel level)
{
    QStringList sentences;
    const engine::Dataset &dataset = data.dataset();
    for (const int indicator : indicators) {
        presentation::ClusterRequest request;
        request.level = level;
        request.indicator = dataset.indicator(indicator).code;
        request.period = data.lastYear();
        const presentation::ClusterMap clusters =
            presentation::clusterMap(data.workspace(), dataset, request);
        if (clusters.ok() && !clusters.sentence.isEmpty())
            sentences << clusters.sentence;
    }
    return sentences;
}

} // namespace wijk::reports
