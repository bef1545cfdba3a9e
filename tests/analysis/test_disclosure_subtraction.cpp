// Disclosure control against an attacker who subtracts (issue 17, defect 2; docs/engine.md,
// "Disclosure"). The attacker knows every shown number, that each parent is the sum of its
// children at every level (buurt -> wijk -> gemeente -> land), that a shown ratio is
// numerator / denominator x scale, and that counts are >= 0. For every withheld count that
// needs protection the test computes the exact interval the attacker can narrow it to, with a
// small linear-programming solver over all those relations at once (not the engine's own
// rule), and requires it to be at least min_n wide. Hand-made cases and a fixed-seed
// randomized property check; the solver itself is checked against brute-force enumeration.
#include "compare_near.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "lp_maximize.h"
#include "test_trends_fixture.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kEps = 1e-9;

struct CellKey
{
    int indicator;
    int region;
    bool operator<(const CellKey &o) const
    {
        return indicator != o.indicator ? indicator < o.indicator : region < o.region;
    }
};

//! What one audit covered and the first leak it found (empty when none).
struct Audit
{
    int protectedCells = 0;     //!< withheld counts that needed protection, checked
    int complementaryCells = 0; //!< withheld counts that protect others, checked
    QString leak;
};

QString describe(const engine::Dataset &data, CellKey key, int p)
{
    return QStringLiteral("%1 %2 %3")
        .arg(data.indicator(key.indicator).code, data.region(key.region).code)
        .arg(data.period(p));
}

