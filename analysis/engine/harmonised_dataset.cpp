#include "engine/harmonised_dataset.h"

#include "engine/boundary_choice.h"
#include "engine/crosswalk_chain.h"
#include "engine/disclosure.h"
#include "engine/workspace_loader.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace wijk::engine {

namespace {

const RegionLevel kLevels[] = {RegionLevel::Land, RegionLevel::Gemeente, RegionLevel::Wijk,
                               RegionLevel::Buurt};

//! What a moved figure is: a number, or missing or withheld because a source is.
struct Moved
{
    enum class State
    {
        Ok,
        Missing,
        Withheld
    };
    State state = State::Ok;
    double value = 0.0;

    //! Withheld wins over missing: a withheld source must not show through either way.
    void absorb(State source)
    {
        if (source == State::Withheld || state == State::Withheld)
            state = State::Withheld;
        else if (source == State::Missing)
            state = State::Missing;
    }
    bool ok() const { return state == State::Ok; }
};

Moved::State stateOf(const Dataset &source, int i, int r, int p)
{
    if (i < 0 || !source.isLoaded(i))
        return Moved::State::Missing;
    const Cell cell = source.cell(i, r, p);
    if (!cell.present)
        return Moved::State::Missing;
    if (cell.status == ValueStatus::Suppressed)
        return Moved::State::Withheld;
    if (cell.status == ValueStatus::Missing || std::isnan(cell.value))
        return Moved::State::Missing;
    return Moved::State::Ok;
}

//! The figures one to-region draws on in one period, and the rules of the contract.
class Mover
{
public:
    Mover(const Dataset &source, const CrosswalkMatrix &matrix, int to, int p)
        : mSource(source), mMatrix(matrix), mSources(matrix.sourcesOf(to)), mP(p)
    {
    }

    //! value(to) = Σ_from w(from,to) / Σ_to' w(from,to') × value(from).
    Moved count(int i) const
    {
        Moved moved;
        for (const CrosswalkMatrix::Share &share : mSources) {
            if (!(share.weight > 0))
                continue;
            moved.absorb(stateOf(mSource, i, share.region, mP));
            if (moved.ok())
                moved.value +=
                    share.weight / mMatrix.total(share.region) * mSource.value(i, share.region, mP);
        }
        return moved;
    }

    //! value(to) = Σ_from w(from,to) × value(from) / Σ_from w(from,to) (VNG's "aandeel").
    Moved weightedAverage(int i) const
    {
        Moved moved;
        double weights = 0.0;
        for (const CrosswalkMatrix::Share &share : mSources) {
            if (!(share.weight > 0))
                continue;
            moved.absorb(stateOf(mSource, i, share.region, mP));
            if (moved.ok()) {
                moved.value += share.weight * mSource.value(i, share.region, mP);
                weights += share.weight;
            }
        }
        if (moved.ok())
            moved.value = weights > 0 ? moved.value / weights : std::nan("");
        return moved;
    }

    //! Σ(mean × moved denominator) / Σ moved denominator; nullopt when a denominator is
    //! missing (the weighted average applies then).
    std::optional<Moved> mean(int i, int den) const
    {
        Moved moved;
        Moved denominators;
        double weights = 0.0;
        for (const CrosswalkMatrix::Share &share : mSources) {
            if (!(share.weight > 0))
                continue;
            denominators.absorb(stateOf(mSource, den, share.region, mP));
            moved.absorb(stateOf(mSource, i, share.region, mP));
            if (moved.ok() && denominators.ok()) {
                const double part = share.weight / mMatrix.total(share.region) *
                                    mSource.value(den, share.region, mP);
                moved.value += mSource.value(i, share.region, mP) * part;
                weights += part;
            }
        }
        if (denominators.state == Moved::State::Missing)
            return std::nullopt;
        moved.absorb(denominators.state);
        if (moved.ok())
            moved.value = weights > 0 ? moved.value / weights : std::nan("");
        return moved;
    }

