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

//! What a map of mode applies of the chosen method, the one rule of the window (MapPresenter,
//! the map's controls) and `wijkmonitor-cli map`: change and trend maps class each side of 0,
//! and a box map has no sides (quartiles of rises and falls together would mix directions),
//! so there it becomes quantiles. classifyDiverging() refuses a box map rather than guess.
ClassificationMethod appliedMethod(MapMode mode, ClassificationMethod chosen);

} // namespace wijk::maps
