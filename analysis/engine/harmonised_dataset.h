// Values of every year expressed on the division in force in one chosen year
// (shared/docs/crosswalk.md, "How figures move"; docs/crosswalk.md): counts split, ratios and
// means recomputed from their moved parts, plain values as the weighted average, missing and
// withheld values propagated, and disclosure control run again on the result.
#pragma once

#include "engine/crosswalk_matrix.h"
#include "engine/level_values.h"

#include <QMap>
#include <QStringList>
#include <optional>

namespace wijk::workspace {
class ObservationReader;
}

namespace wijk::engine {

struct LoadReport;

class HarmonisedDataset
{
public:
    //! Moves the source's loaded indicators onto the division in force in divisionYear (per
    //! level). The source must be disclosure-controlled (its withheld numbers are gone, so
    //! nothing moved can hold them). Periods whose division has no crosswalk to the chosen
    //! one get no values on it; *warnings names them.
    static HarmonisedDataset build(const Dataset &source,
                                   const std::vector<wijk::workspace::Crosswalk> &crosswalks,
                                   int divisionYear, QStringList *warnings = nullptr);

    //! The same, streaming (the CLI's --division): reads one indicator group at a time from
    //! the workspace (loadGroup over the divisions of `like`, a lazy dataset), moves it and
    //! lets it go, so that only the moved figures and one group are held. `codes`: as
    //! loadDataset's (empty: all). nullopt when reading fails (report->error).
    [[nodiscard]] static std::optional<HarmonisedDataset>
    build(const Dataset &like, workspace::ObservationReader &reader, const QStringList &codes,
          const std::vector<wijk::workspace::Crosswalk> &crosswalks, int divisionYear,
          QStringList *warnings = nullptr, LoadReport *report = nullptr);

    //! The regions of the chosen division only (one vintage each, so no series breaks),
    //! every period of the source, disclosure applied.
    const Dataset &data() const { return mData; }
    //! Gives the moved figures away (data() is empty afterwards; the marks and crosswalks
    //! stay): for a holder that keeps them itself, without a copy.
    Dataset takeData() { return std::move(mData); }
    int divisionYear() const { return mDivisionYear; }
    //! Whether the value is an estimate moved by a crosswalk (source `harmonised`).
    bool isMoved(int i, int r, int p) const;
    //! The crosswalk (chain) that moved level's figures of a year; empty when that year is on
    //! the chosen division already (or none connects it).
    QString crosswalkOf(RegionLevel level, int year) const;
    //! The crosswalks (in chain order, without pairs) behind crosswalkOf(); empty likewise.
    std::vector<wijk::workspace::Crosswalk> crosswalksOf(RegionLevel level, int year) const;
    //! The last year whose figures of the level are estimates (0: none).
    int lastEstimatedYear(RegionLevel level) const;

    //! levelValues() over data(), with `harmonised` set on moved values.
    std::vector<LevelValue> levelValues(RegionLevel level, const std::vector<int> &indicators = {},
                                        std::optional<int> year = std::nullopt) const;

private:
    struct Plan;
    //! The chosen division's regions over like's indicators and periods, nothing moved yet.
    static HarmonisedDataset start(const Dataset &like, int divisionYear, Plan &plan);
    //! Moves the source's loaded indicators (not moved before) into mData.
    void move(const Dataset &source, Plan &plan,
              const std::vector<wijk::workspace::Crosswalk> &crosswalks, QStringList *warnings);

    Dataset mData;
    int mDivisionYear = 0;
    int mPeriodCount = 0;
    std::vector<std::vector<uint8_t>> mMoved;    //!< per indicator: regions x periods
    QMap<QPair<int, int>, QString> mCrosswalkOf; //!< (level, year) -> description
    QMap<QPair<int, int>, std::vector<wijk::workspace::Crosswalk>> mCrosswalksOf;
};

} // namespace wijk::engine