//! `raw`: aggregated, before disclosure (the truth); `shown`: after applyDisclosure().
Audit audit(const engine::Dataset &raw, const engine::Dataset &shown)
{
    Audit result;
    for (int p = 0; p < raw.periodCount(); ++p) {
        // The counts that must keep a wide interval, and how wide.
        std::map<CellKey, int> needs;
        const auto need = [&](int i, int r, int width) {
            int &w = needs[CellKey{i, r}];
            w = std::max(w, width);
        };
        for (int i = 0; i < raw.indicatorCount(); ++i) {
            const Indicator &indicator = raw.indicator(i);
            const int num = raw.indicatorIndex(indicator.numerator);
            const int den = raw.indicatorIndex(indicator.denominator);
            for (int r = 0; r < raw.regionCount(); ++r) {
                const engine::Cell cell = raw.cell(i, r, p);
                const bool publisher = cell.present && cell.status == ValueStatus::Suppressed;
                if (indicator.kind == IndicatorKind::Count) {
                    const double v = cell.value;
                    if (publisher)
                        need(i, r, std::max(indicator.minN, 1));
                    else if (raw.hasValue(i, r, p) && v != 0 && v < indicator.minN)
                        need(i, r, indicator.minN);
                } else if (indicator.kind == IndicatorKind::Ratio && num >= 0 && den >= 0) {
                    const double d = raw.hasValue(den, r, p) ? raw.value(den, r, p) : NAN;
                    double n = raw.hasValue(num, r, p) ? raw.value(num, r, p) : NAN;
                    if (std::isnan(n) && !std::isnan(d))
                        n = cell.value * d / indicator.scale;
                    if (publisher || (raw.hasValue(i, r, p) &&
                                      !engine::passesThreshold(indicator, cell.value, n, d)))
                        need(num, r, std::max(indicator.minN, 1));
                }
            }
        }
        // Unknowns: every count the attacker does not see.
        std::map<CellKey, size_t> variable;
        for (int i = 0; i < shown.indicatorCount(); ++i)
            if (shown.indicator(i).kind == IndicatorKind::Count)
                for (int r = 0; r < shown.regionCount(); ++r)
                    if (!engine::mayShow(shown, i, r, p)) {
                        const size_t k = variable.size();
                        variable[CellKey{i, r}] = k;
                    }
        std::vector<std::vector<double>> rows;
        std::vector<double> rhs;
        // One relation sum(coefficient x cell) = 0; shown cells move to the right-hand side.
        const auto relation = [&](const std::vector<std::pair<CellKey, double>> &terms) {
            std::vector<double> row(variable.size(), 0.0);
            double constant = 0.0;
            bool any = false;
            for (const auto &term : terms) {
                auto it = variable.find(term.first);
                if (it == variable.end()) {
                    constant -=
                        term.second * shown.value(term.first.indicator, term.first.region, p);
                } else {
                    row[it->second] += term.second;
                    any = true;
                }
            }
            if (any) {
                rows.push_back(row);
                rhs.push_back(constant);
            }
        };
        // The sums: each region's children in the period's division; the land region (when
        // there is exactly one) is also the sum of the gemeenten without a parent.
        const std::vector<int> lands = shown.regionsOfLevel(RegionLevel::Land);
        std::vector<std::vector<int>> sums(size_t(shown.regionCount()));
        for (int r = 0; r < shown.regionCount(); ++r)
            sums[size_t(r)] = shown.childrenAt(r, p);
        if (lands.size() == 1)
            for (int g : shown.regionsOfLevel(RegionLevel::Gemeente))
                if (shown.existsAt(g, p) && shown.parentAt(g, p) < 0)
                    sums[size_t(lands.front())].push_back(g);
        for (int i = 0; i < shown.indicatorCount(); ++i) {
            const Indicator &indicator = shown.indicator(i);
            if (indicator.kind == IndicatorKind::Count) {
                for (int r = 0; r < shown.regionCount(); ++r) {
                    const std::vector<int> &children = sums[size_t(r)];
                    if (children.empty())
                        continue;
                    std::vector<std::pair<CellKey, double>> terms{{CellKey{i, r}, 1.0}};
                    for (int c : children)
                        terms.push_back({CellKey{i, c}, -1.0});
                    relation(terms);
                }
            } else if (indicator.kind == IndicatorKind::Ratio) {
                const int num = shown.indicatorIndex(indicator.numerator);
                const int den = shown.indicatorIndex(indicator.denominator);
                if (num < 0 || den < 0)
                    continue;
                for (int r = 0; r < shown.regionCount(); ++r)
                    if (engine::mayShow(shown, i, r, p))
                        relation({{CellKey{num, r}, indicator.scale},
                                  {CellKey{den, r}, -shown.value(i, r, p)}});
            }
        }
        // Every withheld count: protected ones as wide as they need, complementary ones
        // (withheld only to protect others) at least min_n too, and never exactly known.
        for (const auto &entry : variable) {
            const CellKey key = entry.first;
            const int minN = shown.indicator(key.indicator).minN;
            auto needed = needs.find(key);
            const bool isProtected = needed != needs.end();
            if (!isProtected && !raw.hasValue(key.indicator, key.region, p))
                continue; // missing, not withheld
            const int width = std::max({isProtected ? needed->second : 0, minN, 1});
            std::vector<double> objective(variable.size(), 0.0);
            objective[entry.second] = 1.0;
            const double hi = maximize(rows, rhs, objective);
            objective[entry.second] = -1.0;
            const double lo = -maximize(rows, rhs, objective);
            const double truth = raw.value(key.indicator, key.region, p);
            if (std::isnan(hi) || std::isnan(lo) ||
                (!std::isnan(truth) && (truth < lo - 1e-6 || truth > hi + 1e-6))) {
                result.leak = QStringLiteral("%1: the attacker's relations do not hold "
                                             "(interval [%2, %3], value %4)")
                                  .arg(describe(raw, key, p))
                                  .arg(lo)
                                  .arg(hi)
                                  .arg(truth);
                return result;
            }
            if (hi - lo < width - 1e-6) {
                result.leak = QStringLiteral("%1 (value %2, %3) narrowed to [%4, %5], width "
                                             "below %6")
                                  .arg(describe(raw, key, p))
                                  .arg(truth)
                                  .arg(isProtected ? "protected" : "complementary")
                                  .arg(lo)
                                  .arg(hi)
                                  .arg(width);
                return result;
            }
            ++(isProtected ? result.protectedCells : result.complementaryCells);
        }
        for (const auto &entry : needs)
            if (variable.find(entry.first) == variable.end()) {
                result.leak = QStringLiteral("%1 is shown").arg(describe(raw, entry.first, p));
                return result;
            }
    }
    return result;
}

