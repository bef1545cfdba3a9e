// RegionSelection: deltas in the changed signal, origin passed through, Esc-clear, and the
// linked charts ignoring their own changes while following everybody else's.
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "selection/region_selection.h"
#include "test_chart_fixtures.h"

#include <QSignalSpy>
#include <QtCharts/QScatterSeries>
#include <QtTest>

using namespace wijk;

class TestRegionSelection : public QObject
{
    Q_OBJECT

private:
    static QStringList added(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).toStringList();
    }
    static QStringList removed(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(1).toStringList();
    }

private slots:
    void setSelectionEmitsDelta()
    {
        widgets::RegionSelection selection;
        QSignalSpy spy(&selection, &widgets::RegionSelection::changed);
        QObject view;
        selection.setSelection({"WK01", "WK02", "WK02", ""}, &view);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(added(spy, 0), QStringList({"WK01", "WK02"}));
        QCOMPARE(removed(spy, 0), QStringList());
        QCOMPARE(spy.at(0).at(2).value<QObject *>(), &view);
        selection.setSelection({"WK02", "WK03"});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(added(spy, 1), QStringList({"WK03"}));
        QCOMPARE(removed(spy, 1), QStringList({"WK01"}));
        QCOMPARE(selection.selected(), QStringList({"WK02", "WK03"}));
        QVERIFY(selection.contains("WK03"));
        QVERIFY(!selection.contains("WK01"));
    }

    void noSignalWithoutChange()
    {
        widgets::RegionSelection selection;
        selection.setSelection({"WK01"});
        QSignalSpy spy(&selection, &widgets::RegionSelection::changed);
        selection.setSelection({"WK01"});
        selection.add({"WK01"});
        selection.remove({"WK09"});
        QCOMPARE(spy.count(), 0);
    }

    void addRemoveToggle()
    {
        widgets::RegionSelection selection;
        QSignalSpy spy(&selection, &widgets::RegionSelection::changed);
        selection.add({"A", "B"});
        selection.add({"B", "C"});
        QCOMPARE(added(spy, 1), QStringList({"C"}));
        selection.remove({"A", "X"});
        QCOMPARE(removed(spy, 2), QStringList({"A"}));
        selection.toggle("B");
        QCOMPARE(removed(spy, 3), QStringList({"B"}));
        selection.toggle("B");
        QCOMPARE(added(spy, 4), QStringList({"B"}));
        QCOMPARE(selection.selected(), QStringList({"C", "B"}));
    }

    void clickReplacesOrToggles()
    {
        widgets::RegionSelection selection;
        selection.setSelection({"A", "B"});
        selection.click("C", false);
        QCOMPARE(selection.selected(), QStringList({"C"}));
        selection.click("A", true);
        QCOMPARE(selection.selected(), QStringList({"C", "A"}));
        selection.click("C", true);
        QCOMPARE(selection.selected(), QStringList({"A"}));
    }

    void clearRemovesEverythingOnce()
    {
        widgets::RegionSelection selection;
        selection.setSelection({"A", "B"});
        QSignalSpy spy(&selection, &widgets::RegionSelection::changed);
        QObject view;
        selection.clear(&view);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(removed(spy, 0), QStringList({"A", "B"}));
        QCOMPARE(spy.at(0).at(2).value<QObject *>(), &view);
        QVERIFY(selection.isEmpty());
        selection.clear();
        QCOMPARE(spy.count(), 1);
    }

    void chartsFollowOthersAndIgnoreThemselves()
    {
        test::useDutchLocale();
        widgets::RegionSelection selection;
        widgets::charts::RankingChart ranking;
        ranking.setData(test::rankingData());
        widgets::charts::ScatterChart scatter;
        scatter.setData(test::scatterData());
        ranking.setSelectionModel(&selection);
        scatter.setSelectionModel(&selection);

        // From outside (the map): both charts highlight.
        selection.setSelection({"WK019302", "WK019310"});
        QVERIFY(ranking.isHighlighted("WK019302"));
        QVERIFY(scatter.isHighlighted("WK019310"));
        QCOMPARE(scatter.selectedSeries()->count(), 2);
        QCOMPARE(scatter.baseSeries()->count(), 12);

        // A click in the ranking reaches the model and the scatter, with the ranking as origin.
        QSignalSpy spy(&selection, &widgets::RegionSelection::changed);
        QSignalSpy edited(&ranking, &widgets::charts::SelectableChart::selectionEdited);
        ranking.clickRegion("WK019306", false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).value<QObject *>(), &ranking);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(selection.selected(), QStringList({"WK019306"}));
        QCOMPARE(ranking.highlighted(), QStringList({"WK019306"}));
        QCOMPARE(scatter.highlighted(), QStringList({"WK019306"}));
        QCOMPARE(scatter.selectedSeries()->count(), 1);

        // Ctrl-click in the scatter adds.
        scatter.clickRegion("WK019308", true);
        QCOMPARE(selection.selected(), QStringList({"WK019306", "WK019308"}));
        QVERIFY(ranking.isHighlighted("WK019308"));

        // Esc in one chart clears everywhere.
        scatter.clearSelection();
        QVERIFY(selection.isEmpty());
        QVERIFY(ranking.highlighted().isEmpty());
        QCOMPARE(scatter.selectedSeries()->count(), 0);
        QCOMPARE(scatter.baseSeries()->count(), 14);
    }

    void changesFromItselfAreIgnored()
    {
        widgets::RegionSelection selection;
        widgets::charts::RankingChart ranking;
        ranking.setData(test::rankingData());
        ranking.setSelectionModel(&selection);
        // A change that claims to come from the ranking does not touch it: it has already
        // drawn what it asked for.
        selection.setSelection({"WK019301"}, &ranking);
        QVERIFY(!ranking.isHighlighted("WK019301"));
        selection.setSelection({"WK019301"}, nullptr); // no change, no signal
        QVERIFY(!ranking.isHighlighted("WK019301"));
        selection.setSelection({"WK019302"});
        QCOMPARE(ranking.highlighted(), QStringList({"WK019302"}));
    }
};

QTEST_MAIN(TestRegionSelection)
#include "test_region_selection.moc"
