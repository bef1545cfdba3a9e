// The focus (engine::RegionFocus) and names with context (engine::RegionNames), issue 19:
// which regions a focus on one gemeente shows, the proposal from the extracts, parsing
// --focus, and "Wijk 01 (Hilversum)" only where "Wijk 01" alone is ambiguous.
#include "engine/region_focus.h"
#include "engine/region_names.h"
#include "test_trends_fixture.h"

#include <QtTest>
#include <limits>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestRegionFocus : public QObject
{
    Q_OBJECT

    // Two gemeenten, each with a "Wijk 01"; Hilversum also has a buurt; and the country.
    static Dataset twoGemeenten()
    {
        const std::vector<Region> regions = {
            makeRegion("NL00", "Nederland", RegionLevel::Land, {}, 2017),
            makeRegion("GM0402", "Hilversum", RegionLevel::Gemeente, {}, 2017),
            makeRegion("GM0406", "Huizen", RegionLevel::Gemeente, {}, 2017),
            makeRegion("WK040201", "Wijk 01", RegionLevel::Wijk, "GM0402", 2017),
            makeRegion("WK040202", "Wijk 02", RegionLevel::Wijk, "GM0402", 2017),
            makeRegion("WK040601", "Wijk 01", RegionLevel::Wijk, "GM0406", 2017),
            makeRegion("BU04020101", "Centrum", RegionLevel::Buurt, "WK040201", 2017)};
        return Dataset({makeIndicator("pop", IndicatorKind::Count)}, regions, {2017, 2024});
    }
    static QStringList codesOf(const Dataset &dataset, const std::vector<int> &regions)
    {
        QStringList codes;
        for (int r : regions)
            codes << dataset.region(r).code;
        return codes;
    }

private slots:
    void focusShowsTheGemeentesRegions()
    {
        const Dataset data = twoGemeenten();
        QVERIFY(RegionFocus::needsFocus(data));
        const RegionFocus focus(data, {QStringLiteral("GM0402")});
        QVERIFY(focus.isSet());
        QCOMPARE(codesOf(data, focus.regionsOfLevel(data, RegionLevel::Wijk)),
                 (QStringList{"WK040201", "WK040202"}));
        QCOMPARE(focus.codesOfLevel(data, RegionLevel::Buurt), QStringList{"BU04020101"});
        QVERIFY(focus.contains(QStringLiteral("GM0402")));
        QVERIFY(!focus.contains(QStringLiteral("WK040601")));
        QVERIFY(!focus.contains(QStringLiteral("NL00"))); // the reference, not in focus
        QCOMPARE(focus.referenceCodes(data), (QStringList{"GM0402", "NL00"}));
    }

    void noFocusShowsEverything()
    {
        const Dataset data = twoGemeenten();
        const RegionFocus none;
        QVERIFY(!none.isSet());
        QVERIFY(none.contains(QStringLiteral("WK040601")));
        QCOMPARE(none.regionsOfLevel(data, RegionLevel::Wijk).size(), size_t(3));
        // Codes that name no gemeente make no focus.
        QVERIFY(!RegionFocus(data, {QStringLiteral("WK040201"), QStringLiteral("GM9999")}).isSet());
    }

    void proposalIsTheGemeenteTheExtractsName()
    {
        const Dataset data = twoGemeenten();
        QCOMPARE(RegionFocus::proposal(data, {QString(), QStringLiteral("gm0406"),
                                              QStringLiteral("GM0406"), QStringLiteral("GM9999")}),
                 QStringList{"GM0406"});
        QVERIFY(RegionFocus::proposal(data, {QString()}).isEmpty());
    }

    void parseNamesTheCodeThatIsNoGemeente()
    {
        const Dataset data = twoGemeenten();
        QStringList codes;
        QString error;
        QVERIFY(RegionFocus::parse(data, QStringLiteral("gm0402, GM0406"), &codes, &error));
        QCOMPARE(codes, (QStringList{"GM0402", "GM0406"}));
        QVERIFY(!RegionFocus::parse(data, QStringLiteral("GM0402,WK040201"), &codes, &error));
        QVERIFY2(error.contains(QLatin1String("WK040201")), qPrintable(error));
        QCOMPARE(RegionFocus::fromStoredText(RegionFocus::storedText({"GM0402", "GM0406"})),
                 (QStringList{"GM0402", "GM0406"}));
    }

    void ambiguousNamesCarryTheirGemeente()
    {
        const Dataset data = twoGemeenten();
        // Nationally "Wijk 01" occurs twice: both carry their gemeente; "Wijk 02" does not.
        const RegionNames national = RegionNames::ofLevel(data, RegionLevel::Wijk);
        QCOMPARE(national.name(QStringLiteral("WK040201")), QStringLiteral("Wijk 01 (Hilversum)"));
        QCOMPARE(national.name(QStringLiteral("WK040601")), QStringLiteral("Wijk 01 (Huizen)"));
        QCOMPARE(national.name(QStringLiteral("WK040202")), QStringLiteral("Wijk 02"));
        // Within Hilversum's wijken the name alone is unambiguous.
        const RegionFocus focus(data, {QStringLiteral("GM0402")});
        const RegionNames hilversum(data, focus.regionsOfLevel(data, RegionLevel::Wijk));
        QCOMPARE(hilversum.name(QStringLiteral("WK040201")), QStringLiteral("Wijk 01"));
        // A buurt carries its gemeente, not its wijk; a gemeente is itself.
        QCOMPARE(RegionNames::withGemeente(data, data.regionIndex(QStringLiteral("BU04020101"))),
                 QStringLiteral("Centrum (Hilversum)"));
        QCOMPARE(RegionNames::withGemeente(data, data.regionIndex(QStringLiteral("GM0402"))),
                 QStringLiteral("Hilversum"));
    }

    void aStandInNameGivesWayToARealOne()
    {
        // KWB 2024 names nothing: the import's stand-ins "Wijk 01" and the code itself, in a
        // vintage without boundaries, give way to 2017's names from the boundaries (and the
        // gemeente's from the 2017 table).
        const double noBoundaries = std::numeric_limits<double>::quiet_NaN();
        const std::vector<Region> regions = {
            makeRegion("GM0402", "Hilversum", RegionLevel::Gemeente, {}, 2017, noBoundaries),
            makeRegion("GM0402", "GM0402", RegionLevel::Gemeente, {}, 2024, noBoundaries),
            makeRegion("WK040201", "Centrum", RegionLevel::Wijk, "GM0402", 2017),
            makeRegion("WK040201", "Wijk 01", RegionLevel::Wijk, "GM0402", 2024, noBoundaries),
            // Boundaries in both vintages: the latest name holds (a renamed wijk).
            makeRegion("WK040202", "Noordwest", RegionLevel::Wijk, "GM0402", 2017),
            makeRegion("WK040202", "Noordwest-Oost", RegionLevel::Wijk, "GM0402", 2024)};
        const Dataset data({makeIndicator("pop", IndicatorKind::Count)}, regions, {2017, 2024});
        QCOMPARE(data.region(data.regionIndex(QStringLiteral("GM0402"))).name,
                 QStringLiteral("Hilversum"));
        QCOMPARE(data.region(data.regionIndex(QStringLiteral("WK040201"))).name,
                 QStringLiteral("Centrum"));
        QCOMPARE(data.region(data.regionIndex(QStringLiteral("WK040202"))).name,
                 QStringLiteral("Noordwest-Oost"));
    }
};

QTEST_GUILESS_MAIN(TestRegionFocus)
#include "test_region_focus.moc"
