#include "engine/disclosure.h"

#include "engine/feasible_intervals.h"
#include "engine/sum_relations.h"

#include <algorithm>
#include <cmath>

namespace wijk::engine {

namespace {

bool belowCount(double count, int minN)
{
    return !std::isnan(count) && count != 0.0 && count < minN;
}

bool belowBase(double base, int minN)
{
    return !std::isnan(base) && base < minN;
}

//! Regions x periods flags of one indicator: 1 when the engine suppresses the value.
using Mask = std::vector<uint8_t>;

class Suppressor
{
public:
    explicit Suppressor(Dataset &data)
        : mData(data), mMasks(size_t(data.indicatorCount()),
                              Mask(size_t(data.regionCount() * data.periodCount()), 0)),
          mRequired(size_t(data.indicatorCount())), mRelations(data),
          mTouched(size_t(data.regionCount()), 0)
    {
    }

    void primary()
    {
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            const Indicator &indicator = mData.indicator(i);
            if (indicator.minN <= 0)
                continue;
            const int num = mData.indicatorIndex(indicator.numerator);
            const int den = mData.indicatorIndex(indicator.denominator);
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p) {
                    if (!mData.hasValue(i, r, p))
                        continue;
                    double numerator = std::nan("");
                    double denominator = std::nan("");
                    if (indicator.kind == IndicatorKind::Ratio && num >= 0 &&
                        mData.hasValue(num, r, p))
                        numerator = mData.value(num, r, p);
                    if ((indicator.kind == IndicatorKind::Ratio ||
                         indicator.kind == IndicatorKind::Mean) &&
                        den >= 0 && mData.hasValue(den, r, p))
                        denominator = mData.value(den, r, p);
                    // A delivered ratio without its numerator still reveals it.
                    if (indicator.kind == IndicatorKind::Ratio && std::isnan(numerator) &&
                        !std::isnan(denominator) && indicator.scale != 0)
                        numerator = mData.value(i, r, p) * denominator / indicator.scale;
                    if (!passesThreshold(indicator, mData.value(i, r, p), numerator, denominator))
                        mark(i, r, p, mSummary.primary);
                }
        }
    }

    //! Decides which counts need a protection interval, and how wide: counts below min_n
    //! and publisher-suppressed counts; the numerator of a withheld ratio (else numerator /
    //! denominator would give the ratio back), which is withheld with it.
    void protectedCells()
    {
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            const Indicator &indicator = mData.indicator(i);
            if (indicator.kind != IndicatorKind::Count)
                continue;
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p)
                    if (masked(i, r, p) || publisherSuppressed(i, r, p))
                        require(i, r, p, std::max(indicator.minN, 1));
        }
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            const Indicator &indicator = mData.indicator(i);
            const int num = mData.indicatorIndex(indicator.numerator);
            const int den = mData.indicatorIndex(indicator.denominator);
            if (indicator.kind != IndicatorKind::Ratio || num < 0 || den < 0 ||
                mData.indicator(num).kind != IndicatorKind::Count)
                continue;
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p) {
                    if (!masked(i, r, p) && !publisherSuppressed(i, r, p))
                        continue;
                    require(num, r, p, std::max(indicator.minN, 1));
                    if (shown(num, r, p))
                        mark(num, r, p, mSummary.secondary);
                }
        }
    }

    //! Counts: every protected count keeps a feasible interval at least as wide as its
    //! requirement; a ratio is shown only next to its shown numerator and denominator.
    void secondary()
    {
        FeasibleIntervals view(mData, mRelations);
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            if (mRequired[size_t(i)].empty())
                continue;
            for (int p = 0; p < mData.periodCount(); ++p)
                protectPeriod(view, i, p);
        }
        // A ratio shown next to its shown denominator reveals its numerator (and vice versa);
        // next to an absent part it would reveal that part, or tie two unknown counts: a
        // ratio is shown only where both its parts are.
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            const Indicator &indicator = mData.indicator(i);
            if (indicator.kind != IndicatorKind::Ratio)
                continue;
            const int num = mData.indicatorIndex(indicator.numerator);
            const int den = mData.indicatorIndex(indicator.denominator);
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p)
                    if (shown(i, r, p) &&
                        ((num >= 0 && !shown(num, r, p)) || (den >= 0 && !shown(den, r, p))))
                        mark(i, r, p, mSummary.secondary);
        }
    }

    DisclosureSummary apply()
    {
        for (int i = 0; i < mData.indicatorCount(); ++i)
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p)
                    if (masked(i, r, p))
                        mData.suppress(i, r, p);
        mData.setDisclosureApplied();
        return mSummary;
    }

