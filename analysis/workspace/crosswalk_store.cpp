#include "workspace/crosswalk_store.h"

#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

namespace wijk::workspace {

std::vector<Crosswalk> readCrosswalks(const Workspace &workspace, bool withPairs)
{
    std::vector<Crosswalk> result;
    std::vector<qint64> keys;
    sql::Statement query(workspace.handle(),
                         "SELECT id, crosswalk_id, from_year, to_year, method, source_path, "
                         "sha256, imported_at, pair_count, ignored_rows FROM crosswalks "
                         "ORDER BY from_year, to_year");
    while (query.step() == sql::Step::Row) {
        Crosswalk crosswalk;
        keys.push_back(query.integer(0));
        crosswalk.crosswalkId = query.text(1);
        crosswalk.fromYear = int(query.integer(2));
        crosswalk.toYear = int(query.integer(3));
        crosswalk.method = query.text(4);
        crosswalk.sourcePath = query.text(5);
        crosswalk.sha256 = query.text(6);
        crosswalk.importedAt = QDateTime::fromString(query.text(7), Qt::ISODate);
        crosswalk.pairCount = query.integer(8);
        crosswalk.ignoredRows = query.integer(9);
        result.push_back(crosswalk);
    }
    if (!withPairs)
        return result;
    sql::Statement pairs(workspace.handle(),
                         "SELECT from_code, to_code, weight FROM crosswalk_weights "
                         "WHERE crosswalk_key = ? ORDER BY from_code, to_code");
    for (size_t k = 0; k < result.size(); ++k) {
        pairs.reset();
        pairs.bind(1, keys[k]);
        while (pairs.step() == sql::Step::Row)
            result[k].pairs.push_back({pairs.text(0), pairs.text(1), pairs.real(2)});
    }
    return result;
}

} // namespace wijk::workspace
