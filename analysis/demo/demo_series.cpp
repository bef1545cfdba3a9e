#include "demo/demo_series.h"

#include "demo/demo_buurt_model.h"
#include "demo/demo_indicators.h"
#include "demo/demo_random.h"

#include <QHash>
#include <QStringList>
#include <cmath>
#include <functional>

namespace wijk::demo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

//! Publishers withhold income figures for buurten with fewer inhabitants than this.
constexpr int kIncomeThreshold = 100;
//! ... and the mean WOZ value where there are fewer dwellings than this.
constexpr int kWozThreshold = 10;

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

class Emitter
{
public:
    explicit Emitter(std::vector<Observation> &out) : mOut(out) {}
    //! Indicators this emitter leaves out because another part of the extract delivers them.
    void omit(const QStringList &codes) { mOmitted = codes; }

    void add(const QString &region, const QString &code, int year, double value,
             ValueStatus status = ValueStatus::Final)
    {
        if (mOmitted.contains(code))
            return;
        const Indicator &indicator = demoIndicator(code);
        Observation observation;
        observation.region = region;
        observation.indicator = code;
        observation.period = year;
        if (status == ValueStatus::Final && !std::isnan(value))
            status = demoStatus(indicator, year);
        observation.status = status;
        if (status != ValueStatus::Suppressed && status != ValueStatus::Missing)
            observation.value =
                std::isnan(value) ? value : rounded(value, indicator.displayDecimals());
        mOut.push_back(observation);
    }

    //! A ratio from its counts; missing where the denominator is zero.
    void addRatio(const QString &region, const QString &code, int year, int numerator,
                  int denominator, ValueStatus status = ValueStatus::Final)
    {
        if (denominator <= 0 && status == ValueStatus::Final)
            status = ValueStatus::Missing;
        const double scale = demoIndicator(code).scale;
        add(region, code, year, denominator > 0 ? scale * numerator / denominator : kNaN, status);
    }

private:
    std::vector<Observation> &mOut;
    QStringList mOmitted;
};

//! The wijk whose delivery has a gap in some year, for the regions whose figures include it.
constexpr int kCrimeGapWijk = 3;  // Het Hoogt: no police registration in 2017
constexpr int kEnergyGapWijk = 5; // De Velden: no energy delivery in 2016
//! A region index standing for the whole gemeente (it includes every wijk's gaps).
constexpr int kWholeGemeente = -1;

