// A region layer styled as a choropleth: values in, classified, coloured and labelled.
// Built once per level/vintage; apply() restyles in place for a new indicator, period or
// mode (no geometry reload, no attribute writes except changed label texts): the legend key
// of every region goes into a side table the renderer reads. This is what the canvas, the
// CLI and the reports draw.
#pragma once

#include "choropleth_classification.h"
#include "choropleth_renderer.h"
#include "map_value.h"
#include "region_labels.h"
#include "region_layer.h"

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QVariant>
#include <QVector>
#include <memory>

namespace wijk::maps {

enum class LabelContent
{
    None,
    Name,
    NameAndValue
};

//! How to style one map.
struct ChoroplethSpec
{
    MapMode mode = MapMode::Value;
    Polarity polarity = Polarity::Neutral;
    //! Method, classes, breaks, locale, and the indicator's display decimals (trend maps
    //! show one more: slopes per year are small). Change and trend maps are classed
    //! diverging (classifyDiverging()) whatever is asked.
    ClassificationRequest classification;
    LabelContent labels = LabelContent::Name;
    RegionLabelStyle labelStyle;
    //! When not empty, the classes are computed from these values (e.g. every year of the
    //! series, so that playing through the years shows growth) instead of from the values
    //! drawn; values of codes the layer does not have are left out.
    QVector<MapValue> classBasis;
};

class ChoroplethLayer
{
public:
    explicit ChoroplethLayer(std::unique_ptr<RegionLayer> regions);
    ~ChoroplethLayer();

    //! Loads the regions of source (once) and styles them; nullptr and error on failure.
    [[nodiscard]] static std::unique_ptr<ChoroplethLayer> create(const RegionSource &source,
                                                                 const QVector<MapValue> &values,
                                                                 const ChoroplethSpec &spec,
                                                                 QString *error);

    //! Restyles for new values/spec: a new side table and renderer, changed labels, repaint.
    //! Regions without a value become "no data"; values for unknown codes are counted.
    [[nodiscard]] bool apply(const QVector<MapValue> &values, const ChoroplethSpec &spec,
                             QString *error);

    //! The filled regions (their label layer is a child: see regionLabelLayer()).
    QgsVectorLayer *layer() const { return mRegions->layer(); }
    //! The label-only layer drawn above layer(); a restyle repaints it only when texts change.
    QgsVectorLayer *labelLayer() const { return mLabelLayer; }
    //! The layers to draw, top first: labels, then regions.
    QList<QgsMapLayer *> layers() const;
    RegionLayer &regions() const { return *mRegions; }
    const ChoroplethSpec &spec() const { return mSpec; }
    //! The classes of the last apply() (empty in signals mode).
    const Classification &classification() const { return mClassification; }
    //! The legend entries of the last apply(), in legend order, with region counts.
    const QVector<LegendEntry> &legend() const { return mLegend; }
    //! Codes of values given to apply() that are not regions of this layer.
    const QStringList &unknownCodes() const { return mUnknownCodes; }
    //! How a region is drawn since the last apply() (legend key, hatching).
    RegionStyle styleOf(const QString &code) const;
    //! The label text of a region since the last apply() (empty without labels).
    QString labelOf(const QString &code) const { return mLabels.value(mRegions->featureId(code)); }

private:
    std::unique_ptr<RegionLayer> mRegions;
    ChoroplethSpec mSpec;
    Classification mClassification;
    QVector<LegendEntry> mLegend;
    QStringList mUnknownCodes;
    std::shared_ptr<const RegionStyles> mStyles;
    QgsVectorLayer *mLabelLayer = nullptr;        //!< owned by the region layer
    QHash<QgsFeatureId, QgsFeatureId> mLabelFids; //!< region fid -> label layer fid
    RegionLabelStyle mLabelStyle;                 //!< as last applied to mLabelLayer
    bool mLabelStyleApplied = false;
    QHash<QgsFeatureId, QString> mLabels;     //!< label texts as written to the label layer
    QHash<QByteArray, Classification> mCache; //!< breaks by request and values
};

//! The number a mode maps (value, change or slope); NaN when the region has none.
double mappedNumber(const MapValue &value, MapMode mode);

//! Whether a mode is classed diverging: each side of 0, with a neutral class (change, trend).
bool isDiverging(MapMode mode);

//! Whether a region has no direction in a change or trend map, and so belongs in the
//! neutral class: a trend that is not significant (or a significant slope of exactly 0,
//! which has no side), a change that is 0 at the decimals shown. False without a number.
bool isNeutral(const MapValue &value, MapMode mode, int decimals);

//! The neutral class's legend text in a change or trend map.
QString neutralClassLabel(MapMode mode);

} // namespace wijk::maps
