// The divisions a workspace holds, per level: which codes each vintage has and which vintage
// is in force in a year (the engine's rule, docs/engine.md: the latest vintage of the level
// not after the year, the earliest for years before any). For the crosswalk import and its
// derivation, which work on the workspace's regions rather than an engine Dataset.
#pragma once

#include "model/model.h"

#include <QSet>
#include <QString>
#include <map>
#include <vector>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import {

class RegionDivisions
{
public:
    explicit RegionDivisions(const workspace::Workspace &workspace);
    explicit RegionDivisions(const std::vector<Region> &regions);

    //! The vintage of the level in force in the year; 0 when the workspace has no region of
    //! the level.
    int inForce(RegionLevel level, int year) const;
    bool holds(RegionLevel level, int vintage, const QString &code) const;
    //! The codes of one level's vintage, sorted.
    QStringList codes(RegionLevel level, int vintage) const;

private:
    std::map<RegionLevel, std::map<int, QSet<QString>>> mCodes;
};

} // namespace wijk::import