//! The observations of one region, given its figures per year (absent years are skipped):
//! a buurt (\a wijk its wijk's index) or the gemeente (\a wijk kWholeGemeente).
void emitFigures(Emitter &sink, const QString &r, int wijk,
                 const std::vector<std::pair<int, BuurtYear>> &years)
{
    const auto each = [&](const std::function<void(int, const BuurtYear &)> &body) {
        for (const auto &entry : years)
            body(entry.first, entry.second);
    };
    const QString ageCodes[4] = {QStringLiteral("inw_0_14"), QStringLiteral("inw_15_24"),
                                 QStringLiteral("inw_25_64"), QStringLiteral("inw_65plus")};
    const QString pctCodes[4] = {QStringLiteral("pct_0_14"), QStringLiteral("pct_15_24"),
                                 QStringLiteral("pct_25_64"), QStringLiteral("pct_65plus")};
    each(
        [&](int t, const BuurtYear &y) { sink.add(r, QStringLiteral("inwoners"), t, y.inwoners); });
    for (int g = 0; g < 4; ++g)
        each([&](int t, const BuurtYear &y) { sink.add(r, ageCodes[g], t, y.ageGroups[g]); });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("jongeren_0_17"), t, y.jongeren);
    });
    for (int g = 0; g < 4; ++g)
        each([&](int t, const BuurtYear &y) {
            sink.addRatio(r, pctCodes[g], t, y.ageGroups[g], y.inwoners);
        });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("huishoudens"), t, y.huishoudens);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("hh_eenpersoons"), t, y.eenpersoons);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_eenpersoons"), t, y.eenpersoons, y.huishoudens);
    });
    each(
        [&](int t, const BuurtYear &y) { sink.add(r, QStringLiteral("woningen"), t, y.woningen); });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("woningen_koop"), t, y.koop);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("woningen_huur"), t, y.huur);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("woningen_corporatie"), t, y.corporatie);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_koop"), t, y.koop, y.woningen);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_huur"), t, y.huur, y.woningen);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_corporatie"), t, y.corporatie, y.woningen);
    });
    each([&](int t, const BuurtYear &y) {
        if (y.woningen < kWozThreshold)
            sink.add(r, QStringLiteral("woz_gem"), t, kNaN, ValueStatus::Suppressed);
        else
            sink.add(r, QStringLiteral("woz_gem"), t, y.woz);
    });

    // Income: withheld by the publisher for buurten with fewer than 100 inhabitants.
    const auto income = [&](const QString &code,
                            const std::function<double(const BuurtYear &)> &v) {
        each([&](int t, const BuurtYear &y) {
            if (y.inwoners < kIncomeThreshold)
                sink.add(r, code, t, kNaN, ValueStatus::Suppressed);
            else
                sink.add(r, code, t, v(y));
        });
    };
    income(QStringLiteral("ink_per_inwoner"), [](const BuurtYear &y) { return y.inkomenInwoner; });
    income(QStringLiteral("ink_per_hh"), [](const BuurtYear &y) { return y.inkomenHuishouden; });
    income(QStringLiteral("hh_laag_inkomen"), [](const BuurtYear &y) { return y.laagInkomen; });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_laag_inkomen"), t, y.laagInkomen, y.huishoudens,
                      y.inwoners < kIncomeThreshold ? ValueStatus::Suppressed : ValueStatus::Final);
    });

    each(
        [&](int t, const BuurtYear &y) { sink.add(r, QStringLiteral("bijstand"), t, y.bijstand); });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("bijstand_per_1000"), t, y.bijstand, y.inwoners);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("jeugdzorg"), t, y.jeugdzorg);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_jeugdzorg"), t, y.jeugdzorg, y.jongeren);
    });

    // Crime: the police registration of Het Hoogt failed in 2017 (status missing).
    const bool crimeGap = wijk == kCrimeGapWijk || wijk == kWholeGemeente;
    each([&](int t, const BuurtYear &y) {
        if (crimeGap && t == 2017)
            sink.add(r, QStringLiteral("misdrijven"), t, kNaN, ValueStatus::Missing);
        else
            sink.add(r, QStringLiteral("misdrijven"), t, y.misdrijven);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("misdrijven_per_1000"), t, y.misdrijven, y.inwoners,
                      crimeGap && t == 2017 ? ValueStatus::Missing : ValueStatus::Final);
    });

    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("opp_land_ha"), t, y.oppLand);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("opp_groen_ha"), t, y.oppGroen);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_groen"), t, y.oppGroen, y.oppLand);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("pct_hittestress"), t, y.hittestress);
    });

    // Energy: De Velden's 2016 delivery is absent (an empty cell without status).
    const bool energyGap = wijk == kEnergyGapWijk || wijk == kWholeGemeente;
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("gas_gem"), t, energyGap && t == 2016 ? kNaN : y.gas);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("elek_gem"), t, energyGap && t == 2016 ? kNaN : y.elektriciteit);
    });
    each([&](int t, const BuurtYear &y) {
        sink.add(r, QStringLiteral("woningen_zon"), t, y.zonnepanelen);
    });
    each([&](int t, const BuurtYear &y) {
        sink.addRatio(r, QStringLiteral("pct_zonnepanelen"), t, y.zonnepanelen, y.woningen);
    });
    each([&](int t, const BuurtYear &y) { sink.add(r, QStringLiteral("no2"), t, y.no2); });
}

//! The gemeente's figures in year index \a t as the publisher computes them from every buurt,
//! the ones it withholds included: counts summed, means weighted as in the catalogue.
BuurtYear gemeenteYear(const DemoTown &town, const std::vector<std::vector<BuurtYear>> &figures,
                       int t)
{
    BuurtYear total;
    double woz = 0, heat = 0, gas = 0, electricity = 0;
    for (int b = 0; b < int(town.buurten.size()); ++b) {
        if (!town.buurtExists(b, kFirstYear + t))
            continue;
        const BuurtYear &y = figures[b][t];
        for (int g = 0; g < 4; ++g)
            total.ageGroups[g] += y.ageGroups[g];
        total.inwoners += y.inwoners;
        total.jongeren += y.jongeren;
        total.huishoudens += y.huishoudens;
        total.eenpersoons += y.eenpersoons;
        total.woningen += y.woningen;
        total.koop += y.koop;
        total.huur += y.huur;
        total.corporatie += y.corporatie;
        total.bijstand += y.bijstand;
        total.jeugdzorg += y.jeugdzorg;
        total.misdrijven += y.misdrijven;
        total.oppLand += y.oppLand;
        total.oppGroen += y.oppGroen;
        total.zonnepanelen += y.zonnepanelen;
        woz += y.woningen * y.woz;
        heat += y.oppLand * y.hittestress;
        gas += y.woningen * y.gas;
        electricity += y.woningen * y.elektriciteit;
    }
    total.woz = total.woningen > 0 ? woz / total.woningen : kNaN;
    total.hittestress = total.oppLand > 0 ? heat / total.oppLand : kNaN;
    total.gas = total.woningen > 0 ? gas / total.woningen : kNaN;
    total.elektriciteit = total.woningen > 0 ? electricity / total.woningen : kNaN;
    return total;
}

