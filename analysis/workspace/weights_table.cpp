#include "workspace/weights_table.h"

#include "workspace/gpkg_geometry.h"
#include "workspace/sql_dialect.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace wijk::workspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wijk::workspace", text);
}

bool stepDone(sql::Statement &statement, sql::Connection &db, QString *error)
{
    if (statement.step() == sql::Step::Done)
        return true;
    const QString storage = sql::storageFailure(db);
    *error = storage.isEmpty() ? sql::lastError(db) : storage;
    return false;
}

bool writeRecord(sql::Connection &db, const WeightsRecord &record, QString *error)
{
    sql::Statement remove(db, "DELETE FROM spatial_weights WHERE name = ?");
    remove.bind(1, record.name);
    if (!stepDone(remove, db, error))
        return false;
    if (!sql::exec(db,
                   "DELETE FROM spatial_weight_regions WHERE weights_id NOT IN "
                   "(SELECT id FROM spatial_weights); DELETE FROM spatial_weight_links WHERE "
                   "weights_id NOT IN (SELECT id FROM spatial_weights)",
                   error))
        return false;
    sql::Statement insert(db, "INSERT INTO spatial_weights (name, level, vintage, method, k, "
                              "transform, source, regions, links, islands, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, record.name);
    insert.bind(2, contractName(record.level));
    insert.bind(3, record.vintage);
    insert.bind(4, record.method);
    if (record.k > 0)
        insert.bind(5, record.k);
    else
        insert.bindNull(5);
    insert.bind(6, record.transform);
    if (record.source.isEmpty())
        insert.bindNull(7);
    else
        insert.bind(7, record.source);
    insert.bind(8, int(record.codes.size()));
    insert.bind(9, qint64(record.links.size()));
    // Not NULL without islands: an empty text (a null QString binds as NULL).
    insert.bind(10, record.islands.isEmpty() ? QStringLiteral("")
                                             : record.islands.join(QLatin1Char(' ')));
    const QDateTime created =
        record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc();
    insert.bind(11, created.toUTC().toString(Qt::ISODate));
    if (insert.step() != sql::Step::Row) {
        const QString storage = sql::storageFailure(db);
        *error = storage.isEmpty() ? sql::lastError(db) : storage;
        return false;
    }
    const qint64 id = insert.integer(0);
    insert.reset();

    sql::Statement region(db, "INSERT INTO spatial_weight_regions VALUES (?, ?, ?)");
    for (int position = 0; position < record.codes.size(); ++position) {
        region.reset();
        region.bind(1, id);
        region.bind(2, position);
        region.bind(3, record.codes[position]);
        if (!stepDone(region, db, error))
            return false;
    }
    sql::Statement link(db, "INSERT INTO spatial_weight_links VALUES (?, ?, ?)");
    for (const auto &[from, to] : record.links) {
        link.reset();
        link.bind(1, id);
        link.bind(2, from);
        link.bind(3, to);
        if (!stepDone(link, db, error))
            return false;
    }
    return true;
}

WeightsRecord descriptionOf(const sql::Statement &row)
{
    WeightsRecord record;
    record.name = row.text(0);
    record.level = regionLevelFromString(row.text(1)).value_or(RegionLevel::Buurt);
    record.vintage = int(row.integer(2));
    record.method = row.text(3);
    record.k = row.isNull(4) ? 0 : int(row.integer(4));
    record.transform = row.text(5);
    record.source = row.text(6);
    record.islands = row.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    record.createdAt = QDateTime::fromString(row.text(8), Qt::ISODate);
    return record;
}

constexpr const char *kDescriptionColumns =
    "name, level, vintage, method, k, transform, source, islands, created_at, id";

} // namespace

bool storeWeightsRecord(Workspace &workspace, const WeightsRecord &record, QString *error)
{
    if (workspace.isReadOnly()) {
        *error = tr("De werkruimte %1 is alleen-lezen: %2")
                     .arg(workspace.path(), workspace.readOnlyReason());
        return false;
    }
    sql::Connection &db = workspace.handle();
    QString message;
    if (!db.beginWrite(&message)) {
        *error = tr("De werkruimte %1 is niet te schrijven: %2").arg(workspace.path(), message);
        return false;
    }
    if (!writeRecord(db, record, &message) || !sql::exec(db, "COMMIT", &message)) {
        sql::execBestEffort(db, "ROLLBACK"); // the failure being reported is the one that counts
        *error = tr("De gewichten '%1' zijn niet opgeslagen in %2: %3")
                     .arg(record.name, workspace.path(), message);
        return false;
    }
    return true;
}

std::optional<WeightsRecord> readWeightsRecord(const Workspace &workspace, const QString &name,
                                               QString *error)
{
    sql::Connection &db = workspace.handle();
    sql::Statement query(db, QByteArray("SELECT ") + kDescriptionColumns +
                                 " FROM spatial_weights WHERE name = ?");
    query.bind(1, name);
    if (query.step() != sql::Step::Row) {
        *error = tr("De werkruimte %1 heeft geen gewichten '%2'.").arg(workspace.path(), name);
        return std::nullopt;
    }
    WeightsRecord record = descriptionOf(query);
    const qint64 id = query.integer(9);
    sql::Statement regions(db, "SELECT code FROM spatial_weight_regions WHERE weights_id = ? "
                               "ORDER BY position");
    regions.bind(1, id);
    while (regions.step() == sql::Step::Row)
        record.codes << regions.text(0);
    sql::Statement links(db, "SELECT region, neighbour FROM spatial_weight_links "
                             "WHERE weights_id = ? ORDER BY region, neighbour");
    links.bind(1, id);
    while (links.step() == sql::Step::Row)
        record.links.emplace_back(int(links.integer(0)), int(links.integer(1)));
    return record;
}

std::vector<WeightsRecord> weightsRecords(const Workspace &workspace)
{
    std::vector<WeightsRecord> result;
    sql::Statement query(workspace.handle(), QByteArray("SELECT ") + kDescriptionColumns +
                                                 " FROM spatial_weights ORDER BY name");
    while (query.step() == sql::Step::Row)
        result.push_back(descriptionOf(query));
    return result;
}

std::vector<std::pair<QString, QByteArray>> levelGeometries(const Workspace &workspace,
                                                            RegionLevel level, int vintage)
{
    std::vector<std::pair<QString, QByteArray>> result;
    const sql::Dialect dialect = workspace.handle().dialect();
    sql::Statement query(workspace.handle(), "SELECT code, " +
                                                 sql::geometrySelect(dialect, "geom") +
                                                 " FROM regions WHERE level = ? "
                                                 "AND vintage = ? ORDER BY code");
    query.bind(1, contractName(level));
    query.bind(2, vintage);
    while (query.step() == sql::Step::Row)
        result.emplace_back(query.text(0), query.isNull(1)
                                               ? QByteArray()
                                               : sql::geometryToWkb(dialect, query.blob(1)));
    return result;
}

} // namespace wijk::workspace
