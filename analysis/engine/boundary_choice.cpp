#include "boundary_choice.h"

#include "model/division_in_force.h"

#include <QCoreApplication>
#include <cstdlib>
#include <set>

namespace wijk::engine {

namespace {
//! Per vintage of the level: the codes of its regions.
std::map<int, QSet<QString>> divisionsOf(const Dataset &dataset, RegionLevel level)
{
    std::map<int, QSet<QString>> divisions;
    for (int r : dataset.regionsOfLevel(level)) {
        for (const Region &region : dataset.region(r).vintages)
            divisions[region.vintage].insert(region.code);
    }
    return divisions;
}

int inForce(const std::map<int, QSet<QString>> &divisions, int year)
{
    std::set<int> vintages;
    for (const auto &division : divisions)
        vintages.insert(division.first);
    return vintageInForce(vintages, year);
}
} // namespace

int divisionInForce(const Dataset &dataset, RegionLevel level, int year)
{
    return inForce(divisionsOf(dataset, level), year);
}

BoundaryChoice chooseBoundaries(const Dataset &dataset, RegionLevel level, int year,
                                const BoundaryCodes &withBoundary)
{
    const std::map<int, QSet<QString>> divisions = divisionsOf(dataset, level);
    BoundaryChoice choice;
    choice.year = year;
    choice.division = inForce(divisions, year);
    if (choice.division == 0)
        return choice;
    const QSet<QString> &codes = divisions.at(choice.division);
    const auto own = withBoundary.find(choice.division);
    if (own != withBoundary.end() && own->second.intersects(codes)) {
        choice.boundaries = choice.division;
        return choice;
    }
    // Ascending vintage order: of two equally near vintages the earlier one wins.
    int bestDistance = -1;
    for (const auto &vintage : withBoundary) {
        if (!vintage.second.intersects(codes))
            continue;
        const int distance = std::abs(vintage.first - year);
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            choice.boundaries = vintage.first;
        }
    }
    return choice;
}

QString boundaryNote(const BoundaryChoice &choice)
{
    if (!choice.borrowed())
        return QString();
    return QCoreApplication::translate("wijk::engine::boundaries", "grenzen %1")
        .arg(choice.boundaries);
}

QString noBoundariesMessage(const BoundaryChoice &choice)
{
    return QCoreApplication::translate("wijk::engine::boundaries",
                                       "Geen grenzen voor de indeling van %1")
        .arg(choice.division > 0 ? choice.division : choice.year);
}

} // namespace wijk::engine
