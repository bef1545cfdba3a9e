// Where boundaries may lie once in RD New (EPSG:28992): the CRS's area of use with a margin.
// A file read in the wrong CRS (UTM 31N, or RD coordinates in a GeoJSON without "crs",
// taken as WGS84) or with absurd coordinates (1e300) lands far outside it; the importers
// refuse such geometry instead of storing a region at y = -5,185,000 or with area inf.
#pragma once

#include <QString>

class OGRGeometry;

namespace wijk::import {

//! EPSG:28992's area of use (lon 3.2-7.22 E, lat 50.75-53.7 N: the Netherlands onshore,
//! the Waddenzee and the 12-mile coastal zone) projected to RD New is x 646-284,347 m,
//! y 306,744-637,111 m; the bounds add a margin of at least 10 km (docs/import-cbs.md).
struct RdNewExtent
{
    static constexpr double minX = -10000;
    static constexpr double maxX = 295000;
    static constexpr double minY = 295000;
    static constexpr double maxY = 650000;
};

//! Whether the envelope of geometry (already in RD New) lies inside RdNewExtent.
bool withinRdNewExtent(const OGRGeometry &geometry);

//! The bounds as a reader sees them, e.g. "x -10000…295000 m, y 295000…650000 m".
QString rdNewExtentText();

} // namespace wijk::import