    //! scale × moved numerator / moved denominator; nullopt when a part is missing.
    std::optional<Moved> ratio(int i, const Indicator &indicator, int num, int den) const
    {
        const Moved numerator = count(num);
        const Moved denominator = count(den);
        if (numerator.state == Moved::State::Missing || denominator.state == Moved::State::Missing)
            return std::nullopt;
        Moved moved;
        for (const CrosswalkMatrix::Share &share : mSources)
            if (share.weight > 0)
                moved.absorb(stateOf(mSource, i, share.region, mP) == Moved::State::Withheld
                                 ? Moved::State::Withheld
                                 : Moved::State::Ok);
        moved.absorb(numerator.state);
        moved.absorb(denominator.state);
        if (moved.ok())
            moved.value = denominator.value > 0
                              ? numerator.value / denominator.value * indicator.scale
                              : std::nan("");
        return moved;
    }

    //! The to-region is one unchanged from-region (same code, all of it): nothing moves.
    int unchangedSource(const Dataset &target, int to) const
    {
        if (mSources.size() != 1)
            return -1;
        const CrosswalkMatrix::Share &share = mSources.front();
        const bool whole = share.weight > 0 && share.weight == mMatrix.total(share.region);
        return whole && mSource.region(share.region).code == target.region(to).code ? share.region
                                                                                    : -1;
    }

private:
    const Dataset &mSource;
    const CrosswalkMatrix &mMatrix;
    const std::vector<CrosswalkMatrix::Share> &mSources;
    int mP;
};

//! Moves indicator i onto one to-region by the contract's rule for its kind.
Moved moveIndicator(const Dataset &source, const Mover &mover, int i)
{
    const Indicator &indicator = source.indicator(i);
    const int num = source.indicatorIndex(indicator.numerator);
    const int den = source.indicatorIndex(indicator.denominator);
    switch (indicator.kind) {
    case IndicatorKind::Count:
        return mover.count(i);
    case IndicatorKind::Ratio:
        if (num >= 0 && den >= 0)
            if (const auto moved = mover.ratio(i, indicator, num, den))
                return *moved;
        return mover.weightedAverage(i);
    case IndicatorKind::Mean:
        if (den >= 0)
            if (const auto moved = mover.mean(i, den))
                return *moved;
        return mover.weightedAverage(i);
    case IndicatorKind::Value:
        return mover.weightedAverage(i);
    }
    return mover.weightedAverage(i);
}

void copyCell(const Dataset &source, int i, int from, Dataset &target, int ti, int to, int p)
{
    const Cell cell = source.cell(i, from, p);
    if (cell.present)
        target.setCell(ti, to, p, cell.value, cell.status, cell.derived);
}

} // namespace

//! The chosen division of every level and the crosswalk onto it from each other division,
//! found once for all the groups of a streaming build.
struct HarmonisedDataset::Plan
{
    std::map<RegionLevel, int> division;
    std::map<std::pair<int, int>, std::optional<CrosswalkMatrix>> matrices; //!< (level, from)
    //! How a target region of one level and period gets its figures.
    struct Route
    {
        static constexpr int kMoved = -1;   //!< drawn from the crosswalk's from-regions
        static constexpr int kNothing = -2; //!< no from-region: left empty
        int target = 0;
        int source = 0;      //!< the source region of the same code
        int from = kNothing; //!< the one unchanged from-region it is, or kMoved / kNothing
    };
    std::map<std::pair<int, int>, std::vector<Route>> routes; //!< (level, period index)
    QSet<QString> moved;                                      //!< indicator codes moved so far
    bool warned = false; //!< the warnings came with the first group
};

HarmonisedDataset HarmonisedDataset::start(const Dataset &like, int divisionYear, Plan &plan)
{
    HarmonisedDataset result;
    result.mDivisionYear = divisionYear;
    // The chosen division of every level, its regions as they are in that division.
    std::vector<Region> regions;
    for (const RegionLevel level : kLevels) {
        plan.division[level] = divisionInForce(like, level, divisionYear);
        for (const int r : like.regionsOfLevel(level))
            for (const Region &vintage : like.region(r).vintages)
                if (vintage.vintage == plan.division[level])
                    regions.push_back(vintage);
    }
    result.mData = Dataset(like.indicators(), regions, like.periods());
    result.mPeriodCount = result.mData.periodCount();
    result.mMoved.assign(
        size_t(result.mData.indicatorCount()),
        std::vector<uint8_t>(size_t(result.mData.regionCount() * result.mData.periodCount())));
    return result;
}

