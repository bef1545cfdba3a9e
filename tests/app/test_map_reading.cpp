// The maps read true on the real demo workspace: the WOZ trend map shows the wijken whose
// property values rise significantly in rising classes (the demo plants Hoogkamp, Oude
// Haven and Het Hoogt among them); no significant rise of any indicator is in the neutral
// class; the method box says what a trend map applies; the legend gives the unit per
// year; classes and the ranking's axis stay put while the years play.
#include "charts/charts_namespace.h"
#include "charts/ranking_chart.h"
#include "choropleth_layer.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "map_value.h"
#include "qgis_test_main.h"

#include <QCheckBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QValueAxis>
#include <cmath>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestMapReading : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    static QString codeOf(const gui::MainWindow &window, const QString &name)
    {
        const engine::Dataset &data = window.session()->dataset();
        for (int r : data.regionsOfLevel(RegionLevel::Wijk))
            if (data.region(r).name == name)
                return data.region(r).code;
        return QString();
    }
    static QString legendTitle(const gui::MainWindow &window)
    {
        const auto *title = window.mapView()->findChild<QLabel *>(QStringLiteral("legendTitle"));
        return title ? title->text() : QString();
    }
    //! The value axis of the ranking as drawn: its minimum and maximum.
    static std::pair<double, double> rankingAxis(const gui::MainWindow &window)
    {
        const auto axes = window.rankingChart()->axes(Qt::Horizontal);
        if (axes.isEmpty())
            return {qQNaN(), qQNaN()};
        const auto *axis = qobject_cast<const WIJK_CHARTS_NAMESPACE::QValueAxis *>(axes.first());
        return axis ? std::make_pair(axis->min(), axis->max()) : std::make_pair(qQNaN(), qQNaN());
    }
    //! Checks that every region with a significant rising (falling) trend is in a class of
    //! rises (falls) and every other one in the neutral class.
    static void checkTrendClasses(const gui::MainWindow &window, const QString &indicator)
    {
        const maps::ChoroplethLayer *map = window.choropleth();
        QVERIFY(map);
        const maps::Classification &classes = map->classification();
        for (const maps::MapValue &value : window.session()->mapValues(
                 indicator, window.currentLevel(), window.currentPeriod())) {
            if (!std::isfinite(value.slope))
                continue;
            const int key = map->styleOf(value.code).key;
            const QString where = QStringLiteral("%1 %2: slope %3 (%4) in class %5")
                                      .arg(indicator, value.code)
                                      .arg(value.slope)
                                      .arg(value.significant ? "significant" : "n.s.")
                                      .arg(key >= 0 ? classes.ranges.value(key).label : "-");
            QVERIFY2(key >= 0, qPrintable(where));
            const maps::ClassRange &range = classes.ranges[key];
            if (!value.significant || value.slope == 0)
                QVERIFY2(key == classes.neutralClass, qPrintable(where));
            else if (value.slope > 0)
                QVERIFY2(key != classes.neutralClass && range.lower >= 0 && range.upper > 0,
                         qPrintable(where));
            else
                QVERIFY2(key != classes.neutralClass && range.upper <= 0 && range.lower < 0,
                         qPrintable(where));
        }
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(mDir.isValid());
        QString error;
        mWorkspace = gui::ensureDemoWorkspace(mDir.path(), &error);
        QVERIFY2(!mWorkspace.isEmpty(), qPrintable(error));
    }

    void wozTrendShowsTheRisingWijkenRising()
    {
        gui::MainWindow window;
        window.resize(1366, 768);
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("woz_gem"));
        window.setMapMode(maps::MapMode::Trend);
        QCOMPARE(window.currentIndicator(), QStringLiteral("woz_gem"));
        const maps::ChoroplethLayer *map = window.choropleth();
        QVERIFY(map);
        const maps::Classification &classes = map->classification();
        for (const QString &name : {QStringLiteral("Hoogkamp"), QStringLiteral("Oude Haven"),
                                    QStringLiteral("Het Hoogt")}) {
            const QString code = codeOf(window, name);
            QVERIFY2(!code.isEmpty(), qPrintable(name));
            const int key = map->styleOf(code).key;
            QVERIFY2(key >= 0 && key != classes.neutralClass && classes.ranges[key].lower >= 0 &&
                         classes.ranges[key].upper > 0,
                     qPrintable(QStringLiteral("%1 in %2")
                                    .arg(name, key >= 0 ? classes.ranges[key].label
                                                        : QString::number(key))));
        }
        checkTrendClasses(window, QStringLiteral("woz_gem"));
        // The legend names the unit per year; no class is empty.
        QVERIFY2(legendTitle(window).contains(QStringLiteral("per jaar")),
                 qPrintable(legendTitle(window)));
        for (const maps::LegendEntry &entry : map->legend())
            QVERIFY2(entry.key < 0 || entry.count > 0, qPrintable(entry.label));
        // The box says what is applied.
        QCOMPARE(window.mapView()->classificationText(),
                 QStringLiteral("Kwantielen per kant van 0"));
    }

    void noSignificantRiseIsNeutral()
    {
        // Every indicator of the demo, wijken and buurten.
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setMapMode(maps::MapMode::Trend);
        for (RegionLevel level : {RegionLevel::Wijk, RegionLevel::Buurt}) {
            window.setCurrentLevel(level);
            for (const Indicator &indicator : window.session()->indicators()) {
                window.setCurrentIndicator(indicator.code);
                checkTrendClasses(window, indicator.code);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    //! Issue 11: the window's legend said "Verandering · 2024" while a map of
    //! `wijkmonitor-cli map` says the years ("Verandering 2023–2024"): one title for both.
    void legendNamesTheYearsOfEachMode()
    {
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("pct_laag_inkomen"));
        const std::vector<int> &years = window.session()->dataset().periods();
        QVERIFY(years.size() >= 3);
        const int last = years.back();
        const int previous = years[years.size() - 2];
        const QString unit = window.session()->indicator(QStringLiteral("pct_laag_inkomen"))->unit;
        const struct
        {
            maps::MapMode mode;
            int from;
        } expected[] = {{maps::MapMode::Value, last},
                        {maps::MapMode::Change, previous},
                        {maps::MapMode::Trend, years.front()},
                        {maps::MapMode::Signals, years.front()}};
        for (const auto &e : expected) {
            window.setMapMode(e.mode);
            const QString title = legendTitle(window);
            const QString wanted = maps::mapLegendTitle(e.mode, e.from, last, unit);
            QVERIFY2(title.contains(wanted.toHtmlEscaped()),
                     qPrintable(title + QStringLiteral(" / ") + wanted));
            if (e.mode == maps::MapMode::Change)
                QVERIFY2(title.contains(QStringLiteral("%1\u2013%2").arg(previous).arg(last)),
                         qPrintable(title));
        }
    }

    void classesAndRankingAxisStayFixedOverTheYears()
    {
        gui::MainWindow window;
        window.resize(1366, 768);
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("woz_gem"));
        window.setMapMode(maps::MapMode::Value);
        const QVector<int> periods = window.session()->periods();
        QVERIFY(periods.size() > 3);
        // The classes' labels (the entries of withheld regions come and go with the year).
        auto labelsIn = [&](int period) {
            window.setCurrentPeriod(period);
            QStringList labels;
            for (const maps::ClassRange &range : window.choropleth()->classification().ranges)
                labels << range.label;
            return labels;
        };
        // WOZ values grow every year: classes of each year differ; fixed ones do not.
        const QStringList first = labelsIn(periods.at(1));
        const auto firstAxis = rankingAxis(window);
        const QStringList last = labelsIn(periods.last());
        QCOMPARE(last, first);
        QCOMPARE(rankingAxis(window), firstAxis);
        QVERIFY(std::isfinite(firstAxis.first));
        // The same in change maps.
        window.setMapMode(maps::MapMode::Change);
        const QStringList firstChange = labelsIn(periods.at(1));
        QCOMPARE(labelsIn(periods.last()), firstChange);
        // The choice is offered, and off, each year has classes and an axis of its own.
        auto *fixed = window.mapView()->findChild<QCheckBox *>(QStringLiteral("fixedClasses"));
        QVERIFY(fixed);
        fixed->setChecked(false);
        window.setMapMode(maps::MapMode::Value);
        const QStringList ownFirst = labelsIn(periods.at(1));
        const auto ownFirstAxis = rankingAxis(window);
        QVERIFY(labelsIn(periods.last()) != ownFirst);
        QVERIFY(rankingAxis(window) != ownFirstAxis);
    }
};

WIJK_QGIS_TEST_MAIN(TestMapReading)
#include "test_map_reading.moc"
