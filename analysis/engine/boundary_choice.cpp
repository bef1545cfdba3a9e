#include "boundary_choice.h"

#include "model/division_in_force.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
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
                                const BoundaryCodes &withBoundary, const RegionFocus &focus)
{
    const std::map<int, QSet<QString>> divisions = divisionsOf(dataset, level);
    BoundaryChoice choice;
    choice.year = year;
    choice.division = inForce(divisions, year);
    if (choice.division == 0)
        return choice;
    QSet<QString> codes = divisions.at(choice.division);
    if (focus.isSet()) {
        for (auto code = codes.begin(); code != codes.end();)
            code = focus.contains(*code) ? std::next(code) : codes.erase(code);
        if (codes.isEmpty()) {
            choice.focusPresent = false;
            return choice;
        }
    }
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
    // Whether the focus is the reason: other regions of the division would have boundaries.
    if (focus.isSet() && !choice.found())
        choice.focusWithoutBoundaries =
            chooseBoundaries(dataset, level, year, withBoundary).found();
    return choice;
}

QString boundaryNote(const BoundaryChoice &choice)
{
    if (!choice.borrowed())
        return QString();
    return QCoreApplication::translate("wijk::engine::boundaries", "grenzen %1")
        .arg(choice.boundaries);
}

QString noBoundariesMessage(const BoundaryChoice &choice, const Dataset &dataset, RegionLevel level,
                            const RegionFocus &focus)
{
    if (!focus.isSet())
        return noBoundariesMessage(choice);
    QStringList names;
    for (const QString &code : focus.gemeenten()) {
        const int r = dataset.regionIndex(code);
        names << (r < 0 || dataset.region(r).name.isEmpty() ? code : dataset.region(r).name);
    }
    const QString focusName = names.join(QStringLiteral(", "));
    const int division = choice.division > 0 ? choice.division : choice.year;
    if (choice.focusPresent && !choice.focusWithoutBoundaries)
        return noBoundariesMessage(choice);
    if (choice.focusPresent)
        return QCoreApplication::translate("wijk::engine::boundaries",
                                           "Geen grenzen van %1 voor de indeling van %2")
            .arg(focusName)
            .arg(division);
    // The years in which the focus has regions of the level: where the analyst can look.
    QStringList years;
    const std::vector<int> regions = focus.regionsOfLevel(dataset, level);
    for (int p = 0; p < dataset.periodCount(); ++p)
        if (std::any_of(regions.begin(), regions.end(),
                        [&](int r) { return dataset.existsAt(r, p); }))
            years << QString::number(dataset.periods()[size_t(p)]);
    const QString where =
        years.isEmpty() ? QString()
                        : QCoreApplication::translate("wijk::engine::boundaries", " (wel in %1)")
                              .arg(years.join(QStringLiteral(", ")));
    if (level == RegionLevel::Gemeente)
        return QCoreApplication::translate("wijk::engine::boundaries",
                                           "%1 bestaat niet in de indeling van %2%3")
            .arg(focusName)
            .arg(division)
            .arg(where);
    return QCoreApplication::translate("wijk::engine::boundaries",
                                       "%1 heeft geen %2 in de indeling van %3%4")
        .arg(focusName, level == RegionLevel::Wijk
                            ? QCoreApplication::translate("wijk::engine::boundaries", "wijken")
                            : QCoreApplication::translate("wijk::engine::boundaries", "buurten"))
        .arg(division)
        .arg(where);
}

QString noBoundariesMessage(const BoundaryChoice &choice)
{
    return QCoreApplication::translate("wijk::engine::boundaries",
                                       "Geen grenzen voor de indeling van %1")
        .arg(choice.division > 0 ? choice.division : choice.year);
}

} // namespace wijk::engine
