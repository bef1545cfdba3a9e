// Reference values of shared/docs/statistics.md (scipy 1.10, MannKendall.jl) for the pure
// trend statistics.
#include "compare_near.h"
#include "engine/trend_statistics.h"

#include <QtTest>
#include <cmath>

using namespace wijk::engine::stats;

class TestTrendStatistics : public QObject
{
    Q_OBJECT

private:
    const std::vector<double> gapT{2015, 2016, 2017, 2019, 2020, 2021, 2022, 2024};
    const std::vector<double> gapX{12.0, 12.5, 12.5, 13.1, 12.9, 13.8, 14.0, 14.0};

private slots:
    void mannKendallNoTies()
    {
        std::vector<double> x;
        for (int i = 1; i <= 100; ++i)
            x.push_back(i);
        const MannKendallResult r = mannKendall(x);
        QCOMPARE(r.s, 4950.0);
        QCOMPARE(r.varS, 112750.0);
        WIJK_COMPARE_NEAR(r.z, 14.73869998208331, 1e-12);
        QCOMPARE(r.tau, 1.0);
        QVERIFY(r.p < 1e-40);
        QVERIFY(r.p > 0.0);
    }

    void mannKendallGapsAndTies()
    {
        const MannKendallResult r = mannKendall(gapX);
        QCOMPARE(r.s, 24.0);
        WIJK_COMPARE_NEAR(r.varS, 63.3333333, 1e-7);
        WIJK_COMPARE_NEAR(r.z, 2.890091967, 1e-9);
        WIJK_COMPARE_NEAR(r.p, 0.0038512914, 1e-10);
        WIJK_COMPARE_NEAR(r.tau, 0.857142857, 1e-9);
    }

    void mannKendallDecreasingAndFlat()
    {
        const MannKendallResult down = mannKendall({5, 4, 3, 2});
        QCOMPARE(down.s, -6.0);
        WIJK_COMPARE_NEAR(down.z, (-6.0 + 1) / std::sqrt(4 * 3 * 13 / 18.0), 1e-15);
        const MannKendallResult flat = mannKendall({3, 3, 3, 3});
        QCOMPARE(flat.s, 0.0);
        QCOMPARE(flat.varS, 0.0);
        QCOMPARE(flat.z, 0.0);
        QCOMPARE(flat.p, 1.0);
    }

    void theilSenSen1968()
    {
        const TheilSenResult r = theilSen({1, 2, 3, 4, 10, 12, 18}, {9, 15, 19, 20, 45, 55, 78});
        WIJK_COMPARE_NEAR(r.slope, 4.0, 1e-15);
        WIJK_COMPARE_NEAR(r.intercept, 4.0, 1e-12);
        WIJK_COMPARE_NEAR(r.low, 3.7142857142857144, 1e-12);
        WIJK_COMPARE_NEAR(r.high, 4.375, 1e-15);
    }

    void theilSenGapsAndTies()
    {
        const TheilSenResult r = theilSen(gapT, gapX);
        WIJK_COMPARE_NEAR(r.slope, 0.25, 1e-12);
        WIJK_COMPARE_NEAR(r.low, 0.13333333333333344, 1e-12);
        WIJK_COMPARE_NEAR(r.high, 0.3000000000000001, 1e-12);
        WIJK_COMPARE_NEAR(r.intercept, -491.875, 1e-9); // scipy: median(x) - slope * median(t)
    }

    void olsGapsAndTies()
    {
        const OlsResult r = ols(gapT, gapX);
        WIJK_COMPARE_NEAR(r.slope, 0.234074074, 1e-9);
        WIJK_COMPARE_NEAR(r.se, 0.030696830, 1e-9);
        WIJK_COMPARE_NEAR(r.low, 0.158961637, 1e-9);
        WIJK_COMPARE_NEAR(r.high, 0.309186512, 1e-9);
        WIJK_COMPARE_NEAR(r.r2, 0.906463, 1e-6);
        WIJK_COMPARE_NEAR(r.intercept, -459.55407407407404, 1e-8);
    }

