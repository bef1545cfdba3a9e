// Ranking chart: sorted best first, selection highlighted without rebuilding, municipality
// reference line, suppressed and missing regions last with no bar and no number.
#include "charts/charts_namespace.h"
#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "test_chart_fixtures.h"

#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtTest>

using namespace wijk;
using namespace wijk::widgets::charts;
WIJK_CHARTS_USE_NAMESPACE

class TestRankingChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useDutchLocale(); }

    void sortedBestFirstWithoutValuesLast()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        const QStringList order = chart.orderedCodes();
        QCOMPARE(order.size(), 16);
        // Werkloosheid: lower is better, so the lowest value is on top.
        QCOMPARE(order.first(), QStringLiteral("WK019308")); // Westenholte 2,1
        QCOMPARE(order.at(13), QStringLiteral("WK019306"));  // Holtenbroek 8,3
        double previous = -1.0;
        for (int i = 0; i < 14; ++i) {
            const double value = chart.barValue(order[i]);
            QVERIFY(value >= previous);
            previous = value;
        }
        // Suppressed and missing last, by name, marked in words.
        QCOMPARE(order.at(14), QStringLiteral("WK019314"));
        QCOMPARE(order.at(15), QStringLiteral("WK019313"));
        QCOMPARE(chart.labelOf("WK019313"), QStringLiteral("Schelle \u2013 suppressed"));
        QCOMPARE(chart.labelOf("WK019314"), QStringLiteral("Oldenelerbroek \u2013 missing"));
    }

    void higherIsBetterSortsDescending()
    {
        widgets::RankingChartData data = test::rankingData();
        data.indicator.polarity = Polarity::HigherIsBetter;
        RankingChart chart;
        chart.setData(data);
        QCOMPARE(chart.orderedCodes().first(), QStringLiteral("WK019306"));
    }

    void suppressedHaveNoBarAndNoNumber()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        QVERIFY(std::isnan(chart.barValue("WK019313")));
        QVERIFY(chart.valueLabelOf("WK019313").isEmpty());
        QVERIFY(chart.valueLabelOf("WK019314").isEmpty());
        QCOMPARE(chart.valueLabelOf("WK019302"), QStringLiteral("7,4\u00a0%"));
        // The bars drawn for them have zero length in both sets.
        auto *series = qobject_cast<QAbstractBarSeries *>(chart.series().first());
        for (QBarSet *set : series->barSets()) {
            QCOMPARE(set->at(0), 0.0); // the bottom bar is the last region
            QCOMPARE(set->at(1), 0.0);
        }
        // Selecting a suppressed region still marks its name (and does not invent a bar).
        chart.setHighlighted({"WK019313"});
        for (QBarSet *set : series->barSets())
            QCOMPARE(set->at(0), 0.0);
    }

    void referenceLine()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        QCOMPARE(chart.referenceLineValue(), 3.8);
        widgets::RankingChartData data = test::rankingData();
        data.referenceValue = widgets::kNoValue;
        chart.setData(data);
        QVERIFY(std::isnan(chart.referenceLineValue()));
    }

    void highlightMovesOnlyAffectedBars()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        auto *series = qobject_cast<QAbstractBarSeries *>(chart.series().first());
        QCOMPARE(series->property("wijkRole").toString(), QString(role::bars));
        QBarSet *base = series->barSets().at(0);
        QBarSet *selected = series->barSets().at(1);
        QCOMPARE(selected->sum(), 0.0);
        QSignalSpy changedBars(selected, &QBarSet::valueChanged);

        chart.setHighlighted({"WK019302"});
        const int bar = 15 - chart.orderedCodes().indexOf("WK019302");
        QCOMPARE(selected->at(bar), 7.4);
        QCOMPARE(base->at(bar), 0.0);
        QCOMPARE(selected->sum(), 7.4);
        QCOMPARE(changedBars.count(), 1);
        // Same series objects: nothing was rebuilt.
        QCOMPARE(chart.series().first(), series);

        chart.setHighlighted({"WK019302", "WK019310"});
        QCOMPARE(changedBars.count(), 2);
        chart.setHighlighted({"WK019310"});
        QCOMPARE(base->at(bar), 7.4);
        QCOMPARE(selected->sum(), 2.3);
        // Unknown codes (another level's regions) are ignored.
        chart.setHighlighted({"WK019310", "BU01930101"});
        QCOMPARE(selected->sum(), 2.3);
    }

    void clickSelectsAndCtrlAdds()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        QSignalSpy edited(&chart, &SelectableChart::selectionEdited);
        chart.clickRegion("WK019301", false);
        chart.clickRegion("WK019302", true);
        QCOMPARE(chart.highlighted(), QStringList({"WK019301", "WK019302"}));
        chart.clickRegion("WK019303", false);
        QCOMPARE(chart.highlighted(), QStringList({"WK019303"}));
        chart.clickRegion("WK019303", true);
        QVERIFY(chart.highlighted().isEmpty());
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edited.last().at(0).toStringList(), QStringList());
    }

    void highlightSurvivesNewData()
    {
        RankingChart chart;
        chart.setData(test::rankingData());
        chart.setHighlighted({"WK019302"});
        widgets::RankingChartData data = test::rankingData();
        data.title = QStringLiteral("Werkloosheid per wijk, 2022");
        chart.setData(data);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart.series().first());
        QCOMPARE(series->barSets().at(1)->sum(), 7.4);
    }

    void everyNameShowsAtDockSize()
    {
        // Eleven wijken in a chart the size of the ranking dock at 1366 x 768: every name
        // and value is drawn (the rule once showed every second name there).
        widgets::RankingChartData data = test::rankingData();
        data.items.resize(11);
        auto *chart = new RankingChart;
        chart->setData(data);
        QChartView view(chart);
        view.resize(400, 270);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(chart->shownNames(), chart->orderedCodes());
        QVERIFY(chart->plotArea().height() / 11 < QFontMetricsF(QFont()).height() + 1);

        // Squeezed to half the height, every second or third name, and always the highlighted
        // one, whose neighbour gives way to it (issue 19: names never overlap).
        const QString last = chart->orderedCodes().constLast();
        chart->setHighlighted({last});
        view.resize(400, 150);
        QTRY_VERIFY(chart->shownNames().size() < 11);
        QVERIFY(chart->shownNames().size() >= 4);
        QVERIFY(chart->shownNames().contains(last));
        QVERIFY(!chart->shownNames().contains(chart->orderedCodes().at(9)));
    }

    //! Issue 19: a national level is never thousands of bars: the ten best and ten worst and
    //! the neighbours of the selection, whose name never overlaps another.
    void aLargeLevelShowsItsEndsAndTheSelection()
    {
        widgets::RankingChartData data = test::rankingData();
        data.indicator.polarity = Polarity::HigherIsBetter;
        data.items.clear();
        for (int n = 0; n < 3070; ++n)
            data.items.push_back({QStringLiteral("WK%1").arg(n, 6, 10, QLatin1Char('0')),
                                  QStringLiteral("Wijk %1").arg(n), double(n), ValueStatus::Final});
        auto *chart = new RankingChart;
        chart->setData(data);
        QVERIFY(chart->isCut());
        QCOMPARE(chart->orderedCodes().size(), 2 * RankingChart::kEndBars);
        QCOMPARE(chart->orderedCodes().first(), QStringLiteral("WK003069")); // the highest
        QCOMPARE(chart->orderedCodes().last(), QStringLiteral("WK000000"));
        // Selecting one in the middle draws its neighbourhood too.
        chart->setHighlighted({QStringLiteral("WK001500")});
        const QStringList shown = chart->orderedCodes();
        QVERIFY(shown.size() <= RankingChart::kMostBars);
        for (int n = 1500 - RankingChart::kAroundSelection;
             n <= 1500 + RankingChart::kAroundSelection; ++n)
            QVERIFY(shown.contains(QStringLiteral("WK%1").arg(n, 6, 10, QLatin1Char('0'))));
        // In a small dock not every name fits: the selected one is drawn, and no name closer
        // than the thinning step to it.
        QChartView view(chart);
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(chart->shownNames().size() < shown.size());
        const QStringList names = chart->shownNames();
        QVERIFY(names.contains(QStringLiteral("WK001500")));
        const int selectedRow = shown.indexOf(QStringLiteral("WK001500"));
        const QString above = shown.value(selectedRow - 1), below = shown.value(selectedRow + 1);
        QVERIFY(!names.contains(above));
        QVERIFY(!names.contains(below));
    }

    //! 53 buurten with one selected, in the ranking dock at 1366 x 768: fewer ends and
    //! neighbours, each with its name, instead of 20 bars with every second name; a taller
    //! chart gets the ten best and worst back. Regions without a value are no "worst".
    void aLargeLevelInASmallDockNamesEveryBar()
    {
        widgets::RankingChartData data = test::rankingData();
        data.indicator.polarity = Polarity::HigherIsBetter;
        data.items.clear();
        for (int n = 0; n < 53; ++n)
            data.items.push_back({QStringLiteral("BU%1").arg(n, 8, 10, QLatin1Char('0')),
                                  QStringLiteral("Buurt %1").arg(n), double(n),
                                  ValueStatus::Final});
        data.items.push_back({QStringLiteral("BU99999999"), QStringLiteral("Afgeschermd"),
                              widgets::kNoValue, ValueStatus::Suppressed});
        auto *chart = new RankingChart;
        chart->setData(data);
        chart->setHighlighted({QStringLiteral("BU00000025")});
        QChartView view(chart);
        view.resize(390, 250);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(chart->orderedCodes().size() < 2 * RankingChart::kEndBars);
        QTRY_COMPARE(chart->shownNames(), chart->orderedCodes());
        QVERIFY(chart->orderedCodes().contains(QStringLiteral("BU00000025")));
        QCOMPARE(chart->orderedCodes().first(), QStringLiteral("BU00000052"));
        QCOMPARE(chart->orderedCodes().last(), QStringLiteral("BU00000000"));
        QVERIFY(!chart->orderedCodes().contains(QStringLiteral("BU99999999")));
        view.resize(390, 700);
        QTRY_VERIFY(chart->orderedCodes().size() >= 2 * RankingChart::kEndBars);
    }

    //! Issue 12: the axis of the ranking dock read "20....": from the dock's width at 1366 x 768
    //! (390 px) up, for counts in the thousands, WOZ in thousands of euros and shares, every
    //! tick label is drawn whole and is a number.
    void axisLabelsAreReadableNumbersAtDockSize()
    {
        struct Case
        {
            QString unit;
            IndicatorKind kind;
            int decimals;
            double scale; // values are the fixture's shares times this
            double reference;
        };
        const Case cases[] = {{"count", IndicatorKind::Count, 0, 2400.0, 83000.0},
                              {"count", IndicatorKind::Count, 0, 2400.0, qQNaN()},
                              {"euro_x1000", IndicatorKind::Mean, 0, 61.0, 287.0},
                              {"percent", IndicatorKind::Ratio, 1, 4.5, 17.1}};
        QStringList elided;
        for (const Case &c : cases)
            for (int width : {390, 460, 560, 700}) {
                widgets::RankingChartData data = test::rankingData();
                data.items.resize(11);
                data.indicator.unit = c.unit;
                data.indicator.kind = c.kind;
                data.indicator.decimals = c.decimals;
                data.indicator.name = QStringLiteral("Inwoners");
                data.title = QStringLiteral("Inwoners per wijk, 2024");
                for (widgets::RegionValue &item : data.items)
                    item.value *= c.scale;
                data.referenceValue = c.reference;
                auto *chart = new RankingChart;
                chart->setData(data);
                QChartView view(chart);
                view.resize(width, 270);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QCoreApplication::processEvents();
                // Qt draws axis labels as text items and elides them with "...".
                QStringList ticks;
                const auto items = view.scene()->items();
                for (QGraphicsItem *item : items) {
                    auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                    if (!text || !text->isVisible() || text->defaultTextColor().alpha() == 0)
                        continue;
                    const QString shown = text->toPlainText();
                    const QString where =
                        QStringLiteral("%1 at %2 px: %3").arg(c.unit).arg(width).arg(shown);
                    if (shown.contains(QLatin1String("...")))
                        elided << where;
                    bool number = false;
                    QLocale().toDouble(QString(shown).remove(QChar(0xa0)), &number);
                    if (number)
                        ticks << shown;
                }
                // A scale to read a bar by: zero (unlabelled) and from 460 px at least two
                // numbers (before, "100.000" alone up to 560 px: the hidden name axis took
                // the room).
                if (ticks.size() < (width >= 460 ? 2 : 1))
                    elided << QStringLiteral("%1 at %2 px: %3 tick labels")
                                  .arg(c.unit)
                                  .arg(width)
                                  .arg(ticks.size());
            }
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QStringLiteral(" | "))));
    }

    void duplicateNamesStayApart()
    {
        widgets::RankingChartData data = test::rankingData();
        data.items[1].name = data.items[0].name;
        RankingChart chart;
        chart.setData(data);
        QVERIFY(chart.labelOf(data.items[0].code) != chart.labelOf(data.items[1].code));
    }
};

QTEST_MAIN(TestRankingChart)
#include "test_ranking_chart.moc"
