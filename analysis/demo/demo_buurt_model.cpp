#include "demo/demo_buurt_model.h"

#include "demo/demo_random.h"

#include <algorithm>
#include <cmath>

namespace wijk::demo {

namespace {

//! What a buurt of each profile looks like in 2015.
struct ProfileFigures
{
    double density; //!< inwoners per hectare
    int minPopulation, maxPopulation;
    std::array<double, 4> ages; //!< shares 0-14, 15-24, 25-64, 65+
    double householdSize, single, koop, corporatie;
    double woz, income, lowIncome, bijstand, jeugdzorg, crime;
    double green, heat, gas, electricity, solar, solarSlope;
};

const ProfileFigures &figures(Profile profile)
{
    // clang-format off
    static const ProfileFigures table[] = {
        // density  min   max   ages                    hh   single koop  corp  woz  inc  low   bijst jz    crime green heat gas   elek  solar slope
        {75,   600, 3800, {.10, .17, .56, .17}, 1.60, .58, .45, .25, 235, 26, .14, 45, .12, 120, .08, .55, 1050, 2300, .02, .018}, // Centrum
        {80,   600, 3600, {.14, .12, .56, .18}, 2.00, .42, .55, .20, 225, 25, .12, 38, .11,  55, .12, .40, 1350, 2600, .03, .020}, // Vooroorlogs
        {24,   400, 2400, {.15, .11, .46, .28}, 2.40, .25, .85, .04, 480, 38, .03,  6, .07,  30, .30, .12, 2100, 3600, .08, .026}, // Villa
        {85,   700, 4200, {.16, .12, .50, .22}, 2.00, .45, .25, .60, 165, 20, .18, 70, .15,  65, .25, .25, 1150, 2500, .02, .012}, // Naoorlogs
        {55,   600, 3800, {.14, .11, .50, .25}, 2.20, .32, .65, .20, 235, 27, .07, 20, .10,  35, .22, .20, 1400, 2900, .06, .022}, // Jaren70
        {50,   600, 3800, {.19, .12, .55, .14}, 2.50, .22, .70, .18, 260, 28, .05, 12, .09,  30, .20, .18, 1250, 3100, .07, .024}, // Jaren90
        {60,   500, 3400, {.24, .10, .58, .08}, 2.70, .18, .72, .15, 285, 29, .04,  8, .09,  30, .18, .22,  700, 3300, .10, .050}, // Nieuwbouw
        {0.3,   15,  120, {.10, .12, .70, .08}, 1.50, .60, .40, .20, 200, 24, .12, 30, .10, 200, .06, .60, 1000, 2800, .05, .020}, // Bedrijven
        {1.6,  100,  520, {.14, .11, .50, .25}, 2.40, .22, .80, .05, 380, 31, .05,  7, .08,  20, .55, .04, 2200, 3800, .12, .025}, // Landelijk
    };
    // clang-format on
    return table[int(profile)];
}

// The WOZ price index (2015 = 1), shaped like the Dutch one.
const double kWozIndex[] = {1.00, 1.01, 1.04, 1.11, 1.19, 1.27, 1.34, 1.50, 1.69, 1.68};

int roundCount(double value)
{
    return std::max(0, int(std::lround(value)));
}

int splitCount(int total, double firstShare, bool first, bool byFive)
{
    const int part = byFive ? std::min(total, roundToFive(total * firstShare))
                            : std::min(total, roundCount(total * firstShare));
    return first ? part : total - part;
}

} // namespace

int roundToFive(double value)
{
    return std::max(0, int(std::lround(value / 5.0)) * 5);
}

std::vector<BuurtYear> simulateBuurt(const DemoTown &town, int index, DemoRandom &random)
{
    const DemoBuurt &buurt = town.buurten[index];
    const ProfileFigures &f = figures(buurt.profile);
    const int wijk = buurt.wijk;
    const bool nieuwbouw = buurt.profile == Profile::Nieuwbouw;

    // Character of this buurt, drawn once: it stays itself through the years.
    const double urban = 0.9 - 0.4 * buurt.centreDistance;
    double base = buurt.fixedPopulation > 0
                      ? buurt.fixedPopulation
                      : std::clamp(buurt.areaHa * f.density * urban * random.uniform(0.8, 1.2),
                                   double(f.minPopulation), double(f.maxPopulation));
    const double growth = random.normal(0.004, 0.004);
    std::array<double, 4> ages = f.ages;
    for (double &share : ages)
        share = std::max(0.03, share + random.normal(0.0, 0.015));
    const double wealth = random.normal(1.0, 0.08);
    const double lowFactor = random.normal(1.0, 0.15);
    const double careFactor = random.normal(1.0, 0.15);
    const double crimeFactor = random.normal(1.0, 0.2);
    const double greenShare = std::clamp(f.green * random.normal(1.0, 0.25), 0.02, 0.9);
    const double heatBase = std::clamp(f.heat * random.normal(1.0, 0.15), 0.01, 0.9);
    const double energyFactor = random.normal(1.0, 0.06);
    const double no2Base = 14.0 + 12.0 * (1.0 - buurt.centreDistance) +
                           (buurt.profile == Profile::Bedrijven ? 4.0 : 0.0) +
                           random.normal(0.0, 1.0);

    std::vector<BuurtYear> years;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const int t = year - kFirstYear;
        BuurtYear y;
        double population = base * std::pow(1.0 + growth, t) * random.normal(1.0, 0.01);
        if (nieuwbouw && buurt.fixedPopulation == 0) // the new estate fills up until 2021
            population *= std::min(1.0, 0.33 + 0.11 * t);
        std::array<double, 4> shares = ages;
        shares[0] += (nieuwbouw ? 0.003 : -0.001) * t;
        shares[3] += (nieuwbouw ? 0.0005 : 0.0025) * t;
        double sum = 0.0;
        for (double share : shares)
            sum += share;
        for (int g = 0; g < 4; ++g) {
            y.ageGroups[g] = roundToFive(population * shares[g] / sum);
            y.inwoners += y.ageGroups[g];
        }
        y.jongeren = y.ageGroups[0] + roundToFive(y.ageGroups[1] * 0.3);

        const double size = f.householdSize * (1.0 - 0.004 * t) * random.normal(1.0, 0.01);
        y.huishoudens = y.inwoners > 0 ? std::max(1, roundCount(y.inwoners / size)) : 0;
        y.eenpersoons = std::min(y.huishoudens, roundCount(y.huishoudens * (f.single + 0.003 * t)));
        y.woningen = roundCount(y.huishoudens * random.uniform(1.02, 1.05));
        double koop = f.koop, corporatie = f.corporatie;
        if (wijk == planted::kMolenkwartier) { // renewal: corporatie homes sold or replaced
            koop += 0.010 * t;
            corporatie -= 0.012 * t;
        }
        y.koop = std::min(y.woningen, roundCount(y.woningen * koop));
        y.huur = y.woningen - y.koop;
        y.corporatie = std::min(y.huur, roundCount(y.woningen * corporatie));
        y.woz = f.woz * wealth * kWozIndex[t] * random.normal(1.0, 0.01);

        y.inkomenInwoner = f.income * wealth * (1.0 + 0.022 * t) * random.normal(1.0, 0.01);
        y.inkomenHuishouden =
            y.huishoudens > 0 ? y.inkomenInwoner * y.inwoners / y.huishoudens * 0.8 : 0.0;
        double low = f.lowIncome * lowFactor + random.normal(0.0, 0.004);
        double bijstand = f.bijstand * lowFactor;
        if (wijk == planted::kHoogkamp) {
            low += 0.012 * t;
            bijstand += 3.0 * t;
        }
        y.laagInkomen = roundCount(y.huishoudens * std::clamp(low, 0.0, 0.9));
        const double expected = y.inwoners * bijstand / 1000.0;
        y.bijstand = roundCount(expected + random.normal(0.0, std::sqrt(expected + 1.0) * 0.5));
        y.jeugdzorg = roundToFive(y.jongeren * f.jeugdzorg * careFactor * random.normal(1.0, 0.05));

        // Per resident, in a business park too: a fixed count there (break-ins at firms) made
        // thousands per 1000 of its few residents, more crimes than people in the flagship
        // demo. Its rate (about 200 per 1000) is the town's highest and rests on small
        // numbers (docs/demo.md).
        double crime = y.inwoners * f.crime * crimeFactor / 1000.0;
        crime *= std::pow(wijk == planted::kCentrum ? 0.955 : 0.985, t);
        if (year == 2020)
            crime *= 0.9;
        y.misdrijven = roundCount(crime + random.normal(0.0, std::sqrt(crime + 1.0) * 0.5));

        y.oppLand = std::max(1, roundCount(buurt.areaHa));
        y.oppGroen = roundCount(buurt.areaHa * greenShare);
        y.hittestress =
            std::clamp(100.0 * heatBase * (1.0 - 0.01 * t) + random.normal(0.0, 0.3), 0.0, 100.0);

        double gas = f.gas * energyFactor * std::pow(0.975, t);
        if (wijk == planted::kVogelwijk)
            gas *= std::pow(0.97, t);
        if (nieuwbouw)
            gas *= std::max(0.2, 1.0 - 0.07 * t); // new homes without gas connection
        if (year >= 2022)
            gas *= 0.85; // the energy crisis
        y.gas = gas * random.normal(1.0, 0.02);
        double solar = f.solar + (wijk == planted::kVogelwijk ? 0.045 : f.solarSlope) * t;
        solar = std::clamp(solar + random.normal(0.0, 0.005), 0.0, 0.9);
        y.zonnepanelen = roundCount(y.woningen * solar);
        y.elektriciteit = f.electricity * energyFactor * (1.0 - 0.01 * t) * (1.0 - 0.5 * solar) *
                          random.normal(1.0, 0.02);
        y.no2 = std::max(5.0,
                         no2Base - 0.55 * t - (year == 2020 ? 2.0 : 0.0) + random.normal(0.0, 0.4));
        years.push_back(y);
    }
    return years;
}

