// The key figures of a region's profile: its latest shown value with the reference's, the
// change and the trend of its latest series. Computed here once for the PDF profile, the
// memo and any view that lists key figures.
#pragma once

#include "engine/dataset.h"
#include "engine/trends.h"
#include "model/model.h"

#include <cstddef>
#include <functional>
#include <set>
#include <vector>

namespace wijk::presentation {

struct KeyFigure
{
    int indicator = -1;
    double value = engine::stats::kNaN; //!< latest period with a value; NaN when not shown
    int valueYear = 0; //!< the year of value (earlier than the last for biennial data)
    ValueStatus status = ValueStatus::Missing;
    double referenceValue =
        engine::stats::kNaN;             //!< the reference region (the gemeente) in valueYear
    double change = engine::stats::kNaN; //!< last - first of the region's latest series
    int fromYear = 0;
    int toYear = 0;
    engine::TrendDirection direction = engine::TrendDirection::None;
    double slope = engine::stats::kNaN;
    engine::TrendSignal signal = engine::TrendSignal::None; //!< none through small numbers

    bool operator==(const KeyFigure &other) const;
};

//! The region's latest trend row of an indicator (its latest series), or nullptr.
using TrendLookup = std::function<const engine::TrendRow *(int indicator)>;

//! One key figure per indicator for region, with reference (-1: none) as comparison.
std::vector<KeyFigure> keyFigures(const engine::Dataset &dataset, int region, int reference,
                                  const std::vector<int> &indicators, const TrendLookup &trendOf);

//! The figure's value as a percentage of its reference's (a count: the region's share of the
//! gemeente's total, "12,3 % van Demostad"); NaN without both or with a reference <= 0.
double shareOfReference(const KeyFigure &figure);

//! The key figures whose relative change over their latest series (TrendRow::changePct) was
//! largest, largest first, at most `count`, as indices into figures: the profile's "changed
//! most" sentences and charts. Counts (their change grows with the region), indicators in
//! `mentioned` (already said) and changes through small numbers are left out.
std::vector<std::size_t> largestRelativeChanges(const engine::Dataset &dataset,
                                                const std::vector<KeyFigure> &figures,
                                                const TrendLookup &trendOf,
                                                const std::set<int> &mentioned, std::size_t count);

} // namespace wijk::presentation
