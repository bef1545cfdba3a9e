// A crosswalk between two divisions as the workspace stores it (shared/docs/crosswalk.md):
// what each region of the division in force in fromYear shares with the regions of the
// division in force in toYear. Only the pairs the file or the overlay gave are stored; a
// region of the from-division that no pair names and whose code exists in the to-division is
// unchanged (the engine adds that pair when it uses the crosswalk, docs/crosswalk.md).
#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

namespace wijk::workspace {

struct CrosswalkPair
{
    QString fromCode;
    QString toCode;
    double weight = 0.0; //!< any non-negative unit, one unit per crosswalk
};

struct Crosswalk
{
    QString crosswalkId; //!< crosswalk:<file>-<sha256 prefix>:<from>-<to>; unique
    int fromYear = 0;
    int toYear = 0;
    QString method;     //!< "file", or the derived weights: "area", "points"
    QString sourcePath; //!< the CSV, or the point layer of a derived crosswalk
    QString sha256;     //!< of the source file (empty for an area overlay)
    QDateTime importedAt;
    qint64 pairCount = 0;
    qint64 ignoredRows = 0;           //!< rows about regions the workspace does not hold
    std::vector<CrosswalkPair> pairs; //!< filled when asked for (readCrosswalks)
};

} // namespace wijk::workspace
