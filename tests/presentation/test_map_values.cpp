// The presentation module's map values (docs/maps.md, "Map modes"): change since an explicit
// base year (the previous period by default), trend and signal from a start year to the year
// shown, the signal as an enum, the status a view shows, and one rule for map decimals.
#include "../analysis/test_trends_fixture.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "map_values.h"

#include <QtTest>
#include <cmath>

using namespace wijk;
using namespace wijk::presentation;
using test::makeIndicator;
using test::makeRegion;
using test::obs;

class TestMapValues : public QObject
{
    Q_OBJECT

    //! Crimes (lower is better) 2015-2022: Wijk 01 flat until 2018, then rising by 10 a
    //! year; Wijk 02 level around 200.
    static engine::Dataset crimes()
    {
        const std::vector<Region> regions = {
            makeRegion("GM9999", "Demostad", RegionLevel::Gemeente, {}),
            makeRegion("WK999901", "Wijk 01", RegionLevel::Wijk, "GM9999"),
            makeRegion("WK999902", "Wijk 02", RegionLevel::Wijk, "GM9999")};
        std::vector<int> years;
        for (int year = 2015; year <= 2022; ++year)
            years.push_back(year);
        engine::Dataset dataset(
            {makeIndicator("crimes", IndicatorKind::Count, 0, Polarity::LowerIsBetter)}, regions,
            years);
        std::vector<Observation> observations;
        const double level[] = {200, 203, 198, 201, 199, 202, 197, 200};
        for (int k = 0; k < int(years.size()); ++k) {
            const int year = years[size_t(k)];
            observations.push_back(
                obs("WK999901", "crimes", year, 100 + 10 * std::max(0, year - 2018)));
            observations.push_back(obs("WK999902", "crimes", year, level[k]));
        }
        dataset.addObservations(observations);
        engine::deriveAggregates(dataset);
        engine::applyDisclosure(dataset);
        return dataset;
    }

    static const MapValue &of(const QVector<MapValue> &values, const char *code)
    {
        for (const MapValue &value : values)
            if (value.code == QLatin1String(code))
                return value;
        static const MapValue none;
        return none;
    }

    static MapValuesRequest request(int period)
    {
        MapValuesRequest shown;
        shown.level = RegionLevel::Wijk;
        shown.indicator = QStringLiteral("crimes");
        shown.period = period;
        return shown;
    }

private slots:
    void changeIsSinceThePreviousPeriodByDefault()
    {
        const engine::Dataset dataset = crimes();
        QString error;
        const QVector<MapValue> values = mapValues(dataset, request(2022), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values.size(), 2);
        QCOMPARE(changeBase(dataset, request(2022)), 2021);
        QCOMPARE(of(values, "WK999901").value, 140.0);
        QCOMPARE(of(values, "WK999901").change, 10.0);
        QCOMPARE(of(values, "WK999902").change, 3.0);
        // The first period has no previous one: no change.
        const QVector<MapValue> first = mapValues(dataset, request(2015), &error);
        QVERIFY(std::isnan(of(first, "WK999901").change));
    }

    void changeSinceAGivenYear()
    {
        const engine::Dataset dataset = crimes();
        MapValuesRequest since = request(2022);
        since.changeSince = 2015;
        QString error;
        const QVector<MapValue> values = mapValues(dataset, since, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(of(values, "WK999901").change, 40.0);
        QCOMPARE(of(values, "WK999902").change, 0.0);
    }

    void trendAndSignalRunToTheYearShown()
    {
        const engine::Dataset dataset = crimes();
        QString error;
        const QVector<MapValue> latest = mapValues(dataset, request(2022), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const MapValue &rising = of(latest, "WK999901");
        QVERIFY(rising.significant);
        QVERIFY(rising.slope > 0);
        QCOMPARE(rising.signal, MapSignal::Worse); // more crimes: worse, as an enum
        QCOMPARE(of(latest, "WK999902").signal, MapSignal::None);
        // Until 2018 Wijk 01 was flat: no signal in the map of 2018.
        const QVector<MapValue> early = mapValues(dataset, request(2018), &error);
        QCOMPARE(of(early, "WK999901").slope, 0.0);
        QCOMPARE(of(early, "WK999901").signal, MapSignal::None);
        const engine::TrendOptions options = trendOptions(dataset, request(2018));
        QCOMPARE(options.fromYear, 2015);
        QCOMPARE(options.toYear, 2018);
        // A value map needs no trends.
        MapValuesRequest valuesOnly = request(2022);
        valuesOnly.withTrends = false;
        const QVector<MapValue> plain = mapValues(dataset, valuesOnly, &error);
        QVERIFY(std::isnan(of(plain, "WK999901").slope));
        QCOMPARE(of(plain, "WK999901").signal, MapSignal::None);
        QCOMPARE(of(plain, "WK999901").change, 10.0);
    }

    void aggregatesAreShownAsDerived()
    {
        const engine::Dataset dataset = crimes();
        MapValuesRequest gemeente = request(2022);
        gemeente.level = RegionLevel::Gemeente;
        QString error;
        const QVector<MapValue> values = mapValues(dataset, gemeente, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(of(values, "GM9999").value, 340.0);
        QCOMPARE(of(values, "GM9999").status, ValueStatus::Derived);
    }

    void badRequestsSayWhy()
    {
        const engine::Dataset dataset = crimes();
        QString error;
        MapValuesRequest unknown = request(2022);
        unknown.indicator = QStringLiteral("nope");
        QVERIFY(mapValues(dataset, unknown, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
        error.clear();
        QVERIFY(mapValues(dataset, request(2030), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("2030")), qPrintable(error));
        error.clear();
        MapValuesRequest after = request(2018);
        after.changeSince = 2020;
        QVERIFY(mapValues(dataset, after, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("2020")), qPrintable(error));
    }

    void trendMapsShowOneDecimalMore()
    {
        QCOMPARE(mapDecimals(MapMode::Value, 1), 1);
        QCOMPARE(mapDecimals(MapMode::Change, 1), 1);
        QCOMPARE(mapDecimals(MapMode::Trend, 1), 2);
        QCOMPARE(*mapModeFromString(QStringLiteral(" Signals ")), MapMode::Signals);
        QVERIFY(!mapModeFromString(QStringLiteral("verslechtering")));
    }
};

QTEST_GUILESS_MAIN(TestMapValues)
#include "test_map_values.moc"
