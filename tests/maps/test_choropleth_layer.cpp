// The styled region layer: loaded once, restyled in place (same provider, same feature ids),
// missing and suppressed regions with their own legend entries, labels on, every mode.
#include "choropleth_layer.h"
#include "maps_fixture.h"
#include "qgis_test_main.h"

#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaplayerlegend.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

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
        const auto cls = attributeByCode(layer->layer(), regionfield::ClassIndex);
        QCOMPARE(cls.value(QStringLiteral("WK000103")).toInt(), legendkey::Suppressed);
        QCOMPARE(cls.value(QStringLiteral("WK000105")).toInt(), legendkey::Missing);
        QCOMPARE(cls.value(QStringLiteral("WK000101")).toInt(), 0);
        QCOMPARE(cls.value(QStringLiteral("WK000112")).toInt(), 3);
        const QStringList labels = legendLabels(*layer);
        QCOMPARE(labels.size(), 6);
        QVERIFY(labels.contains(missingLabel()));
        QVERIFY(labels.contains(suppressedLabel()));
        QVERIFY2(labels.first().contains(QStringLiteral("2,5 – ")), qPrintable(labels.first()));
        // The renderer is what legends show: same entries, keyed on the class field.
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        QVERIFY(renderer);
        QCOMPARE(renderer->classAttribute(), QStringLiteral("cls"));
        QCOMPARE(renderer->categories().size(), 6);
        QCOMPARE(renderer->categories().at(5).label(), suppressedLabel());
        QCOMPARE(renderer->categories().at(5).symbol()->symbolLayerCount(), 2); // hatched
        QCOMPARE(renderer->categories().at(4).symbol()->symbolLayerCount(), 1);
        const auto values = attributeByCode(layer->layer(), regionfield::Value);
        QVERIFY(values.value(QStringLiteral("WK000103")).isNull());
        QCOMPARE(values.value(QStringLiteral("WK000104")).toDouble(), 10.0);
        int counted = 0;
        for (const LegendEntry &e : layer->legend())
            counted += e.count;
        QCOMPARE(counted, 12);
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
        const auto values = attributeByCode(layer->layer(), regionfield::Value);
        QCOMPARE(values.value(QStringLiteral("WK000104")).toDouble(), 90.0);
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
        const auto hatch = attributeByCode(layer->layer(), regionfield::Hatch);
        QCOMPARE(hatch.value(QStringLiteral("WK000101")).toInt(), 1);
        QCOMPARE(hatch.value(QStringLiteral("WK000102")).toInt(), 0);
        QCOMPARE(hatch.value(QStringLiteral("WK000103")).toInt(), 0); // suppressed: own look
        QVERIFY(legendLabels(*layer).contains(trendNotSignificantLabel()));
        auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->layer()->renderer());
        QCOMPARE(renderer->categories().first().symbol()->symbolLayerCount(), 2);
        // ... but legend icons of the classes stay plain; the hatch has its own entry.
        const QgsLegendSymbolList items = renderer->legendSymbolItems();
        QCOMPARE(items.first().symbol()->symbolLayerCount(), 1);
        QCOMPARE(renderer->clone()->legendSymbolItems().first().symbol()->symbolLayerCount(), 1);
    }
    void signalsAreCategorical()
    {
        ChoroplethSpec spec;
        spec.mode = MapMode::Signals;
        auto layer = makeLayer(spec);
        QVERIFY(layer);
        const auto cls = attributeByCode(layer->layer(), regionfield::ClassIndex);
        QCOMPARE(cls.value(QStringLiteral("WK000101")).toInt(), legendkey::SignalWorse);
        QCOMPARE(cls.value(QStringLiteral("WK000112")).toInt(), legendkey::SignalBetter);
        QCOMPARE(cls.value(QStringLiteral("WK000106")).toInt(), legendkey::SignalNone);
        QCOMPARE(cls.value(QStringLiteral("WK000105")).toInt(), legendkey::Missing);
        QCOMPARE(legendLabels(*layer).first(), signalLabel(MapSignal::Worse));
    }
    void labelsEnabled()
    {
        ChoroplethSpec spec;
        spec.labels = LabelContent::NameAndValue;
        auto layer = makeLayer(spec);
        QVERIFY(layer->layer()->labelsEnabled());
        QVERIFY(layer->layer()->labeling());
        const auto labels = attributeByCode(layer->layer(), regionfield::Label);
        QCOMPARE(labels.value(QStringLiteral("WK000104")).toString(),
                 QStringLiteral("Wijk 4\n10,0"));
        QCOMPARE(labels.value(QStringLiteral("WK000105")).toString(), QStringLiteral("Wijk 5"));
        spec.labels = LabelContent::None;
        QString error;
        QVERIFY(layer->apply(test::sampleValues(), spec, &error));
        QVERIFY(!layer->layer()->labelsEnabled());
    }
};

WIJK_QGIS_TEST_MAIN(TestChoroplethLayer)
#include "test_choropleth_layer.moc"