//! What each wijk's residents said in the survey, 2015 (percent feeling unsafe, rating).
double unsafetyBase(Profile profile)
{
    static const double base[] = {42, 38, 20, 40, 28, 24, 22, 35, 14};
    return base[int(profile)];
}
double ratingBase(Profile profile)
{
    static const double base[] = {7.2, 7.3, 8.0, 6.8, 7.5, 7.6, 7.8, 6.5, 8.1};
    return base[int(profile)];
}

//! The 'value' indicators that cannot be aggregated, delivered per wijk and for the gemeente:
//! the survey results (onveiligheid yearly, without 2020; leefbaarheid in odd years) and NO2.
void appendAreaValues(Emitter &sink, const DemoTown &town,
                      const std::vector<std::vector<BuurtYear>> &figures, DemoRandom &random)
{
    const int wijken = int(town.wijken.size()), years = kLastYear - kFirstYear + 1;
    std::vector<std::vector<double>> unsafe(wijken), rating(wijken), no2(wijken), people(wijken),
        area(wijken);
    for (int k = 0; k < wijken; ++k) {
        const Profile profile = town.wijken[k].profile;
        const double unsafeBase = unsafetyBase(profile) + random.normal(0.0, 2.0);
        const double ratingStart = ratingBase(profile) + random.normal(0.0, 0.15);
        const double unsafeSlope = k == planted::kMolenkwartier ? -2.2 : -0.3;
        const double ratingSlope = k == planted::kHoogkamp ? -0.09 : 0.01;
        for (int t = 0; t < years; ++t) {
            unsafe[k].push_back(
                std::max(3.0, unsafeBase + unsafeSlope * t + random.normal(0, 1.2)));
            rating[k].push_back(
                std::min(9.5, ratingStart + ratingSlope * t + random.normal(0, 0.08)));
            double n = 0, a = 0, sum = 0;
            for (int b = 0; b < int(town.buurten.size()); ++b) {
                if (town.buurten[b].wijk != k || !town.buurtExists(b, kFirstYear + t))
                    continue;
                const BuurtYear &y = figures[b][t];
                n += y.inwoners;
                a += town.buurten[b].areaHa;
                sum += town.buurten[b].areaHa * rounded(y.no2, 1);
            }
            people[k].push_back(n);
            area[k].push_back(a);
            no2[k].push_back(sum / a);
        }
    }
    const QString gemeente = QString::fromLatin1(kGemeenteCode);
    const auto weighted = [&](const std::vector<std::vector<double>> &values,
                              const std::vector<std::vector<double>> &weights, int t) {
        double sum = 0, total = 0;
        for (int k = 0; k < wijken; ++k) {
            sum += weights[k][t] * values[k][t];
            total += weights[k][t];
        }
        return sum / total;
    };
    const auto emitSeries = [&](const QString &region, int k) {
        for (int t = 0; t < years; ++t) {
            const int year = kFirstYear + t;
            const double value = k < 0 ? weighted(unsafe, people, t) : unsafe[k][t];
            if (year == 2020) // no survey in the pandemic year
                sink.add(region, QStringLiteral("onveiligheid"), year, kNaN, ValueStatus::Missing);
            else
                sink.add(region, QStringLiteral("onveiligheid"), year, value);
        }
        for (int t = 0; t < years; t += 2)
            sink.add(region, QStringLiteral("leefbaarheid"), kFirstYear + t,
                     k < 0 ? weighted(rating, people, t) : rating[k][t]);
        for (int t = 0; t < years; ++t)
            sink.add(region, QStringLiteral("no2"), kFirstYear + t,
                     k < 0 ? weighted(no2, area, t) : no2[k][t]);
    };
    emitSeries(gemeente, -1);
    for (int k = 0; k < wijken; ++k)
        emitSeries(town.wijken[k].code, k);
}

