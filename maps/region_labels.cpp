#include "region_labels.h"

#include "region_layer.h"

#include <QFont>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsnullsymbolrenderer.h>
#include <qgspallabeling.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace wijk::maps {

namespace {
const char *const kLabelLayerName = "wijk_region_labels";
} // namespace

bool RegionLabelStyle::operator==(const RegionLabelStyle &other) const
{
    return enabled == other.enabled && fontSizePt == other.fontSizePt &&
           bufferMm == other.bufferMm && fontFamily == other.fontFamily &&
           hideBeyondScale == other.hideBeyondScale;
}

QgsPalLayerSettings regionLabelSettings(const RegionLabelStyle &style)
{
    QgsPalLayerSettings settings;
    settings.fieldName = regionfield::name(regionfield::Label);
    settings.isExpression = false;
    // Horizontal text inside the polygon where it fits; PAL drops what would collide.
    settings.placement = QgsPalLayerSettings::Horizontal;
    settings.fitInPolygonOnly = true;
    settings.displayAll = false;
    settings.multilineAlign = QgsPalLayerSettings::MultiCenter;
    settings.autoWrapLength = 14;
    // Zoomed out, PAL would try (and mostly fail) to fit thousands of small regions' names:
    // seconds of work per redraw for a handful of labels.
    if (style.hideBeyondScale > 0) {
        settings.scaleVisibility = true;
        settings.minimumScale = style.hideBeyondScale;
        settings.maximumScale = 0;
    }

    QgsTextFormat format;
    QFont font(style.fontFamily);
    format.setFont(font);
    format.setSize(style.fontSizePt);
    format.setSizeUnit(QgsUnitTypes::RenderPoints);
    format.setColor(QColor(0x20, 0x20, 0x20));
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(style.bufferMm);
    buffer.setSizeUnit(QgsUnitTypes::RenderMillimeters);
    buffer.setColor(QColor(255, 255, 255));
    buffer.setOpacity(0.85);
    format.setBuffer(buffer);
    settings.setFormat(format);
    return settings;
}

void applyRegionLabels(QgsVectorLayer *layer, const RegionLabelStyle &style)
{
    if (!layer)
        return;
    if (!style.enabled) {
        layer->setLabelsEnabled(false);
        return;
    }
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(regionLabelSettings(style)));
    layer->setLabelsEnabled(true);
}

QgsVectorLayer *createRegionLabelLayer(QgsVectorLayer *regions,
                                       QHash<QgsFeatureId, QgsFeatureId> *fids)
{
    auto *labels =
        new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=%1").arg(regions->crs().authid()),
                           regions->name() + QStringLiteral(" (labels)"), QStringLiteral("memory"));
    labels->setObjectName(QString::fromLatin1(kLabelLayerName));
    labels->setParent(regions);
    labels->dataProvider()->addAttributes(regions->fields().toList());
    labels->updateFields();
    // Geometry is implicitly shared: the copy costs the feature list, not the vertices.
    QgsFeatureList features;
    QList<QgsFeatureId> sourceIds;
    QgsFeatureIterator it = regions->getFeatures();
    QgsFeature feature;
    while (it.nextFeature(feature)) {
        sourceIds.append(feature.id());
        features.append(feature);
    }
    labels->dataProvider()->addFeatures(features);
    fids->clear();
    fids->reserve(features.size());
    for (int i = 0; i < features.size(); ++i)
        fids->insert(sourceIds.at(i), features.at(i).id());
    labels->dataProvider()->createSpatialIndex();
    labels->updateExtents();
    labels->setRenderer(new QgsNullSymbolRenderer());
    labels->setSimplifyMethod(regions->simplifyMethod());
    labels->setLabelsEnabled(false);
    return labels;
}

QgsVectorLayer *regionLabelLayer(const QgsMapLayer *regions)
{
    return regions ? regions->findChild<QgsVectorLayer *>(QString::fromLatin1(kLabelLayerName),
                                                          Qt::FindDirectChildrenOnly)
                   : nullptr;
}

QList<QgsMapLayer *> withRegionLabels(const QList<QgsMapLayer *> &layers)
{
    QList<QgsMapLayer *> result;
    for (QgsMapLayer *layer : layers) {
        if (QgsVectorLayer *labels = regionLabelLayer(layer))
            result << labels;
        result << layer;
    }
    return result;
}

} // namespace wijk::maps
