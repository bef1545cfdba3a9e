// The bridge from the engine's disclosed dataset to the plain MapValue list the maps draw:
// values of one period, changes between two periods, Theil-Sen trends with significance and
// the trend signals. The map code itself never sees the engine.
#pragma once

#include "engine/dataset.h"
#include "map_value.h"

#include <QVector>

namespace wijk::maps {

struct MapValueRequest
{
    RegionLevel level = RegionLevel::Wijk;
    QString indicator;   //!< indicator code
    int period = 0;      //!< the year shown (value mode), the end year otherwise
    int fromYear = 0;    //!< change/trend/signals: the start year; 0 = the first period
    double alpha = 0.05; //!< significance of trends (q-values, as the engine tests them)
};

//! One MapValue per region of the level that exists in the period (values only where
//! disclosure control allows). Empty with *error for an unknown indicator or period.
QVector<MapValue> mapValuesFromEngine(const engine::Dataset &dataset,
                                      const MapValueRequest &request, QString *error);

} // namespace wijk::maps
