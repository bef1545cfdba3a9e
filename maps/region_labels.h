// Region name labels placed by QGIS's PAL engine: collisions are resolved by dropping
// labels that do not fit, a white halo keeps names legible on dark classes.
#pragma once

#include <QString>

class QgsPalLayerSettings;
class QgsVectorLayer;

namespace wijk {

struct RegionLabelStyle
{
    bool enabled = true;
    double fontSizePt = 7.5;
    double bufferMm = 0.7;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    //! Labels only at scales larger than 1:hideBeyondScale (zoomed in); 0: at every scale;
    //! negative: ChoroplethLayer derives it from the regions' size (RegionLayer::labelScaleLimit).
    double hideBeyondScale = -1;
};

//! The PAL settings for the `label` field of a region layer.
QgsPalLayerSettings regionLabelSettings(const RegionLabelStyle &style);

//! Turns labels on (or off) on a region layer.
void applyRegionLabels(QgsVectorLayer *layer, const RegionLabelStyle &style);

} // namespace wijk
