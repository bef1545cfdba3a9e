// Region geometry loaded ONCE into an in-memory QGIS layer (code, name and label text).
// Restyling never reloads it: geometry, feature ids and the provider itself never change.
// Label texts go to a label-only companion layer (region_labels.h).
#pragma once

#include "model/model.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <qgsfeature.h>
#include <qgsfeatureid.h>
#include <qgsrectangle.h>

class QgsVectorLayer;
class QgsVectorDataProvider;

namespace wijk::maps {

//! Where region geometry comes from: any OGR source (the workspace, a CBS GeoPackage, ...).
struct RegionSource
{
    QString path;
    QString layerName;                          //!< empty: the source's first layer
    QString codeField = QStringLiteral("code"); //!< e.g. "statcode" in CBS files
    QString nameField = QStringLiteral("name"); //!< e.g. "statnaam"
    QString filter;                             //!< an OGR SQL WHERE clause, may be empty
    QString displayName;                        //!< the layer's name in legends

    //! The workspace's `regions` table for one level and vintage (vintage 0: all vintages).
    static RegionSource workspace(const QString &workspacePath, RegionLevel level, int vintage);
    //! Narrows the filter to these codes (a focus: engine::RegionFocus); no codes: nothing.
    void restrictToCodes(const QStringList &codes);
};

//! The attribute columns of a region layer, in field order. The numbers of the current map
//! are not attributes: ChoroplethLayer keeps them in a side table the renderer reads.
namespace regionfield {
enum Index : int
{
    Code = 0,
    Name,
    Label, //!< the text the labeling engine draws (name, or name and value)
    Count
};
QString name(Index index);
} // namespace regionfield

class RegionLayer
{
public:
    ~RegionLayer();

    //! Reads the source once into memory, reprojected to RD New (EPSG:28992).
    [[nodiscard]] static std::unique_ptr<RegionLayer> load(const RegionSource &source,
                                                           QString *error);

    //! The layer maps, canvases and layouts draw (owned by this object).
    QgsVectorLayer *layer() const { return mLayer.get(); }
    QgsVectorDataProvider *provider() const;
    int regionCount() const { return mFids.size(); }
    QStringList codes() const { return mFids.keys(); }
    //! FID_NULL for an unknown code.
    QgsFeatureId featureId(const QString &code) const { return mFids.value(code, FID_NULL); }
    const QHash<QString, QgsFeatureId> &featureIds() const { return mFids; }
    QString regionName(const QString &code) const { return mNames.value(code); }
    //! The bounding box of the given regions (all regions when codes is empty).
    QgsRectangle extentOf(const QStringList &codes = QStringList()) const;
    //! The scale denominator beyond which region labels are hidden: the scale at which a
    //! quarter of the regions are at least 15 mm across (see docs/maps.md, "Labels").
    double labelScaleLimit() const { return mLabelScaleLimit; }

private:
    RegionLayer() = default;
    std::unique_ptr<QgsVectorLayer> mLayer;
    QHash<QString, QgsFeatureId> mFids;
    QHash<QString, QString> mNames;
    double mLabelScaleLimit = 0;
};

} // namespace wijk::maps
