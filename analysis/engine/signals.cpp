#include "engine/signals.h"

#include "engine/disclosure.h"
#include "engine/signal_sentences.h"
#include "engine/small_numbers.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace wijk::engine {

namespace {

//! The gemeente's own Theil-Sen slope over the same years, for "sneller dan gemiddeld in X".
double referenceSlope(const Dataset &data, int indicator, int gemeente, int from, int to)
{
    std::vector<double> t, x;
    for (int p = 0; p < data.periodCount(); ++p) {
        const int year = data.period(p);
        if (year >= from && year <= to && mayShow(data, indicator, gemeente, p)) {
            t.push_back(year);
            x.push_back(data.value(indicator, gemeente, p));
        }
    }
    if (int(t.size()) < kMinTestValues)
        return stats::kNaN;
    return stats::theilSen(t, x).slope;
}

//! A significant trend: worse or better by the polarity, or a change of a neutral indicator.
bool significant(const Dataset &data, const TrendRow &row)
{
    if (row.signal != TrendSignal::None)
        return true;
    return data.indicator(row.indicator).polarity == Polarity::Neutral &&
           (row.direction == TrendDirection::Up || row.direction == TrendDirection::Down);
}

void addTrendSignals(const Dataset &data, const std::vector<TrendRow> &trends,
                     const SignalOptions &options, std::vector<Signal> &out)
{
    // The latest series of each region x indicator: older stretches are history.
    std::map<std::pair<int, int>, const TrendRow *> latest;
    for (const TrendRow &row : trends) {
        const TrendRow *&slot = latest[{row.indicator, row.region}];
        if (!slot || row.lastPeriod > slot->lastPeriod)
            slot = &row;
    }
    // Mean Theil-Sen slope of the level's latest series per (indicator, gemeente): the
    // reference when the gemeente's own series is incomplete (a missing part makes it missing).
    std::map<std::pair<int, int>, std::pair<double, int>> levelMeans;
    for (const auto &entry : latest) {
        const TrendRow &row = *entry.second;
        const int last = data.periodIndex(row.lastPeriod);
        const int gemeente = last >= 0 ? data.municipalityAt(row.region, last) : -1;
        if (gemeente < 0 || !row.tested() || std::isnan(row.sen.slope))
            continue;
        auto &mean = levelMeans[{row.indicator, gemeente}];
        mean.first += row.sen.slope;
        mean.second += 1;
    }
    for (const auto &entry : latest) {
        const TrendRow &row = *entry.second;
        if (!significant(data, row))
            continue;
        const bool smallNumbers = restsOnSmallNumbers(data, row);
        if (smallNumbers && !options.includeSmallNumbers)
            continue;
        Signal signal;
        switch (row.signal) {
        case TrendSignal::Worsening:
            signal.kind = SignalKind::Worsening;
            signal.assessment = SignalAssessment::Unfavourable;
            break;
        case TrendSignal::Improving:
            signal.kind = SignalKind::Improving;
            signal.assessment = SignalAssessment::Favourable;
            break;
        case TrendSignal::None:
            signal.kind = SignalKind::Trend;
            signal.assessment = SignalAssessment::Neutral;
            break;
        }
        signal.smallNumbers = smallNumbers;
        signal.region = row.region;
        signal.indicator = row.indicator;
        signal.sinceYear = row.firstPeriod;
        signal.slope = row.sen.slope;
        signal.q = row.q;
        signal.strength =
            row.q > 0 ? stats::normalQuantile(1.0 - row.q / 2.0) : std::fabs(row.mk.z);
        const Indicator &indicator = data.indicator(row.indicator);
        TrendSentenceInput input;
        input.indicatorName = indicator.name;
        input.unit = indicator.unit;
        input.decimals = indicator.displayDecimals();
        input.regionName = data.region(row.region).name;
        input.sinceYear = row.firstPeriod;
        input.slopePerYear = row.sen.slope;
        input.q = row.q;
        const int lastIndex = data.periodIndex(row.lastPeriod);
        const int gemeente = lastIndex >= 0 ? data.municipalityAt(row.region, lastIndex) : -1;
        if (gemeente >= 0 && gemeente != row.region) {
            input.referenceName = data.region(gemeente).name;
            input.referenceSlope =
                referenceSlope(data, row.indicator, gemeente, row.firstPeriod, row.lastPeriod);
            const auto mean = levelMeans.find({row.indicator, gemeente});
            if (std::isnan(input.referenceSlope) && mean != levelMeans.end() &&
                mean->second.second > 1)
                input.referenceSlope = mean->second.first / mean->second.second;
        }
        signal.referenceName = input.referenceName;
        signal.referenceSlope = input.referenceSlope;
        signal.explanation = trendSentence(input);
        out.push_back(signal);
    }
}

void addOutliers(const Dataset &data, const SignalOptions &options, std::vector<Signal> &out)
{
    const TrendOptions &range = options.trends;
    const std::vector<int> regions = data.regionsOfLevel(range.level);
    std::vector<int> indicators = range.indicators;
    if (indicators.empty())
        for (int i = 0; i < data.indicatorCount(); ++i)
            indicators.push_back(i);
    for (int i : indicators) {
        const Indicator &indicator = data.indicator(i);
        if (indicator.polarity == Polarity::Neutral)
            continue;
        // Mean and SD of the level per period, over the regions showing a value then that
        // does not rest on small numbers (their noise would widen the SD for everyone).
        const auto reliable = [&data, i](int r, int p) {
            return mayShow(data, i, r, p) && !restsOnSmallNumbers(data, i, r, p);
        };
        std::vector<double> mean(size_t(data.periodCount()), stats::kNaN);
        std::vector<double> sd(size_t(data.periodCount()), stats::kNaN);
        for (int p = 0; p < data.periodCount(); ++p) {
            double sum = 0, sumSq = 0;
            int n = 0;
            for (int r : regions)
                if (reliable(r, p)) {
                    sum += data.value(i, r, p);
                    ++n;
                }
            if (n < 3)
                continue;
            mean[size_t(p)] = sum / n;
            for (int r : regions)
                if (reliable(r, p))
                    sumSq += std::pow(data.value(i, r, p) - mean[size_t(p)], 2);
            sd[size_t(p)] = std::sqrt(sumSq / (n - 1));
        }
        for (int r : regions) {
            int last = -1;
            for (int p = 0; p < data.periodCount(); ++p)
                if (data.period(p) >= range.fromYear && data.period(p) <= range.toYear &&
                    mayShow(data, i, r, p))
                    last = p;
            if (last < 0 || !(sd[size_t(last)] > 0))
                continue;
            const double z = (data.value(i, r, last) - mean[size_t(last)]) / sd[size_t(last)];
            const bool bad = indicator.polarity == Polarity::HigherIsBetter
                                 ? z < -options.outlierSds
                                 : z > options.outlierSds;
            if (!bad)
                continue;
            const bool smallNumbers = restsOnSmallNumbers(data, i, r, last);
            if (smallNumbers && !options.includeSmallNumbers)
                continue;
            Signal signal;
            signal.kind = SignalKind::Outlier;
            signal.assessment = SignalAssessment::Unfavourable;
            signal.smallNumbers = smallNumbers;
            signal.region = r;
            signal.indicator = i;
            signal.strength = std::fabs(z);
            signal.year = data.period(last);
            signal.value = data.value(i, r, last);
            signal.z = z;
            OutlierSentenceInput input;
            input.indicatorName = indicator.name;
            input.unit = indicator.unit;
            input.decimals = indicator.displayDecimals();
            input.regionName = data.region(r).name;
            input.level = range.level;
            input.year = signal.year;
            input.value = signal.value;
            input.levelMean = mean[size_t(last)];
            signal.levelMean = input.levelMean;
            input.z = z;
            signal.explanation = outlierSentence(input);
            out.push_back(signal);
        }
    }
}

} // namespace

