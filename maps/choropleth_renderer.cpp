#include "choropleth_renderer.h"

#include "choropleth_colours.h"
#include "region_layer.h"

#include <QCoreApplication>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslegendsymbolitem.h>
#include <qgsproperty.h>
#include <qgssymbollayer.h>

namespace wijk {

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
} // namespace

QString missingLabel()
{
    return QCoreApplication::translate("wijk::maps", "No data");
}
QString suppressedLabel()
{
    return QCoreApplication::translate("wijk::maps", "Suppressed (small numbers)");
}
QString trendNotSignificantLabel()
{
    return QCoreApplication::translate("wijk::maps", "Trend not significant (hatched)");
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

QgsFillSymbol *createRegionFill(const QColor &fill, LegendEntry::Look look)
{
    auto *base = new QgsSimpleFillSymbolLayer(fill, Qt::SolidPattern, mapcolours::outline,
                                              Qt::SolidLine, 0.1);
    auto *symbol = new QgsFillSymbol(QgsSymbolLayerList() << base);
    if (look == LegendEntry::Look::SuppressedHatch)
        symbol->appendSymbolLayer(hatchLayer(mapcolours::suppressedHatch, 45, 1.2));
    if (look == LegendEntry::Look::TrendHatch) {
        QgsSymbolLayer *hatch = hatchLayer(mapcolours::trendHatch, 135, 1.5);
        // Per feature only where `hatch` = 1 (legend icons: see ChoroplethRenderer).
        hatch->setDataDefinedProperty(
            QgsSymbolLayer::PropertyLayerEnabled,
            QgsProperty::fromExpression(QStringLiteral("coalesce(\"%1\", 0) = 1")
                                            .arg(regionfield::name(regionfield::Hatch))));
        symbol->appendSymbolLayer(hatch);
    }
    return symbol;
}

ChoroplethRenderer *ChoroplethRenderer::clone() const
{
    auto *copy = new ChoroplethRenderer(classAttribute(), categories());
    copyRendererData(copy);
    return copy;
}

QgsLegendSymbolList ChoroplethRenderer::legendSymbolItems() const
{
    // Legend icons ignore data-defined "layer enabled": without this, every class of a trend
    // map would show the hatching that only non-significant regions get.
    QgsLegendSymbolList items = QgsCategorizedSymbolRenderer::legendSymbolItems();
    for (QgsLegendSymbolItem &item : items) {
        const QgsSymbol *symbol = item.symbol();
        if (!symbol || symbol->symbolLayerCount() < 2)
            continue;
        const QgsSymbolLayer *last = symbol->symbolLayer(symbol->symbolLayerCount() - 1);
        if (!last->dataDefinedProperties().isActive(QgsSymbolLayer::PropertyLayerEnabled))
            continue;
        std::unique_ptr<QgsSymbol> plain(symbol->clone());
        plain->deleteSymbolLayer(plain->symbolLayerCount() - 1);
        item.setSymbol(plain.get());
    }
    return items;
}

std::unique_ptr<QgsCategorizedSymbolRenderer>
createChoroplethRenderer(MapMode mode, const QVector<LegendEntry> &legend)
{
    QgsCategoryList categories;
    for (const LegendEntry &entry : legend) {
        LegendEntry::Look look = entry.look;
        // The legend-only trend entry shows the hatching itself, unconditionally.
        QgsFillSymbol *symbol = nullptr;
        if (entry.key == legendkey::TrendNotSignificant) {
            symbol = createRegionFill(entry.fill, LegendEntry::Look::Plain);
            symbol->appendSymbolLayer(hatchLayer(mapcolours::trendHatch, 135, 1.5));
        } else {
            if (mode == MapMode::Trend && look == LegendEntry::Look::Plain && entry.key >= 0)
                look = LegendEntry::Look::TrendHatch;
            symbol = createRegionFill(entry.fill, look);
        }
        categories.append(QgsRendererCategory(entry.key, symbol, entry.label));
    }
    return std::make_unique<ChoroplethRenderer>(regionfield::name(regionfield::ClassIndex),
                                                categories);
}

} // namespace wijk
