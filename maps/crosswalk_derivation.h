// Deriving a crosswalk from the boundaries of two divisions in the workspace
// (shared/docs/crosswalk.md, "Deriving a crosswalk"; docs/crosswalk.md): by the area of each
// overlap (GEOS through QgsGeometry), or by counting the points of a point layer (addresses,
// dwellings; optionally weighted by a field) in each overlap. Overlaps smaller than a share
// of both regions are slivers of redrawn lines: ignored and counted.
#pragma once

#include "import/import_report.h"
#include "workspace/crosswalk.h"

#include <QString>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::maps {

struct CrosswalkDerivationOptions
{
    enum class Weights
    {
        Area,
        Points
    };
    int fromYear = 0;
    int toYear = 0;
    Weights weights = Weights::Area;
    QString pointsPath;  //!< the point layer's file (read-only), for Weights::Points
    QString pointsLayer; //!< empty: its first layer
    QString pointsField; //!< empty: every point weighs 1
    //! An overlap smaller than this share of both regions' areas is a sliver.
    double sliverShare = 0.001;
};

struct CrosswalkDerivation
{
    wijk::workspace::Crosswalk crosswalk; //!< its pairs, ready for import::storeCrosswalk()
    int slivers = 0;                      //!< overlaps ignored as slivers
    int pointsOutside = 0;                //!< points in no from-region or no to-region
    int regionsWithoutBoundary = 0;       //!< regions of either division without geometry
};

//! Parses --weights: "area" or "points:FILE[:LAYER[:FIELD]]"; false when neither.
bool parseWeights(const QString &text, CrosswalkDerivationOptions *options);

//! Overlays the two divisions of every level the workspace holds in both years. False with
//! the problems in report (file, feature number, field) when nothing sound can be derived.
bool deriveCrosswalk(const workspace::Workspace &workspace,
                     const CrosswalkDerivationOptions &options, CrosswalkDerivation *out,
                     import::ImportReport &report);

} // namespace wijk::maps
