// The styled region layer: loaded once, restyled in place (same provider, same feature ids,
// legend keys in the renderer's side table), missing and suppressed regions with their own
// legend entries, labels on, every mode, classifications cached.
#include "choropleth_colours.h"
#include "choropleth_layer.h"
#include "map_style_choice.h"
#include "maps_fixture.h"
#include "qgis_test_main.h"

#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaplayerlegend.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
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

    QHash<QString, QVariant> attributeByCode(QgsVectorLayer *layer, maps::regionfield::Index field)
    {
        QHash<QString, QVariant> result;
        QgsFeature f;
        auto it = layer->getFeatures();
        while (it.nextFeature(f))
            result.insert(f.attribute(maps::regionfield::Code).toString(), f.attribute(field));
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
        auto *renderer = dynamic_cast<maps::ChoroplethRenderer *>(layer->renderer());
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
            result.insert(f.attribute(maps::regionfield::Code).toString(), d);
        }
        renderer->stopRender(context);
        return result;
    }
    //! Renders the map's layers as the canvas does, with its cache.
    static void render(const maps::ChoroplethLayer &layer, QgsMapRendererCache *cache)
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

    std::unique_ptr<maps::ChoroplethLayer> makeLayer(const maps::ChoroplethSpec &spec)
    {
        QString error;
        auto layer = maps::ChoroplethLayer::create(
            maps::RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), test::sampleValues(),
            spec, &error);
        if (!layer)
            qWarning() << error;
        return layer;
    }
    QStringList legendLabels(const maps::ChoroplethLayer &layer)
    {
        QStringList labels;
        for (const maps::LegendEntry &e : layer.legend())
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
        auto regions = maps::RegionLayer::load(
            maps::RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), &error);
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
        QVERIFY(!maps::RegionLayer::load(
            maps::RegionSource::workspace(QStringLiteral("/nope.gpkg"), RegionLevel::Wijk, 0),
            &error));
        QVERIFY(error.contains(QStringLiteral("/nope.gpkg")));
        maps::RegionSource source = maps::RegionSource::workspace(mGpkg, RegionLevel::Wijk, 0);
        source.codeField = QStringLiteral("statcode");
        QVERIFY(!maps::RegionLayer::load(source, &error));
        QVERIFY2(error.contains(QStringLiteral("statcode")), qPrintable(error));
        QVERIFY(!maps::RegionLayer::load(
            maps::RegionSource::workspace(mGpkg, RegionLevel::Buurt, 0), &error));
        QVERIFY2(error.contains(QStringLiteral("no regions")), qPrintable(error));
    }
    void valueModeClassesAndWithheldEntries()
    {
        maps::ChoroplethSpec spec;
        spec.classification.classes = 4;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000103")).key), maps::legendkey::Suppressed);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000105")).key), maps::legendkey::Missing);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000101")).key), 0);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000112")).key), 3);
        // ... and that is what the renderer draws.
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.size(), 12);
        QCOMPARE(shown.value(QStringLiteral("WK000103")).key, maps::legendkey::Suppressed);
        QCOMPARE(shown.value(QStringLiteral("WK000103")).symbolLayers, 2); // hatched grey
        QCOMPARE(shown.value(QStringLiteral("WK000105")).key, maps::legendkey::Missing);
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key, 0);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, 3);
        const QStringList labels = legendLabels(*layer);
        QCOMPARE(labels.size(), 6);
        QVERIFY(labels.contains(maps::missingLabel()));
        QVERIFY(labels.contains(maps::suppressedLabel()));
        QVERIFY2(labels.first().contains(QStringLiteral("2,5 – ")), qPrintable(labels.first()));
        // The renderer is what legends show: same entries; a categorized renderer (layouts
        // list such layers first) that needs no attribute and filters nothing.
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        QVERIFY(renderer);
        QVERIFY(renderer->filter().isEmpty());
        QVERIFY(renderer->usedAttributes(QgsRenderContext()).isEmpty());
        QCOMPARE(renderer->categories().size(), 6);
        QCOMPARE(renderer->categories().at(5).label(), maps::suppressedLabel());
        QCOMPARE(renderer->categories().at(5).symbol()->symbolLayerCount(), 2); // hatched
        QCOMPARE(renderer->categories().at(4).symbol()->symbolLayerCount(), 1);
        int counted = 0;
        for (const maps::LegendEntry &e : layer->legend())
            counted += e.count;
        QCOMPARE(counted, 12);
    }
    //! A value on small numbers is shown in its class, dotted, with a legend entry of its own
    //! (not the withheld one); the class's legend icon stays plain.
    void smallNumbersAreDottedInTheirClass()
    {
        QVector<maps::MapValue> values = test::sampleValues();
        for (maps::MapValue &v : values)
            v.smallNumbers = v.code == QLatin1String("WK000112");
        maps::ChoroplethSpec spec;
        spec.classification.classes = 4;
        QString error;
        auto layer = maps::ChoroplethLayer::create(
            maps::RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), values, spec, &error);
        QVERIFY2(layer, qPrintable(error));
        const maps::RegionStyle small = layer->styleOf(QStringLiteral("WK000112"));
        QCOMPARE(int(small.key), 3); // its class, not withheld
        QVERIFY(small.smallNumbers);
        QVERIFY(!layer->styleOf(QStringLiteral("WK000111")).smallNumbers);
        const QStringList labels = legendLabels(*layer);
        QVERIFY(labels.contains(maps::smallNumbersLabel()));
        QVERIFY(labels.contains(maps::suppressedLabel()));
        QVERIFY(maps::smallNumbersLabel() != maps::suppressedLabel());
        for (const maps::LegendEntry &e : layer->legend())
            if (e.key == maps::legendkey::SmallNumbers)
                QCOMPARE(e.count, 1);
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, 3);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).symbolLayers, 2); // fill + dots
        QCOMPARE(shown.value(QStringLiteral("WK000111")).symbolLayers, 1);
        // Without small numbers there is no such entry.
        auto plain = makeLayer(spec);
        QVERIFY(!legendLabels(*plain).contains(maps::smallNumbersLabel()));
    }

    void restyleKeepsGeometryAndIds()
    {
        maps::ChoroplethSpec spec;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        QgsVectorDataProvider *provider = layer->layer()->dataProvider();
        const auto idsBefore = layer->regions().featureIds();
        QVector<maps::MapValue> other = test::sampleValues();
        for (maps::MapValue &v : other)
            v.value = 100 - v.value;
        maps::ChoroplethSpec change = spec;
        change.mode = maps::MapMode::Change;
        change.polarity = Polarity::LowerIsBetter;
        QString error;
        QVERIFY2(layer->apply(other, change, &error), qPrintable(error));
        QCOMPARE(layer->layer()->dataProvider(), provider);
        QCOMPARE(layer->regions().featureIds(), idsBefore);
        QCOMPARE(layer->layer()->featureCount(), 12L);
        QCOMPARE(layer->layer()->fields().count(), int(maps::regionfield::Count));
        // WK000104 is now classed (and drawn) by its change, -2.
        const int key = layer->styleOf(QStringLiteral("WK000104")).key;
        QVERIFY(key >= 0);
        QVERIFY(layer->classification().ranges[key].lower <= -2.0);
        QVERIFY(layer->classification().ranges[key].upper >= -2.0);
        QCOMPARE(drawn(layer->layer()).value(QStringLiteral("WK000104")).key, key);
        // change -5..6 diverging: falls, "no change" (WK000106), rises
        const maps::Classification &classes = layer->classification();
        QVERIFY(classes.diverging);
        QCOMPARE(classes.ranges.first().lower, -5.0);
        QCOMPARE(classes.ranges.last().upper, 6.0);
        QCOMPARE(int(layer->styleOf(QStringLiteral("WK000106")).key), classes.neutralClass);
        QCOMPARE(classes.ranges[classes.neutralClass].label,
                 maps::neutralClassLabel(maps::MapMode::Change));
    }
    void unknownCodesAreReported()
    {
        maps::ChoroplethSpec spec;
        auto layer = makeLayer(spec);
        QVector<maps::MapValue> values = test::sampleValues();
        maps::MapValue stray;
        stray.code = QStringLiteral("WK999999");
        stray.value = 1;
        stray.status = ValueStatus::Final;
        values.append(stray);
        QString error;
        QVERIFY(layer->apply(values, spec, &error));
        QCOMPARE(layer->unknownCodes(), QStringList{QStringLiteral("WK999999")});
    }
    void trendNeutralClassHoldsTheNonSignificant()
    {
        maps::ChoroplethSpec spec;
        spec.mode = maps::MapMode::Trend;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const maps::Classification &classes = layer->classification();
        QVERIFY(classes.neutralClass >= 0);
        // Odd regions: not significant, in the neutral class, hatched; even: by slope, but
        // WK000106's significant slope of 0 has no side.
        for (const maps::MapValue &v : test::sampleValues()) {
            if (!std::isfinite(v.slope))
                continue;
            const maps::RegionStyle style = layer->styleOf(v.code);
            QCOMPARE(int(style.key) == classes.neutralClass, !v.significant || v.slope == 0);
            QCOMPARE(style.hatched, !v.significant);
        }
        QVERIFY(!layer->styleOf(QStringLiteral("WK000103")).hatched); // suppressed: own look
        QCOMPARE(legendLabels(*layer).at(classes.neutralClass), maps::trendNotSignificantLabel());
        // Drawn: the neutral class hatched (its legend icon too), the others plain.
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000101")).symbolLayers, 2);
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key, classes.neutralClass);
        QCOMPARE(shown.value(QStringLiteral("WK000102")).symbolLayers, 1);
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        const QgsLegendSymbolList items = renderer->legendSymbolItems();
        QCOMPARE(items.at(classes.neutralClass).symbol()->symbolLayerCount(), 2);
        QCOMPARE(items.first().symbol()->symbolLayerCount(), 1);
        // A clone (what every render job draws with) draws the same.
        std::unique_ptr<QgsFeatureRenderer> copy(renderer->clone());
        QgsRenderContext context;
        copy->startRender(context, layer->layer()->fields());
        const QgsFeature feature =
            layer->layer()->getFeature(layer->regions().featureId(QStringLiteral("WK000101")));
        QCOMPARE(copy->symbolForFeature(feature, context)->symbolLayerCount(), 2);
        copy->stopRender(context);
    }
    void significantRiseIsNeverNeutral()
    {
        // As the demo's WOZ: every slope rising, the significant ones from 0.3 to 13.6 a
        // year, the others up to 18.7. Quantiles of |slope| mirrored around 0 put rises
        // below the first break in a middle class "−x – x" with the non-significant ones,
        // and left the falling classes empty.
        QVector<maps::MapValue> values = test::sampleValues();
        const double slopes[] = {18.7, 13.6, 0, 0.3, 0, 2.2, 9.5, 4.1, 1.1, 5.0, 3.3, 7.7};
        for (maps::MapValue &v : values) {
            if (!std::isfinite(v.slope))
                continue;
            v.slope = slopes[v.code.right(2).toInt() - 1];
            v.significant = v.code != QStringLiteral("WK000101") && v.slope > 1;
        }
        maps::ChoroplethSpec spec;
        spec.mode = maps::MapMode::Trend;
        spec.polarity = Polarity::HigherIsBetter;
        for (const auto method :
             {maps::ClassificationMethod::Quantile, maps::ClassificationMethod::EqualInterval,
              maps::ClassificationMethod::Jenks, maps::ClassificationMethod::StdDev,
              maps::ClassificationMethod::Pretty, maps::ClassificationMethod::Box}) {
            for (int n = 3; n <= 9; ++n) {
                // What the window and the command line apply (a box map: quantiles).
                spec.classification.method = maps::appliedMethod(spec.mode, method);
                spec.classification.classes = n;
                auto layer = makeLayer(spec);
                QString error;
                QVERIFY2(layer->apply(values, spec, &error), qPrintable(error));
                const maps::Classification &classes = layer->classification();
                QSet<int> neutralKeys;
                for (const maps::MapValue &v : values) {
                    if (!std::isfinite(v.slope))
                        continue;
                    const int key = layer->styleOf(v.code).key;
                    QVERIFY(key >= 0);
                    const maps::ClassRange &range = classes.ranges[key];
                    if (v.significant) // a class of rises only, not the neutral one
                        QVERIFY2(range.lower >= 0 && range.upper > 0 &&
                                     range.label != maps::trendNotSignificantLabel(),
                                 qPrintable(QStringLiteral("%1 (%2) in %3 (%4 classes)")
                                                .arg(v.code)
                                                .arg(v.slope)
                                                .arg(range.label)
                                                .arg(n)));
                    else
                        neutralKeys.insert(key);
                }
                // The non-significant regions share one class, which no significant joins.
                QCOMPARE(neutralKeys.size(), 1);
                // No class is empty.
                for (const maps::LegendEntry &entry : layer->legend())
                    QVERIFY2(entry.key < 0 || entry.count > 0, qPrintable(entry.label));
            }
        }
    }
    void changeNeutralStandsOutFromTheBackground()
    {
        // WK000106's change is 0: the neutral class. ColorBrewer's middle (#f7f7f7) is the
        // canvas's background (#f8f8f6) and paper white.
        maps::ChoroplethSpec spec;
        spec.mode = maps::MapMode::Change;
        spec.polarity = Polarity::LowerIsBetter;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const int key = layer->styleOf(QStringLiteral("WK000106")).key;
        QVERIFY(key >= 0);
        const QColor neutral = layer->legend().at(key).fill;
        auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue());
        };
        for (const QColor &background : {QColor(248, 248, 246), QColor(Qt::white)})
            QVERIFY2(distance(neutral, background) >= 40, qPrintable(neutral.name()));
        // ... and from the greys of regions without a number and from the classes.
        QVERIFY(distance(neutral, maps::mapcolours::missingFill) >= 40);
        for (const maps::LegendEntry &entry : layer->legend())
            QVERIFY(entry.key == key || distance(entry.fill, neutral) >= 40);
    }
    void selectionIsAContourNotAFill()
    {
        // A selected region keeps its class colour inside; its outline is the dark contour.
        maps::ChoroplethSpec spec;
        spec.classification.classes = 4;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const QString code = QStringLiteral("WK000106");
        const QColor classColour = layer->legend().at(layer->styleOf(code).key).fill;
        layer->layer()->selectByIds({layer->regions().featureId(code)});
        QgsMapSettings settings;
        settings.setLayers({layer->layer()});
        settings.setDestinationCrs(layer->layer()->crs());
        settings.setOutputSize(QSize(400, 300));
        settings.setBackgroundColor(QColor(248, 248, 246));
        settings.setSelectionColor(QColor(255, 191, 0, 200));
        settings.setExtent(layer->regions().extentOf());
        QgsMapRendererSequentialJob job(settings);
        job.start();
        job.waitForFinished();
        const QImage image = job.renderedImage();
        const QgsRectangle box = layer->regions().extentOf({code});
        auto pixel = [&](double x, double y) {
            const QgsPointXY p = settings.mapToPixel().transform(x, y);
            return QColor(image.pixel(qRound(p.x()), qRound(p.y())));
        };
        QCOMPARE(pixel(box.center().x(), box.center().y()).rgb(), classColour.rgb());
        // The middle of its right edge: the dark line (a neighbour drawn later does not
        // cover it).
        const QColor edge = pixel(box.xMaximum(), box.center().y());
        QVERIFY2(edge.lightness() < 80, qPrintable(edge.name()));
        // An unselected region's edge (away from the selection) is the thin white outline.
        const QgsRectangle other = layer->regions().extentOf({QStringLiteral("WK000101")});
        QVERIFY(pixel(other.xMaximum(), other.center().y()).lightness() > 80);
    }
    void signalsAreCategorical()
    {
        maps::ChoroplethSpec spec;
        spec.mode = maps::MapMode::Signals;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const auto shown = drawn(layer->layer());
        QCOMPARE(shown.value(QStringLiteral("WK000101")).key, maps::legendkey::SignalWorse);
        QCOMPARE(shown.value(QStringLiteral("WK000112")).key, maps::legendkey::SignalBetter);
        QCOMPARE(shown.value(QStringLiteral("WK000106")).key, maps::legendkey::SignalNone);
        QCOMPARE(shown.value(QStringLiteral("WK000105")).key, maps::legendkey::Missing);
        QCOMPARE(legendLabels(*layer).first(), maps::signalLabel(maps::MapSignal::Worse));
    }
    void labelsEnabled()
    {
        maps::ChoroplethSpec spec;
        spec.labels = maps::LabelContent::NameAndValue;
        auto layer = makeLayer(spec);
        // Labels are on their own layer, a child of the region layer; the regions have none.
        QgsVectorLayer *labelLayer = layer->labelLayer();
        QVERIFY(labelLayer);
        QCOMPARE(maps::regionLabelLayer(layer->layer()), labelLayer);
        QCOMPARE(layer->layers(), (QList<QgsMapLayer *>{labelLayer, layer->layer()}));
        QCOMPARE(maps::withRegionLabels({layer->layer()}), layer->layers());
        QVERIFY(!layer->layer()->labelsEnabled());
        QCOMPARE(labelLayer->featureCount(), layer->layer()->featureCount());
        QVERIFY(labelLayer->labelsEnabled());
        QVERIFY(labelLayer->labeling());
        const auto labels = attributeByCode(labelLayer, maps::regionfield::Label);
        QCOMPARE(labels.value(QStringLiteral("WK000104")).toString(),
                 QStringLiteral("Wijk 4\n10,0"));
        QCOMPARE(labels.value(QStringLiteral("WK000105")).toString(), QStringLiteral("Wijk 5"));
        QCOMPARE(layer->labelOf(QStringLiteral("WK000104")), QStringLiteral("Wijk 4\n10,0"));
        // A few regions (at most 100) are labelled at every scale: no scale limit, PAL drops
        // the names that do not fit (the quartile limit is for thousands of regions).
        QVERIFY(layer->regions().layer()->featureCount() <= 100);
        const QgsPalLayerSettings settings = labelLayer->labeling()->settings();
        QVERIFY(!settings.scaleVisibility);
        QCOMPARE(layer->regions().labelScaleLimit(), 0.0);
        spec.labels = maps::LabelContent::None;
        QString error;
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QVERIFY(!labelLayer->labelsEnabled());
        // An explicit 0 labels at every scale.
        spec.labels = maps::LabelContent::Name;
        spec.labelStyle.hideBeyondScale = 0;
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QVERIFY(!labelLayer->labeling()->settings().scaleVisibility);
        QCOMPARE(attributeByCode(labelLayer, maps::regionfield::Label)
                     .value(QStringLiteral("WK000104"))
                     .toString(),
                 QStringLiteral("Wijk 4"));
    }
    void restyleKeepsPlacedLabels()
    {
        // As on the canvas: one render cache; a restyle with name labels repaints the regions
        // only, so the cached label image (placed once) survives.
        maps::ChoroplethSpec spec;
        spec.labels = maps::LabelContent::Name;
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
        QVector<maps::MapValue> other = test::sampleValues();
        for (maps::MapValue &v : other)
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
        spec.labels = maps::LabelContent::NameAndValue;
        QVERIFY(layer->apply(other, spec, &error));
        QCOMPARE(labelRepaints.count(), 1);
        QVERIFY(!cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));
        QCOMPARE(layer->labelOf(QStringLiteral("WK000104")), QStringLiteral("Wijk 4\n90,0"));
        render(*layer, &cache);
        QVERIFY(cache.hasCacheImage(QgsMapRendererJob::LABEL_CACHE_ID));
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QCOMPARE(labelRepaints.count(), 2);
        QCOMPARE(attributeByCode(labelLayer, maps::regionfield::Label)
                     .value(QStringLiteral("WK000104"))
                     .toString(),
                 QStringLiteral("Wijk 4\n10,0"));
    }
    void classificationsAreCachedAndStable()
    {
        // Same values and request: same breaks (from the cache); other values: new breaks.
        maps::ChoroplethSpec spec;
        spec.classification.method = maps::ClassificationMethod::Jenks;
        spec.classification.classes = 3;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const maps::Classification first = layer->classification();
        QString error;
        QVector<maps::MapValue> other = test::sampleValues();
        for (maps::MapValue &v : other)
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
