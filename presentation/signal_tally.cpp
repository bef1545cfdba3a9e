#include "signal_tally.h"

#include <algorithm>
#include <utility>

namespace wijk::presentation {

QString SignalTally::leadingTheme() const
{
    if (unfavourableByTheme.empty())
        return QString();
    return std::max_element(unfavourableByTheme.begin(), unfavourableByTheme.end(),
                            [](const auto &a, const auto &b) { return a.second < b.second; })
        ->first;
}

std::vector<int> SignalTally::indicatorsByUnfavourable() const
{
    std::vector<std::pair<int, int>> byCount;
    for (const auto &[indicator, count] : unfavourableByIndicator)
        byCount.push_back({count, indicator});
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    std::vector<int> indicators;
    for (const auto &entry : byCount)
        indicators.push_back(entry.second);
    return indicators;
}

SignalTally tallySignals(const engine::Dataset &dataset, const std::vector<engine::Signal> &all,
                         const std::function<bool(const engine::Signal &)> &inScope)
{
    SignalTally tally;
    for (const engine::Signal &signal : all) {
        if (signal.smallNumbers || signal.assessment == engine::SignalAssessment::Neutral ||
            !inScope(signal))
            continue;
        if (signal.assessment == engine::SignalAssessment::Favourable) {
            tally.favourable.push_back(&signal);
        } else {
            tally.unfavourable.push_back(&signal);
            ++tally.unfavourableByTheme[dataset.indicator(signal.indicator).theme];
            ++tally.unfavourableByIndicator[signal.indicator];
        }
    }
    return tally;
}

} // namespace wijk::presentation