//! NL00 > GM0001 (wijken 01: three buurten, 02: one buurt, 03: two) and GM0002 (wijk 01:
//! two buurten): single children, deep chains and a land total.
std::vector<Region> nationRegions()
{
    return {makeRegion("NL00", "Nederland", RegionLevel::Land, {}),
            makeRegion("GM0001", "Een", RegionLevel::Gemeente, "NL00"),
            makeRegion("GM0002", "Twee", RegionLevel::Gemeente, "NL00"),
            makeRegion("WK000101", "W1", RegionLevel::Wijk, "GM0001"),
            makeRegion("WK000102", "W2", RegionLevel::Wijk, "GM0001"),
            makeRegion("WK000103", "W3", RegionLevel::Wijk, "GM0001"),
            makeRegion("WK000201", "W4", RegionLevel::Wijk, "GM0002"),
            makeRegion("BU00010101", "B1", RegionLevel::Buurt, "WK000101"),
            makeRegion("BU00010102", "B2", RegionLevel::Buurt, "WK000101"),
            makeRegion("BU00010103", "B3", RegionLevel::Buurt, "WK000101"),
            makeRegion("BU00010201", "B4", RegionLevel::Buurt, "WK000102"),
            makeRegion("BU00010301", "B5", RegionLevel::Buurt, "WK000103"),
            makeRegion("BU00010302", "B6", RegionLevel::Buurt, "WK000103"),
            makeRegion("BU00020101", "B7", RegionLevel::Buurt, "WK000201"),
            makeRegion("BU00020102", "B8", RegionLevel::Buurt, "WK000201")};
}

const QStringList kNationBuurten{"BU00010101", "BU00010102", "BU00010103", "BU00010201",
                                 "BU00010301", "BU00010302", "BU00020101", "BU00020102"};

std::vector<Indicator> ratioIndicators()
{
    return {makeIndicator("pop", IndicatorKind::Count),
            makeIndicator("low", IndicatorKind::Count, 10),
            makeIndicator("pct_low", IndicatorKind::Ratio, 10, Polarity::LowerIsBetter, "low",
                          "pop", 100)};
}

struct Scenario
{
    engine::Dataset raw;
    engine::Dataset shown;
};

Scenario disclose(const std::vector<Indicator> &indicators, const std::vector<Region> &regions,
                  const std::vector<Observation> &observations, std::vector<int> periods = {2020})
{
    engine::Dataset data(indicators, regions, std::move(periods));
    data.addObservations(observations);
    engine::deriveAggregates(data);
    Scenario scenario{data, data};
    engine::applyDisclosure(scenario.shown);
    return scenario;
}

//! low per buurt of the nation (pop 100 each unless given), everything else derived; the
//! land total (the engine never derives it) delivered when asked.
Scenario nation(const std::vector<double> &low, const std::vector<double> &pop = {},
                bool landTotal = false)
{
    std::vector<Observation> o;
    double lowSum = 0;
    double popSum = 0;
    for (int k = 0; k < kNationBuurten.size(); ++k) {
        const double people = pop.empty() ? 100.0 : pop[size_t(k)];
        o.push_back(obs(kNationBuurten[k], "low", 2020, low[size_t(k)]));
        o.push_back(obs(kNationBuurten[k], "pop", 2020, people));
        lowSum += low[size_t(k)];
        popSum += people;
    }
    if (landTotal) {
        o.push_back(obs("NL00", "low", 2020, lowSum));
        o.push_back(obs("NL00", "pop", 2020, popSum));
    }
    return disclose(ratioIndicators(), nationRegions(), o);
}

} // namespace

class TestDisclosureSubtraction : public QObject
{
    Q_OBJECT

private:
    static void verifyNoLeak(const Scenario &scenario, int minProtected = 1)
    {
        const Audit result = audit(scenario.raw, scenario.shown);
        QVERIFY2(result.leak.isEmpty(), qPrintable(result.leak));
        QVERIFY(result.protectedCells >= minProtected);
    }

private slots:
    void solverFindsTheIssueExample()
    {
        // Without secondary suppression beyond the zero: wijk 105 = 5 + 0 + 100, with the
        // 5 and the 0 withheld the attacker gets [0, 5]. The solver must see that.
        std::vector<std::vector<double>> a{{1, 1}};
        std::vector<double> b{5};
        QCOMPARE(maximize(a, b, {1, 0}), 5.0);
        QCOMPARE(-maximize(a, b, {-1, 0}), 0.0);
        QCOMPARE(maximize({{1, -1}}, {0}, {1, 0}), kInf); // x = y, both free above
        QVERIFY(std::isnan(maximize({{1, 1}}, {-3}, {1, 0})));
    }

