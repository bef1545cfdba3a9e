// Everything a report, memo or data export reads, loaded once from a workspace: the engine's
// dataset after aggregation and disclosure control, trends and signals per level, and the
// provenance every output carries. Reports never read the workspace's values directly.
#pragma once

#include "engine/dataset.h"
#include "engine/signals.h"
#include "engine/trends.h"
#include "export/export_table.h"
#include "trend_cache.h"
#include "workspace/crosswalk.h"

#include <map>
#include <memory>

namespace wijk::workspace {
class Workspace;
}
namespace wijk::engine {
class HarmonisedDataset;
}

namespace wijk::reports {

class ReportData
{
public:
    //! Opens the workspace read-only and runs the engine; nullptr with *error on failure.
    //! division > 0: every year's values on the division in force in that year, moved by the
    //! workspace's crosswalks (docs/crosswalk.md; the provenance says so); an error when the
    //! workspace holds no crosswalk.
    [[nodiscard]] static std::unique_ptr<ReportData> load(const QString &workspacePath,
                                                          QString *error, int division = 0);
    ~ReportData();

    const engine::Dataset &dataset() const { return mDataset; }
    //! The division year of a harmonised load (0: the divisions as delivered).
    int division() const { return mDivision; }
    //! The crosswalks that moved figures of a harmonised load (each once, without pairs, in
    //! the order of first use); empty as delivered. The methods sections name them.
    const std::vector<workspace::Crosswalk> &crosswalks() const { return mCrosswalks; }
    //! Whether a harmonised load moved this value onto the division (an estimate); false
    //! as delivered. Indices of dataset().
    bool isEstimate(int indicator, int region, int period) const;
    const workspace::Workspace &workspace() const { return *mWorkspace; }
    const exports::Provenance &provenance() const { return mProvenance; }
    //! Region index of the municipality the reports are named after, -1 if none: the
    //! workspace's focus gemeente (as the window opens with it: the stored choice, else the
    //! one its extracts name; of several the one with the most wijken), else the gemeente
    //! with the most wijken (each wijk counted in the latest period it exists; of equals the
    //! lowest code).
    int municipality() const { return mMunicipality; }
    QString municipalityName() const;
    //! The same rule for a focus given by the caller (the window's, --focus): the focus
    //! gemeente with the most wijken; without a focus, municipalityName().
    QString municipalityName(const QStringList &focus) const;
    //! Index of the latest period, and of the first one.
    int lastPeriodIndex() const { return mDataset.periodCount() - 1; }
    int firstYear() const { return mDataset.periods().empty() ? 0 : mDataset.periods().front(); }
    int lastYear() const { return mDataset.periods().empty() ? 0 : mDataset.periods().back(); }
    //! Wijk region indices in code order (those that exist in the latest period first).
    std::vector<int> wijken() const;
    //! Trends of every series of a level (computed on first use, then cached).
    const std::vector<engine::TrendRow> &trends(RegionLevel level) const;
    //! Signals of a level, strongest first (computed on first use, then cached).
    const std::vector<engine::Signal> &levelSignals(RegionLevel level) const;
    //! The latest trend row of one region and indicator (its latest series), or nullptr.
    const engine::TrendRow *trendOf(int region, int indicator) const;
    //! Number of values of the level in the latest period that disclosure control withholds.
    int suppressedCount(RegionLevel level) const;

private:
    ReportData() = default;

    std::unique_ptr<workspace::Workspace> mWorkspace;
    engine::Dataset mDataset;
    exports::Provenance mProvenance;
    std::vector<workspace::Crosswalk> mCrosswalks;
    std::unique_ptr<engine::HarmonisedDataset> mHarmonised; //!< its data moved to mDataset
    int mMunicipality = -1;
    int mDivision = 0;
    //! The window's trend cache: every indicator of a level over all periods, one per level.
    mutable presentation::TrendCache mTrends{3};
    mutable std::map<RegionLevel, std::vector<engine::Signal>> mSignals;
};

} // namespace wijk::reports
