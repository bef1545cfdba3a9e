// Dutch grammar of the signal sentences: the article and inflected adjective before an
// indicator name, and a verb that agrees in number, for every indicator name of the demo.
#include "demo/demo_indicators.h"
#include "engine/dutch_subject.h"
#include "engine/signal_sentences.h"

#include <QHash>
#include <QtTest>

using namespace wijk;
using namespace wijk::engine;

class TestDutchSubject : public QObject
{
    Q_OBJECT

private slots:
    void everyDemoIndicatorName()
    {
        // The subject and number of every demo name, checked by hand against Dutch grammar.
        const QHash<QString, std::pair<QString, bool>> expected = {
            {"inwoners", {"Inwoners", true}},
            {"inw_0_14", {"Inwoners 0 tot 15 jaar", true}},
            {"inw_15_24", {"Inwoners 15 tot 25 jaar", true}},
            {"inw_25_64", {"Inwoners 25 tot 65 jaar", true}},
            {"inw_65plus", {"Inwoners 65 jaar of ouder", true}},
            {"jongeren_0_17", {"Jongeren tot 18 jaar", true}},
            {"pct_0_14", {"Het aandeel 0 tot 15 jaar", false}},
            {"pct_15_24", {"Het aandeel 15 tot 25 jaar", false}},
            {"pct_25_64", {"Het aandeel 25 tot 65 jaar", false}},
            {"pct_65plus", {"Het aandeel 65 jaar of ouder", false}},
            {"huishoudens", {"Huishoudens", true}},
            {"hh_eenpersoons", {"Eenpersoonshuishoudens", true}},
            {"pct_eenpersoons", {"Het aandeel eenpersoonshuishoudens", false}},
            {"woningen", {"Woningen", true}},
            {"woningen_koop", {"Koopwoningen", true}},
            {"woningen_huur", {"Huurwoningen", true}},
            {"woningen_corporatie", {"Corporatiewoningen", true}},
            {"pct_koop", {"Het aandeel koopwoningen", false}},
            {"pct_huur", {"Het aandeel huurwoningen", false}},
            {"pct_corporatie", {"Het aandeel corporatiewoningen", false}},
            {"woz_gem", {"De gemiddelde WOZ-waarde", false}},
            {"ink_per_inwoner", {"Het gemiddelde inkomen per inwoner", false}},
            {"ink_per_hh", {"Het gemiddelde inkomen per huishouden", false}},
            {"hh_laag_inkomen", {"Huishoudens met laag inkomen", true}},
            {"pct_laag_inkomen", {"Het aandeel huishoudens met laag inkomen", false}},
            {"bijstand", {"Personen met bijstand", true}},
            {"bijstand_per_1000", {"Bijstand per 1000 inwoners", false}},
            {"jeugdzorg", {"Jongeren met jeugdzorg", true}},
            {"pct_jeugdzorg", {"Het aandeel jongeren met jeugdzorg", false}},
            {"misdrijven", {"Geregistreerde misdrijven", true}},
            {"misdrijven_per_1000", {"Misdrijven per 1000 inwoners", true}},
            {"onveiligheid", {"Voelt zich weleens onveilig in de buurt", false}},
            {"leefbaarheid", {"Het rapportcijfer woonomgeving", false}},
            {"opp_land_ha", {"De oppervlakte land (ha)", false}},
            {"opp_groen_ha", {"De oppervlakte groen (ha)", false}},
            {"pct_groen", {"Het aandeel groen", false}},
            {"pct_hittestress", {"Het aandeel oppervlak met hittestress", false}},
            {"gas_gem", {"Het gemiddelde aardgasverbruik woningen", false}},
            {"elek_gem", {"Het gemiddelde elektriciteitsverbruik woningen", false}},
            {"woningen_zon", {"Woningen met zonnepanelen", true}},
            {"pct_zonnepanelen", {"Het aandeel woningen met zonnepanelen", false}},
            {"no2", {"Stikstofdioxide (NO2)", false}},
        };
        QCOMPARE(int(demo::demoIndicators().size()), expected.size());
        for (const Indicator &indicator : demo::demoIndicators()) {
            QVERIFY2(expected.contains(indicator.code), qPrintable(indicator.code));
            const engine::DutchSubject subject = engine::dutchSubject(indicator.name);
            QCOMPARE(subject.text, expected.value(indicator.code).first);
            QVERIFY2(subject.plural == expected.value(indicator.code).second,
                     qPrintable(indicator.name));
        }
    }

    void verbAgreesWithSubject()
    {
        engine::TrendSentenceInput input;
        input.indicatorName = demo::demoIndicator("misdrijven_per_1000").name;
        input.unit = "per_1000";
        input.regionName = "Centrum";
        input.sinceYear = 2015;
        input.slopePerYear = -2.5;
        input.q = 0.004;
        QVERIFY2(engine::trendSentence(input).startsWith(
                     "Misdrijven per 1000 inwoners in Centrum dalen "),
                 qPrintable(engine::trendSentence(input)));
        input.indicatorName = demo::demoIndicator("ink_per_inwoner").name;
        input.unit = "euro_x1000";
        input.slopePerYear = 0.4;
        QVERIFY2(engine::trendSentence(input).startsWith(
                     "Het gemiddelde inkomen per inwoner in Centrum stijgt "),
                 qPrintable(engine::trendSentence(input)));

        engine::OutlierSentenceInput outlier;
        outlier.indicatorName = demo::demoIndicator("woningen_zon").name;
        outlier.unit = "count";
        outlier.regionName = "Vogelwijk";
        outlier.year = 2023;
        outlier.value = 400;
        outlier.levelMean = 200;
        outlier.z = 2.5;
        outlier.decimals = 0;
        QVERIFY2(engine::outlierSentence(outlier).startsWith(
                     "Woningen met zonnepanelen in Vogelwijk liggen in 2023 met 400 ver boven"),
                 qPrintable(engine::outlierSentence(outlier)));
    }
};

QTEST_GUILESS_MAIN(TestDutchSubject)
#include "test_dutch_subject.moc"
