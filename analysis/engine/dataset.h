// The engine's compact in-memory data: per indicator a regions x periods matrix of values
// with a status byte, and the region divisions over time. Built from the plain vectors the
// workspace delivers (engine/workspace_loader.h) or directly by tests.
#pragma once

#include "model/model.h"

#include <QHash>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace wijk::engine {

//! One region code with every vintage it appears in (ascending by vintage).
struct RegionEntry
{
    QString code;
    QString name; //!< name in its latest vintage
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

    Dataset() = default;
    //! periods: the years of the matrix (sorted and deduplicated here).
    Dataset(std::vector<Indicator> indicators, const std::vector<Region> &regions,
            std::vector<int> periods);

    int indicatorCount() const { return int(mIndicators.size()); }
    int regionCount() const { return int(mRegions.size()); }
    int periodCount() const { return int(mPeriods.size()); }

    const Indicator &indicator(int i) const { return mIndicators[size_t(i)]; }
    //! -1 when unknown.
    int indicatorIndex(const QString &code) const { return mIndicatorIndex.value(code, -1); }
    const RegionEntry &region(int r) const { return mRegions[size_t(r)]; }
    int regionIndex(const QString &code) const { return mRegionIndex.value(code, -1); }
    int period(int p) const { return mPeriods[size_t(p)]; }
    const std::vector<int> &periods() const { return mPeriods; }
    int periodIndex(int year) const;
    //! Region indices of one level, in code order.
    std::vector<int> regionsOfLevel(RegionLevel level) const;

    //! Whether region r belongs to the division in force in period p (see docs/engine.md).
    bool existsAt(int r, int p) const { return mParentAt[cellIndex(r, p)] != kAbsent; }
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

    double value(int i, int r, int p) const { return mValues[size_t(i)][cellIndex(r, p)]; }
    Cell cell(int i, int r, int p) const;
    //! Whether a value may be used and shown: present, a number, and not suppressed.
    bool hasValue(int i, int r, int p) const;
    //! Sets a delivered (derived = false) or engine-derived value; NaN for no value.
    void setCell(int i, int r, int p, double value, ValueStatus status, bool derived);
    //! Removes a value's number and marks it suppressed (disclosure control only).
    void suppress(int i, int r, int p);

    //! Adds delivered observations; returns a message per observation that does not fit
    //! (unknown region, indicator or period), which are skipped.
    QStringList addObservations(const std::vector<Observation> &observations);

    //! Set by applyDisclosure(); every output refuses a dataset where it is false.
    bool disclosureApplied() const { return mDisclosureApplied; }
    void setDisclosureApplied() { mDisclosureApplied = true; }

private:
    static constexpr int kAbsent = -2;
    static constexpr uint8_t kPresent = 0x10;
    static constexpr uint8_t kDerived = 0x20;

    size_t cellIndex(int r, int p) const { return size_t(r) * mPeriods.size() + size_t(p); }
    void buildDivisions();

    std::vector<Indicator> mIndicators;
    QHash<QString, int> mIndicatorIndex;
    std::vector<RegionEntry> mRegions;
    QHash<QString, int> mRegionIndex;
    std::vector<int> mPeriods;
    std::vector<int> mParentAt;                           //!< regions x periods
    std::vector<std::vector<std::vector<int>>> mChildren; //!< periods x regions
    std::vector<std::vector<double>> mValues;             //!< indicators x (regions x periods)
    std::vector<std::vector<uint8_t>> mStatus;            //!< ValueStatus | flags
    bool mDisclosureApplied = false;
};

} // namespace wijk::engine
