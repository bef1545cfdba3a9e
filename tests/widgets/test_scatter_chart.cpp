// Scatter chart: least-squares line and Pearson r against known values, incomplete points
// left out and counted, selection moves points between the two series.
#include "charts/chart_stats.h"
#include "charts/charts_namespace.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "compare_near.h"
#include "test_chart_fixtures.h"

#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtTest>

using namespace wijk;
using namespace wijk::widgets::charts;
WIJK_CHARTS_USE_NAMESPACE

class TestScatterChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void fitOfTextbookData()
    {
        // x = 1..5, y = 2, 4, 5, 4, 5: slope 0.6, intercept 2.2, r = sqrt(0.6) (by hand).
        const LinearFit fit = linearFit({1, 2, 3, 4, 5, widgets::kNoValue}, {2, 4, 5, 4, 5, 7});
        QVERIFY(fit.valid);
        QCOMPARE(fit.n, 5);
        WIJK_COMPARE_NEAR(fit.slope, 0.6, 1e-12);
        WIJK_COMPARE_NEAR(fit.intercept, 2.2, 1e-12);
        WIJK_COMPARE_NEAR(fit.r, 0.7745966692414834, 1e-12);
        QVERIFY(!linearFit({1, 1, 1}, {1, 2, 3}).valid);
        QVERIFY(!linearFit({1, 2}, {1, 2}).valid);
    }

    void chartFitsTheWijken()
    {
        ScatterChart chart;
        chart.setData(test::scatterData());
        // Reference values computed independently (Python, textbook formulas).
        QCOMPARE(chart.fit().n, 14);
        WIJK_COMPARE_NEAR(chart.fit().slope, -0.3654071702066069, 1e-9);
        WIJK_COMPARE_NEAR(chart.fit().intercept, 15.371149960755762, 1e-9);
        WIJK_COMPARE_NEAR(chart.fit().r, -0.8428172186960947, 1e-9);
        QCOMPARE(chart.leftOut(), 2);
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : chart.series()) {
            if (series->property("wijkRole").toString() == QLatin1String(role::fit))
                line = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(line);
        QCOMPARE(line->name(), QStringLiteral("linear fit: r = -0,84, n = 14"));
        QCOMPARE(line->at(0).x(), 22.6);
        WIJK_COMPARE_NEAR(line->at(0).y(), 15.371149960755762 - 0.3654071702066069 * 22.6, 1e-9);
        QCOMPARE(chart.baseSeries()->count(), 14);
        QVERIFY(chart.baseSeries()->name().contains(QStringLiteral("2")));
    }

    void tooFewPointsNoLine()
    {
        widgets::ScatterChartData data = test::scatterData();
        data.points.resize(2);
        ScatterChart chart;
        chart.setData(data);
        QVERIFY(!chart.fit().valid);
        for (QAbstractSeries *series : chart.series())
            QVERIFY(series->property("wijkRole").toString() != QLatin1String(role::fit));
    }

    void highlightMovesPoints()
    {
        ScatterChart chart;
        chart.setData(test::scatterData());
        QScatterSeries *base = chart.baseSeries();
        QScatterSeries *selected = chart.selectedSeries();
        chart.setHighlighted({"WK019302", "WK019314"}); // the second has no point
        QCOMPARE(selected->points(), QList<QPointF>({QPointF(24.1, 7.4)}));
        QCOMPARE(base->count(), 13);
        QVERIFY(!base->points().contains(QPointF(24.1, 7.4)));
        chart.setHighlighted({});
        QCOMPARE(selected->count(), 0);
        QCOMPARE(base->count(), 14);
        QCOMPARE(chart.baseSeries(), base); // not rebuilt
    }

    void clickedPointMapsToRegion()
    {
        ScatterChart chart;
        chart.setData(test::scatterData());
        QCOMPARE(chart.codeAt(QPointF(38.4, 2.3)), QStringLiteral("WK019310"));
        chart.clickRegion(chart.codeAt(QPointF(38.4, 2.3)), false);
        QCOMPARE(chart.highlighted(), QStringList({"WK019310"}));
    }
};

QTEST_MAIN(TestScatterChart)
#include "test_scatter_chart.moc"