//! Income for the wijken and the gemeente as the publisher delivers it: computed from every
//! household, including those of the small buurten it withholds. Without these totals every
//! wijk with one withheld buurt would have no income figures at all (a sum with a missing
//! part is missing); with them the engine's secondary suppression protects the withheld buurt.
void appendIncomeTotals(Emitter &sink, const DemoTown &town,
                        const std::vector<std::vector<BuurtYear>> &figures)
{
    const int wijken = int(town.wijken.size());
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const int t = year - kFirstYear;
        // Per wijk, then the gemeente (index wijken): sums and income-weighted sums.
        std::vector<double> people(wijken + 1), households(wijken + 1), low(wijken + 1),
            incomePeople(wijken + 1), incomeHouseholds(wijken + 1);
        for (int b = 0; b < int(town.buurten.size()); ++b) {
            if (!town.buurtExists(b, year))
                continue;
            const BuurtYear &y = figures[b][t];
            for (int k : {town.buurten[b].wijk, wijken}) {
                people[k] += y.inwoners;
                households[k] += y.huishoudens;
                low[k] += y.laagInkomen;
                incomePeople[k] += y.inwoners * y.inkomenInwoner;
                incomeHouseholds[k] += y.huishoudens * y.inkomenHuishouden;
            }
        }
        for (int k = 0; k <= wijken; ++k) {
            const QString region =
                k < wijken ? town.wijken[k].code : QString::fromLatin1(kGemeenteCode);
            sink.add(region, QStringLiteral("ink_per_inwoner"), year,
                     people[k] > 0 ? incomePeople[k] / people[k] : kNaN);
            sink.add(region, QStringLiteral("ink_per_hh"), year,
                     households[k] > 0 ? incomeHouseholds[k] / households[k] : kNaN);
            sink.add(region, QStringLiteral("hh_laag_inkomen"), year, low[k]);
            sink.addRatio(region, QStringLiteral("pct_laag_inkomen"), year, int(low[k]),
                          int(households[k]));
        }
    }
}

//! The gemeente figures appendAreaValues() and appendIncomeTotals() deliver.
const QStringList kDeliveredElsewhere = {
    QStringLiteral("ink_per_inwoner"), QStringLiteral("ink_per_hh"),
    QStringLiteral("hh_laag_inkomen"), QStringLiteral("pct_laag_inkomen"), QStringLiteral("no2")};

} // namespace

ValueStatus demoStatus(const Indicator &indicator, int year)
{
    static const QStringList lagging = {QStringLiteral("Inkomen"), QStringLiteral("Zorg"),
                                        QStringLiteral("Veiligheid"), QStringLiteral("Energie"),
                                        QStringLiteral("Milieu")};
    return year == kLastYear && lagging.contains(indicator.theme) ? ValueStatus::Provisional
                                                                  : ValueStatus::Final;
}

std::vector<Observation> demoObservations(const DemoTown &town)
{
    DemoRandom random(7411u);
    std::vector<std::vector<BuurtYear>> figures;
    for (int b = 0; b < int(town.buurten.size()); ++b) {
        const DemoBuurt &buurt = town.buurten[b];
        if (buurt.splitFrom >= 0) {
            // A successor takes its share of the figures the undivided buurt would have had.
            const bool first = town.buurten[b - 1].splitFrom != buurt.splitFrom;
            std::vector<BuurtYear> part;
            for (const BuurtYear &whole : figures[buurt.splitFrom])
                part.push_back(splitBuurtYear(whole, buurt, first));
            figures.push_back(part);
        } else {
            figures.push_back(simulateBuurt(town, b, random));
        }
    }

    std::vector<Observation> buurtRows;
    Emitter buurtEmit(buurtRows);
    for (int b = 0; b < int(town.buurten.size()); ++b) {
        std::vector<std::pair<int, BuurtYear>> years;
        for (int year = kFirstYear; year <= kLastYear; ++year) {
            if (town.buurtExists(b, year))
                years.push_back({year, figures[b][year - kFirstYear]});
        }
        emitFigures(buurtEmit, town.buurten[b].code, town.buurten[b].wijk, years);
    }

    std::vector<Observation> out;
    // The gemeente's own figures for every indicator, as a publisher delivers them: without
    // them one withheld buurt would leave the city without a figure for that year.
    Emitter gemeenteEmit(out);
    gemeenteEmit.omit(kDeliveredElsewhere);
    std::vector<std::pair<int, BuurtYear>> gemeenteYears;
    for (int year = kFirstYear; year <= kLastYear; ++year)
        gemeenteYears.push_back({year, gemeenteYear(town, figures, year - kFirstYear)});
    emitFigures(gemeenteEmit, QString::fromLatin1(kGemeenteCode), kWholeGemeente, gemeenteYears);
    Emitter sink(out);
    appendAreaValues(sink, town, figures, random);
    appendIncomeTotals(sink, town, figures);
    out.insert(out.end(), buurtRows.begin(), buurtRows.end());
    return out;
}

} // namespace wijk::demo
