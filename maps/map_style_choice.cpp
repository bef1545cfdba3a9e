#include "map_style_choice.h"

#include "choropleth_layer.h"

namespace wijk::maps {

ClassificationMethod appliedMethod(MapMode mode, ClassificationMethod chosen)
{
    return isDiverging(mode) && chosen == ClassificationMethod::Box ? ClassificationMethod::Quantile
                                                                    : chosen;
}

} // namespace wijk::maps
