// Fast reading of observations for the engine: the integer-keyed rows of one indicator
// straight from the WITHOUT ROWID observations table (docs/workspace.md), without building
// an Observation (three strings) per value. Used for lazy, per-indicator loading.
#pragma once

#include "model/model.h"

#include <QHash>
#include <QString>
#include <functional>
#include <vector>

namespace wijk::workspace {

class Workspace;
namespace sql {
class Statement;
}

//! One stored value as it sits in the table: integer region key, period, value, status.
struct ObservationRow
{
    int regionKey = 0; //!< region_keys.id; see ObservationReader::regionKeys()
    int period = 0;
    double value = 0; //!< NaN when the cell is empty (NULL)
    ValueStatus status = ValueStatus::Final;
};

class ObservationReader
{
public:
    //! Reads through the workspace's own connection: use the reader on the thread that uses
    //! the workspace, and not after the workspace is closed.
    explicit ObservationReader(const Workspace &workspace);

    //! region_keys: integer key -> region code (read once, then cached).
    const QHash<int, QString> &regionKeys();
    //! The integer id of an indicator code, -1 when the catalogue lacks it.
    int indicatorId(const QString &code);

    //! Calls sink for every stored value of one indicator, in (region key, period) order.
    //! False with *error when the indicator is unknown or SQLite fails.
    [[nodiscard]] bool read(const QString &indicatorCode,
                            const std::function<void(const ObservationRow &)> &sink,
                            QString *error);

private:
    //! Keeps the first failure of reading the region keys or the indicator ids.
    void noteFailure(const sql::Statement &query);

    const Workspace &mWorkspace;
    QString mFailure;
    QHash<int, QString> mRegionKeys;
    bool mRegionKeysRead = false;
    QHash<QString, int> mIndicatorIds;
    bool mIndicatorIdsRead = false;
};

} // namespace wijk::workspace
