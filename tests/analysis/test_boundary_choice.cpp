// The one vintage rule of maps (docs/maps.md, "Boundaries by year"): the division in force
// when its boundaries are in the workspace, else the nearest division with boundaries for
// the same codes, else a plain message.
#include "engine/boundary_choice.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestBoundaryChoice : public QObject
{
    Q_OBJECT

    // Two divisions of the same two wijken: 2017 and 2024; values for 2017, 2020 and 2024.
    static engine::Dataset twoDivisions()
    {
        std::vector<Region> regions;
        for (int vintage : {2017, 2024}) {
            regions.push_back(makeRegion("GM0001", "Stad", RegionLevel::Gemeente, {}, vintage));
            regions.push_back(
                makeRegion("WK000101", "Wijk 01", RegionLevel::Wijk, "GM0001", vintage));
            regions.push_back(
                makeRegion("WK000102", "Wijk 02", RegionLevel::Wijk, "GM0001", vintage));
        }
        return engine::Dataset({makeIndicator("pop", IndicatorKind::Count)}, regions,
                               {2017, 2020, 2024});
    }
    static engine::BoundaryCodes wijkBoundariesOf(int vintage)
    {
        return {{vintage, {QStringLiteral("WK000101"), QStringLiteral("WK000102")}}};
    }

private slots:
    void divisionInForceIsTheLatestNotAfterTheYear()
    {
        const engine::Dataset data = twoDivisions();
        QCOMPARE(engine::divisionInForce(data, RegionLevel::Wijk, 2016), 2017);
        QCOMPARE(engine::divisionInForce(data, RegionLevel::Wijk, 2020), 2017);
        QCOMPARE(engine::divisionInForce(data, RegionLevel::Wijk, 2024), 2024);
        QCOMPARE(engine::divisionInForce(data, RegionLevel::Buurt, 2024), 0);
    }
    void ownBoundariesWhenPresent()
    {
        const engine::BoundaryChoice choice = engine::chooseBoundaries(
            twoDivisions(), RegionLevel::Wijk, 2020, wijkBoundariesOf(2017));
        QCOMPARE(choice.division, 2017);
        QCOMPARE(choice.boundaries, 2017);
        QVERIFY(choice.found());
        QVERIFY(!choice.borrowed());
        QCOMPARE(engine::boundaryNote(choice), QString());
    }
    void nearestDivisionWithTheSameCodes()
    {
        engine::BoundaryCodes boundaries = wijkBoundariesOf(2017);
        boundaries[2010] = {QStringLiteral("WK000101")};
        // Boundaries of 2021 exist, but for other codes: they do not fit.
        boundaries[2021] = {QStringLiteral("WK999901")};
        const engine::BoundaryChoice choice =
            engine::chooseBoundaries(twoDivisions(), RegionLevel::Wijk, 2024, boundaries);
        QCOMPARE(choice.division, 2024);
        QCOMPARE(choice.boundaries, 2017);
        QVERIFY(choice.borrowed());
        QCOMPARE(engine::boundaryNote(choice), QStringLiteral("grenzen 2017"));
    }
    void noneFit()
    {
        const engine::Dataset data = twoDivisions();
        const engine::BoundaryChoice none =
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, {});
        QVERIFY(!none.found());
        QCOMPARE(none.division, 2024);
        QCOMPARE(engine::noBoundariesMessage(none),
                 QStringLiteral("Geen grenzen voor de indeling van 2024"));
        const engine::BoundaryChoice otherCodes = engine::chooseBoundaries(
            data, RegionLevel::Wijk, 2024, {{2017, {QStringLiteral("WK999901")}}});
        QVERIFY(!otherCodes.found());
        const engine::BoundaryChoice noLevel =
            engine::chooseBoundaries(data, RegionLevel::Buurt, 2024, wijkBoundariesOf(2017));
        QVERIFY(!noLevel.found());
        QCOMPARE(engine::noBoundariesMessage(noLevel),
                 QStringLiteral("Geen grenzen voor de indeling van 2024"));
    }
    //! With a focus the rule looks at the focus's regions only: a gemeente merged away (absent
    //! from the year's division) or formed after the latest boundaries finds none, and the
    //! message names it and where it exists.
    void aFocusChoosesForItsOwnRegions()
    {
        std::vector<Region> regions;
        for (int vintage : {2017, 2024}) {
            regions.push_back(makeRegion("GM0001", "Stad", RegionLevel::Gemeente, {}, vintage));
            regions.push_back(
                makeRegion("WK000101", "Wijk 01", RegionLevel::Wijk, "GM0001", vintage));
        }
        regions.push_back(makeRegion("GM0002", "Oudgem", RegionLevel::Gemeente, {}, 2017));
        regions.push_back(makeRegion("WK000201", "Oud 01", RegionLevel::Wijk, "GM0002", 2017));
        regions.push_back(makeRegion("GM0003", "Nieuwgem", RegionLevel::Gemeente, {}, 2024));
        regions.push_back(makeRegion("WK000301", "Nieuw 01", RegionLevel::Wijk, "GM0003", 2024));
        const engine::Dataset data({makeIndicator("pop", IndicatorKind::Count)}, regions,
                                   {2017, 2020, 2024});
        const engine::BoundaryCodes boundaries{
            {2017, {QStringLiteral("WK000101"), QStringLiteral("WK000201")}}};
        const auto focusOn = [&](const char *code) {
            return engine::RegionFocus(data, {QLatin1String(code)});
        };

        // Without a focus (and with Stad) 2024 borrows the boundaries of 2017, as before.
        QCOMPARE(engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, boundaries).boundaries,
                 2017);
        QCOMPARE(
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, boundaries, focusOn("GM0001"))
                .boundaries,
            2017);
        // Oudgem is no part of 2024's division: nothing of it to draw; it exists in 2017
        // (and in 2020, on the division of 2017).
        const engine::BoundaryChoice merged =
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, boundaries, focusOn("GM0002"));
        QVERIFY(!merged.found());
        QVERIFY(!merged.focusPresent);
        QCOMPARE(
            engine::noBoundariesMessage(merged, data, RegionLevel::Wijk, focusOn("GM0002")),
            QStringLiteral("Oudgem heeft geen wijken in de indeling van 2024 (wel in 2017, 2020)"));
        QCOMPARE(engine::noBoundariesMessage(engine::chooseBoundaries(data, RegionLevel::Gemeente,
                                                                      2024, {}, focusOn("GM0002")),
                                             data, RegionLevel::Gemeente, focusOn("GM0002")),
                 QStringLiteral("Oudgem bestaat niet in de indeling van 2024 (wel in 2017, 2020)"));
        QVERIFY(
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2017, boundaries, focusOn("GM0002"))
                .found());
        // Nieuwgem is in 2024's division, but the boundaries of 2017 hold none of it.
        const engine::BoundaryChoice formed =
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, boundaries, focusOn("GM0003"));
        QVERIFY(!formed.found());
        QVERIFY(formed.focusPresent);
        QVERIFY(formed.focusWithoutBoundaries);
        QCOMPARE(engine::noBoundariesMessage(formed, data, RegionLevel::Wijk, focusOn("GM0003")),
                 QStringLiteral("Geen grenzen van Nieuwgem voor de indeling van 2024"));
        // Without a focus the plain message; so too when no region has boundaries.
        QCOMPARE(engine::noBoundariesMessage(formed, data, RegionLevel::Wijk, {}),
                 QStringLiteral("Geen grenzen voor de indeling van 2024"));
        const engine::BoundaryChoice none =
            engine::chooseBoundaries(data, RegionLevel::Wijk, 2024, {}, focusOn("GM0003"));
        QVERIFY(!none.focusWithoutBoundaries);
        QCOMPARE(engine::noBoundariesMessage(none, data, RegionLevel::Wijk, focusOn("GM0003")),
                 QStringLiteral("Geen grenzen voor de indeling van 2024"));
    }
};

QTEST_GUILESS_MAIN(TestBoundaryChoice)
#include "test_boundary_choice.moc"
