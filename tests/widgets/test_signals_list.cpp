// The signals list: strongest first, filters on theme, direction and level, choosing selects.
#include "qgis_test_main.h"
#include "signals/signals_list.h"

#include <QSignalSpy>
#include <QTreeView>

using namespace wijk;

class TestSignalsList : public QObject
{
    Q_OBJECT

    static QVector<SignalEntry> sample()
    {
        SignalEntry a;
        a.region = QStringLiteral("WK000101");
        a.regionName = QStringLiteral("Centrum");
        a.indicator = QStringLiteral("werkloosheid");
        a.theme = QStringLiteral("Inkomen");
        a.direction = 1;
        a.favourable = false;
        a.strength = 2.0;
        a.explanation = QStringLiteral("Stijgt sinds 2016.");
        SignalEntry b = a;
        b.region = QStringLiteral("BU00010101");
        b.level = RegionLevel::Buurt;
        b.theme = QStringLiteral("Zorg");
        b.direction = -1;
        b.favourable = true;
        b.strength = 3.0;
        SignalEntry c = a;
        c.region = QStringLiteral("WK000102");
        c.strength = 1.0;
        return {a, b, c};
    }

private slots:
    void ordersByStrength()
    {
        SignalsList list;
        list.setSignals(sample());
        QCOMPARE(list.visibleCount(), 3);
        QCOMPARE(list.visibleEntry(0).region, QStringLiteral("BU00010101"));
        QCOMPARE(list.visibleEntry(2).region, QStringLiteral("WK000102"));
    }

    void aColumnSortSurvivesNewResults()
    {
        QVector<SignalEntry> entries = sample();
        entries[0].period = 2018;
        entries[1].period = 2015;
        entries[2].period = 2020;
        SignalsList list;
        list.setSignals(entries);
        auto *view = list.findChild<QTreeView *>();
        QVERIFY(view);
        view->sortByColumn(3, Qt::DescendingOrder); // the user clicks "Period"
        const auto periods = [&list] {
            QList<int> result;
            for (int row = 0; row < list.visibleCount(); ++row)
                result << list.visibleEntry(row).period;
            return result;
        };
        QCOMPARE(periods(), (QList<int>{2020, 2018, 2015}));
        list.setSignals(entries); // e.g. another level, or the language
        QCOMPARE(periods(), (QList<int>{2020, 2018, 2015}));
    }

    void filters()
    {
        SignalsList list;
        list.setSignals(sample());
        list.setThemeFilter(QStringLiteral("Zorg"));
        QCOMPARE(list.visibleCount(), 1);
        list.setThemeFilter(QString());
        list.setDirectionFilter(1);
        QCOMPARE(list.visibleCount(), 2);
        list.setLevelFilter(static_cast<int>(RegionLevel::Buurt));
        QCOMPARE(list.visibleCount(), 0);
        list.setDirectionFilter(0);
        QCOMPARE(list.visibleCount(), 1);
        list.setSignals(sample()); // new results keep the filters
        QCOMPARE(list.visibleCount(), 1);
    }

    void choosingReportsRegionAndIndicator()
    {
        SignalsList list;
        list.setSignals(sample());
        QSignalSpy spy(&list, &SignalsList::signalChosen);
        auto *view = list.findChild<QTreeView *>(QStringLiteral("signalsView"));
        QVERIFY(view);
        emit view->activated(view->model()->index(1, 4));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(0).toString(), QStringLiteral("WK000101"));
        QCOMPARE(spy.constFirst().at(1).toString(), QStringLiteral("werkloosheid"));
    }
};

WIJK_QGIS_TEST_MAIN(TestSignalsList)
#include "test_signals_list.moc"
