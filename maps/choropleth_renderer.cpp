#include "choropleth_renderer.h"

#include "choropleth_colours.h"

#include <QCoreApplication>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsrendercontext.h>
#include <qgssymbollayer.h>

namespace wijk::maps {

namespace {
QgsSymbolLayer *hatchLayer(const QColor &colour, double angle, double distanceMm)
{
    auto *hatch = new QgsLinePatternFillSymbolLayer();
    hatch->setLineAngle(angle);
    hatch->setDistance(distanceMm);
    hatch->setLineWidth(0.18);
    hatch->setColor(colour);
    return hatch;
}

//! Dots over the class colour: unlike the hatchings of withheld values and not-significant
//! trends, and light enough to leave the class readable.
QgsSymbolLayer *dotsLayer()
{
    static const QColor kDots(40, 40, 40);
    auto *dot = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 0.45, 0,
                                               Qgis::ScaleMethod::ScaleDiameter, kDots, kDots);
    dot->setStrokeStyle(Qt::NoPen);
    auto *dots = new QgsPointPatternFillSymbolLayer();
    dots->setDistanceX(1.4);
    dots->setDistanceY(1.4);
    dots->setDisplacementX(0.7);
    dots->setSubSymbol(new QgsMarkerSymbol(QgsSymbolLayerList() << dot));
    return dots;
}
} // namespace

QString missingLabel()
{
    return QCoreApplication::translate("wijk::maps", "No data");
}
QString suppressedLabel()
{
    return QCoreApplication::translate("wijk::maps", "Suppressed (privacy)");
}
QString trendNotSignificantLabel()
{
    return QCoreApplication::translate("wijk::maps", "Trend not significant (hatched)");
}
QString smallNumbersLabel()
{
    return QCoreApplication::translate("wijk::maps", "Small numbers (dotted; shown, not a signal)");
}
QString signalLabel(MapSignal signal)
{
    switch (signal) {
    case MapSignal::Worse:
        return QCoreApplication::translate("wijk::maps", "Deterioration");
    case MapSignal::Better:
        return QCoreApplication::translate("wijk::maps", "Improvement");
    case MapSignal::None:
        break;
    }
    return QCoreApplication::translate("wijk::maps", "No signal");
}

int clusterLegendKey(engine::LisaCluster cluster)
{
    switch (cluster) {
    case engine::LisaCluster::HighHigh:
        return legendkey::ClusterHighHigh;
    case engine::LisaCluster::LowLow:
        return legendkey::ClusterLowLow;
    case engine::LisaCluster::HighLow:
        return legendkey::ClusterHighLow;
    case engine::LisaCluster::LowHigh:
        return legendkey::ClusterLowHigh;
    case engine::LisaCluster::NotSignificant:
        break;
    }
    return legendkey::ClusterNone;
}

QgsFillSymbol *createRegionFill(const QColor &fill, LegendEntry::Look look)
{
    auto *base = new QgsSimpleFillSymbolLayer(fill, Qt::SolidPattern, mapcolours::outline,
                                              Qt::SolidLine, 0.1);
    auto *symbol = new QgsFillSymbol(QgsSymbolLayerList() << base);
    if (look == LegendEntry::Look::SuppressedHatch)
        symbol->appendSymbolLayer(hatchLayer(mapcolours::suppressedHatch, 45, 1.2));
    if (look == LegendEntry::Look::TrendHatch)
        symbol->appendSymbolLayer(hatchLayer(mapcolours::trendHatch, 135, 1.5));
    if (look == LegendEntry::Look::SmallNumbersDots)
        symbol->appendSymbolLayer(dotsLayer());
    return symbol;
}

ChoroplethRenderer::ChoroplethRenderer(const QgsCategoryList &categories,
                                       std::shared_ptr<const RegionStyles> styles)
    : QgsCategorizedSymbolRenderer(QString(), categories),
      mStyles(styles ? std::move(styles) : std::make_shared<const RegionStyles>())
{
    for (int i = 0; i < categories.size(); ++i)
        mCategoryIndex.insert(categories.at(i).value().toInt(), i);
}

ChoroplethRenderer::~ChoroplethRenderer() = default;

void ChoroplethRenderer::setHatchedSymbol(int key, QgsSymbol *symbol)
{
    mHatched[key].reset(symbol);
}

void ChoroplethRenderer::setSmallNumbersSymbol(int key, QgsSymbol *symbol)
{
    mSmallNumbers[key].reset(symbol);
}

ChoroplethRenderer *ChoroplethRenderer::clone() const
{
    auto *copy = new ChoroplethRenderer(categories(), mStyles);
    for (const auto &[key, symbol] : mHatched)
        copy->setHatchedSymbol(key, symbol->clone());
    for (const auto &[key, symbol] : mSmallNumbers)
        copy->setSmallNumbersSymbol(key, symbol->clone());
    copyRendererData(copy);
    return copy;
}

RegionStyle ChoroplethRenderer::styleOf(QgsFeatureId id) const
{
    return mStyles->value(id, RegionStyle());
}

QgsSymbol *ChoroplethRenderer::symbolForFeature(const QgsFeature &feature, QgsRenderContext &) const
{
    const RegionStyle style = styleOf(feature.id());
    if (style.smallNumbers) {
        const auto it = mSmallNumbers.find(style.key);
        if (it != mSmallNumbers.end() && mActive.contains(style.key))
            return it->second.get();
    }
    if (style.hatched) {
        const auto it = mHatched.find(style.key);
        if (it != mHatched.end() && mActive.contains(style.key))
            return it->second.get();
    }
    return mActive.value(style.key, nullptr);
}

