#include "engine/disclosure.h"

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
                              Mask(size_t(data.regionCount() * data.periodCount()), 0))
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

    //! Counts: no suppressed child may be recovered as parent minus its shown siblings, and
    //! no suppressed parent as the sum of its children. Repeats until nothing changes.
    void secondary()
    {
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            if (mData.indicator(i).kind != IndicatorKind::Count)
                continue;
            bool changed = true;
            while (changed) {
                changed = false;
                for (int p = 0; p < mData.periodCount(); ++p)
                    for (int parent = 0; parent < mData.regionCount(); ++parent)
                        changed |= protectFamily(i, parent, p);
            }
        }
        // A ratio shown next to its shown denominator reveals its numerator (and vice versa).
        for (int i = 0; i < mData.indicatorCount(); ++i) {
            const Indicator &indicator = mData.indicator(i);
            if (indicator.kind != IndicatorKind::Ratio)
                continue;
            const int num = mData.indicatorIndex(indicator.numerator);
            const int den = mData.indicatorIndex(indicator.denominator);
            for (int r = 0; r < mData.regionCount(); ++r)
                for (int p = 0; p < mData.periodCount(); ++p)
                    if (shown(i, r, p) &&
                        ((num >= 0 && hidden(num, r, p)) || (den >= 0 && hidden(den, r, p))))
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
    bool masked(int i, int r, int p) const
    {
        return mMasks[size_t(i)][size_t(r * mData.periodCount() + p)] != 0;
    }
    void mark(int i, int r, int p, int &counter)
    {
        mMasks[size_t(i)][size_t(r * mData.periodCount() + p)] = 1;
        ++counter;
    }
    bool shown(int i, int r, int p) const { return mData.hasValue(i, r, p) && !masked(i, r, p); }
    //! Suppressed by the engine or by the publisher (a number exists but is unknown).
    bool hidden(int i, int r, int p) const
    {
        const Cell cell = mData.cell(i, r, p);
        return masked(i, r, p) || (cell.present && cell.status == ValueStatus::Suppressed);
    }

    bool protectFamily(int i, int parent, int p)
    {
        const std::vector<int> &children = mData.childrenAt(parent, p);
        if (children.empty())
            return false;
        int hiddenCount = 0;
        int shownCount = 0;
        int smallest = -1;
        for (int child : children) {
            if (hidden(i, child, p)) {
                ++hiddenCount;
            } else if (shown(i, child, p)) {
                ++shownCount;
                if (smallest < 0 || mData.value(i, child, p) < mData.value(i, smallest, p))
                    smallest = child;
            }
        }
        const bool complete = hiddenCount + shownCount == int(children.size());
        if (!complete)
            return false; // a missing part already makes the subtraction impossible
        if (shown(i, parent, p) && hiddenCount == 1) {
            if (smallest >= 0)
                mark(i, smallest, p, mSummary.secondary);
            else
                mark(i, parent, p, mSummary.secondary);
            return true;
        }
        if (hidden(i, parent, p) && hiddenCount == 0) {
            mark(i, smallest, p, mSummary.secondary);
            return true;
        }
        return false;
    }

    Dataset &mData;
    std::vector<Mask> mMasks;
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
    suppressor.secondary();
    return suppressor.apply();
}

} // namespace wijk::engine
