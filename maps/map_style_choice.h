// What the user chose for a map's look: mode, classification method, number of classes and
// whether the classes hold for every year. The map widget's controls produce it; the window's
// map presenter turns it, with the indicator, into the one ChoroplethSpec that is drawn.
#pragma once

#include "choropleth_classification.h"
#include "map_value.h"

namespace wijk::maps {

struct MapStyleChoice
{
    MapMode mode = MapMode::Value;
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;
    //! The classes (and the ranking's axis) computed over every year of the series.
    bool fixedClasses = true;
};

} // namespace wijk::maps
