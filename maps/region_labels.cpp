#include "region_labels.h"

#include "region_layer.h"

#include <QFont>
#include <qgspallabeling.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace wijk {

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

} // namespace wijk
