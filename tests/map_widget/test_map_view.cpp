// The map view on an in-memory layer of three squares (RD New): finding, clicking and
// selecting regions, the legend from the renderer, periods, the scale bar, a background layer.
#include "map/map_view.h"
#include "map/scale_bar_overlay.h"
#include "qgis_test_main.h"
#include "region_labels.h"
#include "test_support.h"

#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

using namespace wijk;

class TestMapView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QgsVectorLayer> makeLayer()
    {
        auto layer = std::make_unique<QgsVectorLayer>(
            QStringLiteral("Polygon?crs=EPSG:28992&field=code:string"), QStringLiteral("regions"),
            QStringLiteral("memory"));
        QgsFeatureList features;
        for (int i = 0; i < 3; ++i) {
            QgsFeature feature(layer->fields());
            feature.setAttribute(0, QStringLiteral("WK00010%1").arg(i + 1));
            const double x = 140000 + i * 1000;
            feature.setGeometry(QgsGeometry::fromRect(QgsRectangle(x, 460000, x + 1000, 461000)));
            features << feature;
        }
        layer->dataProvider()->addFeatures(features);
        layer->updateExtents();
        QgsCategoryList categories;
        for (int i = 0; i < 3; ++i)
            categories << QgsRendererCategory(QStringLiteral("WK00010%1").arg(i + 1),
                                              QgsFillSymbol::createSimple({}),
                                              QStringLiteral("class %1").arg(i + 1));
        layer->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("code"), categories));
        return layer;
    }

    //! A GeoJSON file of one point (WGS84), a background layer with a single symbol.
    static bool writePoint(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) &&
               file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"n":1},"geometry":{"type":"Point","coordinates":[5.1,52.1]}}]})") > 0;
    }

    static QPoint pixelOf(widgets::MapView &view, double x, double y)
    {
        const QgsPointXY p = view.canvas()->getCoordinateTransform()->transform(x, y);
        return QPoint(qRound(p.x()), qRound(p.y()));
    }