    void solverAgreesWithBruteForce()
    {
        // The audit's solver against plain enumeration: small random trees (a known root,
        // children that are buurten or wijken of buurten, each known or not), every integer
        // assignment of the unknown buurten in [0, root] tried; min and max of every unknown
        // region must be the simplex's.
        std::mt19937 random(4);
        const auto uniform = [&](int lo, int hi) {
            return std::uniform_int_distribution<int>(lo, hi)(random);
        };
        int compared = 0;
        for (int round = 0; round < 60; ++round) {
            // Node 0 is the root; parent[k] < k.
            std::vector<int> parent{-1};
            for (int k = 0, n = uniform(1, 3); k < n; ++k) {
                const int child = int(parent.size());
                parent.push_back(0);
                if (uniform(0, 1) == 1)
                    for (int j = 0, m = uniform(1, 2); j < m; ++j)
                        parent.push_back(child);
            }
            const size_t count = parent.size();
            std::vector<std::vector<size_t>> children(count);
            for (size_t k = 1; k < count; ++k)
                children[size_t(parent[k])].push_back(k);
            std::vector<double> value(count, 0.0);
            for (size_t k = count; k-- > 0;)
                value[k] = children[k].empty() ? uniform(0, 4) : 0.0;
            for (size_t k = count; k-- > 0;)
                for (size_t c : children[k])
                    value[k] += value[c];
            std::vector<bool> known(count);
            known[0] = true;
            for (size_t k = 1; k < count; ++k)
                known[k] = uniform(0, 2) == 0;
            std::vector<int> variable(count, -1);
            int unknowns = 0;
            for (size_t k = 0; k < count; ++k)
                if (!known[k])
                    variable[k] = unknowns++;
            std::vector<std::vector<double>> rows;
            std::vector<double> rhs;
            for (size_t k = 0; k < count; ++k) {
                if (children[k].empty())
                    continue;
                std::vector<double> row(size_t(unknowns), 0.0);
                double constant = 0.0;
                bool any = false;
                const auto term = [&](size_t node, double sign) {
                    if (known[node]) {
                        constant -= sign * value[node];
                    } else {
                        row[size_t(variable[node])] += sign;
                        any = true;
                    }
                };
                term(k, 1.0);
                for (size_t c : children[k])
                    term(c, -1.0);
                if (any) {
                    rows.push_back(row);
                    rhs.push_back(constant);
                }
            }
            // Enumerate the unknown leaves; sums give the rest; keep what fits the known.
            std::vector<size_t> freeLeaves;
            for (size_t k = 0; k < count; ++k)
                if (!known[k] && children[k].empty())
                    freeLeaves.push_back(k);
            if (freeLeaves.size() > 4)
                continue; // at most 25^4 trials
            std::vector<double> lo(count, kInf), hi(count, -kInf);
            std::vector<double> trial(count);
            const int top = int(value[0]);
            std::vector<int> digits(freeLeaves.size(), 0);
            for (;;) {
                for (size_t k = 0; k < count; ++k)
                    trial[k] = children[k].empty() ? value[k] : 0.0;
                for (size_t d = 0; d < freeLeaves.size(); ++d)
                    trial[freeLeaves[d]] = digits[d];
                for (size_t k = count; k-- > 0;)
                    for (size_t c : children[k])
                        trial[k] += trial[c];
                bool fits = true;
                for (size_t k = 0; k < count; ++k)
                    fits &= !known[k] || trial[k] == value[k];
                if (fits)
                    for (size_t k = 0; k < count; ++k) {
                        lo[k] = std::min(lo[k], trial[k]);
                        hi[k] = std::max(hi[k], trial[k]);
                    }
                size_t d = 0;
                while (d < digits.size() && ++digits[d] > top)
                    digits[d++] = 0;
                if (d == digits.size())
                    break;
            }
            for (size_t k = 0; k < count; ++k) {
                if (known[k])
                    continue;
                std::vector<double> objective(size_t(unknowns), 0.0);
                objective[size_t(variable[k])] = 1.0;
                const double max = maximize(rows, rhs, objective);
                objective[size_t(variable[k])] = -1.0;
                const double min = -maximize(rows, rhs, objective);
                const QString context = QStringLiteral("round %1, cell %2").arg(round).arg(k);
                WIJK_COMPARE_NEAR2(max, hi[k], 1e-9, context);
                WIJK_COMPARE_NEAR2(min, lo[k], 1e-9, context);
                ++compared;
            }
        }
        QVERIFY(compared > 60);
    }

