#include "movers.h"

#include "engine/small_numbers.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace wijk::presentation {

std::vector<Mover> largestMovers(const engine::Dataset &dataset,
                                 const std::vector<engine::TrendRow> &trends,
                                 const MoversRequest &request)
{
    std::map<int, std::pair<double, double>> spread; // indicator -> (mean, sd) of changes
    {
        std::map<int, std::vector<double>> changes;
        for (const engine::TrendRow &row : trends)
            if (std::isfinite(row.changeAbs) && !engine::restsOnSmallNumbers(dataset, row))
                changes[row.indicator].push_back(row.changeAbs);
        for (const auto &[indicator, values] : changes) {
            double mean = 0;
            for (double v : values)
                mean += v;
            mean /= double(values.size());
            double ss = 0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            spread[indicator] = {mean, values.size() > 1 ? std::sqrt(ss / double(values.size() - 1))
                                                         : 0.0};
        }
    }
    std::vector<Mover> movers;
    for (const QString &theme : request.themes) {
        std::vector<std::pair<double, const engine::TrendRow *>> ranked;
        for (const engine::TrendRow &row : trends) {
            const Indicator &indicator = dataset.indicator(row.indicator);
            const auto s = spread.find(row.indicator);
            if (indicator.theme != theme || indicator.kind == IndicatorKind::Count ||
                !std::isfinite(row.changeAbs) || s == spread.end() || s->second.second <= 0 ||
                row.lastPeriod != request.lastYear || engine::restsOnSmallNumbers(dataset, row) ||
                !request.focus.contains(row.region))
                continue;
            ranked.push_back({std::fabs(row.changeAbs - s->second.first) / s->second.second, &row});
        }
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; k < ranked.size() && int(k) < request.perTheme; ++k) {
            const engine::TrendRow &row = *ranked[k].second;
            Mover mover;
            mover.theme = theme;
            mover.rank = int(k);
            mover.region = row.region;
            mover.indicator = row.indicator;
            mover.standardDeviations = ranked[k].first;
            mover.firstPeriod = row.firstPeriod;
            mover.firstValue = row.firstValue;
            mover.lastPeriod = row.lastPeriod;
            mover.lastValue = row.lastValue;
            mover.direction = row.direction;
            mover.slope = row.sen.slope;
            movers.push_back(mover);
        }
    }
    return movers;
}

} // namespace wijk::presentation