private slots:
    void findsRegionsAndMirrorsTheSelection()
    {
        auto layer = makeLayer();
        widgets::MapView view;
        view.resize(800, 500);
        view.setRegionLayer(layer.get());
        QCOMPARE(view.regionAt(QgsPointXY(141500, 460500)), QStringLiteral("WK000102"));
        QCOMPARE(view.regionAt(QgsPointXY(100000, 100000)), QString());
        view.setSelectedRegions({QStringLiteral("WK000101"), QStringLiteral("WK000103")});
        QCOMPARE(layer->selectedFeatureCount(), 2);
        view.applySelectionDelta({QStringLiteral("WK000102")}, {QStringLiteral("WK000101")});
        QCOMPARE(view.selectedRegions(),
                 (QSet<QString>{QStringLiteral("WK000102"), QStringLiteral("WK000103")}));
        view.setRegionLayer(nullptr);
    }

    void clickReportsTheRegionAndCtrl()
    {
        auto layer = makeLayer();
        widgets::MapView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRegionLayer(layer.get());
        QSignalSpy spy(&view, &widgets::MapView::regionClicked);
        QWidget *viewport = view.canvas()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, pixelOf(view, 140500, 460500));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("WK000101"));
        QCOMPARE(spy.at(0).at(1).toBool(), false);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                          pixelOf(view, 142500, 460500));
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("WK000103"));
        QCOMPARE(spy.at(1).at(1).toBool(), true);
        view.setRegionLayer(nullptr);
    }

    void legendComesFromTheRenderer()
    {
        auto layer = makeLayer();
        widgets::MapView view;
        view.setRegionLayer(layer.get());
        QCOMPARE(view.legendLabels(),
                 (QStringList{QStringLiteral("class 1"), QStringLiteral("class 2"),
                              QStringLiteral("class 3")}));
        view.setRegionLayer(nullptr);
    }

    void labelLayerIsOnTheCanvas()
    {
        // A region layer's label layer is drawn above it; the legend stays the regions'.
        auto layer = makeLayer();
        QHash<QgsFeatureId, QgsFeatureId> fids;
        QgsVectorLayer *labels = maps::createRegionLabelLayer(layer.get(), &fids);
        QCOMPARE(fids.size(), 3);
        widgets::MapView view;
        view.setRegionLayer(layer.get());
        QCOMPARE(view.canvas()->layers(), (QList<QgsMapLayer *>{labels, layer.get()}));
        QVERIFY(!view.canvas()->isCachingEnabled()); // see MapView's constructor
        QCOMPARE(view.legendLabels().size(), 3);
        view.setRegionLayer(nullptr);
    }

    void tooltipUsesTheProvider()
    {
        widgets::MapView view;
        view.setTooltipProvider(
            [](const QString &code) { return QStringLiteral("<b>%1</b>").arg(code); });
        QCOMPARE(view.tooltipFor(QStringLiteral("WK1")), QStringLiteral("<b>WK1</b>"));
    }

    void periodSliderAndPlay()
    {
        widgets::MapView view;
        QSignalSpy spy(&view, &widgets::MapView::periodChanged);
        view.setPeriods({2020, 2021, 2022});
        QCOMPARE(view.period(), 2022); // the latest by default, silently
        QCOMPARE(spy.count(), 0);
        view.setPeriod(2020);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constLast().at(0).toInt(), 2020);
        view.togglePlay(true);
        QVERIFY(view.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(view.period(), 2022, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isPlaying(), 10000); // stops at the end
    }

    void modeAndClassControls()
    {
        widgets::MapView view;
        QSignalSpy spy(&view, &widgets::MapView::styleChanged);
        QCOMPARE(view.mode(), maps::MapMode::Value);
        view.setMode(maps::MapMode::Trend);
        QCOMPARE(view.mode(), maps::MapMode::Trend);
        view.setClassCount(12);
        QCOMPARE(view.classCount(), 9);
        view.setClassCount(2);
        QCOMPARE(view.classCount(), 3);
        QVERIFY(spy.count() >= 2);
        QCOMPARE(view.classificationMethod(), maps::ClassificationMethod::Quantile);
    }

    void methodBoxSaysWhatIsApplied()
    {
        // Change and trend maps class each side of 0 and have no box map: the box says so,
        // and a box map chosen for values becomes quantiles (one style change, not two).
        widgets::MapView view;
        view.setClassificationMethod(maps::ClassificationMethod::Box);
        QCOMPARE(view.classificationText(), QStringLiteral("Box map"));
        QSignalSpy spy(&view, &widgets::MapView::styleChanged);
        view.setMode(maps::MapMode::Trend);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.classificationMethod(), maps::ClassificationMethod::Quantile);
        QCOMPARE(view.classificationText(), QStringLiteral("Quantiles on each side of 0"));
        auto *box = view.findChild<QComboBox *>(QStringLiteral("mapMethod"));
        QVERIFY(box);
        const auto *model = qobject_cast<QStandardItemModel *>(box->model());
        QVERIFY(!model->item(box->findData(static_cast<int>(maps::ClassificationMethod::Box)))
                     ->isEnabled());
        view.setMode(maps::MapMode::Value);
        QCOMPARE(view.classificationText(), QStringLiteral("Quantiles"));
        QVERIFY(model->item(box->findData(static_cast<int>(maps::ClassificationMethod::Box)))
                    ->isEnabled());
        // Classes fixed over the years: offered, on by default, a style change.
        QVERIFY(view.fixedClasses());
        view.setFixedClasses(false);
        QCOMPARE(spy.count(), 3);
    }

    void scaleBarShowsARoundLength()
    {
        auto layer = makeLayer();
        widgets::MapView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRegionLayer(layer.get());
        auto *bar = view.canvas()->findChild<widgets::ScaleBarOverlay *>();
        QVERIFY(bar);
        QTRY_VERIFY(bar->barLengthMetres() > 0);
        const double mantissa =
            bar->barLengthMetres() / std::pow(10.0, std::floor(std::log10(bar->barLengthMetres())));
        QVERIFY(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                qFuzzyCompare(mantissa, 5.0));
        QVERIFY(bar->label().endsWith(QLatin1String("m")));
        view.setRegionLayer(nullptr);
    }

    void addsABackgroundLayerUnderTheRegions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("background.geojson"));
        QVERIFY(writePoint(path));
        auto layer = makeLayer();
        widgets::MapView view;
        view.setRegionLayer(layer.get());
        QString error;
        QVERIFY2(view.addBackgroundLayer(path, &error), qPrintable(error));
        QCOMPARE(view.backgroundLayerCount(), 1);
        QCOMPARE(view.canvas()->layers().constFirst(), layer.get()); // regions on top
        // The legend explains it too: after the regions' classes, the layer by name, with
        // its (single) symbol on that line.
        QCOMPARE(view.legendLabels(),
                 (QStringList{QStringLiteral("class 1"), QStringLiteral("class 2"),
                              QStringLiteral("class 3"), QStringLiteral("background")}));
        auto *legend = view.findChild<QListWidget *>(QStringLiteral("mapLegend"));
        QVERIFY(legend);
        QVERIFY(!legend->item(3)->icon().isNull());
        QVERIFY(legend->item(3)->font().bold());
        view.refresh(); // a restyle keeps the background entries
        QCOMPARE(view.legendLabels().size(), 4);
        QVERIFY(!view.addBackgroundLayer(dir.filePath(QStringLiteral("absent.gpkg")), &error));
        QVERIFY(error.contains(QStringLiteral("absent.gpkg")));
        view.removeBackgroundLayers();
        QCOMPARE(view.backgroundLayerCount(), 0);
        QCOMPARE(view.legendLabels().size(), 3);
        view.setRegionLayer(nullptr);
    }

    void backgroundGeoPackageIsNeverWritten()
    {
        // QGIS 3.22's OGR provider would open the GeoPackage for update; the view reads it
        // read-only into memory, so the file keeps its bytes.
        const QString kaart = test::dataPath(QStringLiteral("cbs/kaart-mini-2021.gpkg"));
        const QByteArray before = test::checksumOf(kaart);
        QVERIFY(!before.isEmpty());
        {
            auto layer = makeLayer();
            widgets::MapView view;
            view.resize(600, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.setRegionLayer(layer.get());
            QString error;
            QVERIFY2(view.addBackgroundLayer(kaart, &error), qPrintable(error));
            QCOMPARE(view.backgroundLayerCount(), 1);
            view.refresh();
            QTRY_VERIFY(!view.canvas()->isDrawing());
            view.removeBackgroundLayers();
            view.setRegionLayer(nullptr);
        }
        QCOMPARE(test::checksumOf(kaart), before);
    }

    void backgroundLegendShowsRastersTopFirst()
    {
        QTemporaryDir dir;
        // A georeferenced one-band raster (PNG + world file, in RD New).
        QImage image(4, 4, QImage::Format_Grayscale8);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                image.setPixel(x, y, qRgb(x * 60, x * 60, x * 60));
        const QString raster = dir.filePath(QStringLiteral("hoogte.png"));
        QVERIFY(image.save(raster));
        QFile world(dir.filePath(QStringLiteral("hoogte.pgw")));
        QVERIFY(world.open(QIODevice::WriteOnly));
        world.write("250\n0\n0\n-250\n140000\n461000\n");
        world.close();
        auto layer = makeLayer();
        widgets::MapView view;
        view.setRegionLayer(layer.get());
        QString error;
        QVERIFY2(view.addBackgroundLayer(raster, &error), qPrintable(error));
        const QStringList labels = view.legendLabels();
        const int heading = labels.indexOf(QStringLiteral("hoogte"));
        QVERIFY2(heading == 3, qPrintable(labels.join(QLatin1Char('|'))));
        // QGIS's own legend of the raster: its grey ramp or band, at least one entry.
        QVERIFY2(labels.size() > 4, qPrintable(labels.join(QLatin1Char('|'))));
        auto *legend = view.findChild<QListWidget *>(QStringLiteral("mapLegend"));
        QVERIFY(!legend->item(heading)->icon().isNull());
        // A second layer goes on top, and first in the legend's background part.
        const QString points = dir.filePath(QStringLiteral("punten.geojson"));
        QVERIFY(writePoint(points));
        QVERIFY2(view.addBackgroundLayer(points, &error), qPrintable(error));
        QCOMPARE(view.legendLabels().at(3), QStringLiteral("punten"));
        QVERIFY(view.legendLabels().indexOf(QStringLiteral("hoogte")) > 3);
        view.setRegionLayer(nullptr);
    }
};

WIJK_QGIS_TEST_MAIN(TestMapView)
#include "test_map_view.moc"
