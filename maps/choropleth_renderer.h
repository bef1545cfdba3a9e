// The QGIS renderer of a choropleth: a categorized renderer (one category per legend entry)
// that finds each region's entry in a side table keyed by feature id instead of reading an
// attribute. A restyle of ~14,000 buurten then writes no attributes at all: apply() builds
// a new table and a new renderer; drawing costs a hash lookup per feature and no expression.
#pragma once

#include "map_value.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>
#include <map>
#include <memory>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeature.h>
#include <qgsfeatureid.h>

class QgsFillSymbol;

namespace wijk::maps {

//! Legend keys besides the class indices 0..n-1.
namespace legendkey {
constexpr int Missing = -1;
constexpr int Suppressed = -2;
constexpr int SmallNumbers = -4; //!< legend-only: explains the small-numbers dots
constexpr int SignalWorse = 0;
constexpr int SignalBetter = 1;
constexpr int SignalNone = 2;
constexpr int ClusterHighHigh = 0;
constexpr int ClusterLowLow = 1;
constexpr int ClusterHighLow = 2;
constexpr int ClusterLowHigh = 3;
constexpr int ClusterNone = 4;
} // namespace legendkey

struct LegendEntry
{
    enum class Look
    {
        Plain,           //!< a fill in the class colour
        SuppressedHatch, //!< grey with dark hatching
        TrendHatch,      //!< the colour with the not-significant hatching
        SmallNumbersDots //!< the colour with dots: shown, but resting on small numbers
    };
    int key = 0;
    QString label;
    QColor fill;
    Look look = Look::Plain;
    int count = 0; //!< regions in this entry
};

//! How one region is drawn: its legend key, whether its trend is hatched, and whether its
//! value rests on small numbers (dotted; wins over the trend hatching).
struct RegionStyle
{
    qint16 key = legendkey::Missing;
    bool hatched = false;
    bool smallNumbers = false;
};

//! The style of every region of a layer, by feature id. Immutable once a renderer holds it,
//! so that a render running in a worker thread never sees a half-written table.
using RegionStyles = QHash<QgsFeatureId, RegionStyle>;

//! Draws each region with the category of its legend key in the side table (regions not in
//! the table: "no data"); hatched regions get the hatched variant of their class symbol.
//! Selected regions keep their class colour: QGIS would fill them with the selection colour,
//! which reads as another class (yellow is a YlOrRd class). Their contour, a dark line with
//! a white halo, is drawn after all regions, so that no neighbour covers it.
class ChoroplethRenderer : public QgsCategorizedSymbolRenderer
{
public:
    ChoroplethRenderer(const QgsCategoryList &categories,
                       std::shared_ptr<const RegionStyles> styles);
    ~ChoroplethRenderer() override;

    //! The symbol for regions of this legend key whose trend is not significant (owned).
    void setHatchedSymbol(int key, QgsSymbol *symbol);
    //! The symbol for regions of this legend key whose value rests on small numbers (owned).
    void setSmallNumbersSymbol(int key, QgsSymbol *symbol);

    ChoroplethRenderer *clone() const override;
    QgsSymbol *symbolForFeature(const QgsFeature &feature,
                                QgsRenderContext &context) const override;
    QgsSymbol *originalSymbolForFeature(const QgsFeature &feature,
                                        QgsRenderContext &context) const override;
    QSet<QString> legendKeysForFeature(const QgsFeature &feature,
                                       QgsRenderContext &context) const override;
    //! Draws the region unselected; a selected one is kept for its contour (stopRender()).
    bool renderFeature(const QgsFeature &feature, QgsRenderContext &context, int layer = -1,
                       bool selected = false, bool drawVertexMarker = false) override;
    void startRender(QgsRenderContext &context, const QgsFields &fields) override;
    //! Draws the contours of the selected regions above every region, then ends.
    void stopRender(QgsRenderContext &context) override;
    //! Only what the symbols need: the side table replaces the class attribute.
    QSet<QString> usedAttributes(const QgsRenderContext &context) const override;
    //! No filter: every region is drawn (the base class filters on the class attribute).
    QString filter(const QgsFields &fields = QgsFields()) override;
    QgsSymbolList symbols(QgsRenderContext &context) const override;

    //! The style of a feature (no data when the table does not hold it).
    RegionStyle styleOf(QgsFeatureId id) const;
    const std::shared_ptr<const RegionStyles> &styles() const { return mStyles; }

private:
    std::shared_ptr<const RegionStyles> mStyles;
    std::map<int, std::unique_ptr<QgsSymbol>> mHatched;
    std::map<int, std::unique_ptr<QgsSymbol>> mSmallNumbers;
    QHash<int, QgsSymbol *> mActive; //!< key -> category symbol, while rendering
    QHash<int, int> mCategoryIndex;  //!< key -> category index (legend keys)
    QgsFeatureList mSelected;        //!< selected regions drawn while rendering
};

//! The selection's contour: a polygon symbol without fill, only an outline (widthMm).
QgsFillSymbol *createSelectionContour(const QColor &colour, double widthMm);

//! A polygon fill: colour, thin white outline, optional hatching.
QgsFillSymbol *createRegionFill(const QColor &fill, LegendEntry::Look look);

//! The renderer for the given legend (order as given) drawing the regions of styles. In
//! trend mode each plain class also gets its hatched variant for regions marked `hatched`
//! (non-significant trends outside a neutral class: classes fixed from other values).
//! Every class also gets its dotted variant for regions marked `smallNumbers`.
std::unique_ptr<ChoroplethRenderer>
createChoroplethRenderer(MapMode mode, const QVector<LegendEntry> &legend,
                         std::shared_ptr<const RegionStyles> styles);

//! The legend labels of the fixed entries (translated).
QString missingLabel();
QString suppressedLabel();
QString trendNotSignificantLabel();
QString smallNumbersLabel();
QString signalLabel(MapSignal signal);
//! The legend key of a local Moran cluster (legendkey::ClusterHighHigh ...).
int clusterLegendKey(engine::LisaCluster cluster);

} // namespace wijk::maps
