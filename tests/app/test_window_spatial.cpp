// The window's spatial statistics on the demo workspace (issue 15): the Clusters map draws
// the clusters `wijkmonitor-cli spatial` writes for the same inputs, its legend names how
// they were found, the Moran scatter is linked to the selection both ways, and one selected
// wijk brings its peer group's median into the trend chart.
#include "charts/chart_panel.h"
#include "charts/moran_scatter_chart.h"
#include "charts/trend_chart.h"
#include "choropleth_layer.h"
#include "choropleth_renderer.h"
#include "engine/workspace_loader.h"
#include "gui/main_window.h"
#include "gui/spatial_controller.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "peer_median.h"
#include "qgis_test_main.h"
#include "selection/region_selection.h"
#include "table/values_table_model.h"
#include "table/values_table_view.h"
#include "test_support.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtCharts/QScatterSeries>
#include <QtTest>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

namespace {
const QString kIndicator = QStringLiteral("bijstand_per_1000");
constexpr int kYear = 2023;
} // namespace

class TestWindowSpatial : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    //! The window on the demo showing indicator at level in kYear.
    static void open(gui::MainWindow &window, const QString &workspace, RegionLevel level)
    {
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(workspace));
        window.setCurrentIndicator(kIndicator);
        window.setCurrentLevel(level);
        window.setCurrentPeriod(kYear);
        QCOMPARE(window.currentIndicator(), kIndicator);
    }

    //! region -> cluster name of `wijkmonitor-cli spatial` with its defaults.
    QHash<QString, QString> cliClusters(const QString &level)
    {
        const QString out = mDir.filePath(QStringLiteral("lisa-%1.csv").arg(level));
        QProcess process;
        process.start(test::cliPath(),
                      {"spatial", "--workspace", mWorkspace, "--level", level, "--indicator",
                       kIndicator, "--period", QString::number(kYear), "--out", out});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return {};
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QHash<QString, QString> clusters;
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() >= 11 && fields[10] == QLatin1String("analysed"))
                clusters.insert(fields[0], fields[9]);
        }
        return clusters;
    }

    static int legendKeyOfName(const QString &name)
    {
        for (engine::LisaCluster cluster :
             {engine::LisaCluster::HighHigh, engine::LisaCluster::LowLow,
              engine::LisaCluster::HighLow, engine::LisaCluster::LowHigh,
              engine::LisaCluster::NotSignificant})
            if (engine::lisaClusterName(cluster) == name)
                return maps::clusterLegendKey(cluster);
        return -100;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
    }

    void clustersMapShowsTheClassesTheCliPrints_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("levelName");
        QTest::newRow("buurt") << int(RegionLevel::Buurt) << QStringLiteral("buurt");
        QTest::newRow("wijk") << int(RegionLevel::Wijk) << QStringLiteral("wijk");
    }
    void clustersMapShowsTheClassesTheCliPrints()
    {
        QFETCH(int, level);
        QFETCH(QString, levelName);
        // The font Qt uses on an X11 desktop without settings (9 pt; as in the screenshots),
        // not the offscreen platform's 12 pt, for the legend's fit below.
        const QFont font = QApplication::font();
        QApplication::setFont(QFont(QStringLiteral("Sans Serif"), 9));
        const auto restoreFont = qScopeGuard([&font] { QApplication::setFont(font); });
        gui::MainWindow window;
        // Clusters first, then the level: the level's own layer follows once they are in.
        open(window, mWorkspace, RegionLevel::Wijk);
        window.setMapMode(maps::MapMode::Clusters);
        window.setCurrentLevel(RegionLevel(level));
        QTRY_VERIFY_WITH_TIMEOUT(window.choropleth() &&
                                     window.choropleth()->spec().mode == maps::MapMode::Clusters,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.spatial()->isComputing(), 60000);
        const QHash<QString, QString> cli = cliClusters(levelName);
        QVERIFY(cli.size() >= 8); // the demo has 11 wijken, 8 with a value
        int clustered = 0;
        for (auto it = cli.constBegin(); it != cli.constEnd(); ++it) {
            QCOMPARE(int(window.choropleth()->styleOf(it.key()).key), legendKeyOfName(it.value()));
            clustered += it.value() != QLatin1String("not significant") ? 1 : 0;
        }
        qInfo("%s: %d of %d analysed regions in a cluster", qPrintable(levelName), clustered,
              int(cli.size()));
        // The legend names the weights, the permutations, the seed and the correction, and
        // the global statistic.
        const QString title = window.mapView()->legendTitle();
        for (const QString &expected : {QStringLiteral("Moran"), QStringLiteral("queen"),
                                        QStringLiteral("%1-").arg(levelName), QStringLiteral("999"),
                                        QStringLiteral("12345"), QStringLiteral("Benjamini")})
            QVERIFY2(title.contains(expected), qPrintable(expected + QStringLiteral(": ") + title));
        // The legend has the five classes.
        int classes = 0;
        for (const maps::LegendEntry &entry : window.choropleth()->legend())
            classes += entry.key >= maps::legendkey::ClusterHighHigh &&
                               entry.key <= maps::legendkey::ClusterNone
                           ? 1
                           : 0;
        QCOMPARE(classes, 5);
        // All of it fits beside the map of a 1366x768 window: no scrolling to the last entry
        // (in 2024 too, the year of the screenshots, with a longer legend among the buurten).
        QTRY_VERIFY2(!window.mapView()->legendScrolls(),
                     qPrintable(window.mapView()->legendLabels().join(QStringLiteral(" | "))));
        window.setCurrentPeriod(2024);
        QTRY_VERIFY_WITH_TIMEOUT(!window.spatial()->isComputing(), 60000);
        QTRY_VERIFY2(!window.mapView()->legendScrolls(),
                     qPrintable(window.mapView()->legendLabels().join(QStringLiteral(" | "))));
    }

    void moranScatterIsLinkedToTheSelection()
    {
        gui::MainWindow window;
        open(window, mWorkspace, RegionLevel::Buurt);
        auto *dock = qobject_cast<QDockWidget *>(window.spatial()->moranPanel()->parentWidget());
        QVERIFY(dock);
        dock->raise();
        dock->show();
        widgets::charts::MoranScatterChart *chart = window.spatial()->moranChart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->baseSeries() && chart->baseSeries()->count() > 10, 60000);
        QVERIFY(std::isfinite(chart->moranI()));
        QVERIFY(chart->verticalQuadrantLine() && chart->horizontalQuadrantLine());
        // With row-standardised weights the fitted slope is Moran's I.
        QVERIFY(qAbs(chart->fit().slope - chart->moranI()) < 1e-9);

        // Chart to selection: a click on a point selects its region.
        const widgets::ScatterChartData &data = chart->data();
        QVERIFY(!data.points.empty());
        const QString first = data.points.front().code;
        emit chart->baseSeries()->clicked(QPointF(data.points.front().x, data.points.front().y));
        QCOMPARE(window.selection()->selected(), QStringList{first});
        // Selection to chart: a region selected elsewhere is highlighted.
        const QString other = data.points.back().code;
        window.selection()->setSelection({other}, &window);
        QVERIFY(chart->isHighlighted(other));
        QVERIFY(!chart->isHighlighted(first));
    }

    void empiricalBayesOptionForRatiosOnly()
    {
        gui::MainWindow window;
        open(window, mWorkspace, RegionLevel::Buurt);
        QAction *eb = window.spatial()->empiricalBayesAction();
        QVERIFY(eb->isEnabled());
        const int rawColumns = window.tableView()->model()->tableData().columns.size();
        eb->setChecked(true);
        QVERIFY(window.mapView()->legendTitle().contains(QStringLiteral("EB")));
        // The table keeps the raw rates and gains the EB column; the tooltip shows both.
        const auto &columns = window.tableView()->model()->tableData().columns;
        QCOMPARE(columns.size(), rawColumns + 1);
        // Right beside the raw rates of the year shown, not after the last year.
        int raw = -1;
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].title == QString::number(kYear))
                raw = c;
        QVERIFY(raw >= 0 && raw + 1 < columns.size());
        QVERIFY2(columns[raw + 1].title.contains(QStringLiteral("EB")),
                 qPrintable(columns[raw + 1].title));
        bool tooltipWithRaw = false;
        for (const widgets::TableRow &row : window.tableView()->model()->tableData().rows)
            tooltipWithRaw |= window.mapView()->tooltipFor(row.code).contains(QStringLiteral("EB"));
        QVERIFY(tooltipWithRaw);
        // A count has no EB rate: the option is off, disabled, and says why.
        window.setCurrentIndicator(QStringLiteral("bijstand"));
        QVERIFY(!eb->isEnabled());
        QVERIFY(!eb->isChecked());
        QVERIFY(!eb->toolTip().isEmpty());
        QCOMPARE(window.tableView()->model()->tableData().columns.size(), rawColumns);
        QVERIFY(!window.mapView()->legendTitle().contains(QStringLiteral("EB")));
        window.setCurrentIndicator(kIndicator);
        QVERIFY(eb->isEnabled());
    }

    void oneSelectedWijkBringsItsPeerMedian()
    {
        gui::MainWindow window;
        open(window, mWorkspace, RegionLevel::Wijk);
        const engine::Dataset &data = window.session()->dataset();
        const std::vector<int> wijken = data.regionsOfLevel(RegionLevel::Wijk);
        QVERIFY(wijken.size() > size_t(presentation::kPeerGroupSize));
        const QString wijk = data.region(wijken.front()).code;
        window.selection()->setSelection({wijk}, &window);
        // The group is chosen off the UI thread: the line follows.
        const auto medianSeries = [&window]() -> const widgets::TrendSeries * {
            for (const widgets::TrendSeries &series : window.trendChart()->data().series)
                if (series.peerMedian)
                    return &series;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(medianSeries(), 60000);
        const widgets::TrendSeries *median = medianSeries();
        // The same line as from the whole workspace loaded at once (the command line's way).
        {
            QString error;
            const auto workspace = workspace::Workspace::open(
                mWorkspace, workspace::Workspace::OpenMode::ReadOnly, &error);
            QVERIFY2(workspace, qPrintable(error));
            const engine::Dataset all = engine::loadDataset(*workspace, {});
            const presentation::PeerGroup group =
                presentation::peerGroup(all, all.regionIndex(wijk), all.periodCount() - 1);
            QVERIFY(!group.isEmpty());
            const widgets::TrendSeries expected =
                presentation::peerMedianSeries(all, all.indicatorIndex(kIndicator), group);
            QCOMPARE(median->values.size(), expected.values.size());
            for (int k = 0; k < int(expected.values.size()); ++k)
                QVERIFY((std::isnan(median->values[k]) && std::isnan(expected.values[k])) ||
                        median->values[k] == expected.values[k]);
        }
        QVERIFY2(median->name.contains(QStringLiteral("10")), qPrintable(median->name));
        QVERIFY(median->reference);
        QVERIFY(std::any_of(median->values.begin(), median->values.end(),
                            [](double v) { return std::isfinite(v); }));
        // Two selected wijken have no single peer group.
        window.selection()->setSelection({wijk, data.region(wijken.back()).code}, &window);
        for (const widgets::TrendSeries &series : window.trendChart()->data().series)
            QVERIFY(!series.peerMedian);
    }
};

WIJK_QGIS_TEST_MAIN(TestWindowSpatial)
#include "test_window_spatial.moc"
