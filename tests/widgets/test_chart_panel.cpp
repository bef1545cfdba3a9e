// ChartPanel: the view around a chart, Esc clears a linked selection, the distribution
// panel's histogram/box-plot switch.
#include "charts/chart_panel.h"
#include "charts/charts_namespace.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "selection/region_selection.h"
#include "test_chart_fixtures.h"

#include <QComboBox>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QChartView>
#include <QtTest>

using namespace wijk;
using namespace wijk::widgets::charts;

class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void escapeClearsTheSelection()
    {
        widgets::RegionSelection selection;
        auto *chart = new RankingChart;
        chart->setData(test::rankingData());
        chart->setSelectionModel(&selection);
        ChartPanel panel(chart);
        panel.resize(900, 600);
        panel.show();
        selection.setSelection({"WK019302", "WK019301"});
        QCOMPARE(chart->highlighted().size(), 2);
        QTest::keyClick(&panel, Qt::Key_Escape);
        QVERIFY(selection.isEmpty());
        QVERIFY(chart->highlighted().isEmpty());
        QCOMPARE(panel.chart(), chart);
        QVERIFY(panel.exportSize().width() >= 800);
    }

    void distributionSwitch()
    {
        auto *chart = new DistributionChart;
        chart->setData(test::distributionData());
        std::unique_ptr<ChartPanel> panel(makeDistributionPanel(chart));
        auto *mode = panel->findChild<QComboBox *>();
        QVERIFY(mode);
        QCOMPARE(mode->count(), 2);
        mode->setCurrentIndex(1);
        QCOMPARE(chart->mode(), DistributionChart::Mode::BoxPlot);
        QVERIFY(qobject_cast<WIJK_CHARTS_NAMESPACE::QBoxPlotSeries *>(chart->series().first()));
        mode->setCurrentIndex(0);
        QCOMPARE(chart->mode(), DistributionChart::Mode::Histogram);
    }
};

QTEST_MAIN(TestChartPanel)
#include "test_chart_panel.moc"
