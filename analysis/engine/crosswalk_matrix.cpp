#include "engine/crosswalk_matrix.h"

#include "engine/boundary_choice.h"

#include <QSet>
#include <algorithm>

namespace wijk::engine {

namespace {

//! The dataset regions of `level` that belong to the division `vintage`.
QSet<int> divisionRegions(const Dataset &dataset, RegionLevel level, int vintage)
{
    QSet<int> regions;
    for (const int r : dataset.regionsOfLevel(level))
        for (const Region &region : dataset.region(r).vintages)
            if (region.vintage == vintage)
                regions.insert(r);
    return regions;
}

} // namespace

void CrosswalkMatrix::add(int from, int to, double weight)
{
    mForward[from].push_back({to, weight});
    mBackward[to].push_back({from, weight});
}

CrosswalkMatrix CrosswalkMatrix::fromCrosswalk(const Dataset &dataset, RegionLevel level,
                                               const wijk::workspace::Crosswalk &crosswalk)
{
    CrosswalkMatrix matrix;
    matrix.mFromDivision = divisionInForce(dataset, level, crosswalk.fromYear);
    matrix.mToDivision = divisionInForce(dataset, level, crosswalk.toYear);
    wijk::workspace::Crosswalk described = crosswalk;
    described.pairs.clear();
    matrix.mCrosswalks.push_back(described);
    const QSet<int> from = divisionRegions(dataset, level, matrix.mFromDivision);
    const QSet<int> to = divisionRegions(dataset, level, matrix.mToDivision);
    QSet<int> named;
    double namedTotal = 0.0;
    for (const wijk::workspace::CrosswalkPair &pair : crosswalk.pairs) {
        if (levelFromCode(pair.fromCode) != level)
            continue;
        const int f = dataset.regionIndex(pair.fromCode);
        const int t = dataset.regionIndex(pair.toCode);
        if (!from.contains(f) || !to.contains(t))
            continue;
        matrix.add(f, t, pair.weight);
        named.insert(f);
        namedTotal += pair.weight;
    }
    const double unchangedWeight = named.isEmpty() ? 1.0 : namedTotal / named.size();
    for (const int f : from)
        if (!named.contains(f) && to.contains(f)) {
            matrix.add(f, f, unchangedWeight);
            matrix.mUnnamed.push_back(f);
        }
    return matrix;
}

CrosswalkMatrix CrosswalkMatrix::then(const CrosswalkMatrix &next) const
{
    CrosswalkMatrix chained;
    chained.mFromDivision = mFromDivision;
    chained.mToDivision = next.mToDivision;
    chained.mCrosswalks = mCrosswalks;
    chained.mCrosswalks.insert(chained.mCrosswalks.end(), next.mCrosswalks.begin(),
                               next.mCrosswalks.end());
    chained.mUnnamed = mUnnamed;
    chained.mUnnamed.insert(chained.mUnnamed.end(), next.mUnnamed.begin(), next.mUnnamed.end());
    for (const auto &[from, shares] : mForward) {
        std::map<int, double> onward;
        for (const Share &middle : shares) {
            const double middleTotal = next.total(middle.region);
            if (!(middleTotal > 0))
                continue; // the middle region goes nowhere in the next division
            const auto it = next.mForward.find(middle.region);
            for (const Share &last : it->second)
                onward[last.region] += middle.weight * last.weight / middleTotal;
        }
        for (const auto &[to, weight] : onward)
            chained.add(from, to, weight);
    }
    return chained;
}

const std::vector<CrosswalkMatrix::Share> &CrosswalkMatrix::sourcesOf(int to) const
{
    static const std::vector<Share> none;
    const auto it = mBackward.find(to);
    return it == mBackward.end() ? none : it->second;
}

std::vector<int> CrosswalkMatrix::mixedWithUnnamed() const
{
    const QSet<int> unnamed(mUnnamed.begin(), mUnnamed.end());
    std::vector<int> mixed;
    for (const auto &[to, sources] : mBackward)
        if (sources.size() > 1 &&
            std::any_of(sources.begin(), sources.end(),
                        [&](const Share &share) { return unnamed.contains(share.region); }))
            mixed.push_back(to);
    return mixed;
}

double CrosswalkMatrix::total(int from) const
{
    const auto it = mForward.find(from);
    if (it == mForward.end())
        return 0.0;
    double sum = 0.0;
    for (const Share &share : it->second)
        sum += share.weight;
    return sum;
}

QString CrosswalkMatrix::description() const
{
    QStringList parts;
    for (const wijk::workspace::Crosswalk &crosswalk : mCrosswalks)
        parts << QStringLiteral("%1-%2 (%3, %4)")
                     .arg(crosswalk.fromYear)
                     .arg(crosswalk.toYear)
                     .arg(crosswalk.method, crosswalk.crosswalkId);
    return parts.join(QStringLiteral("; "));
}

} // namespace wijk::engine
