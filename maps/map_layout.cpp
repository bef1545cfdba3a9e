#include "map_layout.h"

#include "maps_resources.h"
#include "region_labels.h"
#include "region_layer.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslegendrenderer.h>
#include <qgsprintlayout.h>
#include <qgsreadwritecontext.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace wijk::maps {

QString sourceLine(const QString &source, const QString &extractId)
{
    QStringList parts;
    if (!source.isEmpty())
        parts << source;
    if (!extractId.isEmpty())
        parts << QCoreApplication::translate("wijk::maps", "extract %1").arg(extractId);
    parts << QStringLiteral("Wijkmonitor Workbench %1").arg(QStringLiteral(WIJK_VERSION));
    return QCoreApplication::translate("wijk::maps", "Source: %1")
        .arg(parts.join(QStringLiteral(", ")));
}

std::unique_ptr<QgsPrintLayout> loadLayoutTemplate(QgsProject *project, const QString &templatePath,
                                                   QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const QString path = templatePath.isEmpty() ? defaultMapTemplate() : templatePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("wijk::maps", "%1: cannot read the layout template.")
                     .arg(path);
        return nullptr;
    }
    QDomDocument document;
    QString parseError;
    int line = 0;
    if (!document.setContent(&file, &parseError, &line)) {
        *error = QCoreApplication::translate("wijk::maps", "%1, line %2: %3")
                     .arg(path)
                     .arg(line)
                     .arg(parseError);
        return nullptr;
    }
    auto layout = std::make_unique<QgsPrintLayout>(project);
    bool ok = false;
    layout->loadFromTemplate(document, QgsReadWriteContext(), true, &ok);
    if (!ok) {
        *error = QCoreApplication::translate("wijk::maps",
                                             "%1: QGIS could not load this layout template.")
                     .arg(path);
        return nullptr;
    }
    return layout;
}

void showInMapItem(QgsLayoutItemMap *map, const QList<QgsMapLayer *> &layers,
                   const QgsRectangle &extent, double margin)
{
    if (!map)
        return;
    map->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:28992")));
    map->setKeepLayerSet(true);
    map->setLayers(withRegionLabels(layers));
    QgsRectangle fitted = extent;
    fitted.grow(std::max(extent.width(), extent.height()) * margin);
    // Widen the short side to the item's aspect ratio ourselves: setExtent() would resize
    // the item otherwise, and zoomToExtent() divides by a template's empty extent.
    const QRectF frame = map->rect();
    if (frame.height() > 0 && fitted.width() > 0 && fitted.height() > 0) {
        const double itemRatio = frame.width() / frame.height();
        const QgsPointXY centre = fitted.center();
        double width = fitted.width();
        double height = fitted.height();
        if (width / height < itemRatio)
            width = height * itemRatio;
        else
            height = width / itemRatio;
        fitted = QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                              centre.x() + width / 2, centre.y() + height / 2);
    }
    map->setExtent(fitted);
    map->invalidateCache();
}

void showLegend(QgsLayoutItemLegend *legend, const QList<QgsMapLayer *> &layers,
                const QString &title, const QList<QgsMapLayer *> &hideLayerNames)
{
    if (!legend)
        return;
    legend->setAutoUpdateModel(false);
    legend->setTitle(title);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->removeAllChildren();
    for (QgsMapLayer *layer : layers) {
        QgsLayerTreeLayer *node = root->addLayer(layer);
        if (hideLayerNames.contains(layer))
            QgsLegendRenderer::setNodeLegendStyle(node, QgsLegendStyle::Hidden);
    }
    legend->updateLegend();
    legend->adjustBoxSize();
}

void setLayoutTexts(QgsLayout *layout, const MapLayoutText &text)
{
    QgsExpressionContextUtils::setLayoutVariable(layout, QStringLiteral("wijk_map_title"),
                                                 text.title);
    QgsExpressionContextUtils::setLayoutVariable(layout, QStringLiteral("wijk_map_subtitle"),
                                                 text.subtitle);
    QgsExpressionContextUtils::setLayoutVariable(layout, QStringLiteral("wijk_map_source"),
                                                 text.source);
    QgsExpressionContextUtils::setLayoutVariable(layout, QStringLiteral("wijk_map_legend_title"),
                                                 text.legendTitle);
    if (auto *print = qobject_cast<QgsPrintLayout *>(layout))
        print->setName(text.title);
    layout->refresh();
}

std::unique_ptr<QgsPrintLayout>
createMapLayout(QgsProject *project, const QList<QgsMapLayer *> &layers, const QgsRectangle &extent,
                const MapLayoutText &text, QString *error, const QString &templatePath)
{
    auto layout = loadLayoutTemplate(project, templatePath, error);
    if (!layout)
        return nullptr;
    auto *map = qobject_cast<QgsLayoutItemMap *>(layout->itemById(QStringLiteral("map")));
    if (!map) {
        if (error)
            *error = QCoreApplication::translate(
                "wijk::maps", "The layout template has no map item with id 'map'.");
        return nullptr;
    }
    showInMapItem(map, layers, extent);
    if (auto *legend =
            qobject_cast<QgsLayoutItemLegend *>(layout->itemById(QStringLiteral("legend")))) {
        legend->setLinkedMap(map);
        // Choropleths (categorized layers) first and without a heading: the legend title
        // names them; other layers (outlines) follow under their own names.
        QList<QgsMapLayer *> choropleths, others;
        for (QgsMapLayer *layer : layers) {
            auto *vector = qobject_cast<QgsVectorLayer *>(layer);
            if (vector && dynamic_cast<QgsCategorizedSymbolRenderer *>(vector->renderer()))
                choropleths << layer;
            else
                others << layer;
        }
        showLegend(legend, choropleths + others, text.legendTitle, choropleths);
    }
    if (auto *bar =
            qobject_cast<QgsLayoutItemScaleBar *>(layout->itemById(QStringLiteral("scalebar")))) {
        bar->setLinkedMap(map);
        bar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
        bar->setNumberOfSegmentsLeft(0);
        bar->setNumberOfSegments(2);
        bar->update();
    }
    if (auto *north =
            qobject_cast<QgsLayoutItemPicture *>(layout->itemById(QStringLiteral("north"))))
        north->setLinkedMap(map);
    setLayoutTexts(layout.get(), text);
    return layout;
}

std::unique_ptr<QgsVectorLayer> createOutlineLayer(const RegionLayer &regions,
                                                   const QStringList &codes, const QString &name,
                                                   const QColor &colour, double widthMm)
{
    QgsFeatureIds ids;
    for (const QString &code : codes) {
        if (regions.featureId(code) != FID_NULL)
            ids.insert(regions.featureId(code));
    }
    if (ids.isEmpty())
        return nullptr;
    auto layer = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiPolygon?crs=EPSG:28992&field=code:string"), name,
        QStringLiteral("memory"));
    QgsFeatureList features;
    QgsFeature in;
    QgsFeatureIterator it = regions.layer()->getFeatures(QgsFeatureRequest().setFilterFids(ids));
    while (it.nextFeature(in)) {
        QgsFeature out(layer->fields());
        out.setGeometry(in.geometry());
        out.setAttributes(QgsAttributes() << in.attribute(regionfield::Code));
        features.append(out);
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    auto *stroke =
        new QgsSimpleFillSymbolLayer(Qt::transparent, Qt::NoBrush, colour, Qt::SolidLine, widthMm);
    layer->setRenderer(
        new QgsSingleSymbolRenderer(new QgsFillSymbol(QgsSymbolLayerList() << stroke)));
    return layer;
}

} // namespace wijk::maps
