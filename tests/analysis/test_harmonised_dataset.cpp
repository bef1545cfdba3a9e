// Values of old divisions on a later one (shared/docs/crosswalk.md, "How figures move";
// docs/crosswalk.md): each kind against the hand-checked numbers of crosswalk_fixture.h,
// unchanged regions passing through as delivered, missing and withheld values propagating,
// disclosure control on the moved figures, chaining, and no recovery by subtraction.
#include "compare_near.h"
#include "crosswalk_fixture.h"
#include "engine/aggregation.h"
#include "engine/crosswalk_chain.h"
#include "engine/disclosure.h"
#include "engine/harmonised_dataset.h"
#include "engine/workspace_loader.h"
#include "lp_maximize.h"
#include "test_workspace_location.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <map>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

namespace {

Dataset controlled(const std::vector<Region> &regions, const std::vector<Indicator> &indicators,
                   const std::vector<Observation> &observations, std::vector<int> periods)
{
    Dataset data(indicators, regions, std::move(periods));
    const QStringList skipped = data.addObservations(observations);
    if (!skipped.isEmpty())
        qFatal("fixture: %s", qPrintable(skipped.join(QLatin1Char('\n'))));
    deriveAggregates(data);
    applyDisclosure(data);
    return data;
}

Dataset oudstadData(std::vector<Observation> observations = oudstad::observations())
{
    return controlled(oudstad::regions(), oudstad::indicators(), observations, {2017, 2024});
}

wijk::workspace::Crosswalk crosswalk(int from, int to,
                                     const std::vector<wijk::workspace::CrosswalkPair> &pairs)
{
    wijk::workspace::Crosswalk c;
    c.crosswalkId = QStringLiteral("crosswalk:test-%1-%2").arg(from).arg(to);
    c.fromYear = from;
    c.toYear = to;
    c.method = QStringLiteral("file");
    c.pairs = pairs;
    c.pairCount = qint64(pairs.size());
    return c;
}

//! The crosswalk of crosswalk_fixture.h.
wijk::workspace::Crosswalk oudstadCrosswalk()
{
    return crosswalk(2017, 2024,
                     {{"WK900102", "WK900103", 300},
                      {"WK900102", "WK900104", 100},
                      {"WK900201", "WK900105", 50},
                      {"GM9001", "GM9001", 1000},
                      {"GM9002", "GM9001", 50}});
}

struct Probe
{
    const HarmonisedDataset &h;
    double value(const char *indicator, const char *region, int year) const
    {
        return h.data().value(index(indicator), h.data().regionIndex(QLatin1String(region)),
                              h.data().periodIndex(year));
    }
    Cell cell(const char *indicator, const char *region, int year) const
    {
        return h.data().cell(index(indicator), h.data().regionIndex(QLatin1String(region)),
                             h.data().periodIndex(year));
    }
    bool moved(const char *indicator, const char *region, int year) const
    {
        return h.isMoved(index(indicator), h.data().regionIndex(QLatin1String(region)),
                         h.data().periodIndex(year));
    }
    int index(const char *indicator) const
    {
        return h.data().indicatorIndex(QLatin1String(indicator));
    }
};

} // namespace

class TestHarmonisedDataset : public QObject
{
    Q_OBJECT

private slots:
    void countsAreSplitAndTotalsHold()
    {
        const Dataset source = oudstadData();
        const auto h = HarmonisedDataset::build(source, {oudstadCrosswalk()}, 2024);
        const Probe p{h};
        // Only the 2024 division: the old wijken are gone, the new ones have a 2017 value.
        QCOMPARE(h.data().regionIndex(QStringLiteral("WK900102")), -1);
        QCOMPARE(h.data().regionIndex(QStringLiteral("GM9002")), -1);
        QCOMPARE(p.value("inwoners", "WK900103", 2017), 1500.0);
        QCOMPARE(p.value("inwoners", "WK900104", 2017), 500.0);
        QCOMPARE(p.value("inwoners", "WK900105", 2017), 500.0);
        QCOMPARE(p.value("inwoners", "GM9001", 2017), 3500.0);
        QCOMPARE(p.value("ouderen", "WK900103", 2017), 225.0);
        double wijken = 0;
        for (const char *code : {"WK900101", "WK900103", "WK900104", "WK900105"})
            wijken += p.value("inwoners", code, 2017);
        QCOMPARE(wijken, p.value("inwoners", "GM9001", 2017));
        QVERIFY(p.moved("inwoners", "WK900103", 2017));
        QCOMPARE(p.cell("inwoners", "WK900103", 2017).status, ValueStatus::Estimated);
        // 2024 is on the chosen division already: delivered, not moved.
        QCOMPARE(p.value("inwoners", "WK900103", 2024), 1600.0);
        QVERIFY(!p.moved("inwoners", "WK900103", 2024));
        QVERIFY(h.crosswalkOf(RegionLevel::Wijk, 2017).contains(QLatin1String("2017-2024")));
        QVERIFY(h.crosswalkOf(RegionLevel::Wijk, 2024).isEmpty());
        QCOMPARE(h.lastEstimatedYear(RegionLevel::Wijk), 2017);
    }

