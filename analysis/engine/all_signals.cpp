#include "engine/all_signals.h"

#include "engine/workspace_loader.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <set>

namespace wijk::engine {

namespace {

const RegionLevel kLevels[] = {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt};

//! One pass over every indicator on the divisions of `like`; years outside them are
//! collected in *extraPeriods (their values are not used).
bool scan(const Dataset &like, workspace::ObservationReader &reader,
          const AllSignalsOptions &options, const std::atomic_bool *cancel,
          std::vector<std::vector<Signal>> &perLevel, std::set<int> *extraPeriods,
          AllSignalsResult &result)
{
    perLevel.assign(std::size(kLevels), {});
    for (int first = 0; first < like.indicatorCount(); first += options.groupSize) {
        if (cancel && *cancel) {
            result.cancelled = true;
            return false;
        }
        QStringList codes;
        for (int i = first; i < std::min(first + options.groupSize, like.indicatorCount()); ++i)
            codes << like.indicator(i).code;
        Dataset group;
        LoadReport report;
        report.maxWarnings = 0;
        if (!loadGroup(group, like, reader, codes, &report)) {
            result.error = report.error;
            return false;
        }
        extraPeriods->insert(report.unknownPeriods.begin(), report.unknownPeriods.end());
        // Trends and signals only for this group's own indicators: components come in their
        // own group, so nothing is counted twice.
        std::vector<int> targets;
        for (const QString &code : qAsConst(codes))
            targets.push_back(group.indicatorIndex(code));
        for (size_t l = 0; l < std::size(kLevels); ++l) {
            SignalOptions signalOptions;
            signalOptions.trends.level = kLevels[l];
            signalOptions.trends.indicators = targets;
            signalOptions.trends.alpha = options.alpha;
            signalOptions.trends.threads = options.threads;
            signalOptions.outlierSds = options.outlierSds;
            const std::vector<TrendRow> trends = computeTrends(group, signalOptions.trends);
            for (Signal signal : computeSignals(group, trends, signalOptions)) {
                signal.indicator = like.indicatorIndex(group.indicator(signal.indicator).code);
                perLevel[l].push_back(std::move(signal));
            }
        }
    }
    return true;
}

} // namespace

AllSignalsResult computeAllSignals(const QString &path, const Dataset &like,
                                   const AllSignalsOptions &options, const std::atomic_bool *cancel)
{
    AllSignalsResult result;
    result.periods = like.periods();
    QString error;
    const std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    workspace::ObservationReader reader(*workspace);
    std::vector<std::vector<Signal>> perLevel;
    std::set<int> extra;
    if (!scan(like, reader, options, cancel, perLevel, &extra, result))
        return result;
    Dataset widened;
    const Dataset *divisions = &like;
    if (!extra.empty()) {
        // Years the first indicators lacked: the same regions over all years, scanned again.
        extra.insert(result.periods.begin(), result.periods.end());
        result.periods.assign(extra.begin(), extra.end());
        widened = Dataset(like.indicators(), workspace->regions(), result.periods,
                          Dataset::Storage::Lazy);
        divisions = &widened;
        std::set<int> none;
        if (!scan(widened, reader, options, cancel, perLevel, &none, result))
            return result;
    }
    // The order computeSignals() gives one fully loaded dataset (sortSignals: concern, strength,
    // region code, catalogue position; stable, so a trend stays before an outlier of its series).
    for (std::vector<Signal> &level : perLevel) {
        sortSignals(level, *divisions);
        result.signalList.insert(result.signalList.end(), level.begin(), level.end());
    }
    return result;
}

} // namespace wijk::engine
