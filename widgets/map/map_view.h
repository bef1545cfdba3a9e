// The map panel: a QGIS canvas with the region layer, a legend, a scale bar, and the
// controls (MapControls) for map mode, classification and the period.
// It mirrors the linked region selection into the layer and reports clicks and hovers;
// styling itself is done by the caller (maps/) when styleChanged/periodChanged fire.
#pragma once

#include "map_style_choice.h"

#include <QIcon>
#include <QSet>
#include <QVector>
#include <QWidget>
#include <functional>
#include <qgsfeatureid.h>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QgsMapCanvas;
class QgsMapLayer;
class QgsPointXY;
class QgsVectorLayer;

namespace wijk::widgets {

class MapControls;
class MapPickTool;
class ScaleBarOverlay;

class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    //! Shows this region layer (not owned); codeField holds the region code of each feature.
    void setRegionLayer(QgsVectorLayer *layer, const QString &codeField = QStringLiteral("code"));
    QgsVectorLayer *regionLayer() const { return mLayer; }
    QgsMapCanvas *canvas() const { return mCanvas; }

    //! Text for the hover tooltip of a region (name, value, status, trend), given its code.
    void setTooltipProvider(std::function<QString(const QString &code)> provider);
    //! The tooltip text the view would show for a region.
    QString tooltipFor(const QString &code) const;

    //! Region code under a map point (empty when none).
    QString regionAt(const QgsPointXY &mapPoint) const;
    //! Feature id of a region in the layer (-1 / FID_NULL when absent).
    QgsFeatureId featureId(const QString &code) const;

    //! Replaces the layer's selection by these regions; no signal is sent back.
    void setSelectedRegions(const QSet<QString> &codes);
    //! Applies a selection delta (what RegionSelection::changed gives).
    void applySelectionDelta(const QStringList &added, const QStringList &removed);
    QSet<QString> selectedRegions() const;

    //! The mode, classification and period controls above and under the map.
    MapControls *controls() const { return mControls; }
    //! What the controls ask for: mode, method, classes, fixed classes.
    maps::MapStyleChoice style() const;
    // The controls' state, for callers and tests that drive the view (see MapControls).
    void setPeriods(const QVector<int> &periods);
    void setPeriod(int period);
    int period() const;
    bool isPlaying() const;
    maps::MapMode mode() const;
    void setMode(maps::MapMode mode);
    maps::ClassificationMethod classificationMethod() const;
    void setClassificationMethod(maps::ClassificationMethod method);
    int classCount() const;
    void setClassCount(int classes);
    void setClassificationEnabled(bool enabled);
    bool fixedClasses() const;
    void setFixedClasses(bool fixed);
    QString classificationText() const;

    //! Re-reads the legend from the layer's renderer (call after restyling) and repaints.
    void refresh();
    //! Legend entries as shown (label per line): the regions' classes, then each background
    //! layer (top first) by name with its own entries (symbols, raster colours).
    QStringList legendLabels() const;
    //! Whether the legend's entries overflow its panel (then it scrolls).
    bool legendScrolls() const;
    //! Sets the legend's title (indicator, unit, period).
    void setLegendTitle(const QString &title);
    QString legendTitle() const;
    //! A plain message shown in the middle of the map area instead of a blank canvas (e.g.
    //! "Geen grenzen voor de indeling van 2024"); an empty text hides it. With
    //! offerBoundaryImport a button "Import boundaries…" under it emits
    //! importBoundariesRequested().
    void setMessage(const QString &message, bool offerBoundaryImport = false);
    //! The message shown, empty when none.
    QString message() const;

    //! Loads any layer QGIS reads (GeoPackage, MBTiles, GeoTIFF, shapefile…) under the regions.
    bool addBackgroundLayer(const QString &path, QString *error);
    void removeBackgroundLayers();
    int backgroundLayerCount() const { return mBackground.size(); }

public slots:
    void zoomToFullExtent();
    void zoomToSelection();
    void togglePlay(bool play);
    void chooseBackgroundLayer();

signals:
    //! A click on the map: a region (empty when the click hit nothing); add: Ctrl held.
    void regionClicked(const QString &code, bool add);
    void periodChanged(int period);
    //! Mode, classification method, class count or fixed classes changed.
    void styleChanged();
    //! The fixed-classes choice changed (the ranking's axis follows it too).
    void fixedClassesChanged(bool fixed);
    //! The button under the map's message asks for an import of boundaries.
    void importBoundariesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    //! One line of the legend panel.
    struct LegendLine
    {
        QIcon icon;
        QString text;
        bool heading = false;
    };
    void retranslate();
    void rebuildLegend();
    //! A scroll bar beside the legend only while its entries overflow.
    void updateLegendScrollBar();
    //! The legend lines of a background layer, from QGIS's own legend of that layer.
    static QVector<LegendLine> backgroundLegend(QgsMapLayer *layer, const QSize &iconSize);
    void updateCanvasLayers();
    void onHover(const QgsPointXY &point, const QPoint &globalPos);
    QgsFeatureIds idsFor(const QStringList &codes) const;

    QgsMapCanvas *mCanvas = nullptr;
    MapPickTool *mTool = nullptr;
    ScaleBarOverlay *mScaleBar = nullptr;
    QgsVectorLayer *mLayer = nullptr;
    QString mCodeField;
    QHash<QString, QgsFeatureId> mIds;
    QHash<QgsFeatureId, QString> mCodes;
    QList<QgsMapLayer *> mBackground;
    QVector<LegendLine> mBackgroundLegend; //!< built when background layers change
    std::function<QString(const QString &)> mTooltip;

    MapControls *mControls = nullptr;
    QToolButton *mZoomFull = nullptr;
    QToolButton *mZoomSelection = nullptr;
    QToolButton *mBackgroundButton = nullptr;
    QLabel *mLegendTitle = nullptr;
    QLabel *mMessage = nullptr;
    QPushButton *mImportBoundaries = nullptr;
    QListWidget *mLegend = nullptr;
    QString mLastHover;
};

} // namespace wijk::widgets
