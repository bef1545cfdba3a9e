#include "engine/spatial_weights.h"

#include <algorithm>

namespace wijk::engine {

QString methodName(WeightsMethod method)
{
    switch (method) {
    case WeightsMethod::Queen:
        return QStringLiteral("queen");
    case WeightsMethod::Rook:
        return QStringLiteral("rook");
    case WeightsMethod::NearestCentroids:
        return QStringLiteral("knn");
    case WeightsMethod::GalFile:
        return QStringLiteral("gal");
    }
    return QString();
}

std::optional<WeightsMethod> methodFromName(const QString &name)
{
    for (const WeightsMethod method : {WeightsMethod::Queen, WeightsMethod::Rook,
                                       WeightsMethod::NearestCentroids, WeightsMethod::GalFile})
        if (methodName(method) == name)
            return method;
    return std::nullopt;
}

QString transformName(WeightsTransform transform)
{
    return transform == WeightsTransform::Binary ? QStringLiteral("B") : QStringLiteral("W");
}

std::optional<WeightsTransform> transformFromName(const QString &name)
{
    if (name.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0)
        return WeightsTransform::Binary;
    if (name.compare(QLatin1String("W"), Qt::CaseInsensitive) == 0)
        return WeightsTransform::RowStandardised;
    return std::nullopt;
}

SpatialWeights::SpatialWeights(std::vector<QString> codes, std::vector<std::vector<int>> neighbours)
    : mCodes(std::move(codes)), mNeighbours(std::move(neighbours))
{
    mNeighbours.resize(mCodes.size());
    for (size_t i = 0; i < mCodes.size(); ++i) {
        mIndex.insert(mCodes[i], int(i));
        std::vector<int> &list = mNeighbours[i];
        list.erase(std::remove(list.begin(), list.end(), int(i)), list.end());
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

int SpatialWeights::linkCount() const
{
    int count = 0;
    for (const std::vector<int> &list : mNeighbours)
        count += int(list.size());
    return count;
}

bool SpatialWeights::isSymmetric() const
{
    for (size_t i = 0; i < mNeighbours.size(); ++i)
        for (const int j : mNeighbours[i]) {
            const std::vector<int> &back = mNeighbours[size_t(j)];
            if (!std::binary_search(back.begin(), back.end(), int(i)))
                return false;
        }
    return true;
}

QStringList SpatialWeights::islands() const
{
    QStringList result;
    for (size_t i = 0; i < mCodes.size(); ++i)
        if (mNeighbours[i].empty())
            result << mCodes[i];
    return result;
}

double SpatialWeights::weight(int i, WeightsTransform transform) const
{
    const size_t count = mNeighbours[size_t(i)].size();
    if (count == 0)
        return 0;
    return transform == WeightsTransform::Binary ? 1.0 : 1.0 / double(count);
}

SpatialWeights SpatialWeights::restrictedTo(const std::vector<int> &kept) const
{
    std::vector<int> newIndex(mCodes.size(), -1);
    std::vector<QString> codes;
    codes.reserve(kept.size());
    for (const int i : kept) {
        newIndex[size_t(i)] = int(codes.size());
        codes.push_back(mCodes[size_t(i)]);
    }
    std::vector<std::vector<int>> neighbours(kept.size());
    for (size_t n = 0; n < kept.size(); ++n)
        for (const int j : mNeighbours[size_t(kept[n])])
            if (newIndex[size_t(j)] >= 0)
                neighbours[n].push_back(newIndex[size_t(j)]);
    SpatialWeights result(std::move(codes), std::move(neighbours));
    result.level = level;
    result.vintage = vintage;
    result.method = method;
    result.k = k;
    result.source = source;
    return result;
}

} // namespace wijk::engine
