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
};

QTEST_GUILESS_MAIN(TestBoundaryChoice)
#include "test_boundary_choice.moc"
