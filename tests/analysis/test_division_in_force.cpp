// One rule for the division in force in a year (model/division_in_force.h): the engine's
// Dataset (which regions a period holds), the map's boundary choice and the workspace's
// RegionDivisions (crosswalk import and derivation) must name the same division for every
// year, including years before the first and after the last vintage.
#include "engine/boundary_choice.h"
#include "engine/dataset.h"
#include "import/region_divisions.h"
#include "model/division_in_force.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::test;

class TestDivisionInForce : public QObject
{
    Q_OBJECT

private slots:
    void theRuleItself()
    {
        QCOMPARE(vintageInForce({}, 2020), 0);
        QCOMPARE(vintageInForce({2017, 2020}, 2010), 2017);
        QCOMPARE(vintageInForce({2017, 2020}, 2017), 2017);
        QCOMPARE(vintageInForce({2017, 2020}, 2019), 2017);
        QCOMPARE(vintageInForce({2017, 2020}, 2020), 2020);
        QCOMPARE(vintageInForce({2017, 2020}, 2030), 2020);
    }

    // Wijk 01 is in both divisions; wijk 02 only in 2017, wijk 03 only in 2020 (it replaced
    // 02). The engine's "which regions does a year hold" must follow the same rule as the
    // workspace's RegionDivisions and the boundary choice.
    void engineAndWorkspaceAgreeForEveryYear()
    {
        std::vector<Region> regions;
        for (int vintage : {2017, 2020}) {
            regions.push_back(makeRegion("GM0001", "Stad", RegionLevel::Gemeente, {}, vintage));
            regions.push_back(
                makeRegion("WK000101", "Wijk 01", RegionLevel::Wijk, "GM0001", vintage));
        }
        regions.push_back(makeRegion("WK000102", "Wijk 02", RegionLevel::Wijk, "GM0001", 2017));
        regions.push_back(makeRegion("WK000103", "Wijk 03", RegionLevel::Wijk, "GM0001", 2020));
        std::vector<int> periods;
        for (int year = 2014; year <= 2024; ++year)
            periods.push_back(year);
        const engine::Dataset data({makeIndicator("pop", IndicatorKind::Count)}, regions, periods);
        const import::RegionDivisions divisions(regions);
        const int only2017 = data.regionIndex(QStringLiteral("WK000102"));
        const int only2020 = data.regionIndex(QStringLiteral("WK000103"));
        for (int p = 0; p < int(periods.size()); ++p) {
            const int year = periods[size_t(p)];
            const int workspaceSays = divisions.inForce(RegionLevel::Wijk, year);
            QCOMPARE(engine::divisionInForce(data, RegionLevel::Wijk, year), workspaceSays);
            QCOMPARE(data.existsAt(only2017, p), workspaceSays == 2017);
            QCOMPARE(data.existsAt(only2020, p), workspaceSays == 2020);
        }
    }
};

QTEST_GUILESS_MAIN(TestDivisionInForce)
#include "test_division_in_force.moc"