    void issueExampleFiveZeroHundred()
    {
        engine::Dataset data(ratioIndicators(), demostadRegions(), {2020});
        const QStringList codes{"BU99990101", "BU99990102", "BU99990201", "BU99990202",
                                "BU99990203"};
        const std::vector<double> low{30, 30, 5, 0, 100};
        std::vector<Observation> o;
        for (int k = 0; k < codes.size(); ++k) {
            o.push_back(obs(codes[k], "low", 2020, low[size_t(k)]));
            o.push_back(obs(codes[k], "pop", 2020, 200));
        }
        const Scenario s = disclose(ratioIndicators(), demostadRegions(), o);
        verifyNoLeak(s);
        // The wijk total stays shown; the 0 alone cannot protect the 5, the 100 does.
        const int low_ = s.shown.indicatorIndex("low");
        QVERIFY(engine::mayShow(s.shown, low_, s.shown.regionIndex("WK999902"), 0));
        QVERIFY(engine::mayShow(s.shown, low_, s.shown.regionIndex("BU99990202"), 0));
        QVERIFY(!engine::mayShow(s.shown, low_, s.shown.regionIndex("BU99990203"), 0));
    }

    void severalZeros()
    {
        verifyNoLeak(nation({3, 0, 0, 0, 0, 50, 0, 40}));
        verifyNoLeak(nation({3, 0, 0, 0, 0, 0, 0, 0}));
        verifyNoLeak(nation({0, 0, 4, 0, 0, 0, 0, 12}));
    }

    void singleChildParent()
    {
        // Buurt 4 is all of wijk 02: the wijk is withheld too, and the gemeente must not
        // give it back as gemeente - wijk 01 - wijk 03.
        verifyNoLeak(nation({20, 30, 40, 4, 50, 60, 70, 80}));
        verifyNoLeak(nation({0, 0, 0, 4, 0, 0, 0, 0}));
    }

    void parentEqualToAChild()
    {
        verifyNoLeak(nation({0, 6, 0, 30, 0, 40, 50, 60}));
        verifyNoLeak(nation({0, 6, 0, 30, 0, 12, 50, 60}));
        verifyNoLeak(nation({12, 0, 0, 6, 0, 0, 0, 7}));
    }

    void deepChains()
    {
        // Small values at every level: buurt, then a small wijk, then a small gemeente
        // (GM0002 = 3 + 4), under a shown land total.
        for (bool land : {false, true}) {
            verifyNoLeak(nation({2, 3, 1, 30, 40, 50, 3, 4}, {}, land));
            verifyNoLeak(nation({9, 9, 9, 9, 9, 9, 9, 9}, {}, land));
            verifyNoLeak(nation({1, 100, 200, 300, 400, 500, 600, 9}, {}, land));
            verifyNoLeak(nation({0, 0, 0, 4, 0, 0, 0, 0}, {}, land));
        }
    }

    void gemeentenUnderTheLand()
    {
        // CBS's gemeenten have no parent, yet NL00 is their sum: a withheld gemeente must
        // not be NL00 minus the other gemeenten.
        std::vector<Region> regions;
        std::vector<Observation> o;
        regions.push_back(makeRegion("NL00", "Nederland", RegionLevel::Land, {}));
        const std::vector<double> low{40, 6, 25};
        for (int g = 0; g < 3; ++g) {
            const QString gm = QStringLiteral("GM000%1").arg(g + 1);
            const QString wk = gm.mid(2).prepend("WK") + "01";
            const QString bu = wk.mid(2).prepend("BU") + "01";
            regions.push_back(makeRegion(gm, gm, RegionLevel::Gemeente, {}));
            regions.push_back(makeRegion(wk, wk, RegionLevel::Wijk, gm));
            regions.push_back(makeRegion(bu, bu, RegionLevel::Buurt, wk));
            o.push_back(obs(bu, "low", 2020, low[size_t(g)]));
            o.push_back(obs(bu, "pop", 2020, 100));
        }
        o.push_back(obs("NL00", "low", 2020, 71));
        o.push_back(obs("NL00", "pop", 2020, 300));
        const Scenario s = disclose(ratioIndicators(), regions, o);
        verifyNoLeak(s, 3); // the buurt, its wijk and its gemeente
        QVERIFY(engine::mayShow(s.shown, s.shown.indicatorIndex("low"), s.shown.regionIndex("NL00"),
                                0));
    }

