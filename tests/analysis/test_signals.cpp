// Signals: significant trends the bad or good way (and of neutral indicators), outliers on the
// bad side, the Dutch sentence, unfavourable first, small numbers held back (docs/engine.md,
// "Signals" and "Small numbers").
#include "compare_near.h"
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/signal_sentences.h"
#include "engine/signals.h"
#include "engine/small_numbers.h"
#include "model/number_format.h"
#include "test_trends_fixture.h"

#include <QtTest>
#include <cmath>
#include <map>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestSignals : public QObject
{
    Q_OBJECT

private:
    //! Low-income share per buurt: 0101 rises fast, 0202 falls, the rest wobble; one neutral.
    static engine::Dataset makeData()
    {
        Indicator share = makeIndicator("low_pct", IndicatorKind::Ratio, 0, Polarity::LowerIsBetter,
                                        "low", "hh", 100);
        share.name = QStringLiteral("Aandeel huishoudens met een laag inkomen");
        share.unit = QStringLiteral("percent");
        Indicator neutral = makeIndicator("age", IndicatorKind::Value);
        std::vector<int> years;
        for (int y = 2015; y <= 2024; ++y)
            years.push_back(y);
        engine::Dataset data({makeIndicator("low", IndicatorKind::Count),
                              makeIndicator("hh", IndicatorKind::Count), share, neutral},
                             demostadRegions(), years);
        std::vector<Observation> o;
        const double wobble[] = {3, -2, 1, -4, 2, 0, -1, 4, -3, 1};
        for (size_t k = 0; k < years.size(); ++k) {
            const int y = years[k];
            o.push_back(obs("BU99990101", "low", y, 100 + 20 * double(k)));
            o.push_back(obs("BU99990102", "low", y, 100 + wobble[k]));
            o.push_back(obs("BU99990201", "low", y, 100 + wobble[(k + 3) % 10]));
            o.push_back(obs("BU99990202", "low", y, 200 - 6 * double(k)));
            o.push_back(obs("BU99990203", "low", y, 100 + wobble[(k + 6) % 10]));
            for (const char *code :
                 {"BU99990101", "BU99990102", "BU99990201", "BU99990202", "BU99990203"}) {
                o.push_back(obs(code, "hh", y, 1000));
                o.push_back(obs(code, "age", y, 30 + double(k)));
            }
        }
        data.addObservations(o);
        engine::deriveAggregates(data);
        engine::applyDisclosure(data);
        return data;
    }

private slots:
    void trendSignals()
    {
        const engine::Dataset data = makeData();
        engine::SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        const auto trends = engine::computeTrends(data, options.trends);
        const auto found = engine::computeSignals(data, trends, options);
        const engine::Signal *worse = nullptr;
        const engine::Signal *better = nullptr;
        for (const engine::Signal &signal : found) {
            if (data.indicator(signal.indicator).polarity == Polarity::Neutral) {
                QCOMPARE(signal.kind, engine::SignalKind::Trend);
                QCOMPARE(signal.assessment, engine::SignalAssessment::Neutral);
            }
            if (signal.kind == engine::SignalKind::Worsening)
                worse = &signal;
            if (signal.kind == engine::SignalKind::Improving)
                better = &signal;
        }
        QVERIFY(worse && better);
        QCOMPARE(data.region(worse->region).code, QStringLiteral("BU99990101"));
        QCOMPARE(data.region(better->region).code, QStringLiteral("BU99990202"));
        QVERIFY(worse->q < 0.05);
        QCOMPARE(worse->sinceYear, 2015);
        WIJK_COMPARE_NEAR(worse->slope, 2.0, 1e-12);
        QCOMPARE(
            worse->explanation,
            QStringLiteral("Het aandeel huishoudens met een laag inkomen in Buurt 0101 stijgt "
                           "sinds 2015 met 2,0\u00a0procentpunt per jaar (q < 0,001), sneller dan "
                           "gemiddeld in Demostad."));
        QVERIFY(better->explanation.contains(
            QStringLiteral("daalt sinds 2015 met 0,6\u00a0procentpunt")));
        QVERIFY(better->explanation.contains(QStringLiteral("terwijl het gemiddelde in Demostad")));
    }

    void unfavourableFirstThenFavourableThenNeutral()
    {
        const engine::Dataset data = makeData();
        engine::SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        const auto found =
            engine::computeSignals(data, engine::computeTrends(data, options.trends), options);
        std::map<engine::SignalAssessment, int> count;
        for (const engine::Signal &signal : found) {
            ++count[signal.assessment];
            const engine::SignalAssessment expected =
                signal.kind == engine::SignalKind::Improving ? engine::SignalAssessment::Favourable
                : signal.kind == engine::SignalKind::Trend   ? engine::SignalAssessment::Neutral
                                                           : engine::SignalAssessment::Unfavourable;
            QCOMPARE(signal.assessment, expected);
        }
        // 0101's outlier (|z| 1.7) comes before 0202's stronger improvement (q < 0.001), and
        // the neutral "age" trends, the strongest of all, come last.
        QCOMPARE(count[engine::SignalAssessment::Unfavourable], 2);
        QCOMPARE(count[engine::SignalAssessment::Favourable], 1);
        QVERIFY(count[engine::SignalAssessment::Neutral] >= 5); // "age" everywhere, "low" counts
        QCOMPARE(found[1].kind, engine::SignalKind::Outlier);
        QCOMPARE(found[2].kind, engine::SignalKind::Improving);
        QVERIFY(found[2].strength > found[1].strength);
        QCOMPARE(found[3].kind, engine::SignalKind::Trend); // "age", the strongest of all
        QVERIFY(found[3].strength > found[0].strength);
        for (size_t k = 1; k < found.size(); ++k) {
            QVERIFY(found[k - 1].assessment <= found[k].assessment);
            if (found[k - 1].assessment == found[k].assessment)
                QVERIFY(found[k - 1].strength >= found[k].strength);
        }
        QCOMPARE(engine::assessmentName(found.front().assessment), QStringLiteral("unfavourable"));
        QCOMPARE(engine::assessmentName(found.back().assessment), QStringLiteral("neutral"));
    }

    //! 0101 has only 60 households: its 28 % rests on small numbers (default threshold 100).
    void smallNumbersAreNeverSignals()
    {
        engine::Dataset data = makeData();
        // The same data with 0101's households at 60 (and its low-income count scaled along).
        Indicator share = data.indicator(data.indicatorIndex("low_pct"));
        QCOMPARE(share.reliableThreshold(), Indicator::kDefaultMinReliableN);
        const auto build = [&](int minReliableN) {
            Indicator ratio = share;
            ratio.minReliableN = minReliableN;
            engine::Dataset small({makeIndicator("low", IndicatorKind::Count),
                                   makeIndicator("hh", IndicatorKind::Count), ratio},
                                  demostadRegions(), data.periods());
            std::vector<Observation> o;
            for (int p = 0; p < data.periodCount(); ++p)
                for (const char *code :
                     {"BU99990101", "BU99990102", "BU99990201", "BU99990202", "BU99990203"}) {
                    const int r = data.regionIndex(code);
                    const double factor = QLatin1String(code) == "BU99990101" ? 0.06 : 1.0;
                    o.push_back(
                        obs(code, "low", data.period(p),
                            std::round(data.value(data.indicatorIndex("low"), r, p) * factor)));
                    o.push_back(obs(code, "hh", data.period(p), 1000 * factor));
                }
            small.addObservations(o);
            engine::deriveAggregates(small);
            engine::applyDisclosure(small);
            return small;
        };
        const engine::Dataset small = build(-1);
        const int ratio = small.indicatorIndex("low_pct");
        const int buurt = small.regionIndex("BU99990101");
        const int last = small.periodCount() - 1;
        QVERIFY(
            engine::mayShow(small, ratio, buurt, last)); // shown: small numbers are not withheld
        QVERIFY(engine::restsOnSmallNumbers(small, ratio, buurt, last));
        QVERIFY(!engine::restsOnSmallNumbers(small, ratio, small.regionIndex("BU99990102"), last));
        QVERIFY(!engine::restsOnSmallNumbers(small, small.indicatorIndex("low"), buurt,
                                             last)); // a count

        engine::SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        const auto trends = engine::computeTrends(small, options.trends);
        const auto found = engine::computeSignals(small, trends, options);
        int ratioSignals = 0;
        for (const engine::Signal &signal : found) {
            QVERIFY(!signal.smallNumbers);
            if (signal.indicator == ratio) {
                QVERIFY(signal.region != buurt);
                ++ratioSignals;
            }
        }
        QCOMPARE(ratioSignals, 1); // 0202's improvement is still there

        options.includeSmallNumbers = true;
        int heldBack = 0;
        for (const engine::Signal &signal : engine::computeSignals(small, trends, options))
            if (signal.region == buurt && signal.indicator == ratio) {
                QVERIFY(signal.smallNumbers);
                ++heldBack;
            }
        QCOMPARE(heldBack, 2); // the rising trend and the outlier

        // The catalogue decides: min_reliable_n 50 makes 60 households enough.
        const engine::Dataset trusted = build(50);
        options.includeSmallNumbers = false;
        int shown = 0;
        for (const engine::Signal &signal : engine::computeSignals(
                 trusted, engine::computeTrends(trusted, options.trends), options))
            shown += signal.region == trusted.regionIndex("BU99990101") &&
                             signal.indicator == trusted.indicatorIndex("low_pct")
                         ? 1
                         : 0;
        QCOMPARE(shown, 2);
    }

    void outlierOnBadSide()
    {
        const engine::Dataset data = makeData();
        engine::SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        options.trends.indicators = {data.indicatorIndex("low_pct")};
        const auto found = engine::computeSignals(data, {}, options);
        // 2024: 28 % against about 10 % elsewhere and 14.6 % in 0202: only 0101 is high.
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].kind, engine::SignalKind::Outlier);
        QCOMPARE(data.region(found[0].region).code, QStringLiteral("BU99990101"));
        QCOMPARE(found[0].year, 2024);
        // Five buurten: |z| can be at most 4 / sqrt(5) = 1.79, out but never "far" out.
        QVERIFY(found[0].z > 1.5 && found[0].z < engine::kFarOutlierZ);
        QVERIFY2(found[0].explanation.startsWith(QStringLiteral(
                     "Het aandeel huishoudens met een laag inkomen in Buurt 0101 ligt in 2024 met "
                     "28,0\u00a0% boven het gemiddelde van de buurten")),
                 qPrintable(found[0].explanation));
    }

    void sentences()
    {
        engine::TrendSentenceInput input;
        input.indicatorName = QStringLiteral("Aandeel huishoudens met een laag inkomen");
        input.unit = QStringLiteral("percent");
        input.regionName = QStringLiteral("Wijk 07");
        input.sinceYear = 2015;
        input.slopePerYear = 0.4;
        input.q = 0.0123;
        input.referenceName = QStringLiteral("Demostad");
        input.referenceSlope = 0.2;
        QCOMPARE(
            engine::trendSentence(input),
            QStringLiteral("Het aandeel huishoudens met een laag inkomen in Wijk 07 stijgt "
                           "sinds 2015 met 0,4\u00a0procentpunt per jaar (q = 0,01), sneller dan "
                           "gemiddeld in Demostad."));
        input.referenceSlope = 0.5;
        QVERIFY(engine::trendSentence(input).endsWith(
            QStringLiteral("langzamer dan gemiddeld in Demostad.")));
        input.referenceName.clear();
        QVERIFY(engine::trendSentence(input).endsWith(QStringLiteral("(q = 0,01).")));
        QCOMPARE(engine::dutchQ(0.004), QStringLiteral("q = 0,004"));

        // "ver boven/onder" only from |z| >= 2; between the threshold and 2 just "boven/onder".
        engine::OutlierSentenceInput outlier;
        outlier.indicatorName = QStringLiteral("Misdrijven per 1000 inwoners");
        outlier.unit = QStringLiteral("per_1000");
        outlier.regionName = QStringLiteral("Wijk 07");
        outlier.level = RegionLevel::Wijk;
        outlier.year = 2024;
        outlier.value = 80;
        outlier.levelMean = 50;
        outlier.z = 1.7;
        QVERIFY2(
            engine::outlierSentence(outlier).contains(QStringLiteral(" boven het gemiddelde")) &&
                !engine::outlierSentence(outlier).contains(QStringLiteral("ver boven")),
            qPrintable(engine::outlierSentence(outlier)));
        outlier.z = 2.0;
        QVERIFY(
            engine::outlierSentence(outlier).contains(QStringLiteral("ver boven het gemiddelde")));
        outlier.value = 20;
        outlier.z = -1.9;
        QVERIFY(
            engine::outlierSentence(outlier).contains(QStringLiteral("met 20,0\u00a0‰ onder het")));
        NumberFormat sentence;
        sentence.decimals = 1;
        sentence.significantDigit = true;
        QCOMPARE(formatNumber(0.04, sentence, Language::Dutch), QStringLiteral("0,04"));
        QCOMPARE(formatNumber(1234.5, sentence, Language::Dutch), QStringLiteral("1.234,5"));
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "test_signals.moc"
