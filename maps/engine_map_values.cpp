#include "engine_map_values.h"

#include "engine/level_values.h"
#include "engine/small_numbers.h"
#include "engine/trends.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace wijk::maps {

QVector<MapValue> mapValuesFromEngine(const engine::Dataset &dataset,
                                      const MapValueRequest &request, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const int indicator = dataset.indicatorIndex(request.indicator);
    if (indicator < 0) {
        *error = QCoreApplication::translate("wijk::maps", "Unknown indicator '%1'.")
                     .arg(request.indicator);
        return {};
    }
    if (dataset.periodIndex(request.period) < 0) {
        *error = QCoreApplication::translate("wijk::maps", "The workspace has no period %1.")
                     .arg(request.period);
        return {};
    }
    const int from = request.fromYear > 0
                         ? request.fromYear
                         : (dataset.periods().empty() ? 0 : dataset.periods().front());
    if (request.fromYear > 0 && dataset.periodIndex(from) < 0) {
        *error =
            QCoreApplication::translate("wijk::maps", "The workspace has no period %1.").arg(from);
        return {};
    }
    if (from > request.period) {
        *error = QCoreApplication::translate("wijk::maps", "The start year %1 is after %2.")
                     .arg(from)
                     .arg(request.period);
        return {};
    }

    QVector<MapValue> values;
    QHash<int, int> rowOfRegion;
    for (const engine::LevelValue &v :
         engine::levelValues(dataset, request.level, {indicator}, request.period)) {
        MapValue value;
        value.code = dataset.region(v.region).code;
        value.value = v.value;
        value.status = v.status;
        value.smallNumbers = v.smallNumbers;
        rowOfRegion.insert(v.region, values.size());
        values.append(value);
    }

    // Change: end minus start, only within one boundary-stable series.
    for (const engine::LevelValue &start :
         engine::levelValues(dataset, request.level, {indicator}, from)) {
        const int row = rowOfRegion.value(start.region, -1);
        if (row < 0)
            continue;
        MapValue &value = values[row];
        const int endBreak =
            dataset.seriesBreakYear(start.region, dataset.periodIndex(request.period));
        if (std::isfinite(value.value) && std::isfinite(start.value) && endBreak <= from)
            value.change = value.value - start.value;
    }

    // Trends over [from, period]: each region's latest series.
    engine::TrendOptions options;
    options.level = request.level;
    options.indicators = {indicator};
    options.fromYear = from;
    options.toYear = request.period;
    options.alpha = request.alpha;
    QHash<int, int> latestPeriod;
    for (const engine::TrendRow &trend : engine::computeTrends(dataset, options)) {
        const int row = rowOfRegion.value(trend.region, -1);
        if (row < 0 || !trend.tested() || trend.lastPeriod < latestPeriod.value(trend.region, 0))
            continue;
        latestPeriod.insert(trend.region, trend.lastPeriod);
        MapValue &value = values[row];
        value.slope = trend.sen.slope;
        value.significant = trend.direction == engine::TrendDirection::Up ||
                            trend.direction == engine::TrendDirection::Down;
        // A trend through small numbers is never a signal.
        value.signal = engine::restsOnSmallNumbers(dataset, trend)
                           ? QString()
                           : engine::signalName(trend.signal);
    }
    return values;
}

} // namespace wijk::maps