    void ratioParts()
    {
        // A ratio withheld for its small base (8 households, 0 with a low income) must not
        // come back as 0 / 8, nor its numerator as ratio x denominator.
        verifyNoLeak(
            nation({0, 30, 40, 50, 60, 70, 80, 90}, {8, 100, 100, 100, 100, 100, 100, 100}));
        // A delivered ratio whose numerator count was not delivered: ratio x denominator.
        std::vector<Observation> o;
        const std::vector<double> low{5, 30, 40, 50, 60, 70, 80, 90};
        for (int k = 0; k < kNationBuurten.size(); ++k) {
            o.push_back(obs(kNationBuurten[k], "pop", 2020, 100));
            if (k == 1)
                o.push_back(obs(kNationBuurten[k], "pct_low", 2020, 30));
            else
                o.push_back(obs(kNationBuurten[k], "low", 2020, low[size_t(k)]));
        }
        o.push_back(obs("WK000101", "low", 2020, 75)); // the wijk total is delivered
        verifyNoLeak(disclose(ratioIndicators(), nationRegions(), o));
    }

    void withheldRatioWithholdsItsNumerator()
    {
        // 0 of 8 households: the ratio is withheld for its small base, and with it the 0,
        // which only the ratio's presence decides (so a count loads with its ratios).
        const std::vector<double> low{0, 30, 40, 50, 60, 70, 80, 90};
        const std::vector<double> pop{8, 100, 100, 100, 100, 100, 100, 100};
        const Scenario with = nation(low, pop);
        const int i = with.shown.indicatorIndex("low");
        const int buurt = with.shown.regionIndex("BU00010101");
        QVERIFY(!engine::mayShow(with.shown, with.shown.indicatorIndex("pct_low"), buurt, 0));
        QVERIFY(!engine::mayShow(with.shown, i, buurt, 0));
        std::vector<Observation> o;
        for (int k = 0; k < kNationBuurten.size(); ++k) {
            o.push_back(obs(kNationBuurten[k], "low", 2020, low[size_t(k)]));
            o.push_back(obs(kNationBuurten[k], "pop", 2020, pop[size_t(k)]));
        }
        const std::vector<Indicator> countsOnly{ratioIndicators()[0], ratioIndicators()[1]};
        const Scenario without = disclose(countsOnly, nationRegions(), o);
        QVERIFY(engine::mayShow(without.shown, without.shown.indicatorIndex("low"), buurt, 0));
    }

    void publisherSuppressed()
    {
        // A publisher-withheld buurt under a delivered wijk, and a publisher-withheld wijk
        // whose buurten are all shown.
        std::vector<Observation> o;
        const std::vector<double> low{12, 30, 40, 50, 60, 70, 80, 90};
        for (int k = 0; k < kNationBuurten.size(); ++k) {
            o.push_back(obs(kNationBuurten[k], "pop", 2020, 100));
            o.push_back(k == 0 ? obs(kNationBuurten[k], "low", 2020, NAN, ValueStatus::Suppressed)
                               : obs(kNationBuurten[k], "low", 2020, low[size_t(k)]));
        }
        o.push_back(obs("WK000101", "low", 2020, 82));
        o.push_back(obs("WK000103", "low", 2020, NAN, ValueStatus::Suppressed));
        verifyNoLeak(disclose(ratioIndicators(), nationRegions(), o), 2);
    }

