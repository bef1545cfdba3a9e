#include "reports/report_data.h"

#include "engine/harmonised_dataset.h"
#include "engine/workspace_loader.h"
#include "import/composed_indicator.h"
#include "map_values.h"
#include "workspace/crosswalk_store.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace wijk::reports {

ReportData::~ReportData() = default;

bool ReportData::isEstimate(int indicator, int region, int period) const
{
    return mHarmonised && indicator >= 0 && region >= 0 && period >= 0 &&
           mHarmonised->isMoved(indicator, region, period);
}

std::unique_ptr<ReportData> ReportData::load(const QString &workspacePath, QString *error,
                                             int division)
{
    if (!workspace::isPgLocation(workspacePath) && !QFileInfo::exists(workspacePath)) {
        if (error)
            *error = QCoreApplication::translate("Reports", "Workspace %1 does not exist.")
                         .arg(workspacePath);
        return nullptr;
    }
    std::unique_ptr<ReportData> data(new ReportData);
    data->mWorkspace =
        workspace::Workspace::open(workspacePath, workspace::Workspace::OpenMode::ReadOnly, error);
    if (!data->mWorkspace)
        return nullptr;
    const workspace::Workspace &workspace = *data->mWorkspace;
    // The one way every output loads a dataset (aggregation and disclosure control included).
    data->mDataset = engine::loadDataset(workspace, {});
    if (division > 0) {
        const auto crosswalks = wijk::workspace::readCrosswalks(workspace, true);
        if (crosswalks.empty()) {
            if (error)
                *error = QCoreApplication::translate(
                             "Reports", "The workspace %1 holds no crosswalk to move the figures "
                                        "onto the division of %2.")
                             .arg(workspacePath)
                             .arg(division);
            return nullptr;
        }
        // Kept for its marks (which figures a crosswalk moved: estimates in the exports).
        data->mHarmonised = std::make_unique<engine::HarmonisedDataset>(
            engine::HarmonisedDataset::build(data->mDataset, crosswalks, division));
        const engine::HarmonisedDataset &harmonised = *data->mHarmonised;
        data->mDataset = data->mHarmonised->takeData();
        data->mDivision = division;
        QStringList used;
        for (const RegionLevel level :
             {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt})
            for (const int year : data->mDataset.periods())
                if (const QString how = harmonised.crosswalkOf(level, year);
                    !how.isEmpty() && !used.contains(how)) {
                    used << how;
                    for (const auto &crosswalk : harmonised.crosswalksOf(level, year))
                        if (std::none_of(data->mCrosswalks.begin(), data->mCrosswalks.end(),
                                         [&](const auto &known) {
                                             return known.crosswalkId == crosswalk.crosswalkId;
                                         }))
                            data->mCrosswalks.push_back(crosswalk);
                }
        data->mProvenance.harmonisation = QCoreApplication::translate("Reports", "division %1; %2")
                                              .arg(division)
                                              .arg(used.join(QStringLiteral("; ")));
    }

    // The municipality: the gemeente most wijken belong to (a workspace may hold neighbours).
    const engine::Dataset &dataset = data->mDataset;
    const int last = dataset.periodCount() - 1;
    std::map<int, int> wijkCount;
    for (int w : dataset.regionsOfLevel(RegionLevel::Wijk)) {
        if (last >= 0)
            ++wijkCount[dataset.municipalityAt(w, last)];
    }
    int bestCount = -1;
    for (int g : dataset.regionsOfLevel(RegionLevel::Gemeente)) {
        if (wijkCount[g] > bestCount) {
            bestCount = wijkCount[g];
            data->mMunicipality = g;
        }
    }

    exports::Provenance &provenance = data->mProvenance;
    // The latest extract of figures: an index the workbench composed is stored as an extract
    // too (import/composed_indicator.h), but it is no source ("stand" is the figures' date).
    workspace::ExtractInfo latest;
    const std::vector<workspace::ExtractInfo> extracts = workspace.extracts();
    for (const bool composedToo : {false, true}) {
        for (const workspace::ExtractInfo &extract : extracts) {
            if (!composedToo && extract.format == QLatin1String(import::kComposedFormat))
                continue;
            if (!latest.created.isValid() || extract.created >= latest.created)
                latest = extract;
        }
        if (latest.created.isValid())
            break;
    }
    provenance.extractId = latest.extractId;
    provenance.extractCreated = latest.created;
    // A team workspace is named by its location without a password.
    provenance.workspaceFile = workspace::isPgLocation(workspacePath)
                                   ? workspace::parsePgLocation(workspacePath).display
                                   : QFileInfo(workspacePath).fileName();
    provenance.exportedAt = exports::exportTimestamp();
    provenance.version = QStringLiteral(WIJK_VERSION);
    return data;
}

QString ReportData::municipalityName() const
{
    return mMunicipality >= 0 ? mDataset.region(mMunicipality).name : mWorkspace->name();
}

std::vector<int> ReportData::wijken() const
{
    std::vector<int> result;
    const int last = lastPeriodIndex();
    for (int w : mDataset.regionsOfLevel(RegionLevel::Wijk)) {
        if (last < 0 || mDataset.existsAt(w, last))
            result.push_back(w);
    }
    return result;
}

const std::vector<engine::TrendRow> &ReportData::trends(RegionLevel level) const
{
    return mTrends.trends(mDataset, presentation::TrendCache::kAllIndicators, level, 0).rows();
}

const std::vector<engine::Signal> &ReportData::levelSignals(RegionLevel level) const
{
    auto found = mSignals.find(level);
    if (found != mSignals.end())
        return found->second;
    engine::SignalOptions options;
    options.trends.level = level;
    return mSignals.emplace(level, engine::computeSignals(mDataset, trends(level), options))
        .first->second;
}

const engine::TrendRow *ReportData::trendOf(int region, int indicator) const
{
    return mTrends
        .trends(mDataset, presentation::TrendCache::kAllIndicators, mDataset.region(region).level,
                0)
        .latest(region, indicator);
}

int ReportData::suppressedCount(RegionLevel level) const
{
    return presentation::suppressedCount(mDataset, mDataset.regionsOfLevel(level), lastYear());
}

} // namespace wijk::reports
