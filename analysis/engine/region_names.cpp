#include "engine/region_names.h"

namespace wijk::engine {

namespace {
//! The gemeente of a region in the latest period it exists in (-1 without one).
int gemeenteOf(const Dataset &dataset, int region)
{
    for (int p = dataset.periodCount() - 1; p >= 0; --p)
        if (dataset.existsAt(region, p)) {
            const int gemeente = dataset.municipalityAt(region, p);
            if (gemeente >= 0)
                return gemeente;
        }
    // Not in the matrix's years: its code says where it lies (WK040201 -> GM0402).
    QString parent = dataset.region(region).code;
    for (int guard = 0; guard < 3 && !parent.isEmpty(); ++guard) {
        parent = parentFromCode(parent);
        const int r = dataset.regionIndex(parent);
        if (r >= 0 && dataset.region(r).level == RegionLevel::Gemeente)
            return r;
    }
    return -1;
}
} // namespace

QString RegionNames::withGemeente(const Dataset &dataset, int region)
{
    const RegionEntry &entry = dataset.region(region);
    if (entry.level == RegionLevel::Gemeente || entry.level == RegionLevel::Land)
        return entry.name;
    const int gemeente = gemeenteOf(dataset, region);
    if (gemeente < 0 || gemeente == region)
        return entry.name;
    return QStringLiteral("%1 (%2)").arg(entry.name, dataset.region(gemeente).name);
}

RegionNames::RegionNames(const Dataset &dataset, const std::vector<int> &shown) : mDataset(&dataset)
{
    QHash<QString, int> occurrences;
    for (int r : shown)
        ++occurrences[dataset.region(r).name.trimmed().toLower()];
    for (int r : shown)
        mNames.insert(r, occurrences.value(dataset.region(r).name.trimmed().toLower()) > 1
                             ? withGemeente(dataset, r)
                             : dataset.region(r).name);
}

RegionNames RegionNames::ofLevel(const Dataset &dataset, RegionLevel level)
{
    return RegionNames(dataset, dataset.regionsOfLevel(level));
}

QString RegionNames::name(int region) const
{
    const auto it = mNames.constFind(region);
    if (it != mNames.constEnd())
        return it.value();
    return mDataset ? mDataset->region(region).name : QString();
}

QString RegionNames::name(const QString &code) const
{
    const int r = mDataset ? mDataset->regionIndex(code) : -1;
    return r < 0 ? code : name(r);
}

} // namespace wijk::engine
