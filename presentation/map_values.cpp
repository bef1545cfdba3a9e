#include "map_values.h"

#include "engine/small_numbers.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace wijk::presentation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::presentation", text);
}
} // namespace

QString contractName(MapMode mode)
{
    switch (mode) {
    case MapMode::Value:
        return QStringLiteral("value");
    case MapMode::Change:
        return QStringLiteral("change");
    case MapMode::Trend:
        return QStringLiteral("trend");
    case MapMode::Signals:
        return QStringLiteral("signals");
    case MapMode::Clusters:
        return QStringLiteral("clusters");
    }
    return QString();
}

std::optional<MapMode> mapModeFromString(const QString &text)
{
    for (MapMode mode :
         {MapMode::Value, MapMode::Change, MapMode::Trend, MapMode::Signals, MapMode::Clusters}) {
        if (text.trimmed().compare(contractName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

ValueStatus shownStatus(ValueStatus delivered, bool derived, bool estimated)
{
    if (isWithheld(delivered))
        return delivered;
    if (estimated)
        return ValueStatus::Estimated;
    return derived ? ValueStatus::Derived : delivered;
}

ValueStatus shownStatus(const engine::LevelValue &value)
{
    return shownStatus(value.status, value.derived, value.harmonised);
}

int suppressedCount(const engine::Dataset &dataset, const std::vector<int> &regions, int period)
{
    const int p = dataset.periodIndex(period);
    if (p < 0)
        return 0;
    int count = 0;
    for (int r : regions)
        for (int i = 0; i < dataset.indicatorCount(); ++i) {
            const engine::Cell cell = dataset.cell(i, r, p);
            if (cell.present && cell.status == ValueStatus::Suppressed)
                ++count;
        }
    return count;
}

std::pair<double, double> shownValueRange(const QVector<MapValue> &values,
                                          const std::function<bool(const QString &)> &inScope)
{
    double lo = std::numeric_limits<double>::quiet_NaN();
    double hi = lo;
    for (const MapValue &value : values) {
        const double v = value.value;
        if (isWithheld(value.status) || !std::isfinite(v) || !inScope(value.code))
            continue;
        lo = std::isfinite(lo) ? std::min(lo, v) : v;
        hi = std::isfinite(hi) ? std::max(hi, v) : v;
    }
    return {lo, hi};
}

MapSignal mapSignalOf(const engine::Dataset &dataset, const engine::TrendRow &trend)
{
    // A trend through small numbers is never a signal.
    if (trend.signal == engine::TrendSignal::None || engine::restsOnSmallNumbers(dataset, trend))
        return MapSignal::None;
    return trend.signal == engine::TrendSignal::Worsening ? MapSignal::Worse : MapSignal::Better;
}

int mapDecimals(MapMode mode, int indicatorDecimals)
{
    return indicatorDecimals + (mode == MapMode::Trend ? 1 : 0);
}

int changeBase(const engine::Dataset &dataset, const MapValuesRequest &request)
{
    if (request.changeSince > 0)
        return request.changeSince;
    const int p = dataset.periodIndex(request.period);
    return p > 0 ? dataset.period(p - 1) : 0;
}

int firstYearShown(const engine::Dataset &dataset, const MapValuesRequest &request, MapMode mode)
{
    switch (mode) {
    case MapMode::Value:
    case MapMode::Clusters: // one year's values
        return request.period;
    case MapMode::Change:
        return changeBase(dataset, request);
    case MapMode::Trend:
    case MapMode::Signals:
        break;
    }
    return request.trendFrom > 0 || dataset.periodCount() == 0 ? request.trendFrom
                                                               : dataset.period(0);
}

engine::TrendOptions trendOptions(const engine::Dataset &dataset, const MapValuesRequest &request)
{
    engine::TrendOptions options;
    options.level = request.level;
    const int indicator = dataset.indicatorIndex(request.indicator);
    if (indicator >= 0)
        options.indicators = {indicator};
    options.fromYear = request.trendFrom > 0
                           ? request.trendFrom
                           : (dataset.periods().empty() ? 0 : dataset.periods().front());
    options.toYear = request.period;
    options.alpha = request.alpha;
    return options;
}

QVector<MapValue> mapValues(const engine::Dataset &dataset, const MapValuesRequest &request,
                            QString *error)
{
    std::vector<engine::TrendRow> trends;
    if (request.withTrends && dataset.indicatorIndex(request.indicator) >= 0 &&
        dataset.periodIndex(request.period) >= 0)
        trends = engine::computeTrends(dataset, trendOptions(dataset, request));
    return mapValues(dataset, request, trends, error);
}

QVector<MapValue> mapValues(const engine::Dataset &dataset, const MapValuesRequest &request,
                            const std::vector<engine::TrendRow> &trends, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const int indicator = dataset.indicatorIndex(request.indicator);
    if (indicator < 0) {
        *error = tr("Unknown indicator '%1'.").arg(request.indicator);
        return {};
    }
    const int p = dataset.periodIndex(request.period);
    if (p < 0) {
        *error = tr("The workspace has no period %1.").arg(request.period);
        return {};
    }
    const int since = changeBase(dataset, request);
    if (request.changeSince > 0 && dataset.periodIndex(since) < 0) {
        *error = tr("The workspace has no period %1.").arg(since);
        return {};
    }
    if (request.trendFrom > 0 && dataset.periodIndex(request.trendFrom) < 0) {
        *error = tr("The workspace has no period %1.").arg(request.trendFrom);
        return {};
    }
    for (int start : {since, request.trendFrom}) {
        if (start > request.period) {
            *error = tr("The start year %1 is after %2.").arg(start).arg(request.period);
            return {};
        }
    }

    QVector<MapValue> values;
    QHash<int, int> rowOfRegion;
    for (const engine::LevelValue &v :
         engine::levelValues(dataset, request.level, {indicator}, request.period)) {
        MapValue value;
        value.code = dataset.region(v.region).code;
        value.value = v.value;
        value.status = shownStatus(v);
        value.smallNumbers = v.smallNumbers;
        rowOfRegion.insert(v.region, values.size());
        values.append(value);
    }

    // Change: the value minus the base year's, both shown, within one boundary-stable series.
    const int pSince = dataset.periodIndex(since);
    if (pSince >= 0 && since < request.period) {
        for (const engine::LevelValue &start :
             engine::levelValues(dataset, request.level, {indicator}, since)) {
            const int row = rowOfRegion.value(start.region, -1);
            if (row < 0)
                continue;
            MapValue &value = values[row];
            if (std::isfinite(value.value) && std::isfinite(start.value) &&
                dataset.seriesAt(start.region, pSince) == dataset.seriesAt(start.region, p))
                value.change = value.value - start.value;
        }
    }

    // Trend and signal: each region's latest series (the one of its current boundaries),
    // when it has enough values to be tested.
    if (!request.withTrends)
        return values;
    QHash<int, const engine::TrendRow *> latest;
    for (const engine::TrendRow &trend : trends) {
        if (trend.indicator != indicator || !rowOfRegion.contains(trend.region))
            continue;
        const engine::TrendRow *&chosen = latest[trend.region];
        if (!chosen || trend.lastPeriod >= chosen->lastPeriod)
            chosen = &trend;
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const engine::TrendRow &trend = *it.value();
        if (!trend.tested())
            continue;
        MapValue &value = values[rowOfRegion.value(it.key())];
        value.slope = trend.sen.slope;
        value.significant = trend.direction == engine::TrendDirection::Up ||
                            trend.direction == engine::TrendDirection::Down;
        value.signal = mapSignalOf(dataset, trend);
    }
    return values;
}

} // namespace wijk::presentation