private:
    size_t cellOf(int r, int p) const { return size_t(r * mData.periodCount() + p); }
    bool masked(int i, int r, int p) const { return mMasks[size_t(i)][cellOf(r, p)] != 0; }
    void mark(int i, int r, int p, int &counter)
    {
        if (masked(i, r, p))
            return;
        mMasks[size_t(i)][cellOf(r, p)] = 1;
        ++counter;
    }
    bool shown(int i, int r, int p) const { return mData.hasValue(i, r, p) && !masked(i, r, p); }
    bool publisherSuppressed(int i, int r, int p) const
    {
        const Cell cell = mData.cell(i, r, p);
        return cell.present && cell.status == ValueStatus::Suppressed;
    }
    //! Marks region r and the regions above it as changed in this round.
    void touch(int r, int p)
    {
        for (; r >= 0; r = mRelations.parent(r, p))
            mTouched[size_t(r)] = mRound;
    }
    void require(int i, int r, int p, int width)
    {
        std::vector<int> &required = mRequired[size_t(i)];
        if (required.empty())
            required.assign(size_t(mData.regionCount() * mData.periodCount()), 0);
        int &cell = required[cellOf(r, p)];
        cell = std::max(cell, width);
    }

    //! Withholds more counts of indicator i in period p until every protected count's
    //! feasible interval is wide enough. Withholding never narrows an interval, so each
    //! round only adds; it ends when all pass or nothing more can be withheld.
    void protectPeriod(FeasibleIntervals &view, int i, int p)
    {
        const std::vector<int> &required = mRequired[size_t(i)];
        std::vector<int> cells;
        for (int r = 0; r < mData.regionCount(); ++r)
            if (required[cellOf(r, p)] > 0)
                cells.push_back(r);
        if (cells.empty())
            return;
        const auto isShown = [&](int r) { return shown(i, r, p); };
        bool changed = true;
        while (changed) {
            changed = false;
            ++mRound;
            view.compute(i, p, isShown);
            for (int r : cells) {
                const FeasibleRange &range = view.range(r);
                const double width = range.hi - range.lo; // +inf, or < 0 when contradictory
                const double needed = required[cellOf(r, p)];
                if (width >= needed)
                    continue;
                if (view.subtree(r).exact() && !mRelations.children(r, p).empty())
                    changed |= openSubtree(view, i, r, p);
                else
                    changed |= widenAbove(view, i, r, p, needed - std::max(width, 0.0));
            }
        }
        // A complementary count that the shown ones determine anyway protects nothing (a
        // parent withheld before its siblings were): show it again. The feasible set stays
        // the same, so no interval changes.
        for (int r = 0; r < mData.regionCount(); ++r) {
            const FeasibleRange &range = view.range(r);
            if (masked(i, r, p) && required[cellOf(r, p)] == 0 && range.exact() &&
                mData.value(i, r, p) == range.lo) {
                mMasks[size_t(i)][cellOf(r, p)] = 0;
                --mSummary.secondary;
            }
        }
    }

    //! A withheld region whose children are all known is their sum: withhold its smallest
    //! non-zero known child, and below that child again, down to a buurt.
    bool openSubtree(const FeasibleIntervals &view, int i, int r, int p)
    {
        int best = -1;
        for (int c : mRelations.children(r, p)) {
            const FeasibleRange &sub = view.subtree(c);
            if (sub.exact() && sub.lo > 0 && (best < 0 || sub.lo < view.subtree(best).lo))
                best = c;
        }
        if (best < 0)
            return false; // all children are known zeros: nothing to withhold that helps
        bool changed = false;
        if (shown(i, best, p)) {
            mark(i, best, p, mSummary.secondary);
            changed = true;
        }
        if (!mRelations.children(best, p).empty())
            changed |= openSubtree(view, i, best, p);
        if (changed)
            touch(r, p);
        return changed;
    }

    //! What withholding the shown region s frees for a sibling: its value minus what its
    //! children still fix. A region whose children are all shown frees nothing by itself;
    //! it is opened together with its smallest non-zero child (recursively, to a buurt).
    struct Candidate
    {
        double gain = 0.0;
        double value = 0.0; //!< the sibling's own value: what users lose
        std::vector<int> regions;
    };
    Candidate candidateOf(const FeasibleIntervals &view, int i, int s, int p) const
    {
        Candidate candidate;
        for (int node = s; node >= 0;) {
            candidate.regions.push_back(node);
            const double gain = mData.value(i, node, p) - view.childrenLow(node);
            if (gain > 0) {
                candidate.gain = gain;
                candidate.value = mData.value(i, s, p);
                return candidate;
            }
            int next = -1;
            for (int c : mRelations.children(node, p))
                if (shown(i, c, p) && mData.value(i, c, p) > 0 &&
                    (next < 0 || mData.value(i, c, p) < mData.value(i, next, p)))
                    next = c;
            node = next;
        }
        return {};
    }

    //! Raises the upper bound of region r by at least `deficit`: withholds the smallest
    //! shown sibling that frees enough (else the one freeing most, and again); when all
    //! siblings together cannot, the parent, whose range then needs its own siblings, a
    //! level up.
    bool widenAbove(const FeasibleIntervals &view, int i, int r, int p, double deficit)
    {
        for (int node = r; node >= 0;) {
            const int parent = mRelations.parent(node, p);
            if (parent < 0)
                return false;
            // Changed this round already: its ranges are stale, so decide in the next round
            // (else two cells of one group would each withhold a sibling where one was enough).
            if (mTouched[size_t(parent)] == mRound)
                return true;
            std::vector<Candidate> candidates;
            double available = 0.0;
            for (int s : mRelations.children(parent, p)) {
                if (s == node || !shown(i, s, p))
                    continue;
                Candidate candidate = candidateOf(view, i, s, p);
                if (candidate.gain > 0) {
                    available += candidate.gain;
                    candidates.push_back(std::move(candidate));
                }
            }
            if (available >= deficit) {
                touch(parent, p);
                while (deficit > 0 && !candidates.empty()) {
                    // The smallest sibling that frees enough alone, else the one freeing most.
                    auto best = candidates.end();
                    for (auto c = candidates.begin(); c != candidates.end(); ++c)
                        if (c->gain >= deficit &&
                            (best == candidates.end() || c->value < best->value))
                            best = c;
                    if (best == candidates.end())
                        best = std::max_element(
                            candidates.begin(), candidates.end(),
                            [](const Candidate &a, const Candidate &b) { return a.gain < b.gain; });
                    for (int region : best->regions)
                        mark(i, region, p, mSummary.secondary);
                    deficit -= best->gain;
                    candidates.erase(best);
                }
                return true;
            }
            if (shown(i, parent, p)) {
                touch(parent, p);
                mark(i, parent, p, mSummary.secondary);
                return true;
            }
            node = parent;
        }
        return false;
    }

    Dataset &mData;
    std::vector<Mask> mMasks;
    //! Per count indicator (empty when none): regions x periods required interval widths.
    std::vector<std::vector<int>> mRequired;
    SumRelations mRelations;
    int mRound = 0;            //!< the current round of protectPeriod()
    std::vector<int> mTouched; //!< per region: the last round that changed it or below it
    DisclosureSummary mSummary;
};

} // namespace

bool passesThreshold(const Indicator &indicator, double value, double numerator, double denominator)
{
    const int minN = indicator.minN;
    if (minN <= 0 || std::isnan(value))
        return true;
    switch (indicator.kind) {
    case IndicatorKind::Count:
        return !belowCount(value, minN);
    case IndicatorKind::Ratio:
        return !belowCount(numerator, minN) && !belowBase(denominator, minN);
    case IndicatorKind::Mean:
        return !belowBase(denominator, minN);
    case IndicatorKind::Value:
        return true;
    }
    return true;
}

bool mayShow(const Dataset &dataset, int i, int r, int p)
{
    return dataset.disclosureApplied() && dataset.hasValue(i, r, p);
}

DisclosureSummary applyDisclosure(Dataset &dataset)
{
    if (dataset.disclosureApplied())
        return {};
    Suppressor suppressor(dataset);
    suppressor.primary();
    suppressor.protectedCells();
    suppressor.secondary();
    return suppressor.apply();
}

} // namespace wijk::engine
