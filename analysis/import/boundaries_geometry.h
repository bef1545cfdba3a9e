// One boundary geometry on its way into the workspace: reprojected to RD New, made valid
// when it is not (OGR MakeValid), reduced to its polygonal parts, as a MultiPolygon WKB.
#pragma once

#include <QByteArray>
#include <QString>

class OGRGeometry;
class OGRCoordinateTransformation;

namespace wijk::import::boundaries {

struct PreparedBoundary
{
    enum class State
    {
        Valid,              //!< valid as given
        Repaired,           //!< was invalid; MakeValid repaired it (detail: what GEOS said)
        Collapsed,          //!< empty, or nothing polygonal left after repair (coarse quantisation)
        NotPolygon,         //!< points or lines: not an area
        ReprojectionFailed, //!< the CRS transformation failed (e.g. RD metres read as degrees)
        OutsideNetherlands  //!< in RD New, but outside RdNewExtent: the file's CRS is wrong
    };
    State state = State::Valid;
    QByteArray wkb; //!< MultiPolygon in RD New; empty unless Valid or Repaired
    QString detail;
};

//! Transforms (when ct is given) and validates one geometry; the input is not changed.
PreparedBoundary prepareBoundary(const OGRGeometry *geometry, OGRCoordinateTransformation *ct);

} // namespace wijk::import::boundaries