std::vector<Signal> computeSignals(const Dataset &dataset, const std::vector<TrendRow> &trends,
                                   const SignalOptions &options)
{
    std::vector<Signal> list;
    addTrendSignals(dataset, trends, options, list);
    addOutliers(dataset, options, list);
    sortSignals(list, dataset);
    return list;
}

void sortSignals(std::vector<Signal> &list, const Dataset &divisions)
{
    std::stable_sort(list.begin(), list.end(), [&divisions](const Signal &a, const Signal &b) {
        if (a.assessment != b.assessment)
            return a.assessment < b.assessment; // the enum's order: what needs attention first
        if (a.strength != b.strength)
            return a.strength > b.strength;
        if (a.region != b.region)
            return divisions.region(a.region).code < divisions.region(b.region).code;
        return a.indicator < b.indicator;
    });
}

QString signalKindName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::Worsening:
        return QStringLiteral("worsening");
    case SignalKind::Improving:
        return QStringLiteral("improving");
    case SignalKind::Outlier:
        return QStringLiteral("outlier");
    case SignalKind::Trend:
        return QStringLiteral("trend");
    }
    return {};
}

QString assessmentName(SignalAssessment assessment)
{
    switch (assessment) {
    case SignalAssessment::Unfavourable:
        return QStringLiteral("unfavourable");
    case SignalAssessment::Favourable:
        return QStringLiteral("favourable");
    case SignalAssessment::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

} // namespace wijk::engine
