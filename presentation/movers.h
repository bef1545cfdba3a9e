// The largest movers per theme (the council memo's table): the regions and indicators whose
// change over the period was largest relative to the other regions, in standard deviations of
// the change among the regions for the same indicator, so that euros and percentages compare.
// A change through a value on small numbers is noise: neither a mover nor part of the spread.
#pragma once

#include "engine/dataset.h"
#include "engine/region_focus.h"
#include "engine/trends.h"
#include "model/model.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::presentation {

struct Mover
{
    QString theme;
    int rank = 0; //!< 0 for the largest mover of its theme
    int region = -1;
    int indicator = -1;
    //! |change - mean change| / standard deviation of the changes of the indicator's regions.
    double standardDeviations = engine::stats::kNaN;
    int firstPeriod = 0;
    double firstValue = engine::stats::kNaN;
    int lastPeriod = 0;
    double lastValue = engine::stats::kNaN;
    engine::TrendDirection direction = engine::TrendDirection::None;
    double slope = engine::stats::kNaN; //!< Theil-Sen slope of the series
};

struct MoversRequest
{
    QStringList themes;        //!< the themes to rank, in the order shown
    int lastYear = 0;          //!< only series that run to this year are movers
    int perTheme = 3;          //!< the movers kept per theme
    engine::RegionFocus focus; //!< only regions in focus are movers (the spread uses all)
};

//! The largest movers of trends (the trend rows of one level), per theme of request.themes in
//! that order, each theme's largest first. Counts are no movers (their change grows with the
//! region's size); neither is an indicator whose changes have no spread.
std::vector<Mover> largestMovers(const engine::Dataset &dataset,
                                 const std::vector<engine::TrendRow> &trends,
                                 const MoversRequest &request);

} // namespace wijk::presentation
