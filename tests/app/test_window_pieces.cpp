// The pieces the workbench window holds, on their own: the map presenter's choice of style
// for each mode (and that the window draws what it chose), and the recent workspaces' order
// and limit.
#include "choropleth_layer.h"
#include "gui/main_window.h"
#include "gui/map_presenter.h"
#include "gui/recent_workspaces.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "qgis_test_main.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(wijk::maps::MapMode)
Q_DECLARE_METATYPE(wijk::maps::ClassificationMethod)

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;
using gui::MainWindow;
using gui::MapPresenter;
using gui::RecentWorkspaces;
using maps::ClassificationMethod;
using maps::MapMode;

class TestWindowPieces : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    static Indicator ratioIndicator()
    {
        Indicator indicator;
        indicator.code = QStringLiteral("share_65plus");
        indicator.name = QStringLiteral("Aandeel 65-plussers");
        indicator.unit = QStringLiteral("percent");
        indicator.kind = IndicatorKind::Ratio;
        indicator.polarity = Polarity::LowerIsBetter;
        indicator.decimals = 2;
        return indicator;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
    }

    void presenterStyleOfEachMode_data()
    {
        QTest::addColumn<MapMode>("mode");
        QTest::addColumn<ClassificationMethod>("chosen");
        QTest::addColumn<ClassificationMethod>("applied");
        // A box map has no sides of 0: change and trend maps apply quantiles instead.
        QTest::newRow("value, box")
            << MapMode::Value << ClassificationMethod::Box << ClassificationMethod::Box;
        QTest::newRow("change, box")
            << MapMode::Change << ClassificationMethod::Box << ClassificationMethod::Quantile;
        QTest::newRow("trend, box")
            << MapMode::Trend << ClassificationMethod::Box << ClassificationMethod::Quantile;
        QTest::newRow("trend, jenks")
            << MapMode::Trend << ClassificationMethod::Jenks << ClassificationMethod::Jenks;
        QTest::newRow("change, equal") << MapMode::Change << ClassificationMethod::EqualInterval
                                       << ClassificationMethod::EqualInterval;
        QTest::newRow("signals, pretty")
            << MapMode::Signals << ClassificationMethod::Pretty << ClassificationMethod::Pretty;
    }

    void presenterStyleOfEachMode()
    {
        QFETCH(MapMode, mode);
        QFETCH(ClassificationMethod, chosen);
        QFETCH(ClassificationMethod, applied);
        maps::MapStyleChoice choice;
        choice.mode = mode;
        choice.method = chosen;
        choice.classes = 7;
        const maps::ChoroplethSpec spec =
            MapPresenter::choroplethSpec(choice, ratioIndicator(), RegionLevel::Wijk);
        QCOMPARE(spec.mode, mode);
        QCOMPARE(spec.classification.method, applied);
        QCOMPARE(spec.classification.classes, 7);
        QCOMPARE(spec.classification.decimals, 2);
        QCOMPARE(spec.polarity, Polarity::LowerIsBetter);
        QCOMPARE(spec.labels, maps::LabelContent::Name);
        QVERIFY(spec.classBasis.isEmpty());
    }

    void presenterLeavesBuurtMapsUnlabelled()
    {
        const maps::MapStyleChoice choice;
        QCOMPARE(MapPresenter::choroplethSpec(choice, ratioIndicator(), RegionLevel::Buurt).labels,
                 maps::LabelContent::None);
        QCOMPARE(
            MapPresenter::choroplethSpec(choice, ratioIndicator(), RegionLevel::Gemeente).labels,
            maps::LabelContent::Name);
    }

    void presenterFixesClassesOfValueAndChangeMapsOnly()
    {
        maps::MapStyleChoice choice;
        choice.fixedClasses = true;
        for (MapMode mode : {MapMode::Value, MapMode::Change, MapMode::Trend, MapMode::Signals}) {
            choice.mode = mode;
            QCOMPARE(MapPresenter::classesOverAllPeriods(choice),
                     mode == MapMode::Value || mode == MapMode::Change);
        }
        choice.fixedClasses = false;
        choice.mode = MapMode::Value;
        QVERIFY(!MapPresenter::classesOverAllPeriods(choice));
    }

    void windowDrawsThePresentersStyle()
    {
        // The layer on the window's map carries the style the presenter decides, not what
        // the controls were left at: a box map chosen for values becomes quantiles in a trend
        // map, and the classes follow the controls.
        QString error;
        const QString workspace =
            gui::ensureDemoWorkspace(mDir.filePath(QStringLiteral("demo")), &error);
        QVERIFY2(!workspace.isEmpty(), qPrintable(error));
        MainWindow window;
        QVERIFY(window.openWorkspace(workspace));
        widgets::MapView *map = window.mapView();
        map->setClassificationMethod(ClassificationMethod::Box);
        QVERIFY(window.choropleth());
        QCOMPARE(window.choropleth()->spec().classification.method, ClassificationMethod::Box);
        window.setMapMode(MapMode::Trend);
        QCOMPARE(window.choropleth()->spec().mode, MapMode::Trend);
        QCOMPARE(window.choropleth()->spec().classification.method, ClassificationMethod::Quantile);
        QVERIFY(window.choropleth()->spec().classBasis.isEmpty());
        map->setClassCount(4);
        window.setMapMode(MapMode::Value);
        QCOMPARE(window.choropleth()->spec().classification.classes, 4);
        QVERIFY(!window.choropleth()->spec().classBasis.isEmpty()); // fixed over the years
    }

    void recentWorkspacesMostRecentFirstWithoutCopies()
    {
        const QStringList recent = {QStringLiteral("/a.gpkg"), QStringLiteral("/b.gpkg"),
                                    QStringLiteral("/c.gpkg")};
        QCOMPARE(RecentWorkspaces::withPath(recent, QStringLiteral("/b.gpkg")),
                 (QStringList{QStringLiteral("/b.gpkg"), QStringLiteral("/a.gpkg"),
                              QStringLiteral("/c.gpkg")}));
        QCOMPARE(RecentWorkspaces::withPath({}, QStringLiteral("/a.gpkg")),
                 QStringList{QStringLiteral("/a.gpkg")});
    }

    void recentWorkspacesKeepTheLastEight()
    {
        QSettings().remove(QStringLiteral("recent/workspaces"));
        QMenu menu;
        RecentWorkspaces recent(&menu);
        QVERIFY(!menu.isEnabled());
        QStringList added;
        for (int i = 1; i <= 10; ++i) {
            added.prepend(mDir.filePath(QStringLiteral("w%1.gpkg").arg(i)));
            recent.add(added.constFirst());
        }
        QCOMPARE(recent.paths(), added.mid(0, RecentWorkspaces::kMaximum));
        QCOMPARE(RecentWorkspaces::kMaximum, 8);
        // Adding one again moves it to the front.
        recent.add(added.at(5));
        QCOMPARE(recent.paths().constFirst(), added.at(5));
        QCOMPARE(recent.paths().size(), RecentWorkspaces::kMaximum);
        QVERIFY(menu.isEnabled());
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), RecentWorkspaces::kMaximum);
        QCOMPARE(actions.constFirst()->text(), QStringLiteral("w5.gpkg"));
        QSignalSpy open(&recent, &RecentWorkspaces::openRequested);
        actions.at(1)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.constFirst().constFirst().toString(), added.at(0));
        QSettings().remove(QStringLiteral("recent/workspaces"));
    }
};

WIJK_QGIS_TEST_MAIN(TestWindowPieces)
#include "test_window_pieces.moc"
