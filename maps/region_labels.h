// Region name labels placed by QGIS's PAL engine: collisions are resolved by dropping
// labels that do not fit, a white halo keeps names legible on dark classes.
// The labels live on a label-only companion layer (no symbol, same features), a QObject
// child of the region layer: a restyle repaints the region layer only, and the canvas's
// QgsMapRendererCache keeps the placed labels, which depend on the companion alone.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <qgsfeatureid.h>

class QgsMapLayer;
class QgsPalLayerSettings;
class QgsVectorLayer;

namespace wijk::maps {

struct RegionLabelStyle
{
    bool enabled = true;
    double fontSizePt = 7.5;
    double bufferMm = 0.7;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    //! Labels only at scales larger than 1:hideBeyondScale (zoomed in); 0: at every scale;
    //! negative: ChoroplethLayer derives it from the regions' size (RegionLayer::labelScaleLimit).
    double hideBeyondScale = -1;

    bool operator==(const RegionLabelStyle &other) const;
    bool operator!=(const RegionLabelStyle &other) const { return !(*this == other); }
};

//! The PAL settings for the `label` field of a region layer.
QgsPalLayerSettings regionLabelSettings(const RegionLabelStyle &style);

//! Turns labels on (or off) on a region layer.
void applyRegionLabels(QgsVectorLayer *layer, const RegionLabelStyle &style);

//! Creates the label-only companion of a region layer (same fields, features and
//! simplification, no symbol), owned by regions; fids receives region fid -> label layer fid.
QgsVectorLayer *createRegionLabelLayer(QgsVectorLayer *regions,
                                       QHash<QgsFeatureId, QgsFeatureId> *fids);

//! The label layer of a region layer; nullptr when it has none.
QgsVectorLayer *regionLabelLayer(const QgsMapLayer *regions);

//! layers with each region layer's label layer listed right above it.
QList<QgsMapLayer *> withRegionLabels(const QList<QgsMapLayer *> &layers);

} // namespace wijk::maps