    void unchangedRegionsPassThroughAsDelivered()
    {
        const auto h = HarmonisedDataset::build(oudstadData(), {oudstadCrosswalk()}, 2024);
        const Probe p{h};
        QCOMPARE(p.value("inwoners", "WK900101", 2017), 1000.0);
        QCOMPARE(p.value("tevredenheid", "WK900101", 2017), 7.0);
        QVERIFY(!p.moved("inwoners", "WK900101", 2017));
        QCOMPARE(p.cell("inwoners", "WK900101", 2017).status, ValueStatus::Final);
        const auto rows = h.levelValues(RegionLevel::Wijk, {p.index("inwoners")}, 2017);
        QCOMPARE(rows.size(), size_t(4));
        for (const LevelValue &row : rows)
            QCOMPARE(row.harmonised, h.data().region(row.region).code != QLatin1String("WK900101"));
    }

    void ratiosAndMeansAreRecomputedValuesAveraged()
    {
        const auto h = HarmonisedDataset::build(oudstadData(), {oudstadCrosswalk()}, 2024);
        const Probe p{h};
        QCOMPARE(p.value("pct_ouderen", "WK900103", 2017), 15.0);
        // From the moved parts (600 / 3500), not the weighted average (16.825…).
        QVERIFY(qFuzzyCompare(p.value("pct_ouderen", "GM9001", 2017), 600.0 / 3500.0 * 100.0));
        // Σ(mean × moved denominator) / Σ moved denominator, not the average by weight.
        QVERIFY(
            qFuzzyCompare(p.value("inkomen", "GM9001", 2017), (26.0 * 3000 + 27.0 * 500) / 3500));
        QCOMPARE(p.value("inkomen", "WK900104", 2017), 24.0);
        // A plain value: the weighted average over the from-regions (VNG's "aandeel").
        QVERIFY(
            qFuzzyCompare(p.value("tevredenheid", "GM9001", 2017), (6.5 * 1000 + 8.0 * 50) / 1050));
        QCOMPARE(p.value("tevredenheid", "WK900105", 2017), 8.0);
    }

    //! A ratio whose parts are not in the dataset takes the weighted average.
    void aRatioWithoutItsPartsIsAveraged()
    {
        std::vector<Indicator> indicators = oudstad::indicators();
        indicators.push_back(oudstad::indicator("pct_huur", IndicatorKind::Ratio, "huurwoningen",
                                                "woningen", 100.0));
        std::vector<Observation> observations = oudstad::observations();
        observations.push_back(oudstad::value("GM9001", "pct_huur", 2017, 40.0));
        observations.push_back(oudstad::value("GM9002", "pct_huur", 2017, 61.0));
        const Dataset source =
            controlled(oudstad::regions(), indicators, observations, {2017, 2024});
        const auto h = HarmonisedDataset::build(source, {oudstadCrosswalk()}, 2024);
        QVERIFY(qFuzzyCompare(Probe{h}.value("pct_huur", "GM9001", 2017),
                              (40.0 * 1000 + 61.0 * 50) / 1050));
    }

