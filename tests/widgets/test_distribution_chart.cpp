// Distribution chart: histogram counts over round bins, box-plot quartiles (numpy's linear
// method) with Tukey whiskers and outliers, and the histogram/box-plot switch.
#include "charts/chart_stats.h"
#include "charts/charts_namespace.h"
#include "charts/distribution_chart.h"
#include "charts/trend_chart.h"
#include "test_chart_fixtures.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QCategoryAxis>
#include <QtTest>
#include <numeric>

using namespace wijk;
using namespace wijk::widgets::charts;
WIJK_CHARTS_USE_NAMESPACE

class TestDistributionChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void histogramCounts()
    {
        DistributionChart chart;
        chart.setData(test::distributionData());
        const Histogram &h = chart.bins();
        // 20 values, Sturges: 6 bins wanted -> width 2.000 (by hand: 8, 10, 1, 0, 0, 0, 1).
        QCOMPARE(h.edges.front(), 0.0);
        QCOMPARE(h.edges[1], 2000.0);
        QCOMPARE(h.counts, std::vector<int>({8, 10, 1, 0, 0, 0, 1}));
        QCOMPARE(std::accumulate(h.counts.begin(), h.counts.end(), 0), 20);
        QCOMPARE(chart.withoutValue(), 1);
        auto *bars = qobject_cast<QBarSeries *>(chart.series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), 7);
        QCOMPARE(bars->barSets().first()->at(1), 10.0);
        QVERIFY(bars->barSets().first()->label().contains(QStringLiteral("n = 20")));
        // Bin edges on the axis, Dutch thousands.
        auto *axis = qobject_cast<QCategoryAxis *>(chart.axes(Qt::Horizontal).first());
        QVERIFY(axis->categoriesLabels().contains(QStringLiteral("12.000")));
    }

    void histogramEdgesAndLastBin()
    {
        const Histogram h = histogram({0.0, 1.0, 2.0, 3.0, 4.0}, 4);
        QCOMPARE(h.edges, std::vector<double>({0.0, 1.0, 2.0, 3.0, 4.0}));
        QCOMPARE(h.counts, std::vector<int>({1, 1, 1, 2})); // 4 falls into the last bin
        const Histogram counts = histogram({3, 3, 4, 5}, 0, 1.0);
        for (size_t i = 1; i < counts.edges.size(); ++i)
            QVERIFY(counts.edges[i] - counts.edges[i - 1] >= 1.0);
        const Histogram single = histogram({7.0, 7.0});
        QCOMPARE(std::accumulate(single.counts.begin(), single.counts.end(), 0), 2);
        QVERIFY(histogram({}).counts.empty());
    }

    void boxPlot()
    {
        DistributionChart chart;
        chart.setMode(DistributionChart::Mode::BoxPlot);
        chart.setData(test::distributionData());
        const BoxStats &b = chart.box();
        QCOMPARE(b.n, 20);
        QCOMPARE(b.q1, 1647.5);
        QCOMPARE(b.median, 2257.5);
        QCOMPARE(b.q3, 3167.5);
        QCOMPARE(b.lowerWhisker, 560.0);
        QCOMPARE(b.upperWhisker, 4480.0);
        QCOMPARE(b.outliers, std::vector<double>({12450.0}));
        QBoxPlotSeries *series = nullptr;
        for (QAbstractSeries *s : chart.series())
            series = series ? series : qobject_cast<QBoxPlotSeries *>(s);
        QVERIFY(series);
        QBoxSet *set = series->boxSets().first();
        QCOMPARE(set->at(QBoxSet::Median), 2257.5);
        QCOMPARE(set->at(QBoxSet::UpperExtreme), 4480.0);
    }

    void switchKeepsData()
    {
        DistributionChart chart;
        chart.setData(test::distributionData());
        QVERIFY(qobject_cast<QBarSeries *>(chart.series().first()));
        chart.setMode(DistributionChart::Mode::BoxPlot);
        QVERIFY(qobject_cast<QBoxPlotSeries *>(chart.series().first()));
        chart.setMode(DistributionChart::Mode::Histogram);
        QVERIFY(qobject_cast<QBarSeries *>(chart.series().first()));
        QCOMPARE(chart.bins().counts.size(), size_t(7));
    }
};

QTEST_MAIN(TestDistributionChart)
#include "test_distribution_chart.moc"
