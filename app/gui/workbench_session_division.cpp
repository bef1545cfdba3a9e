// The session's division (docs/crosswalk.md, "In the window"): the figures as delivered, or
// every year moved onto one later (or earlier) division by the workspace's crosswalks. The
// moving itself is engine::HarmonisedDataset::build, the same call as the CLI's --division.
#include "engine/boundary_choice.h"
#include "engine/crosswalk_chain.h"
#include "engine/workspace_loader.h"
#include "gui/workbench_session.h"
#include "workspace/crosswalk_store.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <set>

namespace wijk::gui {

QVector<int> WorkbenchSession::harmonisedDivisions() const
{
    const engine::Dataset &delivered = mDelivered ? *mDelivered : mDataset;
    const std::vector<workspace::Crosswalk> crosswalks =
        workspace::readCrosswalks(*mWorkspace, false);
    // A division is offered when some level's figures of another division reach it (a
    // crosswalk moves figures forward, from its from-division onto its to-division): the
    // crosswalk's years read as the divisions in force in them, as the engine reads them.
    std::set<int> reachable;
    for (const workspace::Crosswalk &crosswalk : crosswalks) {
        for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
            const int from = engine::divisionInForce(delivered, level, crosswalk.fromYear);
            const int to = engine::divisionInForce(delivered, level, crosswalk.toYear);
            if (from > 0 && to > 0 && from != to)
                reachable.insert(to);
        }
    }
    return QVector<int>(reachable.begin(), reachable.end());
}

bool WorkbenchSession::setDivision(int year, QString *error)
{
    if (year == division())
        return true;
    if (mDelivered) {
        mDataset = std::move(*mDelivered);
        mDelivered.reset();
        mHarmonised.reset();
    }
    mTrends.clear();
    mTrendOrder.clear();
    mAllPeriodsKey.clear();
    if (year == 0)
        return true;
    // Every indicator first: the harmonised dataset has no reader of its own.
    QStringList codes;
    for (int i = 0; i < mDataset.indicatorCount(); ++i)
        if (!mDataset.isLoaded(i))
            codes << mDataset.indicator(i).code;
    if (!codes.isEmpty()) {
        engine::LoadReport report;
        report.maxWarnings = 0;
        if (!engine::loadIndicators(mDataset, *mReader, codes, &report)) {
            if (error)
                *error = report.error;
            return false;
        }
    }
    const std::vector<workspace::Crosswalk> crosswalks =
        workspace::readCrosswalks(*mWorkspace, true);
    if (crosswalks.empty()) {
        if (error)
            *error = tr("The workspace holds no crosswalk.");
        return false;
    }
    auto harmonised = std::make_unique<engine::HarmonisedDataset>(
        engine::HarmonisedDataset::build(mDataset, crosswalks, year));
    mDelivered = std::make_unique<engine::Dataset>(std::move(mDataset));
    mDataset = harmonised->data();
    mHarmonised = std::move(harmonised);
    return true;
}

QString WorkbenchSession::estimateNote(int indicator, int region, int period) const
{
    if (!mHarmonised || indicator < 0 || region < 0 || period < 0 ||
        !mHarmonised->isMoved(indicator, region, period))
        return QString();
    // Each crosswalk of the chain by its years, weight kind and source file, in the UI's
    // language ("2015→2020 (oppervlakte)", "2017→2024 (bestand wijken.csv)").
    QStringList links;
    const RegionLevel level = mDataset.region(region).level;
    for (const workspace::Crosswalk &crosswalk :
         mHarmonised->crosswalksOf(level, mDataset.period(period))) {
        const QString file = QFileInfo(crosswalk.sourcePath).fileName();
        QString how;
        if (crosswalk.method == QLatin1String("area"))
            how = tr("area");
        else if (crosswalk.method == QLatin1String("points"))
            how = tr("addresses, file %1").arg(file);
        else
            how = tr("file %1").arg(file);
        links
            << QStringLiteral("%1→%2 (%3)").arg(crosswalk.fromYear).arg(crosswalk.toYear).arg(how);
    }
    return tr("estimated via crosswalk %1").arg(links.join(QStringLiteral(", ")));
}

ValueStatus WorkbenchSession::shownStatus(const engine::LevelValue &value) const
{
    if (maps::isWithheld(value.status))
        return value.status;
    if (value.harmonised ||
        (mHarmonised &&
         mHarmonised->isMoved(value.indicator, value.region, mDataset.periodIndex(value.period))))
        return ValueStatus::Estimated;
    return value.derived ? ValueStatus::Derived : value.status;
}

} // namespace wijk::gui