void HarmonisedDataset::move(const Dataset &source, Plan &plan,
                             const std::vector<wijk::workspace::Crosswalk> &crosswalks,
                             QStringList *warnings)
{
    Dataset &target = mData;
    QStringList *warn = plan.warned ? nullptr : warnings;
    plan.warned = true;
    // The source's loaded indicators not moved yet, with their index in the target.
    std::vector<std::pair<int, int>> indicators;
    for (int i = 0; i < source.indicatorCount(); ++i)
        if (source.isLoaded(i) && !plan.moved.contains(source.indicator(i).code)) {
            indicators.emplace_back(i, target.indicatorIndex(source.indicator(i).code));
            plan.moved.insert(source.indicator(i).code);
        }
    for (const RegionLevel level : kLevels) {
        const int division = plan.division[level];
        if (division == 0)
            continue;
        const std::vector<int> targets = target.regionsOfLevel(level);
        for (int p = 0; p < target.periodCount(); ++p) {
            const int year = target.period(p);
            const int from = divisionInForce(source, level, year);
            // The regions' routes: found by the first group, reused by the others.
            auto route = plan.routes.find({int(level), p});
            const bool first = route == plan.routes.end();
            if (first) {
                route =
                    plan.routes.emplace(std::make_pair(int(level), p), std::vector<Plan::Route>())
                        .first;
                for (const int t : targets)
                    route->second.push_back({t, source.regionIndex(target.region(t).code)});
            }
            if (from == division) {
                for (const Plan::Route &r : route->second)
                    for (const auto &[i, ti] : indicators)
                        copyCell(source, i, r.source, target, ti, r.target, p);
                continue;
            }
            auto found = plan.matrices.find({int(level), from});
            if (found == plan.matrices.end()) {
                found = plan.matrices
                            .emplace(std::make_pair(int(level), from),
                                     crosswalkBetween(source, level, crosswalks, from, division))
                            .first;
                if (const std::vector<int> mixed =
                        found->second ? found->second->mixedWithUnnamed() : std::vector<int>();
                    warn && !mixed.empty())
                    *warn << QCoreApplication::translate(
                                 "HarmonisedDataset",
                                 "Omrekentabel %1 naar %2 (%3): %4 gebied(en), zoals %5, "
                                 "krijgen cijfers van gebieden die de tabel noemt en van een "
                                 "ongewijzigd gebied dat ze niet noemt. Hun gewogen "
                                 "gemiddelden tellen dat gebied mee met het gemiddelde "
                                 "gewicht van de genoemde gebieden; noem het in het bestand "
                                 "(code naar dezelfde code, met zijn gewicht) om zijn eigen "
                                 "gewicht te gebruiken.")
                                 .arg(from)
                                 .arg(division)
                                 .arg(contractName(level))
                                 .arg(mixed.size())
                                 .arg(source.region(mixed.front()).code);
            }
            if (!found->second) {
                if (warn)
                    *warn << QCoreApplication::translate(
                                 "HarmonisedDataset",
                                 "Geen omrekentabel van de indeling %1 naar %2 (%3): de "
                                 "waarden van %4 staan niet op de indeling %2.")
                                 .arg(from)
                                 .arg(division)
                                 .arg(contractName(level))
                                 .arg(year);
                continue;
            }
            const CrosswalkMatrix &matrix = *found->second;
            mCrosswalkOf.insert({int(level), year}, matrix.description());
            mCrosswalksOf.insert({int(level), year}, matrix.crosswalks());
            for (Plan::Route &r : route->second) {
                const int t = r.target;
                const Mover mover(source, matrix, r.source, p);
                if (first) {
                    const int unchangedFrom = mover.unchangedSource(target, t);
                    r.from = unchangedFrom >= 0                   ? unchangedFrom
                             : matrix.sourcesOf(r.source).empty() ? Plan::Route::kNothing
                                                                  : Plan::Route::kMoved;
                }
                if (r.from == Plan::Route::kNothing)
                    continue;
                const int unchanged = r.from;
                for (const auto &[i, ti] : indicators) {
                    if (unchanged >= 0) {
                        copyCell(source, i, unchanged, target, ti, t, p);
                        continue;
                    }
                    const Moved moved = moveIndicator(source, mover, i);
                    switch (moved.state) {
                    case Moved::State::Ok:
                        target.setCell(ti, t, p, moved.value, ValueStatus::Estimated, false);
                        break;
                    case Moved::State::Missing:
                        target.setCell(ti, t, p, std::nan(""), ValueStatus::Missing, false);
                        break;
                    case Moved::State::Withheld:
                        target.setCell(ti, t, p, std::nan(""), ValueStatus::Suppressed, false);
                        break;
                    }
                    mMoved[size_t(ti)][size_t(t * target.periodCount() + p)] = 1;
                }
            }
        }
    }
}