    void missingAndWithheldValuesPropagate()
    {
        std::vector<Observation> observations;
        for (Observation o : oudstad::observations()) {
            if (o.region == QLatin1String("WK900102") && o.period == 2017 &&
                o.indicator == QLatin1String("ouderen"))
                o.value = std::nan(""), o.status = ValueStatus::Suppressed;
            if (o.region == QLatin1String("WK900201") && o.period == 2017 &&
                o.indicator == QLatin1String("tevredenheid"))
                o.value = std::nan(""), o.status = ValueStatus::Missing;
            observations.push_back(o);
        }
        const auto h =
            HarmonisedDataset::build(oudstadData(observations), {oudstadCrosswalk()}, 2024);
        const Probe p{h};
        for (const char *code : {"WK900103", "WK900104"}) {
            QCOMPARE(p.cell("ouderen", code, 2017).status, ValueStatus::Suppressed);
            QVERIFY(std::isnan(p.value("ouderen", code, 2017)));
            // The ratio rests on the withheld numerator: withheld too.
            QCOMPARE(p.cell("pct_ouderen", code, 2017).status, ValueStatus::Suppressed);
            QVERIFY(p.moved("ouderen", code, 2017));
        }
        QCOMPARE(p.cell("tevredenheid", "WK900105", 2017).status, ValueStatus::Missing);
        QVERIFY(std::isnan(p.value("tevredenheid", "WK900105", 2017)));
        // The rest still moves.
        QCOMPARE(p.value("inwoners", "WK900103", 2017), 1500.0);
    }

    //! Disclosure control runs again: a moved count below min_n is withheld.
    void aSmallMovedCountIsWithheld()
    {
        const auto small = crosswalk(2017, 2024,
                                     {{"WK900102", "WK900103", 1000},
                                      {"WK900102", "WK900104", 2},
                                      {"WK900201", "WK900105", 50},
                                      {"GM9001", "GM9001", 1000},
                                      {"GM9002", "GM9001", 50}});
        const auto h = HarmonisedDataset::build(oudstadData(), {small}, 2024);
        const Probe p{h};
        // ouderen: 300 × 2/1002 = 0.6, below min_n 10.
        QCOMPARE(p.cell("ouderen", "WK900104", 2017).status, ValueStatus::Suppressed);
        QVERIFY(std::isnan(p.value("ouderen", "WK900104", 2017)));
    }

    //! An unchanged region the file does not name weighs the mean weight of the named
    //! from-regions of its level (docs/crosswalk.md, "Unchanged regions the file does not
    //! name"). It matters only for weighted averages of a new region that also draws on named
    //! regions; counts, ratios and means move as always, and the build says which regions.
    void anUnnamedUnchangedRegionWeighsTheMeanOfTheNamed()
    {
        // WK900201 merges into WK900101, which the file does not name.
        const auto merge = [](std::vector<wijk::workspace::CrosswalkPair> extra) {
            std::vector<wijk::workspace::CrosswalkPair> pairs = {{"WK900102", "WK900103", 300},
                                                                 {"WK900102", "WK900104", 100},
                                                                 {"WK900201", "WK900101", 50},
                                                                 {"GM9001", "GM9001", 1000},
                                                                 {"GM9002", "GM9001", 50}};
            pairs.insert(pairs.end(), extra.begin(), extra.end());
            return crosswalk(2017, 2024, pairs);
        };
        QStringList warnings;
        const auto h = HarmonisedDataset::build(oudstadData(), {merge({})}, 2024, &warnings);
        const Probe p{h};
        // The named wijken weigh 300 + 100 = 400 (WK900102) and 50 (WK900201): mean 225.
        WIJK_COMPARE_NEAR(p.value("tevredenheid", "WK900101", 2017),
                          (7.0 * 225 + 8.0 * 50) / (225 + 50), 1e-12);
        QVERIFY(p.moved("tevredenheid", "WK900101", 2017));
        QCOMPARE(p.cell("tevredenheid", "WK900101", 2017).status, ValueStatus::Estimated);
        // Counts land in full whatever the weight; ratios and means follow from them.
        WIJK_COMPARE_NEAR(p.value("inwoners", "WK900101", 2017), 1000.0 + 500.0, 1e-9);
        WIJK_COMPARE_NEAR(p.value("pct_ouderen", "WK900101", 2017),
                          (200.0 + 100.0) / 1500.0 * 100.0, 1e-9);
        WIJK_COMPARE_NEAR(p.value("inkomen", "WK900101", 2017), (30.0 * 1000 + 27.0 * 500) / 1500,
                          1e-9);
        // The build says so, naming the region.
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.front().contains(QLatin1String("WK900101")) &&
                     warnings.front().contains(QLatin1String("gemiddelde gewicht")),
                 qPrintable(warnings.front()));

