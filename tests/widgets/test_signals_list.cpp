// The signals list: the engine's order (unfavourable first, then favourable, then neutral),
// filters on theme, assessment, direction and level, choosing selects.
#include "signals/signals_list.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace wijk;

class TestSignalsList : public QObject
{
    Q_OBJECT

    //! In the engine's order: unfavourable (strongest first), favourable, neutral.
    static QVector<widgets::SignalEntry> sample()
    {
        widgets::SignalEntry a;
        a.region = QStringLiteral("WK000101");
        a.regionName = QStringLiteral("Centrum");
        a.indicator = QStringLiteral("werkloosheid");
        a.theme = QStringLiteral("Inkomen");
        a.direction = 1;
        a.assessment = engine::SignalAssessment::Unfavourable;
        a.strength = 2.0;
        a.explanation = QStringLiteral("Stijgt sinds 2016.");
        widgets::SignalEntry c = a;
        c.region = QStringLiteral("WK000102");
        c.strength = 1.0;
        widgets::SignalEntry b = a;
        b.region = QStringLiteral("BU00010101");
        b.level = RegionLevel::Buurt;
        b.theme = QStringLiteral("Zorg");
        b.direction = -1;
        b.assessment = engine::SignalAssessment::Favourable;
        b.strength = 3.0;
        widgets::SignalEntry d = a;
        d.region = QStringLiteral("WK000103");
        d.indicator = QStringLiteral("pct_65plus");
        d.theme = QStringLiteral("Bevolking");
        d.direction = -1;
        d.assessment = engine::SignalAssessment::Neutral;
        d.strength = 4.0;
        return {a, c, b, d};
    }

    static QStringList regions(const widgets::SignalsList &list)
    {
        QStringList result;
        for (int row = 0; row < list.visibleCount(); ++row)
            result << list.visibleEntry(row).region;
        return result;
    }

private slots:
    void keepsTheEnginesOrderUnfavourableFirst()
    {
        widgets::SignalsList list;
        list.setSignals(sample());
        // Not by strength: the strongest (neutral, 4.0) and the favourable 3.0 come last.
        QCOMPARE(regions(list), (QStringList{"WK000101", "WK000102", "BU00010101", "WK000103"}));
        QCOMPARE(list.visibleEntry(0).assessment, engine::SignalAssessment::Unfavourable);
        auto *view = list.findChild<QTreeView *>(QStringLiteral("signalsView"));
        QVERIFY(view);
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("▲ unfavourable"));
        QCOMPARE(view->model()->index(3, 2).data().toString(), QStringLiteral("▼ neutral"));
        // Sorting the direction column groups by assessment too: unfavourable first.
        view->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(list.visibleEntry(0).assessment, engine::SignalAssessment::Unfavourable);
        QCOMPARE(list.visibleEntry(3).assessment, engine::SignalAssessment::Neutral);
    }

    void filtersOnAssessment()
    {
        widgets::SignalsList list;
        list.setSignals(sample());
        auto *box = list.findChild<QComboBox *>(QStringLiteral("signalAssessmentFilter"));
        QVERIFY(box);
        QCOMPARE(box->count(), 4); // all, verslechtering, verbetering, neutraal
        list.setAssessmentFilter(static_cast<int>(engine::SignalAssessment::Unfavourable));
        QCOMPARE(regions(list), (QStringList{"WK000101", "WK000102"}));
        list.setAssessmentFilter(static_cast<int>(engine::SignalAssessment::Favourable));
        QCOMPARE(regions(list), QStringList{"BU00010101"});
        list.setAssessmentFilter(static_cast<int>(engine::SignalAssessment::Neutral));
        QCOMPARE(regions(list), QStringList{"WK000103"});
        // Together with the direction filter, which stays.
        list.setDirectionFilter(1);
        QCOMPARE(list.visibleCount(), 0);
        list.setAssessmentFilter(-1);
        QCOMPARE(regions(list), (QStringList{"WK000101", "WK000102"}));
        // The combo box does the same.
        list.setDirectionFilter(0);
        box->setCurrentIndex(box->findData(static_cast<int>(engine::SignalAssessment::Neutral)));
        emit box->activated(box->currentIndex());
        QCOMPARE(regions(list), QStringList{"WK000103"});
        list.setSignals(sample()); // new results keep the filter
        QCOMPARE(regions(list), QStringList{"WK000103"});
    }

    void aColumnSortSurvivesNewResults()
    {
        QVector<widgets::SignalEntry> entries = sample();
        entries[0].period = 2018;
        entries[1].period = 2015;
        entries[2].period = 2020;
        entries[3].period = 2017;
        widgets::SignalsList list;
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
        QCOMPARE(periods(), (QList<int>{2020, 2018, 2017, 2015}));
        list.setSignals(entries); // e.g. another level, or the language
        QCOMPARE(periods(), (QList<int>{2020, 2018, 2017, 2015}));
    }

    void filters()
    {
        widgets::SignalsList list;
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
        widgets::SignalsList list;
        list.setSignals(sample());
        QSignalSpy spy(&list, &widgets::SignalsList::signalChosen);
        auto *view = list.findChild<QTreeView *>(QStringLiteral("signalsView"));
        QVERIFY(view);
        emit view->activated(view->model()->index(1, 4));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(0).toString(), QStringLiteral("WK000102"));
        QCOMPARE(spy.constFirst().at(1).toString(), QStringLiteral("werkloosheid"));
    }
};

QTEST_MAIN(TestSignalsList)
#include "test_signals_list.moc"
