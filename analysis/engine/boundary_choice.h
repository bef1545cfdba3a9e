// Which boundaries a map of one level in one year draws: the one vintage rule shared by the
// window and the command line (docs/maps.md, "Boundaries by year").
#pragma once

#include "engine/dataset.h"
#include "engine/region_focus.h"

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
    //! With a focus: whether the division in force has regions of the focus at the level
    //! (false: the focus gemeente did not exist in that year, nothing of it to draw).
    bool focusPresent = true;
    //! With a focus and nothing found: whether the division's other regions have boundaries
    //! (the focus is why nothing is drawn; without it the plain message applies).
    bool focusWithoutBoundaries = false;
};

//! The division in force in `year`: the latest vintage of the level not after the year,
//! the earliest for years before any (docs/engine.md). 0 when the level has no regions.
int divisionInForce(const Dataset &dataset, RegionLevel level, int year);

//! Per vintage, the codes whose boundaries the workspace holds (Workspace::boundaryCodes()).
using BoundaryCodes = std::map<int, QSet<QString>>;

//! The division in force when the workspace holds its boundaries; otherwise the vintage,
//! nearest in years (the earlier one on a tie), with boundaries for at least one code of
//! the division in force; otherwise none.
//! With a focus, the same rule for the focus's regions only: its regions in the division in
//! force must have boundaries in the vintage chosen (a gemeente formed after the latest
//! boundaries finds none rather than an empty map of its neighbours' vintage).
BoundaryChoice chooseBoundaries(const Dataset &dataset, RegionLevel level, int year,
                                const BoundaryCodes &withBoundary,
                                const RegionFocus &focus = RegionFocus());

//! The legend's note for borrowed boundaries ("grenzen 2017"); empty when not borrowed.
QString boundaryNote(const BoundaryChoice &choice);
//! The plain message when no boundaries fit ("Geen grenzen voor de indeling van 2024").
QString noBoundariesMessage(const BoundaryChoice &choice);
//! The same with a focus, naming it: "Bellingwedde bestaat niet in de indeling van 2024 (wel
//! in 2017)", "Dijk en Waard heeft geen buurten in de indeling van 2024 (wel in …)", "Geen
//! grenzen van Dijk en Waard voor de indeling van 2024" (where other regions have them);
//! otherwise the plain message.
QString noBoundariesMessage(const BoundaryChoice &choice, const Dataset &dataset, RegionLevel level,
                            const RegionFocus &focus);

} // namespace wijk::engine
