#include "key_figures.h"

#include "engine/disclosure.h"
#include "engine/small_numbers.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace wijk::presentation {

namespace {
double shownValue(const engine::Dataset &dataset, int i, int r, int p)
{
    return p >= 0 && r >= 0 && engine::mayShow(dataset, i, r, p) ? dataset.value(i, r, p)
                                                                 : engine::stats::kNaN;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
} // namespace

bool KeyFigure::operator==(const KeyFigure &other) const
{
    return indicator == other.indicator && same(value, other.value) &&
           valueYear == other.valueYear && status == other.status &&
           same(referenceValue, other.referenceValue) && same(change, other.change) &&
           fromYear == other.fromYear && toYear == other.toYear && direction == other.direction &&
           same(slope, other.slope) && signal == other.signal;
}

std::vector<KeyFigure> keyFigures(const engine::Dataset &dataset, int region, int reference,
                                  const std::vector<int> &indicators, const TrendLookup &trendOf)
{
    std::vector<KeyFigure> figures;
    const int last = dataset.periodCount() - 1;
    for (int i : indicators) {
        KeyFigure figure;
        figure.indicator = i;
        // Survey figures come every other year: show the latest year that has a value, unless
        // the latest value exists but is withheld (then it says so).
        int p = last;
        figure.status = p >= 0 ? dataset.cell(i, region, p).status : ValueStatus::Missing;
        while (p > 0 && !dataset.cell(i, region, p).present && !dataset.hasValue(i, region, p))
            --p;
        figure.value = shownValue(dataset, i, region, p);
        figure.valueYear = p >= 0 ? dataset.period(p) : 0;
        if (p >= 0)
            figure.status = dataset.cell(i, region, p).status;
        if (!std::isfinite(figure.value) && figure.status != ValueStatus::Suppressed)
            figure.status = ValueStatus::Missing;
        figure.referenceValue = shownValue(dataset, i, reference, p);
        if (const engine::TrendRow *trend = trendOf ? trendOf(i) : nullptr) {
            figure.change = trend->changeAbs;
            figure.fromYear = trend->firstPeriod;
            figure.toYear = trend->lastPeriod;
            figure.direction = trend->direction;
            figure.slope = trend->sen.slope;
            // A trend through small numbers is shown, but never called a signal.
            figure.signal = engine::restsOnSmallNumbers(dataset, *trend) ? engine::TrendSignal::None
                                                                         : trend->signal;
        }
        figures.push_back(figure);
    }
    return figures;
}

double shareOfReference(const KeyFigure &figure)
{
    if (!std::isfinite(figure.value) || !std::isfinite(figure.referenceValue) ||
        figure.referenceValue <= 0)
        return engine::stats::kNaN;
    return 100.0 * figure.value / figure.referenceValue;
}

std::vector<std::size_t> largestRelativeChanges(const engine::Dataset &dataset,
                                                const std::vector<KeyFigure> &figures,
                                                const TrendLookup &trendOf,
                                                const std::set<int> &mentioned, std::size_t count)
{
    std::vector<std::pair<double, std::size_t>> changes;
    for (std::size_t k = 0; k < figures.size(); ++k) {
        const int indicator = figures[k].indicator;
        const engine::TrendRow *trend = trendOf(indicator);
        if (!trend || mentioned.count(indicator) || !std::isfinite(trend->changePct) ||
            dataset.indicator(indicator).kind == IndicatorKind::Count ||
            engine::restsOnSmallNumbers(dataset, *trend))
            continue;
        changes.push_back({std::fabs(trend->changePct), k});
    }
    // Largest first; equal changes in the figures' order.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<std::size_t> largest;
    for (std::size_t n = 0; n < changes.size() && n < count; ++n)
        largest.push_back(changes[n].second);
    return largest;
}

} // namespace wijk::presentation
