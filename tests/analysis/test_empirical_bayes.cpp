// Global Empirical Bayes rates (Marshall 1991) as shared/docs/statistics.md defines them: a
// hand-computed example, the direction of the shrinkage, and regions that cannot count.
#include "engine/empirical_bayes.h"

#include <QtTest>
#include <cmath>

using namespace wijk::engine;

class TestEmpiricalBayes : public QObject
{
    Q_OBJECT

private:
    static void near(double actual, double expected, double tolerance)
    {
        QVERIFY2(std::fabs(actual - expected) <= tolerance,
                 qPrintable(QStringLiteral("computed %1, expected %2")
                                .arg(actual, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }

private slots:
    void handComputedExample()
    {
        // O = 2, 30, 5; P = 10, 100, 50: b = 37/160 = 0.23125, s² = 1.34375/160,
        // a = s² - b/(160/3) = 0.0040625, w_1 = a / (a + b/10) = 0.0040625 / 0.0271875.
        const auto rates = empiricalBayesRates({2, 30, 5}, {10, 100, 50});
        QCOMPARE(int(rates.size()), 3);
        near(rates[0].raw, 0.2, 1e-15);
        near(rates[0].shrinkage, 0.0040625 / 0.0271875, 1e-12);
        near(rates[0].smoothed, 0.22658045977011494, 1e-12);
        near(rates[1].shrinkage, 0.0040625 / (0.0040625 + 0.0023125), 1e-12);
    }

    void smallDenominatorsShrinkMoreTowardsTheOverallRate()
    {
        const auto rates = empiricalBayesRates({1, 40, 3, 100}, {4, 100, 20, 400});
        const double b = 144.0 / 524.0;
        for (const EmpiricalBayesRate &rate : rates) {
            QVERIFY(rate.shrinkage >= 0 && rate.shrinkage <= 1);
            // Between the raw rate and b.
            QVERIFY(std::fabs(rate.smoothed - b) <= std::fabs(rate.raw - b) + 1e-15);
        }
        // The smallest denominator (4) keeps least of its own rate.
        QVERIFY(rates[0].shrinkage < rates[2].shrinkage);
        QVERIFY(rates[2].shrinkage < rates[1].shrinkage);
        QVERIFY(rates[1].shrinkage < rates[3].shrinkage);
    }

    void noSpreadBeyondChanceShrinksFully()
    {
        const auto rates = empiricalBayesRates({1, 2, 3}, {10, 20, 30});
        for (const EmpiricalBayesRate &rate : rates) {
            QCOMPARE(rate.shrinkage, 0.0);
            near(rate.smoothed, 0.1, 1e-15);
        }
    }

    void regionsWithoutUsableNumbersAreLeftOut()
    {
        const double nan = std::nan("");
        const auto with = empiricalBayesRates({2, 30, 5, nan, 4}, {10, 100, 50, 10, 0});
        const auto without = empiricalBayesRates({2, 30, 5}, {10, 100, 50});
        QVERIFY(std::isnan(with[3].smoothed) && std::isnan(with[4].smoothed));
        for (size_t i = 0; i < 3; ++i)
            QCOMPARE(with[i].smoothed, without[i].smoothed);
    }
};

QTEST_GUILESS_MAIN(TestEmpiricalBayes)
#include "test_empirical_bayes.moc"
