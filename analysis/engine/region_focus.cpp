#include "engine/region_focus.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace wijk::engine {

namespace {
//! Whether code names a gemeente of the dataset.
bool isGemeente(const Dataset &dataset, const QString &code)
{
    const int r = dataset.regionIndex(code);
    return r >= 0 && dataset.region(r).level == RegionLevel::Gemeente;
}
} // namespace

RegionFocus::RegionFocus(const Dataset &dataset, const QStringList &gemeenten)
{
    QSet<int> focus;
    for (const QString &code : gemeenten)
        if (isGemeente(dataset, code) && !mGemeenten.contains(code)) {
            mGemeenten << code;
            focus.insert(dataset.regionIndex(code));
        }
    if (focus.isEmpty())
        return;
    // A region is in focus when it lies in a focus gemeente in any period: a wijk that moved
    // to a neighbour later still belongs to the history the analyst looks at.
    for (int r = 0; r < dataset.regionCount(); ++r) {
        if (dataset.region(r).level == RegionLevel::Land)
            continue;
        for (int p = 0; p < dataset.periodCount(); ++p)
            if (focus.contains(dataset.municipalityAt(r, p))) {
                mRegions.insert(r);
                break;
            }
        // A region absent from every period of the matrix: its code says where it lies.
        if (!mRegions.contains(r)) {
            QString parent = dataset.region(r).code;
            for (int guard = 0; guard < 3 && !parent.isEmpty(); ++guard) {
                if (mGemeenten.contains(parent)) {
                    mRegions.insert(r);
                    break;
                }
                parent = parentFromCode(parent);
            }
        }
    }
    for (int r : qAsConst(mRegions))
        mCodes.insert(dataset.region(r).code);
}

bool RegionFocus::needsFocus(const Dataset &dataset)
{
    return dataset.regionsOfLevel(RegionLevel::Gemeente).size() > 1;
}

QStringList RegionFocus::proposal(const Dataset &dataset, const QStringList &extractMunicipalities)
{
    QStringList codes;
    for (const QString &code : extractMunicipalities) {
        const QString normalised = code.trimmed().toUpper();
        if (isGemeente(dataset, normalised) && !codes.contains(normalised))
            codes << normalised;
    }
    return codes;
}

bool RegionFocus::parse(const Dataset &dataset, const QString &text, QStringList *codes,
                        QString *error)
{
    QStringList parsed;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!isGemeente(dataset, code)) {
            if (error)
                *error = QCoreApplication::translate(
                             "wijk::engine",
                             "Focus: %1 is geen gemeente in deze werkruimte (verwacht een "
                             "gemeentecode zoals GM0402).")
                             .arg(part);
            return false;
        }
        if (!parsed.contains(code))
            parsed << code;
    }
    *codes = parsed;
    return true;
}

QStringList RegionFocus::fromStoredText(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        codes << part.trimmed();
    return codes;
}

std::vector<int> RegionFocus::regionsOfLevel(const Dataset &dataset, RegionLevel level) const
{
    std::vector<int> regions = dataset.regionsOfLevel(level);
    if (isSet())
        regions.erase(std::remove_if(regions.begin(), regions.end(),
                                     [this](int r) { return !mRegions.contains(r); }),
                      regions.end());
    return regions;
}

QStringList RegionFocus::codesOfLevel(const Dataset &dataset, RegionLevel level) const
{
    QStringList codes;
    for (int r : regionsOfLevel(dataset, level))
        codes << dataset.region(r).code;
    return codes;
}

QStringList RegionFocus::referenceCodes(const Dataset &dataset) const
{
    QStringList codes = mGemeenten;
    if (dataset.regionIndex(countryCode()) >= 0)
        codes << countryCode();
    return codes;
}

} // namespace wijk::engine
