// Region geometry loaded ONCE into an in-memory QGIS layer that also carries the values of
// the current map. Restyling rewrites attributes in place (changeAttributeValues on the
// memory provider); geometry, feature ids and the provider itself never change.
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

namespace wijk {

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
};

//! The attribute columns of a region layer, in field order.
namespace regionfield {
enum Index : int
{
    Code = 0,
    Name,
    Value,       //!< double, null when missing/suppressed
    Status,      //!< final/provisional/estimated/derived/suppressed/missing
    Label,       //!< the text the labeling engine draws
    Change,      //!< double
    Slope,       //!< Theil-Sen slope per year
    Significant, //!< 1/0, null without a trend
    Signal,      //!< verslechtering/verbetering/empty
    ClassIndex,  //!< the legend class (see choropleth_renderer.h), the renderer's key
    Hatch,       //!< 1 where the trend is not significant
    Count
};
QString name(Index index);
} // namespace regionfield

class RegionLayer
{
public:
    ~RegionLayer();

    //! Reads the source once into memory, reprojected to RD New (EPSG:28992).
    static std::unique_ptr<RegionLayer> load(const RegionSource &source, QString *error);

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
    //! Writes attribute changes (fid -> field index -> value) in one provider call.
    bool writeAttributes(const QgsChangedAttributesMap &changes);

private:
    RegionLayer() = default;
    std::unique_ptr<QgsVectorLayer> mLayer;
    QHash<QString, QgsFeatureId> mFids;
    QHash<QString, QString> mNames;
};

} // namespace wijk
