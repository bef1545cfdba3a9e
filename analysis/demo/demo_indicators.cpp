#include "demo/demo_indicators.h"

#include <QtGlobal>

namespace wijk::demo {

namespace {

const QString kBrp = QStringLiteral("Demostad, Basisregistratie Personen (BRP)");
const QString kBag = QStringLiteral("Demostad, Basisregistratie Adressen en Gebouwen (BAG)");
const QString kCbsInkomen = QStringLiteral("CBS, Inkomen van huishoudens (fictief, demo)");
const QString kCbsZorg =
    QStringLiteral("CBS, Jeugdzorg en Bijstandsuitkeringenstatistiek (fictief)");
const QString kPolitie = QStringLiteral("Politie, geregistreerde criminaliteit (fictief, demo)");
const QString kMonitor = QStringLiteral("Demostad, Veiligheids- en leefbaarheidsmonitor (fictief)");
const QString kKlimaat = QStringLiteral("Demostad, Klimaatatlas en groenkaart (fictief)");
const QString kEnergie = QStringLiteral("CBS/netbeheerder, energieleveringen (fictief, demo)");
const QString kRivm = QStringLiteral("RIVM, grootschalige concentratiekaart NO2 (fictief)");

Indicator make(const char *code, const char *name, const char *nameEn, const char *theme,
               const char *unit, IndicatorKind kind, const QString &source, const char *definition)
{
    Indicator indicator;
    indicator.code = QString::fromLatin1(code);
    indicator.name = QString::fromUtf8(name);
    indicator.nameEn = QString::fromUtf8(nameEn);
    indicator.theme = QString::fromUtf8(theme);
    indicator.unit = QString::fromLatin1(unit);
    indicator.kind = kind;
    indicator.source = source;
    indicator.definition = QString::fromUtf8(definition);
    return indicator;
}

Indicator count(const char *code, const char *name, const char *nameEn, const char *theme,
                const QString &source, const char *definition, int minN = 0)
{
    Indicator indicator =
        make(code, name, nameEn, theme, "count", IndicatorKind::Count, source, definition);
    indicator.minN = minN;
    indicator.decimals = 0;
    return indicator;
}

Indicator ratio(const char *code, const char *name, const char *nameEn, const char *theme,
                const char *numerator, const char *denominator, double scale, Polarity polarity,
                const QString &source, const char *definition, int minN = 0)
{
    Indicator indicator = make(code, name, nameEn, theme, scale == 1000 ? "per_1000" : "percent",
                               IndicatorKind::Ratio, source, definition);
    indicator.numerator = QString::fromLatin1(numerator);
    indicator.denominator = QString::fromLatin1(denominator);
    indicator.scale = scale;
    indicator.polarity = polarity;
    indicator.minN = minN;
    indicator.decimals = 1;
    return indicator;
}

Indicator mean(const char *code, const char *name, const char *nameEn, const char *theme,
               const char *unit, const char *denominator, Polarity polarity, int decimals,
               const QString &source, const char *definition, int minN = 0)
{
    Indicator indicator =
        make(code, name, nameEn, theme, unit, IndicatorKind::Mean, source, definition);
    indicator.denominator = QString::fromLatin1(denominator);
    indicator.polarity = polarity;
    indicator.decimals = decimals;
    indicator.minN = minN;
    return indicator;
}

Indicator value(const char *code, const char *name, const char *nameEn, const char *theme,
                const char *unit, Polarity polarity, const QString &source, const char *definition)
{
    Indicator indicator =
        make(code, name, nameEn, theme, unit, IndicatorKind::Value, source, definition);
    indicator.polarity = polarity;
    indicator.decimals = 1;
    return indicator;
}

//! A ratio or mean over an area in hectares: no count of people or dwellings, so no small
//! numbers either (min_reliable_n 0; the default 100 is meant for counts).
Indicator overArea(Indicator indicator)
{
    indicator.minReliableN = 0;
    return indicator;
}

std::vector<Indicator> build()
{
    const auto up = Polarity::HigherIsBetter, down = Polarity::LowerIsBetter;
    const auto neutral = Polarity::Neutral;
    return {
        count("inwoners", "Inwoners", "Residents", "Bevolking", kBrp,
              "Aantal inwoners op 1 januari volgens de BRP, afgerond op vijftallen."),
        count("inw_0_14", "Inwoners 0 tot 15 jaar", "Residents aged 0-14", "Bevolking", kBrp,
              "Inwoners van 0 tot en met 14 jaar op 1 januari, afgerond op vijftallen."),
        count("inw_15_24", "Inwoners 15 tot 25 jaar", "Residents aged 15-24", "Bevolking", kBrp,
              "Inwoners van 15 tot en met 24 jaar op 1 januari, afgerond op vijftallen."),
        count("inw_25_64", "Inwoners 25 tot 65 jaar", "Residents aged 25-64", "Bevolking", kBrp,
              "Inwoners van 25 tot en met 64 jaar op 1 januari, afgerond op vijftallen."),
        count("inw_65plus", "Inwoners 65 jaar of ouder", "Residents aged 65+", "Bevolking", kBrp,
              "Inwoners van 65 jaar of ouder op 1 januari, afgerond op vijftallen."),
        count("jongeren_0_17", "Jongeren tot 18 jaar", "Young people under 18", "Bevolking", kBrp,
              "Inwoners jonger dan 18 jaar op 1 januari, afgerond op vijftallen."),
        ratio("pct_0_14", "Aandeel 0 tot 15 jaar", "Share aged 0-14", "Bevolking", "inw_0_14",
              "inwoners", 100, neutral, kBrp, "Inwoners van 0-14 jaar als % van alle inwoners."),
        ratio("pct_15_24", "Aandeel 15 tot 25 jaar", "Share aged 15-24", "Bevolking", "inw_15_24",
              "inwoners", 100, neutral, kBrp, "Inwoners van 15-24 jaar als % van alle inwoners."),
        ratio("pct_25_64", "Aandeel 25 tot 65 jaar", "Share aged 25-64", "Bevolking", "inw_25_64",
              "inwoners", 100, neutral, kBrp, "Inwoners van 25-64 jaar als % van alle inwoners."),
        ratio("pct_65plus", "Aandeel 65 jaar of ouder", "Share aged 65+", "Bevolking", "inw_65plus",
              "inwoners", 100, neutral, kBrp,
              "Inwoners van 65 jaar of ouder als % van alle inwoners."),
        count("huishoudens", "Huishoudens", "Households", "Bevolking", kBrp,
              "Particuliere huishoudens op 1 januari."),
        count("hh_eenpersoons", "Eenpersoonshuishoudens", "Single-person households", "Bevolking",
              kBrp, "Particuliere huishoudens van één persoon."),
        ratio("pct_eenpersoons", "Aandeel eenpersoonshuishoudens",
              "Share of single-person households", "Bevolking", "hh_eenpersoons", "huishoudens",
              100, neutral, kBrp, "Eenpersoonshuishoudens als % van alle huishoudens."),
        count("woningen", "Woningen", "Dwellings", "Wonen", kBag,
              "Woningvoorraad op 1 januari (verblijfsobjecten met woonfunctie)."),
        count("woningen_koop", "Koopwoningen", "Owner-occupied dwellings", "Wonen", kBag,
              "Woningen in eigendom van de bewoner."),
        count("woningen_huur", "Huurwoningen", "Rented dwellings", "Wonen", kBag,
              "Huurwoningen, van corporaties en particuliere verhuurders samen."),
        count("woningen_corporatie", "Corporatiewoningen", "Housing association dwellings", "Wonen",
              kBag, "Huurwoningen in bezit van een woningcorporatie."),
        ratio("pct_koop", "Aandeel koopwoningen", "Share owner-occupied", "Wonen", "woningen_koop",
              "woningen", 100, neutral, kBag, "Koopwoningen als % van woningen."),
        ratio("pct_huur", "Aandeel huurwoningen", "Share rented", "Wonen", "woningen_huur",
              "woningen", 100, neutral, kBag, "Huurwoningen als % van woningen."),
        ratio("pct_corporatie", "Aandeel corporatiewoningen", "Share housing association", "Wonen",
              "woningen_corporatie", "woningen", 100, neutral, kBag,
              "Corporatiewoningen als % van woningen."),
        mean("woz_gem", "Gemiddelde WOZ-waarde", "Mean property value (WOZ)", "Wonen", "euro_x1000",
             "woningen", neutral, 0, QStringLiteral("Demostad, WOZ-administratie (fictief)"),
             "Gemiddelde WOZ-waarde van woningen in duizenden euro's, peildatum 1 januari."),
        mean("ink_per_inwoner", "Gemiddeld inkomen per inwoner", "Mean income per resident",
             "Inkomen", "euro_x1000", "inwoners", up, 1, kCbsInkomen,
             "Gemiddeld persoonlijk inkomen per inwoner in duizenden euro's."),
        mean("ink_per_hh", "Gemiddeld inkomen per huishouden", "Mean household income", "Inkomen",
             "euro_x1000", "huishoudens", up, 1, kCbsInkomen,
             "Gemiddeld gestandaardiseerd besteedbaar inkomen per huishouden, x 1000 euro."),
        count("hh_laag_inkomen", "Huishoudens met laag inkomen", "Low-income households", "Inkomen",
              kCbsInkomen, "Huishoudens met een inkomen onder de lage-inkomensgrens.", 10),
        ratio("pct_laag_inkomen", "Aandeel huishoudens met laag inkomen",
              "Share of low-income households", "Inkomen", "hh_laag_inkomen", "huishoudens", 100,
              down, kCbsInkomen, "Huishoudens met laag inkomen als % van alle huishoudens.", 10),
        count("bijstand", "Personen met bijstand", "Persons on social assistance", "Inkomen",
              kCbsZorg, "Personen met een bijstandsuitkering (Participatiewet).", 10),
        ratio("bijstand_per_1000", "Bijstand per 1000 inwoners",
              "Social assistance per 1000 residents", "Inkomen", "bijstand", "inwoners", 1000, down,
              kCbsZorg, "Personen met bijstand per 1000 inwoners.", 10),
        count("jeugdzorg", "Jongeren met jeugdzorg", "Young people in youth care", "Zorg", kCbsZorg,
              "Jongeren tot 18 jaar met jeugdzorg in natura, afgerond op vijftallen.", 10),
        ratio("pct_jeugdzorg", "Aandeel jongeren met jeugdzorg",
              "Share of young people in youth care", "Zorg", "jeugdzorg", "jongeren_0_17", 100,
              down, kCbsZorg, "Jongeren met jeugdzorg als % van de jongeren tot 18 jaar.", 10),
        count("misdrijven", "Geregistreerde misdrijven", "Registered crimes", "Veiligheid",
              kPolitie, "Door de politie geregistreerde misdrijven, pleegplaats in de buurt."),
        ratio("misdrijven_per_1000", "Misdrijven per 1000 inwoners", "Crimes per 1000 residents",
              "Veiligheid", "misdrijven", "inwoners", 1000, down, kPolitie,
              "Geregistreerde misdrijven per 1000 inwoners."),
        value("onveiligheid", "Voelt zich weleens onveilig in de buurt",
              "Feels unsafe in the neighbourhood at times", "Veiligheid", "percent", down, kMonitor,
              "Percentage inwoners van 15 jaar of ouder dat zich weleens onveilig voelt in de "
              "eigen buurt (enquête, per wijk; niet optelbaar)."),
        value("leefbaarheid", "Rapportcijfer woonomgeving", "Liveability rating", "Leefbaarheid",
              "score", up, kMonitor,
              "Gemiddeld rapportcijfer (1-10) voor de eigen woonomgeving (enquête, per wijk, "
              "tweejaarlijks; niet optelbaar)."),
        count("opp_land_ha", "Oppervlakte land (ha)", "Land area (ha)", "Klimaat", kKlimaat,
              "Oppervlakte land in hectare, afgerond op hele hectares."),
        count("opp_groen_ha", "Oppervlakte groen (ha)", "Green area (ha)", "Klimaat", kKlimaat,
              "Openbaar groen, natuur en parken in hectare."),
        overArea(ratio("pct_groen", "Aandeel groen", "Share of green space", "Klimaat",
                       "opp_groen_ha", "opp_land_ha", 100, up, kKlimaat,
                       "Groen als % van de landoppervlakte.")),
        overArea(mean("pct_hittestress", "Aandeel oppervlak met hittestress",
                      "Share of area with heat stress", "Klimaat", "percent", "opp_land_ha", down,
                      1, kKlimaat,
                      "Percentage van de oppervlakte met een gevoelstemperatuur boven 38 graden "
                      "op een hete zomerdag (model).")),
        mean("gas_gem", "Gemiddeld aardgasverbruik woningen", "Mean household gas use", "Energie",
             "m3", "woningen", down, 0, kEnergie,
             "Gemiddeld aardgasverbruik per woning in m3 per jaar."),
        mean("elek_gem", "Gemiddeld elektriciteitsverbruik woningen",
             "Mean household electricity use", "Energie", "kwh", "woningen", down, 0, kEnergie,
             "Gemiddelde netto elektriciteitslevering per woning in kWh per jaar."),
        count("woningen_zon", "Woningen met zonnepanelen", "Dwellings with solar panels", "Energie",
              kEnergie, "Woningen met een geregistreerde zonnestroominstallatie."),
        ratio("pct_zonnepanelen", "Aandeel woningen met zonnepanelen",
              "Share of dwellings with solar panels", "Energie", "woningen_zon", "woningen", 100,
              up, kEnergie, "Woningen met zonnepanelen als % van alle woningen."),
        value("no2", "Stikstofdioxide (NO2)", "Nitrogen dioxide (NO2)", "Milieu", "ug_m3", down,
              kRivm,
              "Jaargemiddelde NO2-concentratie in microgram per m3 (model; per buurt, wijk en "
              "gemeente geleverd, niet optelbaar)."),
    };
}

} // namespace

const std::vector<Indicator> &demoIndicators()
{
    static const std::vector<Indicator> indicators = build();
    return indicators;
}

const Indicator &demoIndicator(const QString &code)
{
    for (const Indicator &indicator : demoIndicators()) {
        if (indicator.code == code)
            return indicator;
    }
    Q_ASSERT_X(false, "demoIndicator", "unknown demo indicator");
    return demoIndicators().front();
}

} // namespace wijk::demo
