#include "engine/composite_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wijk::engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<int> regionsAt(const Dataset &dataset, RegionLevel level, int p)
{
    std::vector<int> regions;
    for (const int r : dataset.regionsOfLevel(level))
        if (dataset.existsAt(r, p))
            regions.push_back(r);
    return regions;
}

//! How one indicator is scored in one year: centre and spread over the level's regions.
struct Scale
{
    double centre = 0;
    double spread = 0; //!< not > 0: no score (fewer than two values, or no spread)
    bool reversed = false;
    CompositeScaling scaling = CompositeScaling::ZScore;

    //! The polarity-aware score of a value (NaN without a scale).
    double score(double value) const
    {
        if (!(spread > 0))
            return kNaN;
        const double raw = (value - centre) / spread;
        return !reversed ? raw : (scaling == CompositeScaling::ZScore ? -raw : 100 - raw);
    }
};

Scale scaleOf(const Dataset &dataset, int i, const std::vector<int> &regions, int p,
              CompositeScaling scaling)
{
    Scale scale;
    scale.scaling = scaling;
    scale.reversed = dataset.indicator(i).polarity == Polarity::LowerIsBetter;
    std::vector<double> shown;
    for (const int r : regions)
        if (dataset.hasValue(i, r, p))
            shown.push_back(dataset.value(i, r, p));
    if (shown.size() < 2)
        return scale;
    if (scaling == CompositeScaling::ZScore) {
        for (const double value : shown)
            scale.centre += value;
        scale.centre /= double(shown.size());
        for (const double value : shown)
            scale.spread += (value - scale.centre) * (value - scale.centre);
        scale.spread = std::sqrt(scale.spread / double(shown.size() - 1));
    } else {
        const auto [low, high] = std::minmax_element(shown.begin(), shown.end());
        scale.centre = *low;
        scale.spread = (*high - *low) / 100;
    }
    return scale; // no spread: the indicator says nothing about the differences
}

//! Indicator i's polarity-aware scores over the regions (NaN where it has no value).
std::vector<double> scores(const Dataset &dataset, int i, const std::vector<int> &regions, int p,
                           CompositeScaling scaling)
{
    const Scale scale = scaleOf(dataset, i, regions, p, scaling);
    std::vector<double> result(regions.size(), kNaN);
    for (size_t m = 0; m < regions.size(); ++m)
        if (dataset.hasValue(i, regions[m], p))
            result[m] = scale.score(dataset.value(i, regions[m], p));
    return result;
}

} // namespace

CompositeValues computeComposite(const Dataset &dataset, const CompositeDefinition &definition)
{
    CompositeValues result;
    std::vector<int> indices;
    std::vector<double> weights;
    for (const CompositeComponent &component : definition.components) {
        const int i = dataset.indicatorIndex(component.indicator);
        if (i < 0) {
            result.unknown << component.indicator;
            continue;
        }
        indices.push_back(i);
        weights.push_back(component.weight);
    }
    if (!result.unknown.isEmpty() || indices.empty())
        return result;
    for (int p = 0; p < dataset.periodCount(); ++p) {
        const std::vector<int> regions = regionsAt(dataset, definition.level, p);
        std::vector<double> sum(regions.size(), 0.0);
        double weightSum = 0;
        for (size_t c = 0; c < indices.size(); ++c) {
            const std::vector<double> component =
                scores(dataset, indices[c], regions, p, definition.scaling);
            for (size_t m = 0; m < regions.size(); ++m)
                sum[m] += weights[c] * component[m]; // NaN spreads: no index without it
            weightSum += weights[c];
        }
        for (size_t m = 0; m < regions.size(); ++m) {
            Observation observation;
            observation.region = dataset.region(regions[m]).code;
            observation.indicator = definition.code;
            observation.period = dataset.period(p);
            observation.value = sum[m] / weightSum;
            observation.status = observation.hasValue() ? ValueStatus::Final : ValueStatus::Missing;
            // A year in which no component has any value leaves nothing to say.
            if (!observation.hasValue() && std::none_of(indices.begin(), indices.end(), [&](int i) {
                    return dataset.hasValue(i, regions[m], p);
                }))
                continue;
            (observation.hasValue() ? result.withValue : result.withoutValue) += 1;
            result.values.push_back(observation);
        }
    }
    return result;
}

std::vector<std::pair<QString, double>>
themeScores(const Dataset &dataset, const CompositeDefinition &definition, int region, int p)
{
    const std::vector<int> regions = regionsAt(dataset, definition.level, p);
    std::vector<std::pair<QString, double>> themes;
    std::vector<double> weightSums;
    for (const CompositeComponent &component : definition.components) {
        const int i = dataset.indicatorIndex(component.indicator);
        const QString theme =
            !component.theme.isEmpty() || i < 0 ? component.theme : dataset.indicator(i).theme;
        auto found = std::find_if(themes.begin(), themes.end(),
                                  [&](const auto &entry) { return entry.first == theme; });
        if (found == themes.end()) {
            themes.emplace_back(theme, 0.0);
            weightSums.push_back(0.0);
            found = themes.end() - 1;
        }
        const size_t t = size_t(found - themes.begin());
        // A region of the level, or of another one (its gemeente) on the level's scale.
        const double score =
            i < 0 || region < 0 || !dataset.existsAt(region, p) || !dataset.hasValue(i, region, p)
                ? kNaN
                : scaleOf(dataset, i, regions, p, definition.scaling)
                      .score(dataset.value(i, region, p));
        found->second += component.weight * score;
        weightSums[t] += component.weight;
    }
    for (size_t t = 0; t < themes.size(); ++t)
        themes[t].second /= weightSums[t];
    return themes;
}

double compositeScore(const Dataset &dataset, const CompositeDefinition &definition, int region,
                      int p)
{
    // The weighted mean over every component: the theme scores of a single theme.
    CompositeDefinition whole = definition;
    for (CompositeComponent &component : whole.components)
        component.theme = QStringLiteral("index");
    const auto themes = themeScores(dataset, whole, region, p);
    return themes.empty() ? kNaN : themes.front().second;
}

} // namespace wijk::engine
