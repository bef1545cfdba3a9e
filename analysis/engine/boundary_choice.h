// Which boundaries a map of one level in one year draws: the one vintage rule shared by the
// window and the command line (docs/maps.md, "Boundaries by year").
#pragma once

#include "engine/dataset.h"

#include <QSet>
#include <QString>
#include <map>

namespace wijk::engine {

struct BoundaryChoice
{
    int year = 0;
    //! The division in force in the year (0: the level has no regions at all).
    int division = 0;
    //! The vintage whose boundaries are drawn (0: none fit).
    int boundaries = 0;
    bool found() const { return boundaries > 0; }
    //! Whether the boundaries come from another division than the one in force.
    bool borrowed() const { return found() && boundaries != division; }
};

//! The division in force in `year`: the latest vintage of the level not after the year,
//! the earliest for years before any (docs/engine.md). 0 when the level has no regions.
int divisionInForce(const Dataset &dataset, RegionLevel level, int year);

//! Per vintage, the codes whose boundaries the workspace holds (Workspace::boundaryCodes()).
using BoundaryCodes = std::map<int, QSet<QString>>;

//! The division in force when the workspace holds its boundaries; otherwise the vintage,
//! nearest in years (the earlier one on a tie), with boundaries for at least one code of
//! the division in force; otherwise none.
BoundaryChoice chooseBoundaries(const Dataset &dataset, RegionLevel level, int year,
                                const BoundaryCodes &withBoundary);

//! The legend's note for borrowed boundaries ("grenzen 2017"); empty when not borrowed.
QString boundaryNote(const BoundaryChoice &choice);
//! The plain message when no boundaries fit ("Geen grenzen voor de indeling van 2024").
QString noBoundariesMessage(const BoundaryChoice &choice);

} // namespace wijk::engine
