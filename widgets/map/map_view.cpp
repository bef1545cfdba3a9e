#include "map/map_view.h"

#include "map/map_controls.h"
#include "map/map_pick_tool.h"
#include "map/scale_bar_overlay.h"
#include "read_only_vector.h"
#include "region_labels.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
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

QToolButton *makeButton(QWidget *parent, const QString &icon, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    mCanvas = new QgsMapCanvas(this);
    mCanvas->setObjectName(QStringLiteral("mapCanvas"));
    mCanvas->setCanvasColor(QColor(248, 248, 246));
    // No selection colour: the regions' renderer draws selected regions in their class
    // colour with a contour (maps/choropleth_renderer.h).
    mCanvas->setPreviewJobsEnabled(false);
    // No render cache: with it, a render job cancelled without blocking (a layer rebuilt
    // while drawing) later stores an image for a deleted layer and crashes in QGIS 3.22
    // (app/test_gui_layout_language). The kept-labels gain therefore applies to cached
    // renders only, not yet to this canvas (docs/maps.md).
    mCanvas->setMinimumSize(240, 200);
    mTool = new MapPickTool(mCanvas);
    mCanvas->setMapTool(mTool);
    mScaleBar = new ScaleBarOverlay(mCanvas);
    mMessage = new QLabel(mCanvas);
    mMessage->setObjectName(QStringLiteral("mapMessage"));
    mMessage->setWordWrap(true);
    mMessage->setAlignment(Qt::AlignCenter);
    mMessage->setTextFormat(Qt::PlainText);
    mMessage->hide();
    mImportBoundaries = new QPushButton(mCanvas);
    mImportBoundaries->setObjectName(QStringLiteral("importBoundaries"));
    mImportBoundaries->hide();
    connect(mImportBoundaries, &QPushButton::clicked, this, &MapView::importBoundariesRequested);
    auto *messageLayout = new QVBoxLayout(mCanvas);
    messageLayout->addStretch();
    messageLayout->addWidget(mMessage, 0, Qt::AlignCenter);
    messageLayout->addWidget(mImportBoundaries, 0, Qt::AlignCenter);
    messageLayout->addStretch();
    connect(mTool, &MapPickTool::hovered, this, &MapView::onHover);
    connect(mTool, &MapPickTool::clicked, this, [this](const QgsPointXY &point, bool add) {
        emit regionClicked(regionAt(point), add);
    });

    mControls = new MapControls(this);
    connect(mControls, &MapControls::styleChanged, this, &MapView::styleChanged);
    connect(mControls, &MapControls::fixedClassesChanged, this, &MapView::fixedClassesChanged);
    connect(mControls, &MapControls::periodChanged, this, &MapView::periodChanged);
    mZoomFull = makeButton(this, QStringLiteral("zoom-full"), QStringLiteral("zoomFull"));
    mZoomSelection =
        makeButton(this, QStringLiteral("zoom-selection"), QStringLiteral("zoomSelection"));
    mBackgroundButton =
        makeButton(this, QStringLiteral("layer-add"), QStringLiteral("addBackground"));
    connect(mZoomFull, &QToolButton::clicked, this, &MapView::zoomToFullExtent);
    connect(mZoomSelection, &QToolButton::clicked, this, &MapView::zoomToSelection);
    connect(mBackgroundButton, &QToolButton::clicked, this, &MapView::chooseBackgroundLayer);

    mLegendTitle = new QLabel(this);
    mLegendTitle->setObjectName(QStringLiteral("legendTitle"));
    mLegendTitle->setWordWrap(true);
    mLegend = new QListWidget(this);
    mLegend->setObjectName(QStringLiteral("mapLegend"));
    mLegend->setFrameShape(QFrame::NoFrame);
    mLegend->setSelectionMode(QAbstractItemView::NoSelection);
    mLegend->setFocusPolicy(Qt::NoFocus);
    mLegend->setWordWrap(true);
    mLegend->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mLegend->setTextElideMode(Qt::ElideNone);
    // No scroll bar unless the entries do not fit: QListView lays wrapped entries out for the
    // width left beside a scroll bar whenever one may appear (ScrollBarAsNeeded), so an entry
    // that just fits the full width was three lines high with a blank third line.
    mLegend->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(mLegend->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { QTimer::singleShot(0, this, &MapView::updateLegendScrollBar); });
    mLegend->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    auto *legendPanel = new QWidget(this);
    auto *legendLayout = new QVBoxLayout(legendPanel);
    legendLayout->setContentsMargins(6, 6, 6, 6);
    legendLayout->addWidget(mLegendTitle);
    legendLayout->addWidget(mLegend, 1);
    legendPanel->setMinimumWidth(150);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mapSplitter"));
    splitter->addWidget(mCanvas);
    splitter->addWidget(legendPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({600, 210});

    // The navigation buttons sit under the map, next to the years: the row above must fit
    // the map's width beside the docks of a 1024 px wide window.
    QHBoxLayout *periods = mControls->periodRow();
    periods->addWidget(mZoomFull);
    periods->addWidget(mZoomSelection);
    periods->addWidget(mBackgroundButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(mControls->styleRow());
    layout->addWidget(splitter, 1);
    layout->addLayout(periods);
    retranslate();
}

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

void MapView::updateLegendScrollBar()
{
    // The range is kept up to date with the bar off too. On only while the entries overflow
    // (laid out narrower then, they overflow still: no flip-flop).
    const bool overflows = mLegend->verticalScrollBar()->maximum() > 0;
    const Qt::ScrollBarPolicy wanted = overflows ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff;
    if (mLegend->verticalScrollBarPolicy() != wanted)
        mLegend->setVerticalScrollBarPolicy(wanted);
}

bool MapView::legendScrolls() const
{
    return mLegend->verticalScrollBar()->maximum() > 0;
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

maps::MapStyleChoice MapView::style() const
{
    return mControls->style();
}

void MapView::setPeriods(const QVector<int> &periods)
{
    mControls->setPeriods(periods);
}

void MapView::setPeriod(int period)
{
    mControls->setPeriod(period);
}

int MapView::period() const
{
    return mControls->period();
}

bool MapView::isPlaying() const
{
    return mControls->isPlaying();
}

void MapView::togglePlay(bool play)
{
    mControls->togglePlay(play);
}

maps::MapMode MapView::mode() const
{
    return mControls->mode();
}

void MapView::setMode(maps::MapMode mode)
{
    mControls->setMode(mode);
}

maps::ClassificationMethod MapView::classificationMethod() const
{
    return mControls->classificationMethod();
}

void MapView::setClassificationMethod(maps::ClassificationMethod method)
{
    mControls->setClassificationMethod(method);
}

int MapView::classCount() const
{
    return mControls->classCount();
}

void MapView::setClassCount(int classes)
{
    mControls->setClassCount(classes);
}

void MapView::setClassificationEnabled(bool enabled)
{
    mControls->setClassificationEnabled(enabled);
}

bool MapView::fixedClasses() const
{
    return mControls->fixedClasses();
}

void MapView::setFixedClasses(bool fixed)
{
    mControls->setFixedClasses(fixed);
}

QString MapView::classificationText() const
{
    return mControls->classificationText();
}

void MapView::setMessage(const QString &message, bool offerBoundaryImport)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
    mImportBoundaries->setVisible(!message.isEmpty() && offerBoundaryImport);
}

QString MapView::message() const
{
    return mMessage->text();
}

QString MapView::legendTitle() const
{
    return mLegendTitle->text();
}

void MapView::setLegendTitle(const QString &title)
{
    mLegendTitle->setText(title);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        mControls->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MapView::retranslate()
{
    mImportBoundaries->setText(tr("Import boundaries…"));
    mZoomFull->setToolTip(tr("Zoom to all regions"));
    mZoomSelection->setToolTip(tr("Zoom to the selected regions"));
    mBackgroundButton->setToolTip(tr("Add background layer…"));
}

} // namespace wijk::widgets