QgsSymbol *ChoroplethRenderer::originalSymbolForFeature(const QgsFeature &feature,
                                                        QgsRenderContext &context) const
{
    return symbolForFeature(feature, context);
}

QSet<QString> ChoroplethRenderer::legendKeysForFeature(const QgsFeature &feature,
                                                       QgsRenderContext &) const
{
    // QGIS's legend keys of a categorized renderer are the category indices.
    const int index = mCategoryIndex.value(styleOf(feature.id()).key, -1);
    return index < 0 ? QSet<QString>() : QSet<QString>{QString::number(index)};
}

bool ChoroplethRenderer::renderFeature(const QgsFeature &feature, QgsRenderContext &context,
                                       int layer, bool selected, bool drawVertexMarker)
{
    if (selected)
        mSelected.append(feature);
    return QgsCategorizedSymbolRenderer::renderFeature(feature, context, layer, false,
                                                       drawVertexMarker);
}

QgsFillSymbol *createSelectionContour(const QColor &colour, double widthMm)
{
    auto *outline = new QgsSimpleFillSymbolLayer(QColor(), Qt::NoBrush, colour, Qt::SolidLine,
                                                 widthMm, Qt::RoundJoin);
    return new QgsFillSymbol(QgsSymbolLayerList() << outline);
}

void ChoroplethRenderer::startRender(QgsRenderContext &context, const QgsFields &fields)
{
    mSelected.clear();
    QgsCategorizedSymbolRenderer::startRender(context, fields);
    mActive.clear();
    for (const QgsRendererCategory &category : categories()) {
        if (category.renderState() && category.symbol())
            mActive.insert(category.value().toInt(), category.symbol());
    }
    for (const auto &entry : mHatched)
        entry.second->startRender(context, fields);
    for (const auto &entry : mSmallNumbers)
        entry.second->startRender(context, fields);
}

void ChoroplethRenderer::stopRender(QgsRenderContext &context)
{
    if (!mSelected.isEmpty() && !context.renderingStopped()) {
        // All halos first, then all lines: the halo of one region never cuts the line of an
        // adjacent selected one.
        const std::unique_ptr<QgsFillSymbol> halo(
            createSelectionContour(mapcolours::selectionHalo, 1.5));
        const std::unique_ptr<QgsFillSymbol> line(
            createSelectionContour(mapcolours::selectionLine, 0.6));
        for (QgsFillSymbol *symbol : {halo.get(), line.get()}) {
            symbol->startRender(context);
            for (const QgsFeature &feature : qAsConst(mSelected))
                symbol->renderFeature(feature, context);
            symbol->stopRender(context);
        }
    }
    mSelected.clear();
    for (const auto &entry : mHatched)
        entry.second->stopRender(context);
    for (const auto &entry : mSmallNumbers)
        entry.second->stopRender(context);
    mActive.clear();
    QgsCategorizedSymbolRenderer::stopRender(context);
}

QSet<QString> ChoroplethRenderer::usedAttributes(const QgsRenderContext &context) const
{
    QSet<QString> attributes;
    for (const QgsRendererCategory &category : categories()) {
        if (category.symbol())
            attributes.unite(category.symbol()->usedAttributes(context));
    }
    for (const auto &entry : mHatched)
        attributes.unite(entry.second->usedAttributes(context));
    for (const auto &entry : mSmallNumbers)
        attributes.unite(entry.second->usedAttributes(context));
    return attributes;
}

QString ChoroplethRenderer::filter(const QgsFields &)
{
    return QString();
}

QgsSymbolList ChoroplethRenderer::symbols(QgsRenderContext &context) const
{
    QgsSymbolList list = QgsCategorizedSymbolRenderer::symbols(context);
    for (const auto &entry : mHatched)
        list.append(entry.second.get());
    for (const auto &entry : mSmallNumbers)
        list.append(entry.second.get());
    return list;
}

std::unique_ptr<ChoroplethRenderer>
createChoroplethRenderer(MapMode mode, const QVector<LegendEntry> &legend,
                         std::shared_ptr<const RegionStyles> styles)
{
    QgsCategoryList categories;
    for (const LegendEntry &entry : legend) {
        // The legend-only small-numbers entry shows the dots itself.
        const LegendEntry::Look look =
            entry.key == legendkey::SmallNumbers ? LegendEntry::Look::SmallNumbersDots : entry.look;
        categories.append(
            QgsRendererCategory(entry.key, createRegionFill(entry.fill, look), entry.label));
    }
    auto renderer = std::make_unique<ChoroplethRenderer>(categories, std::move(styles));
    if (mode == MapMode::Trend) {
        for (const LegendEntry &entry : legend) {
            if (entry.key >= 0 && entry.look == LegendEntry::Look::Plain)
                renderer->setHatchedSymbol(
                    entry.key, createRegionFill(entry.fill, LegendEntry::Look::TrendHatch));
        }
    }
    for (const LegendEntry &entry : legend) {
        if (entry.key >= 0 && entry.look == LegendEntry::Look::Plain)
            renderer->setSmallNumbersSymbol(
                entry.key, createRegionFill(entry.fill, LegendEntry::Look::SmallNumbersDots));
    }
    return renderer;
}

} // namespace wijk::maps
