// The hand-made fixture of the spatial tests: a 3 x 3 grid of unit squares whose cells hold
// 1 ... 9 row by row (shared/docs/statistics.md, "Reference values"), optionally with a tenth
// square far away (an island).
#pragma once

#include "engine/contiguity.h"

#include <QByteArray>
#include <ogr_geometry.h>
#include <vector>

namespace wijk::test {

//! WKB of the axis-aligned square [x, x + 1] x [y, y + 1] as a multipolygon.
inline QByteArray squareWkb(double x, double y)
{
    OGRPolygon polygon;
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + 1, y);
    ring.addPoint(x + 1, y + 1);
    ring.addPoint(x, y + 1);
    ring.addPoint(x, y);
    polygon.addRing(&ring);
    OGRMultiPolygon multi;
    multi.addGeometry(&polygon);
    QByteArray wkb(int(multi.WkbSize()), '\0');
    multi.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

//! Cells C1 ... C9, row by row from the top left (C1 holds 1), plus C10 far away.
inline std::vector<engine::RegionBoundary> gridBoundaries(bool withIsland)
{
    std::vector<engine::RegionBoundary> cells;
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            cells.push_back(
                {QStringLiteral("C%1").arg(row * 3 + column + 1), squareWkb(column, 2 - row)});
    if (withIsland)
        cells.push_back({QStringLiteral("C10"), squareWkb(10, 10)});
    return cells;
}

//! x = 1 ... 9 in cell order.
inline std::vector<double> gridValues()
{
    return {1, 2, 3, 4, 5, 6, 7, 8, 9};
}

} // namespace wijk::test
