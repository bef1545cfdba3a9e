#include "workspace/observation_reader.h"

#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <cmath>

namespace wijk::workspace {

ObservationReader::ObservationReader(const Workspace &workspace) : mWorkspace(workspace) {}

const QHash<int, QString> &ObservationReader::regionKeys()
{
    if (!mRegionKeysRead) {
        sql::Statement query(mWorkspace.handle(), "SELECT id, code FROM region_keys");
        sql::Step rc = sql::Step::Error;
        while (query.isValid() && (rc = query.step()) == sql::Step::Row)
            mRegionKeys.insert(int(query.integer(0)), query.text(1));
        if (rc != sql::Step::Done) {
            noteFailure(query);
            mRegionKeys.clear();
        }
        mRegionKeysRead = true;
    }
    return mRegionKeys;
}

int ObservationReader::indicatorId(const QString &code)
{
    if (!mIndicatorIdsRead) {
        sql::Statement query(mWorkspace.handle(), "SELECT id, code FROM indicators");
        sql::Step rc = sql::Step::Error;
        while (query.isValid() && (rc = query.step()) == sql::Step::Row)
            mIndicatorIds.insert(query.text(1), int(query.integer(0)));
        if (rc != sql::Step::Done) {
            noteFailure(query);
            mIndicatorIds.clear();
        }
        mIndicatorIdsRead = true;
    }
    return mIndicatorIds.value(code, -1);
}

void ObservationReader::noteFailure(const sql::Statement &query)
{
    if (mFailure.isEmpty())
        mFailure = QStringLiteral("%1: %2").arg(
            mWorkspace.path(),
            query.isValid() ? sql::lastError(mWorkspace.handle()) : query.error());
}

bool ObservationReader::read(const QString &indicatorCode,
                             const std::function<void(const ObservationRow &)> &sink,
                             QString *error)
{
    const int id = indicatorId(indicatorCode);
    regionKeys();
    if (!mFailure.isEmpty()) {
        *error = mFailure;
        return false;
    }
    if (id < 0) {
        *error = QCoreApplication::translate("wijk::ObservationReader", "%1: unknown indicator %2.")
                     .arg(mWorkspace.path(), indicatorCode);
        return false;
    }
    // The primary key (indicator_id, region_id, period) makes this one range of the B-tree.
    sql::Statement query(mWorkspace.handle(),
                         "SELECT region_id, period, value, status FROM observations "
                         "WHERE indicator_id = ? ORDER BY region_id, period");
    if (!query.isValid()) {
        *error = QStringLiteral("%1: %2").arg(mWorkspace.path(), query.error());
        return false;
    }
    query.bind(1, id);
    ObservationRow row;
    sql::Step rc = sql::Step::Row;
    while ((rc = query.step()) == sql::Step::Row) {
        row.regionKey = int(query.integer(0));
        row.period = int(query.integer(1));
        row.value = query.real(2);
        const int status = int(query.integer(3));
        row.status = status >= 0 && status <= int(ValueStatus::Derived) ? ValueStatus(status)
                                                                        : ValueStatus::Missing;
        sink(row);
    }
    if (rc != sql::Step::Done) {
        *error =
            QStringLiteral("%1: %2").arg(mWorkspace.path(), sql::lastError(mWorkspace.handle()));
        return false;
    }
    return true;
}

} // namespace wijk::workspace
