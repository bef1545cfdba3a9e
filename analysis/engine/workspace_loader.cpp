#include "engine/workspace_loader.h"

#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QSet>
#include <algorithm>
#include <set>

namespace wijk::engine {

namespace {

//! Region key -> region index of the dataset (-1 for keys without a region row).
std::vector<int> regionIndexOfKeys(const Dataset &dataset, workspace::ObservationReader &reader)
{
    const QHash<int, QString> &keys = reader.regionKeys();
    int maxKey = -1;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        maxKey = qMax(maxKey, it.key());
    std::vector<int> index(size_t(maxKey + 1), -1);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.key() >= 0)
            index[size_t(it.key())] = dataset.regionIndex(it.value());
    return index;
}

//! Reads every stored value of the group's indicators into it (no aggregation yet).
bool readGroup(Dataset &group, workspace::ObservationReader &reader, LoadReport &report)
{
    std::set<int> unknownPeriods;
    const std::vector<int> regionOfKey = regionIndexOfKeys(group, reader);
    // Periods are few and sorted: a direct table from year offset to period index.
    const int firstYear = group.periodCount() > 0 ? group.period(0) : 0;
    std::vector<int> periodOf(
        group.periodCount() > 0 ? size_t(group.periods().back() - firstYear + 1) : size_t(0), -1);
    for (int p = 0; p < group.periodCount(); ++p)
        periodOf[size_t(group.period(p) - firstYear)] = p;
    for (int i = 0; i < group.indicatorCount(); ++i) {
        const QString code = group.indicator(i).code;
        const bool ok = reader.read(
            code,
            [&](const workspace::ObservationRow &row) {
                const int r = row.regionKey >= 0 && size_t(row.regionKey) < regionOfKey.size()
                                  ? regionOfKey[size_t(row.regionKey)]
                                  : -1;
                const int offset = row.period - firstYear;
                const int p =
                    offset >= 0 && size_t(offset) < periodOf.size() ? periodOf[size_t(offset)] : -1;
                if (r < 0 || p < 0) {
                    if (p < 0)
                        unknownPeriods.insert(row.period);
                    if (report.maxWarnings < 0 || report.skipped < report.maxWarnings)
                        report.warnings << Dataset::skippedMessage(
                            reader.regionKeys().value(row.regionKey), code, row.period,
                            r < 0 ? QStringLiteral("region") : QStringLiteral("period"));
                    ++report.skipped;
                    return;
                }
                group.addDelivered(i, r, p, row.value, row.status);
            },
            &report.error);
        if (!ok)
            return false;
    }
    report.unknownPeriods.insert(report.unknownPeriods.end(), unknownPeriods.begin(),
                                 unknownPeriods.end());
    std::sort(report.unknownPeriods.begin(), report.unknownPeriods.end());
    report.unknownPeriods.erase(
        std::unique(report.unknownPeriods.begin(), report.unknownPeriods.end()),
        report.unknownPeriods.end());
    return true;
}

} // namespace

QStringList withComponents(const std::vector<Indicator> &catalogue, const QStringList &codes)
{
    QStringList result;
    QSet<QString> seen;
    QStringList queue = codes;
    while (!queue.isEmpty()) {
        const QString code = queue.takeFirst();
        if (seen.contains(code))
            continue;
        seen.insert(code);
        result << code;
        for (const Indicator &indicator : catalogue) {
            if (indicator.code == code) {
                if (!indicator.numerator.isEmpty())
                    queue << indicator.numerator;
                if (!indicator.denominator.isEmpty())
                    queue << indicator.denominator;
            }
            if (indicator.kind == IndicatorKind::Ratio && indicator.numerator == code)
                queue << indicator.code;
        }
    }
    return result;
}

Dataset loadDataset(const workspace::Workspace &workspace, const QStringList &indicatorCodes,
                    QStringList *unknown, QStringList *warnings)
{
    const std::vector<Indicator> catalogue = workspace.indicators();
    std::vector<Indicator> indicators;
    if (indicatorCodes.isEmpty()) {
        indicators = catalogue;
    } else {
        QSet<QString> known;
        for (const Indicator &indicator : catalogue)
            known.insert(indicator.code);
        for (const QString &code : indicatorCodes)
            if (!known.contains(code) && unknown)
                *unknown << code;
        const QStringList needed = withComponents(catalogue, indicatorCodes);
        for (const Indicator &indicator : catalogue)
            if (needed.contains(indicator.code))
                indicators.push_back(indicator);
    }
    Dataset dataset(indicators, workspace.regions(), workspace.periods());
    workspace::ObservationReader reader(workspace);
    LoadReport report;
    // The eager load has no error channel: a read failure leaves the rest empty and says so.
    if (!readGroup(dataset, reader, report))
        report.warnings << report.error;
    if (warnings)
        *warnings << report.warnings;
    deriveAggregates(dataset);
    applyDisclosure(dataset);
    return dataset;
}

Dataset openLazyDataset(const workspace::Workspace &workspace)
{
    return Dataset(workspace.indicators(), workspace.regions(), workspace.periods(),
                   Dataset::Storage::Lazy);
}

bool loadGroup(Dataset &group, const Dataset &like, workspace::ObservationReader &reader,
               const QStringList &codes, LoadReport *report)
{
    LoadReport local;
    LoadReport &out = report ? *report : local;
    const QStringList needed = withComponents(like.indicators(), codes);
    std::vector<Indicator> indicators;
    for (const Indicator &indicator : like.indicators())
        if (needed.contains(indicator.code))
            indicators.push_back(indicator);
    group = like.withIndicators(std::move(indicators));
    if (!readGroup(group, reader, out))
        return false;
    deriveAggregates(group);
    applyDisclosure(group);
    return true;
}

bool loadIndicators(Dataset &dataset, workspace::ObservationReader &reader,
                    const QStringList &codes, LoadReport *report)
{
    QStringList missing;
    for (const QString &code : withComponents(dataset.indicators(), codes)) {
        const int i = dataset.indicatorIndex(code);
        if (i >= 0 && !dataset.isLoaded(i))
            missing << code;
    }
    if (missing.isEmpty())
        return true;
    // Loaded components are read again: aggregation and disclosure of the new indicators need
    // their values before suppression, which the dataset no longer has.
    Dataset group;
    if (!loadGroup(group, dataset, reader, missing, report))
        return false;
    for (int j = 0; j < group.indicatorCount(); ++j) {
        const int i = dataset.indicatorIndex(group.indicator(j).code);
        if (!dataset.isLoaded(i))
            dataset.adoptIndicator(i, group, j);
    }
    return true;
}

bool loadIndicators(Dataset &dataset, const workspace::Workspace &workspace,
                    const QStringList &codes, LoadReport *report)
{
    workspace::ObservationReader reader(workspace);
    return loadIndicators(dataset, reader, codes, report);
}

} // namespace wijk::engine
