// The engine's compact in-memory data: per indicator a regions x periods matrix of values
// with a status byte, and the region divisions over time. Built from the plain vectors the
// workspace delivers (engine/workspace_loader.h) or directly by tests.
// A lazy dataset knows the whole catalogue but holds values only for the indicators loaded
// so far (docs/engine.md, "Lazy loading"); the divisions are immutable and shared between
// datasets built with withIndicators(), so a group of indicators loads without rebuilding them.
#pragma once

#include "model/model.h"

#include <QHash>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace wijk::engine {

//! One region code with every vintage it appears in (ascending by vintage).
struct RegionEntry
{
    QString code;
    //! Name in its latest vintage; a stand-in of a vintage without boundaries (the code, or
    //! the import's "Wijk 01") gives way to the latest vintage with boundaries.
    QString name;
    RegionLevel level = RegionLevel::Buurt;
    std::vector<Region> vintages;
    //! Years from which a new series starts because the boundaries changed (ascending).
    std::vector<int> boundaryBreaks;
};

//! The state of one cell: ValueStatus plus whether the engine derived it.
struct Cell
{
    double value;
    ValueStatus status;
    bool derived; //!< aggregated by the engine rather than delivered
    bool present; //!< false when neither delivered nor derived
};

class Dataset
{
public:
    //! Relative area change between consecutive vintages that starts a new series.
    static constexpr double kBoundaryTolerance = 0.01;

    enum class Storage
    {
        Eager, //!< every indicator's matrix allocated (empty cells) at construction
        Lazy   //!< no values: indicators arrive through adoptIndicator()
    };

    Dataset();
    //! periods: the years of the matrix (sorted and deduplicated here). A lazy dataset counts
    //! as disclosure-controlled: it only ever takes indicators from controlled groups.
    Dataset(std::vector<Indicator> indicators, const std::vector<Region> &regions,
            std::vector<int> periods, Storage storage = Storage::Eager);

    //! A dataset with other indicators over the same (shared, not copied) regions and periods.
    Dataset withIndicators(std::vector<Indicator> indicators,
                           Storage storage = Storage::Eager) const;
    //! A dataset over the same (shared) divisions and catalogue that holds copies of the
    //! cells of only the listed indicators (the others read as not loaded), with this one's
    //! disclosure state: what a worker thread needs of a few indicators, without copying
    //! every indicator loaded so far. Indices out of range or not loaded are skipped.
    Dataset withCopiesOf(const std::vector<int> &indicators) const;
    //! Whether the two datasets share their regions and periods (withIndicators()).
    bool sharesDivisionsWith(const Dataset &other) const { return mDiv == other.mDiv; }

    //! False for an indicator of a lazy dataset that was not loaded yet (it has no cells).
    bool isLoaded(int i) const { return !mStatus[size_t(i)].empty(); }
    //! Moves indicator j of `group` (disclosure applied, sharing this dataset's divisions)
    //! into indicator i of this dataset; group's indicator j is left unloaded.
    void adoptIndicator(int i, Dataset &group, int j);
    //! Frees the cells of indicator i (it reads as not loaded afterwards).
    void unloadIndicator(int i);

    int indicatorCount() const { return int(mIndicators.size()); }
    int regionCount() const { return int(mDiv->regions.size()); }
    int periodCount() const { return int(mPeriodCount); }

    const Indicator &indicator(int i) const { return mIndicators[size_t(i)]; }
    const std::vector<Indicator> &indicators() const { return mIndicators; }
    //! -1 when unknown.
    int indicatorIndex(const QString &code) const { return mIndicatorIndex.value(code, -1); }
    const RegionEntry &region(int r) const { return mDiv->regions[size_t(r)]; }
    int regionIndex(const QString &code) const { return mDiv->regionIndex.value(code, -1); }
    int period(int p) const { return mDiv->periods[size_t(p)]; }
    const std::vector<int> &periods() const { return mDiv->periods; }
    int periodIndex(int year) const;
    //! Region indices of one level, in code order.
    std::vector<int> regionsOfLevel(RegionLevel level) const;

    //! Whether region r belongs to the division in force in period p (see docs/engine.md).
    bool existsAt(int r, int p) const { return mDiv->parentAt[cellIndex(r, p)] != kAbsent; }
    //! Parent region index of r in period p; -1 without one (or when r is absent then).
    int parentAt(int r, int p) const;
    //! Regions whose parent is `parent` in period p.
    const std::vector<int> &childrenAt(int parent, int p) const;
    //! Nearest gemeente above r in period p (r itself for a gemeente), -1 if none.
    int municipalityAt(int r, int p) const;
    //! The series number of region r in period p: 0, raised by each boundary change.
    int seriesAt(int r, int p) const;
    //! The year from which the series holding period p runs because of a boundary change,
    //! 0 when that series is the region's first.
    int seriesBreakYear(int r, int p) const;

    //! NaN for a cell without a number and for an indicator not loaded.
    double value(int i, int r, int p) const
    {
        const std::vector<double> &values = mValues[size_t(i)];
        return values.empty() ? std::nan("") : values[cellIndex(r, p)];
    }
    Cell cell(int i, int r, int p) const;
    //! Whether a value may be used and shown: present, a number, and not suppressed.
    bool hasValue(int i, int r, int p) const;
    //! Sets a delivered (derived = false) or engine-derived value; NaN for no value.
    void setCell(int i, int r, int p, double value, ValueStatus status, bool derived);
    //! Sets one value as the workspace stores it: an empty final value counts as missing,
    //! a stored "derived" status stays derived.
    void addDelivered(int i, int r, int p, double value, ValueStatus status);
    //! Removes a value's number and marks it suppressed (disclosure control only).
    void suppress(int i, int r, int p);

    //! Adds delivered observations; returns a message per observation that does not fit
    //! (unknown region, indicator or period), which are skipped.
    QStringList addObservations(const std::vector<Observation> &observations);
    //! The message for a stored value that does not fit; what: "indicator", "region", "period".
    static QString skippedMessage(const QString &region, const QString &indicator, int period,
                                  const QString &what);

    //! Set by applyDisclosure(); every output refuses a dataset where it is false.
    bool disclosureApplied() const { return mDisclosureApplied; }
    void setDisclosureApplied() { mDisclosureApplied = true; }

private:
    static constexpr int kAbsent = -2;
    static constexpr uint8_t kPresent = 0x10;
    static constexpr uint8_t kDerived = 0x20;

    //! Regions, periods and who lies in whom when: built once, never changed, shared.
    struct Divisions
    {
        std::vector<RegionEntry> regions;
        QHash<QString, int> regionIndex;
        std::vector<int> periods;
        std::vector<int> parentAt;                           //!< regions x periods
        std::vector<std::vector<std::vector<int>>> children; //!< periods x regions
    };

    size_t cellIndex(int r, int p) const { return size_t(r) * mPeriodCount + size_t(p); }
    static void buildDivisions(Divisions &div);
    void setIndicators(std::vector<Indicator> indicators);
    void allocate(int i);

    std::shared_ptr<const Divisions> mDiv;
    size_t mPeriodCount = 0;
    std::vector<Indicator> mIndicators;
    QHash<QString, int> mIndicatorIndex;
    std::vector<std::vector<double>> mValues;  //!< indicators x (regions x periods)
    std::vector<std::vector<uint8_t>> mStatus; //!< ValueStatus | flags
    bool mDisclosureApplied = false;
};

} // namespace wijk::engine
