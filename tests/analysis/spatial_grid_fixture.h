// The hand-made fixture of the spatial tests: a 3 x 3 grid of unit squares whose cells hold
// 1 ... 9 row by row (shared/docs/statistics.md, "Reference values"), optionally with a tenth
// square far away (an island).
#pragma once

#include "engine/contiguity.h"
#include "model_fixture.h"

#include <vector>

namespace wijk::test {

//! Cells C1 ... C9, row by row from the top left (C1 holds 1), plus C10 far away.
inline std::vector<engine::RegionBoundary> gridBoundaries(bool withIsland)
{
    std::vector<engine::RegionBoundary> cells;
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            cells.push_back({QStringLiteral("C%1").arg(row * 3 + column + 1),
                             squareMultiPolygonWkb(column, 2 - row)});
    if (withIsland)
        cells.push_back({QStringLiteral("C10"), squareMultiPolygonWkb(10, 10)});
    return cells;
}

//! x = 1 ... 9 in cell order.
inline std::vector<double> gridValues()
{
    return {1, 2, 3, 4, 5, 6, 7, 8, 9};
}

} // namespace wijk::test
