// One crosswalk at one level over a dataset's region indices (shared/docs/crosswalk.md,
// docs/crosswalk.md): what each region of the from-division shares with the regions of the
// to-division, completed with the unchanged regions, and chained with another matrix.
#pragma once

#include "engine/dataset.h"
#include "workspace/crosswalk.h"

#include <QStringList>
#include <map>
#include <vector>

namespace wijk::engine {

class CrosswalkMatrix
{
public:
    struct Share
    {
        int region = -1;     //!< dataset region index
        double weight = 0.0; //!< w(from, to) in the crosswalk's unit
    };

    CrosswalkMatrix() = default;

    //! The crosswalk's pairs of `level` between the dataset's divisions in force in its from
    //! and to year, plus, for each region of the from-division that no pair names and whose
    //! code the to-division holds, the pair (region, region): unchanged. Its weight is the
    //! mean weight of the named from-regions (1 when none), so that the weighted average of a
    //! to-region drawing on it and on named regions weighs it like an ordinary region.
    static CrosswalkMatrix fromCrosswalk(const Dataset &dataset, RegionLevel level,
                                         const wijk::workspace::Crosswalk &crosswalk);
    //! This matrix followed by `next` (whose from-division is this one's to-division): each
    //! from-region's weight goes on to next's to-regions by next's shares, so its total stays.
    CrosswalkMatrix then(const CrosswalkMatrix &next) const;

    int fromDivision() const { return mFromDivision; }
    int toDivision() const { return mToDivision; }
    //! The from-regions a to-region draws on with w(from, to); empty when none.
    const std::vector<Share> &sourcesOf(int to) const;
    //! Σ over all to-regions of w(from, to): what a count of `from` is split by.
    double total(int from) const;
    //! The to-regions that draw on an unchanged region no pair names (weighed by the mean
    //! weight of the named from-regions, see fromCrosswalk) and on at least one other region:
    //! their weighted averages depend on that assumed weight (docs/crosswalk.md).
    std::vector<int> mixedWithUnnamed() const;
    //! The crosswalks it is made of, in order (one, or several when chained).
    const std::vector<wijk::workspace::Crosswalk> &crosswalks() const { return mCrosswalks; }
    //! "crosswalk:x.csv-…:2017-2019 (file), …" for tables, tooltips and reports.
    QString description() const;

private:
    void add(int from, int to, double weight);

    int mFromDivision = 0;
    int mToDivision = 0;
    std::map<int, std::vector<Share>> mForward;          //!< from -> (to, weight)
    std::map<int, std::vector<Share>> mBackward;         //!< to -> (from, weight)
    std::vector<wijk::workspace::Crosswalk> mCrosswalks; //!< without their pairs
    std::vector<int> mUnnamed; //!< from-regions added as unchanged (of every link)
};

} // namespace wijk::engine