    void randomizedProperty()
    {
        // Fixed seed, bounded size: 400 random hierarchies (with and without a land total,
        // one to three gemeenten, wijken and buurten each), two years, values with many
        // zeros and small counts, sometimes publisher-withheld, missing or delivered above.
        std::mt19937 random(17);
        const auto uniform = [&](int lo, int hi) {
            return std::uniform_int_distribution<int>(lo, hi)(random);
        };
        int protectedCells = 0;
        int complementaryCells = 0;
        for (int round = 0; round < 400; ++round) {
            std::vector<Region> regions;
            QStringList buurten;
            QStringList wijken;
            const bool land = uniform(0, 1) == 1;
            if (land)
                regions.push_back(makeRegion("NL00", "NL", RegionLevel::Land, {}));
            const int gemeenten = uniform(1, 3);
            for (int g = 1; g <= gemeenten; ++g) {
                const QString gm = QStringLiteral("GM%1").arg(g, 4, 10, QLatin1Char('0'));
                regions.push_back(
                    makeRegion(gm, gm, RegionLevel::Gemeente, land ? QStringLiteral("NL00") : ""));
                const int wk = uniform(1, 3);
                for (int w = 1; w <= wk; ++w) {
                    const QString wijk = QStringLiteral("WK%1%2")
                                             .arg(g, 4, 10, QLatin1Char('0'))
                                             .arg(w, 2, 10, QLatin1Char('0'));
                    regions.push_back(makeRegion(wijk, wijk, RegionLevel::Wijk, gm));
                    wijken << wijk;
                    const int bu = uniform(1, 4);
                    for (int b = 1; b <= bu; ++b) {
                        const QString buurt = QStringLiteral("BU%1%2")
                                                  .arg(wijk.mid(2))
                                                  .arg(b, 2, 10, QLatin1Char('0'));
                        regions.push_back(makeRegion(buurt, buurt, RegionLevel::Buurt, wijk));
                        buurten << buurt;
                    }
                }
            }
            std::vector<Observation> o;
            for (int year : {2020, 2021})
                for (const QString &buurt : buurten) {
                    const int kind = uniform(0, 9);
                    const double low = kind < 3 ? 0 : (kind < 6 ? uniform(1, 9) : uniform(10, 60));
                    const double pop = low + (uniform(0, 3) == 0 ? uniform(0, 9) : uniform(10, 80));
                    o.push_back(obs(buurt, "pop", year, pop));
                    const int fate = uniform(0, 19);
                    if (fate == 0)
                        o.push_back(obs(buurt, "low", year, NAN, ValueStatus::Suppressed));
                    else if (fate == 1 && pop > 0)
                        o.push_back(obs(buurt, "pct_low", year, low / pop * 100)); // no count
                    else if (fate != 2) // fate 2: not delivered at all
                        o.push_back(obs(buurt, "low", year, low));
                }
            Scenario s = disclose(ratioIndicators(), regions, o, {2020, 2021});
            // Sometimes a wijk total is delivered (equal to its buurten, as the truth is).
            if (uniform(0, 2) == 0) {
                const QString wijk = wijken.at(uniform(0, wijken.size() - 1));
                engine::Dataset data(ratioIndicators(), regions, {2020, 2021});
                data.addObservations(o);
                engine::deriveAggregates(data);
                const int i = data.indicatorIndex("low");
                const int r = data.regionIndex(wijk);
                if (!data.hasValue(i, r, 0)) {
                    double sum = 0;
                    for (int c : data.childrenAt(r, 0)) {
                        const engine::Cell cell = data.cell(i, c, 0);
                        sum += std::isnan(cell.value) ? uniform(0, 15) : cell.value;
                    }
                    o.push_back(obs(wijk, "low", 2020, sum));
                    s = disclose(ratioIndicators(), regions, o, {2020, 2021});
                }
            }
            // Sometimes the land total is delivered (the sum of its gemeenten, when known).
            if (land && uniform(0, 1) == 0) {
                const int i = s.raw.indicatorIndex("low");
                double sum = 0;
                bool complete = true;
                for (int g : s.raw.regionsOfLevel(RegionLevel::Gemeente)) {
                    complete &= s.raw.hasValue(i, g, 1);
                    sum += s.raw.value(i, g, 1);
                }
                if (complete) {
                    o.push_back(obs("NL00", "low", 2021, sum));
                    s = disclose(ratioIndicators(), regions, o, {2020, 2021});
                }
            }
            const Audit result = audit(s.raw, s.shown);
            QVERIFY2(result.leak.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(result.leak)));
            protectedCells += result.protectedCells;
            complementaryCells += result.complementaryCells;
        }
        qInfo("%d protected and %d complementary counts checked", protectedCells,
              complementaryCells);
        QVERIFY(protectedCells > 400);
        QVERIFY(complementaryCells > 400);
    }
};

QTEST_GUILESS_MAIN(TestDisclosureSubtraction)
#include "test_disclosure_subtraction.moc"
