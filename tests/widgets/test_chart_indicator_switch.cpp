// Switching indicators in the workbench: every chart keeps its axes and, straight after
// setData (before any event loop runs deferred deletes), shows only the new labels and titles,
// exactly as a chart that only ever got the new data. Also the ranking chart at dock width.
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "test_chart_fixtures.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace wijk;
using namespace wijk::widgets::charts;
WIJK_CHARTS_USE_NAMESPACE

namespace {

//! Texts of every visible text item in the chart's scene: what the user sees.
QStringList visibleTexts(const QGraphicsScene *scene)
{
    QStringList texts;
    const auto items = scene->items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item);
                 rich && rich->defaultTextColor().alpha() > 0)
            text = rich->toPlainText();
        // One line, plain spaces: wrapped titles compare with their text.
        for (QChar space : {QChar(0x2028), QChar(0x2029), QChar('\n'), QChar(0xa0)})
            text.replace(space, QLatin1Char(' '));
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

//! The chart in a shown view of dock size, as in the workbench.
struct Shown
{
    explicit Shown(QChart *chart, const QSize &size = QSize(390, 280)) : view(chart)
    {
        view.resize(size);
        view.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    //! What the view shows now, after layout but without running deferred deletes.
    QImage image()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return view.grab().toImage();
    }
    QChartView view;
};

Indicator longPercent()
{
    Indicator indicator = test::percentIndicator();
    indicator.code = QStringLiteral("pct_laag_inkomen");
    indicator.name = QStringLiteral("Aandeel huishoudens met laag inkomen");
    return indicator;
}

widgets::TrendChartData incomeTrend()
{
    widgets::TrendChartData data = test::trendData();
    data.indicator = test::incomeIndicator();
    data.title = data.indicator.name;
    for (widgets::TrendSeries &series : data.series) {
        for (double &value : series.values)
            value = value * 3.0 + 20.0; // 30-60 (x EUR 1.000)
        series.trend.reset();
    }
    return data;
}

//! Labels of the chart's axis in orientation.
QStringList labels(const QChart &chart, Qt::Orientation orientation)
{
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        auto *category = qobject_cast<QCategoryAxis *>(axis);
        if (category && axis->orientation() == orientation)
            return category->categoriesLabels();
    }
    return {};
}

} // namespace

class TestChartIndicatorSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void trendShowsOnlyTheNewAxis()
    {
        auto *chart = new TrendChart;
        Shown shown(chart);
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 2);
        for (int round = 0; round < 3; ++round) {
            chart->setData(test::trendData());
            QCoreApplication::processEvents();
            chart->setData(incomeTrend());
        }
        const QImage switched = shown.image();
        QCOMPARE(chart->axes(), axes); // re-ticked, never replaced
        // The bands' edge series go with their band, not pile up under the chart.
        QVERIFY(
            chart->findChildren<QLineSeries *>(QString(), Qt::FindDirectChildrenOnly).isEmpty());
        const QStringList texts = visibleTexts(shown.view.scene());
        QVERIFY2(!texts.join(QLatin1Char('|')).contains(QStringLiteral("Werkloosheid")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        // The chart's title names the indicator, so the axis says only the unit.
        QVERIFY2(texts.contains(QStringLiteral("\u00d7 \u20ac 1.000")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY(!labels(*chart, Qt::Vertical).contains(QStringLiteral("14")));
        QVERIFY(labels(*chart, Qt::Vertical).contains(QStringLiteral("40")));

        auto *fresh = new TrendChart;
        Shown reference(fresh);
        fresh->setData(incomeTrend());
        QCOMPARE(switched, reference.image());
    }

    void rankingShowsOnlyTheNewAxis()
    {
        auto *chart = new RankingChart;
        Shown shown(chart, QSize(390, 420));
        const QList<QAbstractAxis *> axes = chart->axes();
        widgets::RankingChartData counts = test::rankingData();
        counts.indicator = test::countIndicator();
        counts.title = QStringLiteral("Inwoners, 2023");
        for (widgets::RegionValue &item : counts.items)
            item.value = item.value * 1000.0 + 7000.0;
        counts.referenceValue = widgets::kNoValue;
        for (int round = 0; round < 3; ++round) {
            chart->setData(test::rankingData());
            QCoreApplication::processEvents();
            chart->setData(counts);
        }
        const QImage switched = shown.image();
        QCOMPARE(chart->axes(), axes);
        const QStringList texts = visibleTexts(shown.view.scene());
        QVERIFY2(!texts.join(QLatin1Char('|')).contains(QStringLiteral("Werkloosheid")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY(!texts.join(QLatin1Char('|')).contains(QStringLiteral("Zwolle: ")));
        const QStringList ticks = labels(*chart, Qt::Horizontal);
        QVERIFY2(ticks.contains(QStringLiteral("20.000")),
                 qPrintable(ticks.join(QLatin1Char(' '))));

        auto *fresh = new RankingChart;
        Shown reference(fresh, QSize(390, 420));
        fresh->setData(counts);
        QCOMPARE(switched, reference.image());
    }

    void scatterShowsOnlyTheNewAxes()
    {
        auto *chart = new ScatterChart;
        Shown shown(chart);
        const QList<QAbstractAxis *> axes = chart->axes();
        widgets::ScatterChartData swapped = test::scatterData();
        std::swap(swapped.xIndicator, swapped.yIndicator);
        for (widgets::ScatterPoint &point : swapped.points)
            std::swap(point.x, point.y);
        chart->setData(test::scatterData());
        QCoreApplication::processEvents();
        chart->setData(swapped);
        const QImage switched = shown.image();
        QCOMPARE(chart->axes(), axes);
        // "Werkloosheid" is in the chart's title: the axis says only the unit.
        QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("%"));
        QVERIFY(labels(*chart, Qt::Vertical).contains(QStringLiteral("30")));

        auto *fresh = new ScatterChart;
        Shown reference(fresh);
        fresh->setData(swapped);
        QCOMPARE(switched, reference.image());
    }

    void distributionModeSwitchKeepsItsAxes()
    {
        auto *chart = new DistributionChart;
        Shown shown(chart);
        const QList<QAbstractAxis *> axes = chart->axes();
        chart->setData(test::distributionData());
        QCoreApplication::processEvents();
        chart->setMode(DistributionChart::Mode::BoxPlot);
        const QImage switched = shown.image();
        QCOMPARE(chart->axes(), axes);
        const QStringList texts = visibleTexts(shown.view.scene());
        // The histogram's count axis is gone: its title and its small counts.
        QVERIFY2(!texts.contains(QStringLiteral("number of regions")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        QCOMPARE(labels(*chart, Qt::Horizontal), QStringList{QStringLiteral("Inwoners")});

        auto *fresh = new DistributionChart;
        Shown reference(fresh);
        fresh->setMode(DistributionChart::Mode::BoxPlot);
        fresh->setData(test::distributionData());
        QCOMPARE(switched, reference.image());
    }

    void scatterOfTwoLongNamesKeepsItsWholeTitle()
    {
        // Two long indicator names: two lines are not enough at dock width, three are.
        auto *chart = new ScatterChart;
        Shown shown(chart, QSize(390, 300));
        widgets::ScatterChartData data = test::scatterData();
        data.title = QStringLiteral("Aandeel huishoudens met een inkomen onder het sociaal "
                                    "minimum \u00d7 Aandeel woningen met zonnepanelen, 2023");
        chart->setData(data);
        shown.image();
        QCOMPARE(wrapTitle(data.title, chart->titleFont(), 390 - 16.0).count("<br>"), 1);
        QCOMPARE(wrapTitle(data.title, chart->titleFont(), 390 - 16.0, 3).count("<br>"), 2);
        const QStringList texts = visibleTexts(shown.view.scene());
        QVERIFY2(texts.contains(data.title), qPrintable(texts.join(QStringLiteral(" | "))));
    }

    void rankingReadableInADock()
    {
        // The ranking dock of the window at 1366x768: long indicator name, long wijk names.
        auto *chart = new RankingChart;
        Shown shown(chart, QSize(390, 250));
        widgets::RankingChartData data = test::rankingData();
        data.indicator = longPercent();
        data.title = QStringLiteral("Aandeel huishoudens met laag inkomen, 2023");
        chart->setData(data);
        shown.image();
        const QStringList texts = visibleTexts(shown.view.scene());
        // The title is whole (on two lines), the legend entry and the ticks are not elided.
        QVERIFY2(texts.contains(data.title), qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(texts.contains(QStringLiteral("Zwolle: 3,8 %")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        const QStringList ticks = labels(*chart, Qt::Horizontal);
        QVERIFY(ticks.size() >= 2 && ticks.size() <= 5);
        for (const QString &text : texts)
            QVERIFY2(!text.endsWith(QStringLiteral("...")), // Qt's elision (names use "…")
                     qPrintable(texts.join(QStringLiteral(" | "))));
        // The names take at most 40 %: the bars keep about a third of the width.
        QVERIFY2(chart->plotArea().width() > 390 * 0.3,
                 qPrintable(QString::number(chart->plotArea().width())));
    }
};

QTEST_MAIN(TestChartIndicatorSwitch)
#include "test_chart_indicator_switch.moc"
