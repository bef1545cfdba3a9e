// Canvas, layers, selection and hover of the map view; the controls are in
// map_view_controls.cpp.
#include "map/map_view.h"

#include "map/map_pick_tool.h"
#include "map/scale_bar_overlay.h"
#include "read_only_vector.h"
#include "region_labels.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QToolTip>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsiconutils.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayerlegend.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsrenderer.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>
#include <qgsvectortilelayer.h>

namespace wijk::widgets {

namespace {
const QSize kLegendIconSize(20, 14);
} // namespace

MapView::~MapView()
{
    // The canvas may still hold the layers while it is destroyed; detach first.
    mCanvas->setLayers({});
    qDeleteAll(mBackground);
}

void MapView::setRegionLayer(QgsVectorLayer *layer, const QString &codeField)
{
    // The caller deletes the old layer next: stop drawing it.
    mCanvas->stopRendering();
    mLayer = layer;
    mCodeField = codeField;
    mIds.clear();
    mCodes.clear();
    if (mLayer) {
        const int field = mLayer->fields().lookupField(codeField);
        QgsFeatureRequest request;
        request.setFlags(QgsFeatureRequest::NoGeometry);
        request.setSubsetOfAttributes(QgsAttributeList{field});
        QgsFeatureIterator it = mLayer->getFeatures(request);
        QgsFeature feature;
        while (it.nextFeature(feature)) {
            const QString code = feature.attribute(field).toString();
            mIds.insert(code, feature.id());
            mCodes.insert(feature.id(), code);
        }
        mCanvas->setDestinationCrs(mLayer->crs());
    }
    updateCanvasLayers();
    zoomToFullExtent();
    refresh();
}

void MapView::updateCanvasLayers()
{
    QList<QgsMapLayer *> layers;
    // Region names on their own layer: a restyle leaves the canvas's cached labels alone.
    if (mLayer)
        layers << maps::withRegionLabels({mLayer});
    // Listed top first: the regions draw over every background layer.
    for (int i = mBackground.size() - 1; i >= 0; --i)
        layers << mBackground.at(i);
    mCanvas->setLayers(layers);
}

void MapView::setTooltipProvider(std::function<QString(const QString &)> provider)
{
    mTooltip = std::move(provider);
}

QString MapView::tooltipFor(const QString &code) const
{
    return mTooltip ? mTooltip(code) : code;
}

QString MapView::regionAt(const QgsPointXY &mapPoint) const
{
    if (!mLayer)
        return QString();
    const double tolerance = mCanvas->mapUnitsPerPixel() * 2;
    const QgsRectangle rect(mapPoint.x() - tolerance, mapPoint.y() - tolerance,
                            mapPoint.x() + tolerance, mapPoint.y() + tolerance);
    const QgsGeometry point = QgsGeometry::fromPointXY(mapPoint);
    QgsFeatureRequest request(rect);
    request.setSubsetOfAttributes(QgsAttributeList{mLayer->fields().lookupField(mCodeField)});
    QgsFeatureIterator it = mLayer->getFeatures(request);
    QgsFeature feature;
    while (it.nextFeature(feature)) {
        if (feature.geometry().intersects(point))
            return feature.attribute(mCodeField).toString();
    }
    return QString();
}

QgsFeatureId MapView::featureId(const QString &code) const
{
    return mIds.value(code, FID_NULL);
}

QgsFeatureIds MapView::idsFor(const QStringList &codes) const
{
    QgsFeatureIds ids;
    for (const QString &code : codes) {
        const auto it = mIds.constFind(code);
        if (it != mIds.constEnd())
            ids.insert(it.value());
    }
    return ids;
}

void MapView::setSelectedRegions(const QSet<QString> &codes)
{
    if (mLayer)
        mLayer->selectByIds(idsFor(QStringList(codes.cbegin(), codes.cend())));
}

void MapView::applySelectionDelta(const QStringList &added, const QStringList &removed)
{
    if (!mLayer)
        return;
    if (!removed.isEmpty())
        mLayer->deselect(idsFor(removed));
    if (!added.isEmpty())
        mLayer->selectByIds(idsFor(added), Qgis::SelectBehavior::AddToSelection);
}

QSet<QString> MapView::selectedRegions() const
{
    QSet<QString> codes;
    if (mLayer)
        for (QgsFeatureId id : mLayer->selectedFeatureIds())
            codes.insert(mCodes.value(id));
    return codes;
}

void MapView::onHover(const QgsPointXY &point, const QPoint &globalPos)
{
    const QString code = regionAt(point);
    if (code.isEmpty()) {
        mLastHover.clear();
        QToolTip::hideText();
        return;
    }
    if (code == mLastHover && QToolTip::isVisible())
        return;
    mLastHover = code;
    QToolTip::showText(globalPos, tooltipFor(code), mCanvas);
}

void MapView::zoomToFullExtent()
{
    if (!mLayer)
        return;
    QgsRectangle extent = mLayer->extent();
    if (extent.isEmpty())
        return;
    extent.scale(1.05);
    mCanvas->setExtent(extent);
    mCanvas->refresh();
}

void MapView::zoomToSelection()
{
    if (mLayer && mLayer->selectedFeatureCount() > 0)
        mCanvas->zoomToFeatureIds(mLayer, mLayer->selectedFeatureIds());
}

void MapView::refresh()
{
    rebuildLegend();
    if (mLayer && mLayer->renderer())
        mLayer->triggerRepaint();
    mCanvas->refresh();
}

void MapView::rebuildLegend()
{
    mLegend->clear();
    mLegend->setIconSize(kLegendIconSize);
    if (mLayer && mLayer->renderer()) {
        for (const QgsLegendSymbolItem &item : mLayer->renderer()->legendSymbolItems()) {
            auto *entry = new QListWidgetItem(item.label());
            if (item.symbol())
                entry->setIcon(
                    QgsSymbolLayerUtils::symbolPreviewIcon(item.symbol(), kLegendIconSize));
            mLegend->addItem(entry);
        }
    }
    for (const LegendLine &line : qAsConst(mBackgroundLegend)) {
        auto *entry = new QListWidgetItem(line.icon, line.text);
        if (line.heading) {
            QFont font = entry->font();
            font.setBold(true);
            entry->setFont(font);
        }
        mLegend->addItem(entry);
    }
}

QVector<MapView::LegendLine> MapView::backgroundLegend(QgsMapLayer *layer, const QSize &iconSize)
{
    // QGIS's legend of the layer (its renderer's symbols, a raster's colours or bands), as
    // its own layer tree would show it; without entries the layer type's icon.
    QVector<LegendLine> lines{{QgsIconUtils::iconForLayer(layer), layer->name(), true}};
    if (!layer->legend())
        return lines;
    QgsLayerTreeLayer node(layer);
    const QList<QgsLayerTreeModelLegendNode *> nodes =
        layer->legend()->createLayerTreeModelLegendNodes(&node);
    for (QgsLayerTreeModelLegendNode *legendNode : nodes) {
        if (auto *symbolNode = qobject_cast<QgsSymbolLegendNode *>(legendNode))
            symbolNode->setIconSize(iconSize);
        const QString text = legendNode->data(Qt::DisplayRole).toString();
        const QVariant decoration = legendNode->data(Qt::DecorationRole);
        QIcon icon;
        if (decoration.canConvert<QIcon>())
            icon = decoration.value<QIcon>();
        else if (decoration.canConvert<QPixmap>())
            icon = QIcon(decoration.value<QPixmap>());
        else if (decoration.canConvert<QImage>())
            icon = QIcon(QPixmap::fromImage(decoration.value<QImage>()));
        // A single symbol (a plain vector layer; QGIS labels it with the layer's name)
        // belongs on the name's line.
        if (nodes.size() == 1 && (text.isEmpty() || text == layer->name())) {
            if (!icon.isNull())
                lines.first().icon = icon;
            continue;
        }
        lines.append({icon, text, false});
    }
    qDeleteAll(nodes);
    return lines;
}

QStringList MapView::legendLabels() const
{
    QStringList labels;
    for (int i = 0; i < mLegend->count(); ++i)
        labels << mLegend->item(i)->text();
    return labels;
}

bool MapView::addBackgroundLayer(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("%1: file not found").arg(path);
        return false;
    }
    const QString name = info.completeBaseName();
    QgsMapLayer *layer = nullptr;
    // Read-only into memory: QGIS 3.22's OGR provider would open a GeoPackage for update.
    QString vectorError;
    if (auto vector = maps::loadVectorReadOnly(path, name, &vectorError)) {
        layer = vector.release();
    } else {
        auto *raster = new QgsRasterLayer(path, name, QStringLiteral("gdal"));
        if (raster->isValid()) {
            layer = raster;
        } else {
            delete raster;
            if (info.suffix().compare(QLatin1String("mbtiles"), Qt::CaseInsensitive) == 0) {
                auto *tiles = new QgsVectorTileLayer(
                    QStringLiteral("type=mbtiles&url=%1").arg(info.absoluteFilePath()), name);
                if (tiles->isValid())
                    layer = tiles;
                else
                    delete tiles;
            }
        }
    }
    if (!layer) {
        if (error)
            *error = tr("%1: QGIS cannot read this file as a map layer").arg(path);
        return false;
    }
    if (auto *backgroundVector = qobject_cast<QgsVectorLayer *>(layer))
        backgroundVector->setOpacity(0.8);
    mBackground << layer;
    // Top first, as the canvas draws them: the newest layer first.
    mBackgroundLegend = backgroundLegend(layer, kLegendIconSize) + mBackgroundLegend;
    rebuildLegend();
    updateCanvasLayers();
    mCanvas->refresh();
    return true;
}

void MapView::removeBackgroundLayers()
{
    const QList<QgsMapLayer *> old = mBackground;
    mBackground.clear();
    mBackgroundLegend.clear();
    rebuildLegend();
    updateCanvasLayers();
    qDeleteAll(old);
    mCanvas->refresh();
}

void MapView::chooseBackgroundLayer()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add background layer"), QString(),
                                     tr("Map layers (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson "
                                        "*.json *.fgb);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!addBackgroundLayer(path, &error))
        QMessageBox::warning(this, tr("Add background layer"), error);
}

} // namespace wijk::widgets
