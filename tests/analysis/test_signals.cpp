// Signals: significant trends the bad or good way, outliers on the bad side, the Dutch
// sentence, strongest first (docs/engine.md, "Signals").
#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/signal_sentences.h"
#include "engine/signals.h"
#include "test_trends_fixture.h"

#include <QtTest>

using namespace wijk;
using namespace wijk::engine;
using namespace wijk::test;

class TestSignals : public QObject
{
    Q_OBJECT

private:
    //! Low-income share per buurt: 0101 rises fast, 0202 falls, the rest wobble; one neutral.
    static Dataset makeData()
    {
        Indicator share = makeIndicator("low_pct", IndicatorKind::Ratio, 0, Polarity::LowerIsBetter,
                                        "low", "hh", 100);
        share.name = QStringLiteral("Aandeel huishoudens met een laag inkomen");
        share.unit = QStringLiteral("percent");
        Indicator neutral = makeIndicator("age", IndicatorKind::Value);
        std::vector<int> years;
        for (int y = 2015; y <= 2024; ++y)
            years.push_back(y);
        Dataset data({makeIndicator("low", IndicatorKind::Count),
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
        deriveAggregates(data);
        applyDisclosure(data);
        return data;
    }

private slots:
    void trendSignals()
    {
        const Dataset data = makeData();
        SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        const auto trends = computeTrends(data, options.trends);
        const auto found = computeSignals(data, trends, options);
        const Signal *worse = nullptr;
        const Signal *better = nullptr;
        for (const Signal &signal : found) {
            QVERIFY(data.indicator(signal.indicator).polarity != Polarity::Neutral);
            if (signal.kind == SignalKind::Worsening)
                worse = &signal;
            if (signal.kind == SignalKind::Improving)
                better = &signal;
        }
        QVERIFY(worse && better);
        QCOMPARE(data.region(worse->region).code, QStringLiteral("BU99990101"));
        QCOMPARE(data.region(better->region).code, QStringLiteral("BU99990202"));
        QVERIFY(worse->q < 0.05);
        QCOMPARE(worse->sinceYear, 2015);
        QVERIFY(std::fabs(worse->slope - 2.0) < 1e-12);
        QCOMPARE(worse->explanation,
                 QStringLiteral("Het aandeel huishoudens met een laag inkomen in Buurt 0101 stijgt "
                                "sinds 2015 met 2,0 procentpunt per jaar (q < 0,001), sneller dan "
                                "gemiddeld in Demostad."));
        QVERIFY(
            better->explanation.contains(QStringLiteral("daalt sinds 2015 met 0,6 procentpunt")));
        QVERIFY(better->explanation.contains(QStringLiteral("terwijl het gemiddelde in Demostad")));
        for (size_t k = 1; k < found.size(); ++k)
            QVERIFY(found[k - 1].strength >= found[k].strength);
    }

    void outlierOnBadSide()
    {
        const Dataset data = makeData();
        SignalOptions options;
        options.trends.level = RegionLevel::Buurt;
        options.trends.indicators = {data.indicatorIndex("low_pct")};
        const auto found = computeSignals(data, {}, options);
        // 2024: 28 % against about 10 % elsewhere and 14.6 % in 0202: only 0101 is high.
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].kind, SignalKind::Outlier);
        QCOMPARE(data.region(found[0].region).code, QStringLiteral("BU99990101"));
        QCOMPARE(found[0].year, 2024);
        QVERIFY(found[0].z > 1.5);
        QVERIFY(found[0].explanation.startsWith(QStringLiteral(
            "Het aandeel huishoudens met een laag inkomen in Buurt 0101 ligt in 2024 met 28,0 % "
            "ver boven het gemiddelde van de buurten")));
    }

    void sentences()
    {
        TrendSentenceInput input;
        input.indicatorName = QStringLiteral("Aandeel huishoudens met een laag inkomen");
        input.unit = QStringLiteral("percent");
        input.regionName = QStringLiteral("Wijk 07");
        input.sinceYear = 2015;
        input.slopePerYear = 0.4;
        input.q = 0.0123;
        input.referenceName = QStringLiteral("Demostad");
        input.referenceSlope = 0.2;
        QCOMPARE(trendSentence(input),
                 QStringLiteral("Het aandeel huishoudens met een laag inkomen in Wijk 07 stijgt "
                                "sinds 2015 met 0,4 procentpunt per jaar (q = 0,01), sneller dan "
                                "gemiddeld in Demostad."));
        input.referenceSlope = 0.5;
        QVERIFY(
            trendSentence(input).endsWith(QStringLiteral("langzamer dan gemiddeld in Demostad.")));
        input.referenceName.clear();
        QVERIFY(trendSentence(input).endsWith(QStringLiteral("(q = 0,01).")));
        QCOMPARE(dutchQ(0.004), QStringLiteral("q = 0,004"));
        QCOMPARE(dutchNumber(0.04, 1), QStringLiteral("0,04"));
        QCOMPARE(dutchNumber(1234.5, 1), QStringLiteral("1.234,5"));
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "test_signals.moc"
