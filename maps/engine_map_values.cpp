#include "engine_map_values.h"

namespace wijk::maps {

presentation::MapValuesRequest presentationRequest(const engine::Dataset &dataset,
                                                   const MapValueRequest &request)
{
    presentation::MapValuesRequest shown;
    shown.level = request.level;
    shown.indicator = request.indicator;
    shown.period = request.period;
    const int from = request.fromYear > 0
                         ? request.fromYear
                         : (dataset.periods().empty() ? 0 : dataset.periods().front());
    shown.changeSince = from;
    shown.trendFrom = from;
    shown.alpha = request.alpha;
    shown.withTrends = request.withTrends;
    return shown;
}

EngineMap engineMap(const engine::Dataset &dataset, const engine::BoundaryCodes &withBoundary,
                    const MapValueRequest &request, QString *error)
{
    EngineMap map;
    const presentation::MapValuesRequest shown = presentationRequest(dataset, request);
    map.fromYear = shown.changeSince;
    QString why;
    map.values = presentation::mapValues(dataset, shown, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return map;
    }
    map.boundaries = engine::chooseBoundaries(dataset, request.level, request.period, withBoundary,
                                              request.focus);
    return map;
}

} // namespace wijk::maps
