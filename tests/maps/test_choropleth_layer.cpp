// The styled region layer: loaded once, restyled in place (same provider, same feature ids,
// legend keys in the renderer's side table), missing and suppressed regions with their own
// legend entries, labels on, every mode, classifications cached.
#include "choropleth_layer.h"
#include "maps_fixture.h"
#include "qgis_test_main.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaplayerlegend.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgspallabeling.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

using namespace wijk;

class TestChoroplethLayer : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mGpkg;

    QHash<QString, QVariant> attributeByCode(QgsVectorLayer *layer, regionfield::Index field)
    {
        QHash<QString, QVariant> result;
        QgsFeature f;
        auto it = layer->getFeatures();
        while (it.nextFeature(f))
            result.insert(f.attribute(regionfield::Code).toString(), f.attribute(field));
        return result;
    }
    struct Drawn
    {
        int key = 99;         //!< the legend entry whose colour the region is drawn in
        int symbolLayers = 0; //!< 2 when hatched
    };
    //! What the layer's renderer draws each region with, asked as QGIS asks it.
    QHash<QString, Drawn> drawn(QgsVectorLayer *layer)
    {
        QHash<QString, Drawn> result;
        auto *renderer = dynamic_cast<ChoroplethRenderer *>(layer->renderer());
        if (!renderer)
            return result;
        QgsRenderContext context;
        renderer->startRender(context, layer->fields());
        QgsFeature f;
        auto it = layer->getFeatures();
        while (it.nextFeature(f)) {
            Drawn d;
            if (QgsSymbol *symbol = renderer->symbolForFeature(f, context)) {
                d.symbolLayers = symbol->symbolLayerCount();
                for (const QgsRendererCategory &category : renderer->categories()) {
                    if (category.symbol()->color() == symbol->color())
                        d.key = category.value().toInt();
                }
            }
            result.insert(f.attribute(regionfield::Code).toString(), d);
        }
        renderer->stopRender(context);
        return result;
    }
    //! Renders the map's layers as the canvas does, with its cache.
    static void render(const ChoroplethLayer &layer, QgsMapRendererCache *cache)
    {
        QgsMapSettings settings;
        settings.setLayers(layer.layers());
        settings.setDestinationCrs(layer.layer()->crs());
        settings.setOutputSize(QSize(400, 300));
        settings.setExtent(layer.regions().extentOf());
        QgsMapRendererParallelJob job(settings);
        job.setCache(cache);
        job.start();
        job.waitForFinished();
    }

    std::unique_ptr<ChoroplethLayer> makeLayer(const ChoroplethSpec &spec)
    {
        QString error;
        auto layer =
            ChoroplethLayer::create(RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024),
                                    test::sampleValues(), spec, &error);
        if (!layer)
            qWarning() << error;
        return layer;
    }
    QStringList legendLabels(const ChoroplethLayer &layer)
    {
        QStringList labels;
        for (const LegendEntry &e : layer.legend())
            labels << e.label;
        return labels;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mGpkg = test::writeRegionsGeoPackage(mDir.path());
        QVERIFY(QFile::exists(mGpkg));
    }
    void loadsOneLevelOnly()
    {
        QString error;
        auto regions =
            RegionLayer::load(RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), &error);
        QVERIFY2(regions, qPrintable(error));
        QCOMPARE(regions->regionCount(), 12);
        QVERIFY(regions->featureId(QStringLiteral("GM0001")) == FID_NULL);
        QCOMPARE(regions->layer()->crs().authid(), QStringLiteral("EPSG:28992"));
        QCOMPARE(regions->regionName(QStringLiteral("WK000107")), QStringLiteral("Wijk 7"));
        const QgsRectangle extent = regions->extentOf({QStringLiteral("WK000101")});
        QCOMPARE(extent.width(), 1000.0);
    }
    void badSourcesReportClearly()
    {
        QString error;
        QVERIFY(!RegionLayer::load(
            RegionSource::workspace(QStringLiteral("/nope.gpkg"), RegionLevel::Wijk, 0), &error));
        QVERIFY(error.contains(QStringLiteral("/nope.gpkg")));
        RegionSource source = RegionSource::workspace(mGpkg, RegionLevel::Wijk, 0);
        source.codeField = QStringLiteral("statcode");
        QVERIFY(!RegionLayer::load(source, &error));
        QVERIFY2(error.contains(QStringLiteral("statcode")), qPrintable(error));
        QVERIFY(!RegionLayer::load(RegionSource::workspace(mGpkg, RegionLevel::Buurt, 0), &error));
        QVERIFY2(error.contains(QStringLiteral("no regions")), qPrintable(error));
    }
    void valueModeClassesAndWithheldEntries()
    {
        ChoroplethSpec spec;
        spec.classification.classes = 4;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000103")).key), legendkey::Suppressed);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000105")).key), legendkey::Missing);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000101")).key), 0);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000112")).key), 3);
        // ... and that is what the renderer draws.
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.size(), 12);
        QCOMPARE(shown.value(QStringLiteral("WK000103")).key, legendkey::Suppressed);
        QCOMPARE(shown.value(QStringLiteral("WK000103")).symbolLayers, 2); // hatched grey
        QCOMPARE(shown.value(QStringLiteral("WK000105")).key, legendkey::Missing);
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key, 0);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, 3);
        const QStringList labels = legendLabels(*layer);
        QCOMPARE(labels.size(), 6);
        QVERIFY(labels.contains(missingLabel()));
        QVERIFY(labels.contains(suppressedLabel()));
        QVERIFY2(labels.first().contains(QStringLiteral("2,5 – ")), qPrintable(labels.first()));
        // The renderer is what legends show: same entries; a categorized renderer (layouts
        // list such layers first) that needs no attribute and filters nothing.
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        QVERIFY(renderer);
        QVERIFY(renderer->filter().isEmpty());
        QVERIFY(renderer->usedAttributes(QgsRenderContext()).isEmpty());
        QCOMPARE(renderer->categories().size(), 6);
        QCOMPARE(renderer->categories().at(5).label(), suppressedLabel());
        QCOMPARE(renderer->categories().at(5).symbol()->symbolLayerCount(), 2); // hatched
        QCOMPARE(renderer->categories().at(4).symbol()->symbolLayerCount(), 1);
        int counted = 0;
        for (const LegendEntry &e : layer->legend())
            counted += e.count;
        QCOMPARE(counted, 12);
    }
    //! A value on small numbers is shown in its class, dotted, with a legend entry of its own
    //! (not the withheld one); the class's legend icon stays plain.
    void smallNumbersAreDottedInTheirClass()
    {
        QVector<MapValue> values = test::sampleValues();
        for (MapValue &v : values)
            v.smallNumbers = v.code == QLatin1String("WK000112");
        ChoroplethSpec spec;
        spec.classification.classes = 4;
        QString error;
        auto layer = ChoroplethLayer::create(
            RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), values, spec, &error);
        QVERIFY2(layer, qPrintable(error));
        const RegionStyle small = layer->styleOf(QStringLiteral("WK000112"));
        QCOMPARE(int(small.key), 3); // its class, not withheld
        QVERIFY(small.smallNumbers);
        QVERIFY(!layer->styleOf(QStringLiteral("WK000111")).smallNumbers);
        const QStringList labels = legendLabels(*layer);
        QVERIFY(labels.contains(smallNumbersLabel()));
        QVERIFY(labels.contains(suppressedLabel()));
        QVERIFY(smallNumbersLabel() != suppressedLabel());
        for (const LegendEntry &e : layer->legend())
            if (e.key == legendkey::SmallNumbers)
                QCOMPARE(e.count, 1);
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, 3);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).symbolLayers, 2); // fill + dots
        QCOMPARE(shown.value(QStringLiteral("WK000111")).symbolLayers, 1);
        // Without small numbers there is no such entry.
        auto plain = makeLayer(spec);
        QVERIFY(!legendLabels(*plain).contains(smallNumbersLabel()));
    }

    void restyleKeepsGeometryAndIds()
    {
        ChoroplethSpec spec;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        QgsVectorDataProvider *provider = layer->layer()->dataProvider();
        const auto idsBefore = layer->regions().featureIds();
        QVector<MapValue> other = test::sampleValues();
        for (MapValue &v : other)
            v.value = 100 - v.value;
        ChoroplethSpec change = spec;
        change.mode = MapMode::Change;
        change.polarity = Polarity::LowerIsBetter;
        QString error;
        QVERIFY2(layer->apply(other, change, &error), qPrintable(error));
        QCOMPARE(layer->layer()->dataProvider(), provider);
        QCOMPARE(layer->regions().featureIds(), idsBefore);
        QCOMPARE(layer->layer()->featureCount(), 12L);
        QCOMPARE(layer->layer()->fields().count(), int(regionfield::Count));
        // WK000104 is now classed (and drawn) by its change, -2.
        const int key = layer->styleOf(QStringLiteral("WK000104")).key;
        QVERIFY(key >= 0);
        QVERIFY(layer->classification().ranges[key].lower <= -2.0);
        QVERIFY(layer->classification().ranges[key].upper >= -2.0);
        QCOMPARE(drawn(layer->layer()).value(QStringLiteral("WK000104")).key, key);
        // change -5..6 symmetric around 0 with the diverging ramp
        QCOMPARE(layer->classification().ranges.first().lower,
                 -layer->classification().ranges.last().upper);
    }
    void unknownCodesAreReported()
    {
        ChoroplethSpec spec;
        auto layer = makeLayer(spec);
        QVector<MapValue> values = test::sampleValues();
        MapValue stray;
        stray.code = QStringLiteral("WK999999");
        stray.value = 1;
        stray.status = ValueStatus::Final;
        values.append(stray);
        QString error;
        QVERIFY(layer->apply(values, spec, &error));
        QCOMPARE(layer->unknownCodes(), QStringList{QStringLiteral("WK999999")});
    }
    void trendHatchesNonSignificant()
    {
        ChoroplethSpec spec;
        spec.mode = MapMode::Trend;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        QVERIFY(layer->styleOf(QStringLiteral("WK000101")).hatched);
        QVERIFY(!layer->styleOf(QStringLiteral("WK000102")).hatched);
        QVERIFY(!layer->styleOf(QStringLiteral("WK000103")).hatched); // suppressed: own look
        QVERIFY(legendLabels(*layer).contains(trendNotSignificantLabel()));
        // Drawn: non-significant regions hatched over their class colour, the others plain.
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000101")).symbolLayers, 2);
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key,
                 int(layer->styleOf(QStringLiteral("WK000101")).key));
        QCOMPARE(shown.value(QStringLiteral("WK000102")).symbolLayers, 1);
        // Legend icons of the classes stay plain; the hatching has its own entry.
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        const QgsLegendSymbolList items = renderer->legendSymbolItems();
        QCOMPARE(items.first().symbol()->symbolLayerCount(), 1);
        const auto hatchItem =
            std::find_if(items.begin(), items.end(), [](const QgsLegendSymbolItem &item) {
                return item.label() == trendNotSignificantLabel();
            });
        QVERIFY(hatchItem != items.end());
        QCOMPARE(hatchItem->symbol()->symbolLayerCount(), 2);
        // A clone (what every render job draws with) draws the same.
        std::unique_ptr<QgsFeatureRenderer> copy(renderer->clone());
        QgsRenderContext context;
        copy->startRender(context, layer->layer()->fields());
        const QgsFeature feature =
            layer->layer()->getFeature(layer->regions().featureId(QStringLiteral("WK000101")));
        QCOMPARE(copy->symbolForFeature(feature, context)->symbolLayerCount(), 2);
        copy->stopRender(context);
    }
    void signalsAreCategorical()
    {
        ChoroplethSpec spec;
        spec.mode = MapMode::Signals;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key, legendkey::SignalWorse);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, legendkey::SignalBetter);
        QCOMPARE(shown.value(QStringLiteral("WK000106")).key, legendkey::SignalNone);
        QCOMPARE(shown.value(QStringLiteral("WK000105")).key, legendkey::Missing);
        QCOMPARE(legendLabels(*layer).first(), signalLabel(MapSignal::Worse));
    }
    void labelsEnabled()
    {
        ChoroplethSpec spec;
        spec.labels = LabelContent::NameAndValue;
        auto layer = makeLayer(spec);
        // Labels are on their own layer, a child of the region layer; the regions have none.
        QgsVectorLayer *labelLayer = layer->labelLayer();
        QVERIFY(labelLayer);
        QCOMPARE(regionLabelLayer(layer->layer()), labelLayer);
        QCOMPARE(layer->layers(), (QList<QgsMapLayer *>{labelLayer, layer->layer()}));
        QCOMPARE(withRegionLabels({layer->layer()}), layer->layers());
        QVERIFY(!layer->layer()->labelsEnabled());
        QCOMPARE(labelLayer->featureCount(), layer->layer()->featureCount());
        QVERIFY(labelLayer->labelsEnabled());
        QVERIFY(labelLayer->labeling());
        const auto labels = attributeByCode(labelLayer, regionfield::Label);
        QCOMPARE(labels.value(QStringLiteral("WK000104")).toString(),
                 QStringLiteral("Wijk 4\n10,0"));
        QCOMPARE(labels.value(QStringLiteral("WK000105")).toString(), QStringLiteral("Wijk 5"));
        QCOMPARE(layer->labelOf(QStringLiteral("WK000104")), QStringLiteral("Wijk 4\n10,0"));
        // Labels show only zoomed in: from the scale at which a quarter of the 1 km squares
        // are 15 mm across.
        const QgsPalLayerSettings settings = labelLayer->labeling()->settings();
        QVERIFY(settings.scaleVisibility);
        QCOMPARE(settings.minimumScale, 1000.0 * 1000.0 / 15.0);
        QCOMPARE(layer->regions().labelScaleLimit(), 1000.0 * 1000.0 / 15.0);
        spec.labels = LabelContent::None;
        QString error;
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QVERIFY(!labelLayer->labelsEnabled());
        // An explicit 0 labels at every scale.
        spec.labels = LabelContent::Name;
        spec.labelStyle.hideBeyondScale = 0;
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QVERIFY(!labelLayer->labeling()->settings().scaleVisibility);
        QCOMPARE(attributeByCode(labelLayer, regionfield::Label)
                     .value(QStringLiteral("WK000104"))
                     .toString(),
                 QStringLiteral("Wijk 4"));
    }
    void restyleKeepsPlacedLabels()
    {
        // As on the canvas: one render cache; a restyle with name labels repaints the regions
        // only, so the cached label image (placed once) survives.
        ChoroplethSpec spec;
        spec.labels = LabelContent::Name;
        spec.labelStyle.hideBeyondScale = 0;
        auto layer = makeLayer(spec);
        QgsVectorLayer *labelLayer = layer->labelLayer();
        const QgsAbstractVectorLayerLabeling *labeling = labelLayer->labeling();
        QgsMapRendererCache cache;
        render(*layer, &cache);
        QVERIFY(cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));
        QVERIFY(cache.hasCacheImage(layer->layer()->id()));

        QSignalSpy labelRepaints(labelLayer, &QgsMapLayer::repaintRequested);
        QSignalSpy regionRepaints(layer->layer(), &QgsMapLayer::repaintRequested);
        QVector<MapValue> other = test::sampleValues();
        for (MapValue &v : other)
            v.value = 100 - v.value;
        QString error;
        QVERIFY(layer->apply(other, spec, &error));
        QCOMPARE(regionRepaints.count(), 1);
        QCOMPARE(labelRepaints.count(), 0);
        QCOMPARE(labelLayer->labeling(), labeling);
        QVERIFY(labelLayer->renderer());
        QCOMPARE(labelLayer->renderer()->type(), QStringLiteral("nullSymbol"));
        QVERIFY(!cache.hasCacheImage(layer->layer()->id()));
        QVERIFY(cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));

        // Texts with values change with the values: the labels are placed again.
        spec.labels = LabelContent::NameAndValue;
        QVERIFY(layer->apply(other, spec, &error));
        QCOMPARE(labelRepaints.count(), 1);
        QVERIFY(!cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));
        QCOMPARE(layer->labelOf(QStringLiteral("WK000104")), QStringLiteral("Wijk 4\n90,0"));
        render(*layer, &cache);
        QVERIFY(cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QCOMPARE(labelRepaints.count(), 2);
        QCOMPARE(attributeByCode(labelLayer, regionfield::Label)
                     .value(QStringLiteral("WK000104"))
                     .toString(),
                 QStringLiteral("Wijk 4\n10,0"));
    }
    void classificationsAreCachedAndStable()
    {
        // Same values and request: same breaks (from the cache); other values: new breaks.
        ChoroplethSpec spec;
        spec.classification.method = ClassificationMethod::Jenks;
        spec.classification.classes = 3;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const Classification first = layer->classification();
        QString error;
        QVector<MapValue> other = test::sampleValues();
        for (MapValue &v : other)
            v.value = v.value * v.value;
        QVERIFY(layer->apply(other, spec, &error));
        QVERIFY(layer->classification().ranges.last().upper != first.ranges.last().upper);
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QCOMPARE(layer->classification().ranges.size(), first.ranges.size());
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(layer->classification().ranges[i].upper, first.ranges[i].upper);
    }
};

WIJK_QGIS_TEST_MAIN(TestChoroplethLayer)
#include "test_choropleth_layer.moc"
