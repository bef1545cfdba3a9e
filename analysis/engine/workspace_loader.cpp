#include "engine/workspace_loader.h"

#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "workspace/workspace.h"

#include <QSet>

namespace wijk::engine {

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
        for (const Indicator &indicator : catalogue)
            if (indicator.code == code) {
                if (!indicator.numerator.isEmpty())
                    queue << indicator.numerator;
                if (!indicator.denominator.isEmpty())
                    queue << indicator.denominator;
            }
    }
    return result;
}

Dataset loadDataset(const Workspace &workspace, const QStringList &indicatorCodes,
                    QStringList *unknown, QStringList *warnings)
{
    const std::vector<Indicator> catalogue = workspace.indicators();
    std::vector<Indicator> indicators;
    QStringList codes;
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
            if (needed.contains(indicator.code)) {
                indicators.push_back(indicator);
                codes << indicator.code;
            }
    }
    Dataset dataset(indicators, workspace.regions(), workspace.periods());
    // An empty list means "all" to the workspace: ask only when something is wanted.
    QStringList problems;
    if (indicatorCodes.isEmpty() || !codes.isEmpty())
        problems = dataset.addObservations(
            workspace.observations(indicatorCodes.isEmpty() ? QStringList() : codes));
    if (warnings)
        *warnings << problems;
    deriveAggregates(dataset);
    applyDisclosure(dataset);
    return dataset;
}

} // namespace wijk::engine
