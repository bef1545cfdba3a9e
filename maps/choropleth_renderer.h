// The QGIS renderer of a choropleth: a categorized renderer keyed on the precomputed
// legend class of each region (the `cls` field). Keying on a class number, not on value
// ranges, keeps a restyle of ~14,000 buurten a hash lookup per feature, and gives missing
// and suppressed regions their own legend entries next to the classes.
#pragma once

#include "map_value.h"

#include <QColor>
#include <QString>
#include <QVector>
#include <memory>
#include <qgscategorizedsymbolrenderer.h>

class QgsFillSymbol;

namespace wijk {

//! Values of the `cls` field besides the class indices 0..n-1.
namespace legendkey {
constexpr int Missing = -1;
constexpr int Suppressed = -2;
constexpr int TrendNotSignificant = -3; //!< legend-only: explains the hatching
constexpr int SignalWorse = 0;
constexpr int SignalBetter = 1;
constexpr int SignalNone = 2;
} // namespace legendkey

struct LegendEntry
{
    enum class Look
    {
        Plain,           //!< a fill in the class colour
        SuppressedHatch, //!< grey with dark hatching
        TrendHatch       //!< the colour, hatched where the trend is not significant
    };
    int key = 0;
    QString label;
    QColor fill;
    Look look = Look::Plain;
    int count = 0; //!< regions in this entry
};

//! The categorized renderer of choropleths; its legend shows trend classes unhatched.
class ChoroplethRenderer : public QgsCategorizedSymbolRenderer
{
public:
    using QgsCategorizedSymbolRenderer::QgsCategorizedSymbolRenderer;
    ChoroplethRenderer *clone() const override;
    QgsLegendSymbolList legendSymbolItems() const override;
};

//! A polygon fill: colour, thin white outline, optional hatching.
QgsFillSymbol *createRegionFill(const QColor &fill, LegendEntry::Look look);

//! The renderer for the given legend (order as given). In trend mode every class also
//! hatches the regions whose `hatch` field is 1.
std::unique_ptr<QgsCategorizedSymbolRenderer>
createChoroplethRenderer(MapMode mode, const QVector<LegendEntry> &legend);

//! The legend labels of the fixed entries (translated).
QString missingLabel();
QString suppressedLabel();
QString trendNotSignificantLabel();
QString signalLabel(MapSignal signal);

} // namespace wijk
