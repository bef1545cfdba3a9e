// Region names that stay unambiguous within what is shown: "Wijk 01" occurs in hundreds of
// gemeenten, so where a name alone occurs more than once among the regions shown it carries
// its gemeente, "Wijk 01 (Hilversum)" (docs/engine.md, "Names with context"). The one naming
// rule of tooltips, ranking, table, charts, exports and reports.
#pragma once

#include "engine/dataset.h"

#include <QHash>
#include <QString>
#include <vector>

namespace wijk::engine {

class RegionNames
{
public:
    //! Names for the regions in `shown` (region indices of the dataset).
    RegionNames(const Dataset &dataset, const std::vector<int> &shown);
    //! Names for every region of a level (what a view of the whole level shows).
    static RegionNames ofLevel(const Dataset &dataset, RegionLevel level);

    //! The region's name, with its gemeente when the name alone is ambiguous among the shown
    //! regions; the plain name for a region that is not among them.
    QString name(int region) const;
    //! The same by code (the code itself when the dataset does not know it).
    QString name(const QString &code) const;
    //! The name with its gemeente whenever it has one (a gemeente or the country: its name).
    static QString withGemeente(const Dataset &dataset, int region);

private:
    const Dataset *mDataset = nullptr;
    QHash<int, QString> mNames;
};

} // namespace wijk::engine