        // Named with its own weight, that weight counts and nothing is assumed.
        warnings.clear();
        const auto named = HarmonisedDataset::build(
            oudstadData(), {merge({{"WK900101", "WK900101", 1000}})}, 2024, &warnings);
        WIJK_COMPARE_NEAR(Probe{named}.value("tevredenheid", "WK900101", 2017),
                          (7.0 * 1000 + 8.0 * 50) / 1050, 1e-12);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    }

    //! The streaming build (one indicator group at a time from the workspace, the CLI's
    //! --division) gives the in-memory build's figures, marks and crosswalks.
    void streamingEqualsInMemory()
    {
        QTemporaryDir dir;
        QString error;
        auto workspace = wijk::workspace::Workspace::open(
            wijk::test::workspaceLocation(dir, QStringLiteral("oudstad.gpkg")),
            wijk::workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace && oudstad::fill(*workspace, &error), qPrintable(error));
        for (const QStringList &codes : {QStringList(), QStringList{QStringLiteral("pct_ouderen")},
                                         QStringList{QStringLiteral("tevredenheid")}}) {
            const Dataset full = loadDataset(*workspace, codes);
            const auto inMemory = HarmonisedDataset::build(full, {oudstadCrosswalk()}, 2024);
            wijk::workspace::ObservationReader reader(*workspace);
            LoadReport report;
            const auto streamed =
                HarmonisedDataset::build(openLazyDataset(*workspace), reader, codes,
                                         {oudstadCrosswalk()}, 2024, nullptr, &report);
            QVERIFY2(streamed, qPrintable(report.error));
            const Dataset &a = inMemory.data();
            const Dataset &b = streamed->data();
            QCOMPARE(b.indicatorCount(), a.indicatorCount());
            QCOMPARE(b.regionCount(), a.regionCount());
            QCOMPARE(b.periods(), a.periods());
            int moved = 0;
            for (int i = 0; i < a.indicatorCount(); ++i) {
                QCOMPARE(b.indicator(i).code, a.indicator(i).code);
                for (int r = 0; r < a.regionCount(); ++r) {
                    QCOMPARE(b.region(r).code, a.region(r).code);
                    for (int p = 0; p < a.periodCount(); ++p) {
                        const Cell x = a.cell(i, r, p);
                        const Cell y = b.cell(i, r, p);
                        QCOMPARE(y.present, x.present);
                        QCOMPARE(y.status, x.status);
                        QCOMPARE(std::isnan(y.value), std::isnan(x.value));
                        if (!std::isnan(x.value))
                            QCOMPARE(y.value, x.value);
                        QCOMPARE(streamed->isMoved(i, r, p), inMemory.isMoved(i, r, p));
                        moved += inMemory.isMoved(i, r, p) ? 1 : 0;
                    }
                }
            }
            QVERIFY(moved > 0);
            QCOMPARE(streamed->crosswalkOf(RegionLevel::Wijk, 2017),
                     inMemory.crosswalkOf(RegionLevel::Wijk, 2017));
        }
    }

    void chainsGiveTheDirectResult()
    {
        QCOMPARE(crosswalkPath({{2017, 2019}, {2019, 2024}}, 2017, 2024), (std::vector<int>{0, 1}));
        QCOMPARE(crosswalkPath({{2017, 2019}, {2019, 2024}, {2017, 2024}}, 2017, 2024),
                 (std::vector<int>{2}));
        QVERIFY(crosswalkPath({{2019, 2024}}, 2017, 2024).empty());

        std::vector<Region> regions = oudstad::regions();
        regions.push_back(oudstad::region("GM9001", RegionLevel::Gemeente, "", 2019));
        regions.push_back(oudstad::region("WK900101", RegionLevel::Wijk, "GM9001", 2019));
        regions.push_back(oudstad::region("WK900106", RegionLevel::Wijk, "GM9001", 2019));
        regions.push_back(oudstad::region("WK900107", RegionLevel::Wijk, "GM9001", 2019));
        regions.push_back(oudstad::region("WK900105", RegionLevel::Wijk, "GM9001", 2019));
        const Dataset source =
            controlled(regions, oudstad::indicators(), oudstad::observations(), {2017, 2019, 2024});
        const auto first = crosswalk(2017, 2019,
                                     {{"WK900102", "WK900106", 300},
                                      {"WK900102", "WK900107", 100},
                                      {"WK900201", "WK900105", 50},
                                      {"GM9001", "GM9001", 1000},
                                      {"GM9002", "GM9001", 50}});
        const auto second =
            crosswalk(2019, 2024, {{"WK900106", "WK900103", 30}, {"WK900107", "WK900104", 10}});
        const auto h = HarmonisedDataset::build(source, {first, second}, 2024);
        const Probe p{h};
        QCOMPARE(p.value("inwoners", "WK900103", 2017), 1500.0);
        QCOMPARE(p.value("inwoners", "WK900104", 2017), 500.0);
        QCOMPARE(p.value("inwoners", "WK900105", 2017), 500.0);
        QCOMPARE(p.value("inwoners", "WK900101", 2017), 1000.0);
        QCOMPARE(p.value("inwoners", "GM9001", 2017), 3500.0);
        QVERIFY(h.crosswalkOf(RegionLevel::Wijk, 2017).contains(QLatin1String("2017-2019")));
        QVERIFY(h.crosswalkOf(RegionLevel::Wijk, 2017).contains(QLatin1String("2019-2024")));
        // Without the second link nothing reaches 2024, and the warning says so.
        QStringList warnings;
        const auto broken = HarmonisedDataset::build(source, {first}, 2024, &warnings);
        QVERIFY(!broken.data()
                     .cell(Probe{broken}.index("inwoners"),
                           broken.data().regionIndex(QStringLiteral("WK900103")),
                           broken.data().periodIndex(2017))
                     .present);
        QVERIFY(!warnings.isEmpty());
    }

    //! A withheld buurt inside a split wijk: the new wijk minus its shown buurten must not
    //! give the buurt back, and nothing shown on the new division narrows what an attacker
    //! knows about the withheld buurt (a linear program over every relation).
    void aWithheldBuurtCannotBeRecoveredBySubtraction()
    {
        using oudstad::region;
        const std::vector<Region> regions{
            region("GM9101", RegionLevel::Gemeente, "", 2017),
            region("WK910101", RegionLevel::Wijk, "GM9101", 2017),
            region("WK910102", RegionLevel::Wijk, "GM9101", 2017),
            region("BU91010101", RegionLevel::Buurt, "WK910101", 2017),
            region("BU91010102", RegionLevel::Buurt, "WK910101", 2017),
            region("BU91010103", RegionLevel::Buurt, "WK910101", 2017),
            region("BU91010201", RegionLevel::Buurt, "WK910102", 2017),
            region("GM9101", RegionLevel::Gemeente, "", 2024),
            region("WK910102", RegionLevel::Wijk, "GM9101", 2024),
            region("WK910103", RegionLevel::Wijk, "GM9101", 2024),
            region("WK910104", RegionLevel::Wijk, "GM9101", 2024),
            region("BU91010201", RegionLevel::Buurt, "WK910102", 2024),
            region("BU91010301", RegionLevel::Buurt, "WK910103", 2024),
            region("BU91010302", RegionLevel::Buurt, "WK910103", 2024),
            region("BU91010401", RegionLevel::Buurt, "WK910104", 2024)};
        const std::vector<Indicator> indicators{
            oudstad::indicator("inwoners", IndicatorKind::Count)};
        const std::map<QString, double> truth{
            {"BU91010101", 4}, {"BU91010102", 300}, {"BU91010103", 200}, {"BU91010201", 700}};
        std::vector<Observation> observations;
        for (const auto &[code, v] : truth)
            observations.push_back(oudstad::value(qPrintable(code), "inwoners", 2017, v));
        const Dataset source = controlled(regions, indicators, observations, {2017});
        // Addresses in proportion to the inhabitants: the worst case for an attacker's guess.
        const auto addresses = crosswalk(2017, 2024,
                                         {{"WK910101", "WK910103", 152},
                                          {"WK910101", "WK910104", 100},
                                          {"BU91010101", "BU91010301", 2},
                                          {"BU91010102", "BU91010302", 150},
                                          {"BU91010103", "BU91010401", 100}});
        const auto h = HarmonisedDataset::build(source, {addresses}, 2024);
        const Probe p{h};
        const int s2017 = source.periodIndex(2017);
        QVERIFY(!mayShow(source, 0, source.regionIndex(QStringLiteral("BU91010101")), s2017));
        QCOMPARE(p.cell("inwoners", "BU91010301", 2017).status, ValueStatus::Suppressed);
        // New wijk minus its shown new buurten would be 304 - 300 = 4: one of them is withheld.
        const int wijk = h.data().regionIndex(QStringLiteral("WK910103"));
        const int kept = h.data().regionIndex(QStringLiteral("BU91010302"));
        const int p2017 = h.data().periodIndex(2017);
        QVERIFY(!(mayShow(h.data(), 0, wijk, p2017) && mayShow(h.data(), 0, kept, p2017)));

        // The attacker's linear program over the 2017 counts: the old division's sums, every
        // shown old count, and every shown new count as the crosswalk's sum of old counts.
        std::vector<int> unknown; // source regions whose count is not shown
        for (int r = 0; r < source.regionCount(); ++r)
            if (!mayShow(source, 0, r, s2017))
                unknown.push_back(r);
        const auto column = [&](int r) {
            return int(std::find(unknown.begin(), unknown.end(), r) - unknown.begin());
        };
        std::vector<std::vector<double>> rows;
        std::vector<double> rhs;
        const auto relation = [&](const std::vector<std::pair<int, double>> &terms,
                                  double constant) {
            std::vector<double> row(unknown.size(), 0.0);
            double right = constant;
            bool any = false;
            for (const auto &[r, coefficient] : terms) {
                const int c = column(r);
                if (c < int(unknown.size()))
                    row[size_t(c)] += coefficient, any = true;
                else
                    right -= coefficient * source.value(0, r, s2017);
            }
            if (!any)
                return; // only shown counts: nothing about the unknown ones
            rows.push_back(row);
            rhs.push_back(right);
        };
        for (int r = 0; r < source.regionCount(); ++r) {
            const std::vector<int> &children = source.childrenAt(r, s2017);
            if (children.empty())
                continue;
            std::vector<std::pair<int, double>> terms{{r, 1.0}};
            for (const int c : children)
                terms.push_back({c, -1.0});
            relation(terms, 0.0);
        }
        const auto withoutNew = std::make_pair(rows, rhs);
        for (const RegionLevel level : {RegionLevel::Wijk, RegionLevel::Buurt}) {
            const auto matrix = crosswalkBetween(source, level, {addresses}, 2017, 2024);
            QVERIFY(matrix);
            for (const int t : h.data().regionsOfLevel(level)) {
                if (!mayShow(h.data(), 0, t, p2017))
                    continue;
                const int s = source.regionIndex(h.data().region(t).code);
                std::vector<std::pair<int, double>> terms;
                for (const CrosswalkMatrix::Share &share : matrix->sourcesOf(s))
                    terms.push_back({share.region, share.weight / matrix->total(share.region)});
                relation(terms, h.data().value(0, t, p2017));
            }
        }
        const int b1 = column(source.regionIndex(QStringLiteral("BU91010101")));
        QVERIFY(b1 < int(unknown.size()));
        const auto interval = [&](const std::vector<std::vector<double>> &a,
                                  const std::vector<double> &b) {
            std::vector<double> objective(unknown.size(), 0.0);
            objective[size_t(b1)] = 1.0;
            const double hi = maximize(a, b, objective);
            objective[size_t(b1)] = -1.0;
            return std::make_pair(-maximize(a, b, objective), hi);
        };
        const auto before = interval(withoutNew.first, withoutNew.second);
        const auto after = interval(rows, rhs);
        QVERIFY2(after.second - after.first >= 10,
                 qPrintable(QStringLiteral("[%1, %2]").arg(after.first).arg(after.second)));
        QCOMPARE(after, before); // the moved figures tell nothing new
    }
};

QTEST_GUILESS_MAIN(TestHarmonisedDataset)
#include "test_harmonised_dataset.moc"
