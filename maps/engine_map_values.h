// The map of `wijkmonitor-cli map` (and of any output drawn from an eagerly loaded dataset):
// the presentation module's values with --from as the start of change, trend and signals,
// and the boundaries of the one vintage rule (engine::chooseBoundaries), so the command line
// and the window never differ in a number or a vintage (docs/maps.md, "Map modes").
#pragma once

#include "engine/boundary_choice.h"
#include "engine/dataset.h"
#include "map_value.h"

#include <QVector>

namespace wijk::maps {

struct MapValueRequest
{
    RegionLevel level = RegionLevel::Wijk;
    QString indicator;      //!< indicator code
    int period = 0;         //!< the year shown (value mode), the end year otherwise
    int fromYear = 0;       //!< change/trend/signals: the start year; 0 = the first period
    double alpha = 0.05;    //!< significance of trends (q-values, as the engine tests them)
    bool withTrends = true; //!< false for a value map: no trends computed
    //! Only these regions are drawn: the boundaries are chosen for them (chooseBoundaries).
    engine::RegionFocus focus;
};

struct EngineMap
{
    QVector<MapValue> values;
    engine::BoundaryChoice boundaries; //!< the vintage drawn (not found(): none fits)
    int fromYear = 0;                  //!< the start year applied (the first period by default)
};

//! The presentation request of the command line: change since fromYear (the first period by
//! default), trend and signals from the same year to the period.
presentation::MapValuesRequest presentationRequest(const engine::Dataset &dataset,
                                                   const MapValueRequest &request);

//! One MapValue per region of the level that exists in the period (values only where
//! disclosure control allows) and the boundaries to draw them on. Empty values with *error
//! for an unknown indicator or period.
[[nodiscard]] EngineMap engineMap(const engine::Dataset &dataset,
                                  const engine::BoundaryCodes &withBoundary,
                                  const MapValueRequest &request, QString *error);

} // namespace wijk::maps