HarmonisedDataset
HarmonisedDataset::build(const Dataset &source,
                         const std::vector<wijk::workspace::Crosswalk> &crosswalks,
                         int divisionYear, QStringList *warnings)
{
    Plan plan;
    HarmonisedDataset result = start(source, divisionYear, plan);
    result.move(source, plan, crosswalks, warnings);
    // The moved figures are new figures: the thresholds and the sums of the chosen division
    // apply to them (a withheld buurt inside a split wijk must not be its wijk minus the rest).
    applyDisclosure(result.mData);
    return result;
}

std::optional<HarmonisedDataset>
HarmonisedDataset::build(const Dataset &like, workspace::ObservationReader &reader,
                         const QStringList &codes,
                         const std::vector<wijk::workspace::Crosswalk> &crosswalks,
                         int divisionYear, QStringList *warnings, LoadReport *report)
{
    // The catalogue of a full load of the codes (loadDataset's): them and their components.
    const QStringList wanted = withComponents(like.indicators(), codes);
    std::vector<Indicator> indicators;
    for (const Indicator &indicator : like.indicators())
        if (codes.isEmpty() || wanted.contains(indicator.code))
            indicators.push_back(indicator);
    const Dataset scope = like.withIndicators(indicators, Dataset::Storage::Lazy);
    Plan plan;
    HarmonisedDataset result = start(scope, divisionYear, plan);
    // A few indicators at a time (with their components, as loadIndicators reads them: the
    // same cells as a full load), moved and let go: few enough to keep memory small, enough
    // to keep the work per group (reading, aggregation, disclosure) in bulk.
    constexpr int kIndicatorsPerGroup = 10;
    QStringList batch;
    for (size_t k = 0; k < indicators.size(); ++k) {
        if (!plan.moved.contains(indicators[k].code))
            batch << indicators[k].code;
        if (batch.size() < kIndicatorsPerGroup && k + 1 < indicators.size())
            continue;
        if (batch.isEmpty())
            continue;
        Dataset group;
        if (!loadGroup(group, scope, reader, batch, report))
            return std::nullopt;
        result.move(group, plan, crosswalks, warnings);
        batch.clear();
    }
    applyDisclosure(result.mData);
    return result;
}

bool HarmonisedDataset::isMoved(int i, int r, int p) const
{
    return mMoved[size_t(i)][size_t(r * mPeriodCount + p)] != 0;
}

QString HarmonisedDataset::crosswalkOf(RegionLevel level, int year) const
{
    return mCrosswalkOf.value({int(level), year});
}

std::vector<wijk::workspace::Crosswalk> HarmonisedDataset::crosswalksOf(RegionLevel level,
                                                                        int year) const
{
    return mCrosswalksOf.value({int(level), year});
}

int HarmonisedDataset::lastEstimatedYear(RegionLevel level) const
{
    int last = 0;
    for (auto it = mCrosswalkOf.constBegin(); it != mCrosswalkOf.constEnd(); ++it)
        if (it.key().first == int(level))
            last = std::max(last, it.key().second);
    return last;
}

std::vector<LevelValue> HarmonisedDataset::levelValues(RegionLevel level,
                                                       const std::vector<int> &indicators,
                                                       std::optional<int> year) const
{
    std::vector<LevelValue> values = engine::levelValues(mData, level, indicators, year);
    for (LevelValue &value : values)
        value.harmonised = isMoved(value.indicator, value.region, mData.periodIndex(value.period));
    return values;
}

} // namespace wijk::engine