BuurtYear splitBuurtYear(const BuurtYear &whole, const DemoBuurt &successor, bool first)
{
    const double share = first ? successor.splitShare : 1.0 - successor.splitShare;
    BuurtYear y = whole;
    y.inwoners = 0;
    for (int g = 0; g < 4; ++g) {
        y.ageGroups[g] = splitCount(whole.ageGroups[g], share, first, true);
        y.inwoners += y.ageGroups[g];
    }
    y.jongeren = std::min(y.ageGroups[0] + y.ageGroups[1],
                          std::max(y.ageGroups[0], splitCount(whole.jongeren, share, first, true)));
    y.huishoudens = splitCount(whole.huishoudens, share, first, false);
    y.eenpersoons = std::min(y.huishoudens, splitCount(whole.eenpersoons, share, first, false));
    y.woningen = splitCount(whole.woningen, share, first, false);
    y.koop = std::min(y.woningen, splitCount(whole.koop, share, first, false));
    y.huur = y.woningen - y.koop;
    y.corporatie = std::min(y.huur, splitCount(whole.corporatie, share, first, false));
    y.laagInkomen = std::min(y.huishoudens, splitCount(whole.laagInkomen, share, first, false));
    y.bijstand = splitCount(whole.bijstand, share, first, false);
    y.jeugdzorg = splitCount(whole.jeugdzorg, share, first, true);
    y.misdrijven = splitCount(whole.misdrijven, share, first, false);
    y.zonnepanelen = std::min(y.woningen, splitCount(whole.zonnepanelen, share, first, false));
    const double skew = first ? 1.03 : 0.97; // the two halves differ a little
    y.woz = whole.woz * skew;
    y.inkomenInwoner = whole.inkomenInwoner * skew;
    y.inkomenHuishouden =
        y.huishoudens > 0 ? y.inkomenInwoner * y.inwoners / y.huishoudens * 0.8 : 0.0;
    y.oppLand = std::max(1, roundCount(successor.areaHa));
    y.oppGroen = std::min(
        y.oppLand, roundCount(successor.areaHa * whole.oppGroen / std::max(1, whole.oppLand)));
    y.gas = whole.gas * skew;
    return y;
}

} // namespace wijk::demo