    void againstScipyTiesAndOddCounts()
    {
        // scipy 1.10.1 theilslopes / linregress on series with ties and an even/odd N.
        const TheilSenResult a =
            theilSen({2016, 2017, 2018, 2019, 2021}, {5.0, 5.0, 4.2, 4.2, 3.1});
        WIJK_COMPARE_NEAR(a.slope, -0.38999999999999996, 1e-14);
        WIJK_COMPARE_NEAR(a.intercept, 791.2199999999999, 1e-9);
        WIJK_COMPARE_NEAR(a.low, -0.7999999999999998, 1e-14);
        WIJK_COMPARE_NEAR(a.high, 0.0, 1e-14);
        const OlsResult b = ols({2016, 2017, 2018, 2019, 2021}, {5.0, 5.0, 4.2, 4.2, 3.1});
        WIJK_COMPARE_NEAR(b.slope, -0.39189189189189194, 1e-12);
        WIJK_COMPARE_NEAR(b.se, 0.0613340849616768, 1e-12);
        WIJK_COMPARE_NEAR(b.r2, 0.9315463003987595, 1e-12);
        std::vector<double> t;
        for (int y = 2010; y < 2022; ++y)
            t.push_back(y);
        const TheilSenResult c = theilSen(t, {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8});
        WIJK_COMPARE_NEAR(c.slope, 0.3666666666666667, 1e-14);
        WIJK_COMPARE_NEAR(c.low, 0.0, 1e-14);
        WIJK_COMPARE_NEAR(c.high, 0.8, 1e-14);
    }

    void olsConstantSeries()
    {
        const OlsResult r = ols({1, 2, 3, 4}, {7, 7, 7, 7});
        QCOMPARE(r.slope, 0.0);
        QCOMPARE(r.se, 0.0);
        QCOMPARE(r.r2, 0.0); // scipy.stats.linregress sets r = 0
    }

    void benjaminiHochbergReference()
    {
        const std::vector<double> q = benjaminiHochberg({0.01, 0.04, 0.03, 0.005, 0.5});
        const std::vector<double> expected{0.025, 0.05, 0.05, 0.025, 0.5};
        QCOMPARE(q.size(), expected.size());
        for (size_t i = 0; i < q.size(); ++i)
            WIJK_COMPARE_NEAR(q[i], expected[i], 1e-15);
    }

    void benjaminiHochbergSkipsUntested()
    {
        const std::vector<double> q = benjaminiHochberg({0.01, kNaN, 0.04, 0.9});
        QVERIFY(std::isnan(q[1]));
        WIJK_COMPARE_NEAR(q[0], 0.03, 1e-15);
        WIJK_COMPARE_NEAR(q[2], 0.06, 1e-15);
        WIJK_COMPARE_NEAR(q[3], 0.9, 1e-15);
    }

    void distributions()
    {
        WIJK_COMPARE_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-15);
        WIJK_COMPARE_NEAR(normalQuantile(1e-10), -6.361340902404056, 1e-12);
        WIJK_COMPARE_NEAR(normalCdf(1.959963984540054), 0.975, 1e-15);
        // Closed forms for df = 1 (Cauchy) and df = 2, and R's qt(0.975, 6). scipy 1.10's
        // t.ppf (cephes) is only good to ~1e-9 here, so it is the looser check below.
        WIJK_COMPARE_NEAR(studentTQuantile(0.975, 1), std::tan(M_PI * 0.475), 1e-12);
        WIJK_COMPARE_NEAR(studentTQuantile(0.975, 2), 0.95 / std::sqrt(2 * 0.975 * 0.025), 1e-13);
        WIJK_COMPARE_NEAR(studentTQuantile(0.975, 6), 2.446911851144969, 1e-13);
        WIJK_COMPARE_NEAR(studentTQuantile(0.995, 2.5), 7.16372813402124, 1e-8);
        WIJK_COMPARE_NEAR(studentTQuantile(0.01, 30), -2.4572615424005706, 1e-8);
        for (double df : {1.0, 2.5, 6.0, 30.0, 200.0})
            for (double p : {0.001, 0.025, 0.3, 0.975, 0.9999})
                WIJK_COMPARE_NEAR(studentTCdf(studentTQuantile(p, df), df), p, 1e-14);
    }
};

QTEST_GUILESS_MAIN(TestTrendStatistics)
#include "test_trend_statistics.moc"
