// The workspace on both back-ends: the same cases against a GeoPackage file and a team
// workspace in a PostgreSQL/PostGIS schema (tests/common/pg_test_location.h), plus what only
// the server has: the import lock, the readers' snapshot, the read-only role, PostGIS's view.
#include "import/import_transaction.h"
#include "import/observation_bulk.h"
#include "model_fixture.h"
#include "pg_test_location.h"
#include "workspace/observation_reader.h"
#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/server_setup.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <ogr_geometry.h>

using namespace wijk;
using workspace::Workspace;

namespace {
using test::region;
using test::squareWkb;

workspace::ExtractInfo extract(const QString &id, const QString &created)
{
    // A fixed import time: the dumps of the two back-ends compare it.
    workspace::ExtractInfo info = test::extractInfo(id, created);
    info.importedAt = QDateTime::fromString(QStringLiteral("2025-06-01T00:00:00Z"), Qt::ISODate);
    return info;
}

//! Two regions, one indicator, values for 2023 and 2024 (base + year) from extract `id`.
void fill(
    Workspace &workspace, const QString &id, const QString &created, double base,
    import::ImportTransaction::PutResult expected = import::ImportTransaction::PutResult::Written)
{
    QString error;
    auto tx = import::ImportTransaction::begin(workspace, &error);
    QVERIFY2(tx, qPrintable(error));
    QVERIFY(tx->recordExtract(extract(id, created)) > 0);
    Indicator inwoners;
    inwoners.code = QStringLiteral("inwoners");
    inwoners.name = QStringLiteral("Inwoners");
    inwoners.unit = QStringLiteral("count");
    inwoners.kind = IndicatorKind::Count;
    QVERIFY(tx->putIndicator(inwoners) > 0);
    QVERIFY2(tx->putRegion(region(QStringLiteral("GM0402"), RegionLevel::Gemeente, {}, 2024),
                           squareWkb(140000, 460000, 2000), &error),
             qPrintable(error));
    QVERIFY2(tx->putRegion(region(QStringLiteral("WK040201"), RegionLevel::Wijk,
                                  QStringLiteral("GM0402"), 2024),
                           squareWkb(140000, 460000, 1000), &error),
             qPrintable(error));
    for (int period : {2023, 2024})
        QCOMPARE(tx->putObservation(QStringLiteral("WK040201"), QStringLiteral("inwoners"), period,
                                    base + period + 0.1, ValueStatus::Final, id),
                 expected);
    QVERIFY2(tx->commit(&error), qPrintable(error));
}

//! Imports the count indicator "woningen" of extract "bulk" through the bulk writer, a chunk
//! per entry that chunks() makes from the indicator's key and WK040201's; commits.
import::ObservationBulkWriter::Outcome importWoningen(
    Workspace &workspace,
    const std::function<std::vector<std::vector<import::ParsedObservation>>(qint64, qint64)>
        &chunks){import::ObservationBulkWriter::Outcome outcome;
auto tx = import::ImportTransaction::begin(workspace, &outcome.failure);
if (!tx)
    return outcome;
const qint64 key =
    tx->recordExtract(extract(QStringLiteral("bulk"), QStringLiteral("2026-01-01T00:00:00Z")));
Indicator woningen;
woningen.code = QStringLiteral("woningen");
woningen.name = QStringLiteral("Woningen");
woningen.unit = QStringLiteral("count");
woningen.kind = IndicatorKind::Count;
const qint64 indicator = tx->putIndicator(woningen);
{
    import::ObservationBulkWriter writer(*tx, key);
    for (const auto &chunk : chunks(indicator, tx->regionKey(QStringLiteral("WK040201")))) {
        if (!writer.write(chunk, outcome))
            return outcome;
    }
}
QString error;
if (!tx->commit(&error))
    outcome.failure = error;
return outcome;
} // namespace

//! Everything a workspace reads, as text: equal for equal contents on either back-end.
QString contents(const Workspace &workspace)
{
    QStringList lines;
    for (const Indicator &i : workspace.indicators())
        lines << QStringLiteral("indicator %1 %2 %3").arg(i.code, i.name).arg(i.scale, 0, 'g', 17);
    for (const Region &r : workspace.regions())
        lines << QStringLiteral("region %1 %2 %3 %4 %5")
                     .arg(r.code, r.parent)
                     .arg(r.vintage)
                     .arg(r.areaM2, 0, 'g', 17)
                     .arg(QString::fromLatin1(
                         workspace.regionGeometryWkb(r.code, r.vintage).toHex()));
    for (const Observation &o : workspace.observations())
        lines << QStringLiteral("value %1 %2 %3 %4 %5 %6")
                     .arg(o.region, o.indicator)
                     .arg(o.period)
                     .arg(o.value, 0, 'g', 17)
                     .arg(int(o.status))
                     .arg(o.extractId);
    for (const workspace::ExtractInfo &e : workspace.extracts())
        lines << QStringLiteral("extract %1 %2 %3 %4")
                     .arg(e.extractId, e.created.toString(Qt::ISODate),
                          e.importedAt.toString(Qt::ISODate))
                     .arg(e.observationCount);
    for (int period : workspace.periods())
        lines << QStringLiteral("period %1").arg(period);
    lines << QStringLiteral("count %1").arg(workspace.observationCount());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestPgWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    //! A new workspace location on the back-end of the current data row.
    QString location(const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("gpkg"))
            return mDir.filePath(name + QStringLiteral(".gpkg"));
        return test::pgTestLocation(name);
    }

    static std::unique_ptr<Workspace> open(const QString &where, Workspace::OpenMode mode)
    {
        QString error;
        auto workspace = Workspace::open(where, mode, &error);
        if (!workspace)
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return workspace;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("gpkg") << QStringLiteral("gpkg");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY(!test::pgTestServer().isEmpty());
    }

    void locationsAreToldApart()
    {
        QVERIFY(workspace::isPgLocation(QStringLiteral("postgresql://u@h:5432/db?schema=s")));
        QVERIFY(workspace::isPgLocation(QStringLiteral("service=wijk")));
        QVERIFY(!workspace::isPgLocation(QStringLiteral("/data/postgresql://x.gpkg")));
        QVERIFY(!workspace::isPgLocation(QStringLiteral("service.gpkg")));
        const auto where = workspace::parsePgLocation(
            QStringLiteral("postgresql://ann:secret@h:5432/db?schema=Team%20A&sslmode=require"));
        QCOMPARE(where.schema, QStringLiteral("Team A"));
        QVERIFY(!where.conninfo.contains(QStringLiteral("schema")));
        QVERIFY(where.conninfo.contains(QStringLiteral("sslmode=require")));
        QVERIFY(!where.display.contains(QStringLiteral("secret")));
        QCOMPARE(workspace::parsePgLocation(QStringLiteral("service=wijk")).schema,
                 QStringLiteral("wijkmonitor"));
        QCOMPARE(workspace::parsePgLocation(QStringLiteral("service=wijk schema=gm0402")).conninfo,
                 QStringLiteral("service=wijk"));
    }

    void createsAtTheCurrentSchemaVersion()
    {
        const QString where = location(QStringLiteral("create"));
        {
            auto workspace = open(where, Workspace::OpenMode::ReadWrite);
            QVERIFY(workspace);
            QVERIFY(workspace->isNew());
            QCOMPARE(workspace->schemaVersion(), Workspace::kSchemaVersion);
        }
        auto again = open(where, Workspace::OpenMode::ReadOnly);
        QVERIFY(again);
        QVERIFY(!again->isNew());
        QCOMPARE(workspace::sql::scalarText(
                     again->handle(), "SELECT value FROM wm_meta WHERE key = 'schema_version'"),
                 QString::number(Workspace::kSchemaVersion));
    }

    void readOnlyRequestIsRefusedWhenAbsent()
    {
        QString error;
        QVERIFY(!Workspace::open(location(QStringLiteral("absent")), Workspace::OpenMode::ReadOnly,
                                 &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void writesAndReadsBack()
    {
        auto workspace = open(location(QStringLiteral("rw")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        QCOMPARE(workspace->name(), QStringLiteral("Hilversum"));
        QCOMPARE(int(workspace->indicators().size()), 1);
        const auto regions = workspace->regions();
        QCOMPARE(int(regions.size()), 2);
        QCOMPARE(regions[1].code, QStringLiteral("WK040201"));
        QCOMPARE(regions[1].parent, QStringLiteral("GM0402"));
        QCOMPARE(regions[1].areaM2, 1e6);
        QCOMPARE(workspace->periods(), (std::vector<int>{2023, 2024}));
        const auto observations = workspace->observations({QStringLiteral("inwoners")});
        QCOMPARE(int(observations.size()), 2);
        QCOMPARE(observations[0].value, 2023.1);
        QCOMPARE(observations[0].extractId, QStringLiteral("a"));
        QCOMPARE(workspace->extracts().front().observationCount, 2);
        QVERIFY(!workspace->regionGeometryWkb(QStringLiteral("GM0402"), 2024).isEmpty());
    }

    void laterExtractSupersedesAndDuplicatesAreReported()
    {
        auto workspace = open(location(QStringLiteral("sup")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        fill(*workspace, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
        fill(*workspace, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 1000);
        auto observations = workspace->observations();
        QCOMPARE(observations[0].value, 3023.1);
        QCOMPARE(observations[0].extractId, QStringLiteral("new"));
        fill(*workspace, QStringLiteral("older"), QStringLiteral("2023-01-01T00:00:00Z"), 5000,
             import::ImportTransaction::PutResult::KeptNewer);
        observations = workspace->observations();
        QCOMPARE(observations[0].extractId, QStringLiteral("new"));
        QCOMPARE(workspace->observationCount(), 2);
        QString error;
        auto tx = import::ImportTransaction::begin(*workspace, &error);
        QVERIFY2(tx, qPrintable(error));
        const qint64 key = tx->recordExtract(extract("dup", "2026-01-01T00:00:00Z"));
        const qint64 region = tx->regionKey(QStringLiteral("WK040201"));
        const qint64 ind = tx->indicatorKey(QStringLiteral("inwoners"));
        QCOMPARE(tx->putObservation(region, ind, 2030, 1, ValueStatus::Final, key),
                 import::ImportTransaction::PutResult::Written);
        QCOMPARE(tx->putObservation(region, ind, 2030, 2, ValueStatus::Final, key),
                 import::ImportTransaction::PutResult::Duplicate);
        // The transaction is still usable after the duplicate (PostgreSQL aborts a
        // transaction whose statement failed; the duplicate must not fail one).
        QCOMPARE(tx->putObservation(region, ind, 2031, 3, ValueStatus::Final, key),
                 import::ImportTransaction::PutResult::Written);
        QVERIFY2(tx->commit(&error), qPrintable(error));
        QCOMPARE(workspace->observationCount(), 4);
    }

    void uncommittedTransactionRollsBack()
    {
        auto workspace = open(location(QStringLiteral("rb")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        {
            QString error;
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            QVERIFY2(tx, qPrintable(error));
            tx->recordExtract(extract("x", "2025-01-01T00:00:00Z"));
        }
        QVERIFY(workspace->extracts().empty());
        QVERIFY(workspace->readFailure().isEmpty());
    }

    void bothBackEndsHoldTheSame()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return; // compares the two; once is enough
        const QString file = mDir.filePath(QStringLiteral("same.gpkg"));
        const QString server = test::pgTestLocation(QStringLiteral("same"));
        for (const QString &where : {file, server}) {
            auto workspace = open(where, Workspace::OpenMode::ReadWrite);
            QVERIFY(workspace);
            fill(*workspace, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
            fill(*workspace, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 0.25);
        }
        const QString a = contents(*open(file, Workspace::OpenMode::ReadOnly));
        const QString b = contents(*open(server, Workspace::OpenMode::ReadOnly));
        QVERIFY(a.contains(QStringLiteral("value WK040201 inwoners 2024 2024.3499999999999")));
        QCOMPARE(b, a);
    }

    void newTeamWorkspaceStoresNarrowRowsKeyedPerPartition()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        // The layout the national import's speed rests on (docs/team-workspace.md,
        // "Importing"): integer and smallint columns without padding between them, no key on
        // `observations` itself and each partition keyed on (region_id, period).
        auto workspace = open(location(QStringLiteral("narrow")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        fill(*workspace, QStringLiteral("a"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
        // A new indicator through the bulk path: its COPYs leave out the indicator and the
        // extract, which the new table's defaults give until it is attached.
        const auto outcome = importWoningen(*workspace, [](qint64 indicator, qint64 region) {
            return std::vector<std::vector<import::ParsedObservation>>{
                {{indicator, region, 7, 7, 2023, 0}}, {{indicator, region, 8, 8, 2024, 1}}};
        });
        QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
        QCOMPARE(outcome.written, 2);
        QVERIFY2(
            contents(*workspace).contains(QStringLiteral("value WK040201 woningen 2024 8 1 bulk")),
            qPrintable(contents(*workspace)));
        const auto text = [&](const char *sql) {
            return workspace::sql::scalarText(workspace->handle(), sql);
        };
        QCOMPARE(text("SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' "
                      "ORDER BY attnum) FROM pg_attribute WHERE attrelid = "
                      "'observations'::regclass AND attnum > 0 AND NOT attisdropped"),
                 QStringLiteral("indicator_id integer, region_id integer, period smallint, "
                                "status smallint, extract_key integer, value double precision"));
        QCOMPARE(text("SELECT count(*) FROM pg_index WHERE indrelid = 'observations'::regclass"),
                 QStringLiteral("0"));
        QCOMPARE(
            text("SELECT string_agg(DISTINCT pg_get_constraintdef(k.oid), ',') FROM pg_inherits i "
                 "JOIN pg_constraint k ON k.conrelid = i.inhrelid AND k.contype = 'p' "
                 "WHERE i.inhparent = 'observations'::regclass"),
            QStringLiteral("PRIMARY KEY (region_id, period)"));
        QCOMPARE(text("SELECT max(pg_column_size(o.*)) FROM observations o"), QStringLiteral("48"));
        // The defaults the import's tables had are gone: only the status's (from the parent).
        QCOMPARE(text("SELECT string_agg(DISTINCT a.attname, ',') FROM pg_attrdef d JOIN "
                      "pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum JOIN "
                      "pg_inherits i ON i.inhrelid = d.adrelid WHERE i.inhparent = "
                      "'observations'::regclass"),
                 QStringLiteral("status"));
        QCOMPARE(text("SELECT count(*) FROM pg_inherits WHERE inhparent = "
                      "'observations'::regclass"),
                 QStringLiteral("2"));
        // A second value for a key is still refused by the partition's key.
        QString error;
        QVERIFY(!workspace::sql::exec(workspace->handle(),
                                      "INSERT INTO observations SELECT * FROM observations LIMIT 1",
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("duplicate key")), qPrintable(error));
    }

    void readErrorsNeverShowThePassword()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        // The window hands libpq a password from the QGIS authentication database inside the
        // location; a message names the workspace by its label instead.
        QString where = location(QStringLiteral("secret"));
        const int at = where.indexOf(QLatin1Char('@'));
        QVERIFY(where.startsWith(QLatin1String("postgresql://")) && at > 0);
        where.insert(at, QStringLiteral(":s3cret-word"));
        auto workspace = open(where, Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        workspace::ObservationReader reader(*workspace);
        QString error;
        QVERIFY(!reader.read(
            QStringLiteral("no_such_code"), [](const workspace::ObservationRow &) {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_code")) &&
                     error.contains(workspace::workspaceShownName(where)) &&
                     !error.contains(QStringLiteral("s3cret")),
                 qPrintable(error));
    }

    void teamWorkspacesMadeBeforeImportAsBefore_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("tables");
        // Before session 8: one plain table of bigint keys.
        QTest::newRow("plain") << QStringLiteral("") << QStringLiteral("r")
                               << QStringLiteral("2"); // the table and its key
        // Session 8: partitioned, bigint keys (partition bounds read "IN ('12')").
        QTest::newRow("partitioned, wide")
            << QStringLiteral(" PARTITION BY LIST (indicator_id)") << QStringLiteral("p")
            << QStringLiteral("6"); // and two partitions with keys
    }

    void teamWorkspacesMadeBeforeImportAsBefore()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        QFETCH(QString, table);
        QFETCH(QString, kind);
        QFETCH(QString, tables);
        // A team workspace made before observations had narrow columns (and, plain, before
        // they were partitioned): the import writes each column in its own width.
        const QString file = mDir.filePath(QStringLiteral("plain.gpkg"));
        QFile::remove(file);
        const QString server =
            test::pgTestLocation(kind == QLatin1String("r") ? QStringLiteral("plain")
                                                            : QStringLiteral("widepartitions"));
        {
            auto workspace = open(server, Workspace::OpenMode::ReadWrite);
            QVERIFY(workspace);
            QString error;
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DO $$ DECLARE view text := pg_get_viewdef('observation_values'); "
                         "BEGIN DROP VIEW observation_values; DROP TABLE observations; "
                         "CREATE TABLE observations (indicator_id bigint NOT NULL, region_id "
                         "bigint NOT NULL, period integer NOT NULL, value double precision, "
                         "status integer NOT NULL DEFAULT 0, extract_key bigint NOT NULL, "
                         "PRIMARY KEY (indicator_id, region_id, period))" +
                             table.toUtf8() +
                             "; EXECUTE 'CREATE VIEW observation_values AS ' || view; END $$",
                         &error),
                     qPrintable(error));
            QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                                "SELECT relkind FROM pg_class WHERE oid = "
                                                "'observations'::regclass"),
                     kind);
        }
        for (const QString &where : {file, server}) {
            auto workspace = open(where, Workspace::OpenMode::ReadWrite);
            QVERIFY(workspace);
            fill(*workspace, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
            fill(*workspace, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 0.25);
            // A key twice in one chunk: the second is this extract's duplicate.
            const auto outcome = importWoningen(*workspace, [](qint64 indicator, qint64 region) {
                return std::vector<std::vector<import::ParsedObservation>>{
                    {{indicator, region, 10, 7, 2024, 0}, {indicator, region, 11, 9, 2024, 0}}};
            });
            QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
            QCOMPARE(outcome.written, 1);
            QCOMPARE(int(outcome.duplicates.size()), 1);
        }
        const QString a = contents(*open(file, Workspace::OpenMode::ReadOnly));
        const QString b = contents(*open(server, Workspace::OpenMode::ReadOnly));
        QVERIFY(a.contains(QStringLiteral("value WK040201 woningen 2024 10")));
        QCOMPARE(b, a);
        // A plain table stays one (the import made no partition); a partitioned one has a
        // partition per indicator (the fills' and the bulk one's), all with bigint keys.
        auto workspace = open(server, Workspace::OpenMode::ReadOnly);
        QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                            "SELECT count(*) FROM pg_class WHERE relname LIKE "
                                            "'observations%' AND relnamespace = "
                                            "to_regnamespace(current_schema())"),
                 tables);
        QCOMPARE(workspace::sql::scalarText(
                     workspace->handle(),
                     "SELECT string_agg(DISTINCT format_type(a.atttypid, a.atttypmod), ',') FROM "
                     "pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname LIKE "
                     "'observations%' AND c.relkind IN ('r', 'p') AND a.attname = 'region_id' "
                     "AND c.relnamespace = to_regnamespace(current_schema())"),
                 QStringLiteral("bigint"));
    }

    void aCommitAfterAFailureSavesNothingAndSaysSo()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        // PostgreSQL answers COMMIT in a transaction that failed with ROLLBACK, not an error:
        // the connection must not report it as saved.
        auto workspace = open(location(QStringLiteral("commit")), Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        auto &server = static_cast<workspace::sql::PgConnection &>(workspace->handle());
        QString error;
        QVERIFY2(server.exec("BEGIN; CREATE TABLE small (x integer CHECK (x < 10))", &error),
                 qPrintable(error));
        QVERIFY(!server.copyIn("COPY small FROM STDIN", "5\n50\n", &error));
        QVERIFY2(error.contains(QStringLiteral("small_x_check")), qPrintable(error));
        error.clear();
        QVERIFY(!server.exec("COMMIT", &error));
        QVERIFY2(error.contains(QStringLiteral("rolled the transaction back")), qPrintable(error));
        QCOMPARE(workspace::sql::scalarText(server, "SELECT to_regclass('small') IS NULL"),
                 QStringLiteral("t"));
        // A transaction that went well commits as before.
        QVERIFY2(server.exec("BEGIN; CREATE TABLE small (x integer CHECK (x < 10))", &error),
                 qPrintable(error));
        QVERIFY2(server.copyIn("COPY small FROM STDIN", "5\n6\n", &error), qPrintable(error));
        QVERIFY2(server.exec("COMMIT", &error), qPrintable(error));
        QCOMPARE(workspace::sql::scalarText(server, "SELECT sum(x) FROM small"),
                 QStringLiteral("11"));
    }

    void serverImportWaitsForAnotherOrStops()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        const QString where = location(QStringLiteral("lock"));
        auto first = open(where, Workspace::OpenMode::ReadWrite);
        auto second = open(where, Workspace::OpenMode::ReadWrite);
        QVERIFY(first && second);
        QString error;
        auto running = import::ImportTransaction::begin(*first, &error);
        QVERIFY2(running, qPrintable(error));
        second->setLockTimeoutSeconds(1);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!import::ImportTransaction::begin(*second, &error));
        QVERIFY(waited.elapsed() >= 900);
        QVERIFY2(error.contains(QStringLiteral("Another import")) &&
                     error.contains(QStringLiteral("--lock-timeout")),
                 qPrintable(error));
        running.reset(); // rolled back: the lock goes with it
        auto next = import::ImportTransaction::begin(*second, &error);
        QVERIFY2(next, qPrintable(error));
    }

    void serverReaderSeesOneSnapshot()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        const QString where = location(QStringLiteral("snapshot"));
        auto writer = open(where, Workspace::OpenMode::ReadWrite);
        QVERIFY(writer);
        fill(*writer, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
        auto reader = open(where, Workspace::OpenMode::ReadOnly);
        QVERIFY(reader);
        const QString before = contents(*reader);
        fill(*writer, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 1000);
        QCOMPARE(contents(*reader), before); // its snapshot: the old state, whole
        const QString after = contents(*open(where, Workspace::OpenMode::ReadOnly));
        QVERIFY(after != before);
        QVERIFY(after.contains(QStringLiteral("extract new")));
    }

    void serverBoundariesArePostgisLayers()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        const QString where = location(QStringLiteral("postgis"));
        auto workspace = open(where, Workspace::OpenMode::ReadWrite);
        QVERIFY(workspace);
        fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        // PostGIS's geometry_columns is what QGIS's postgres provider lists.
        workspace::sql::Statement columns(
            workspace->handle(), "SELECT f_table_name, type, srid FROM geometry_columns WHERE "
                                 "f_table_schema = ?1 ORDER BY f_table_name");
        columns.bind(1, workspace::parsePgLocation(where).schema);
        QStringList layers;
        while (columns.step() == workspace::sql::Step::Row)
            layers << QStringLiteral("%1 %2 %3")
                          .arg(columns.text(0), columns.text(1))
                          .arg(columns.integer(2));
        QCOMPARE(layers, (QStringList{QStringLiteral("buurten MULTIPOLYGON 28992"),
                                      QStringLiteral("gemeenten MULTIPOLYGON 28992"),
                                      QStringLiteral("regions MULTIPOLYGON 28992"),
                                      QStringLiteral("wijken MULTIPOLYGON 28992")}));
        QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                            "SELECT round(ST_Area(geom)) FROM regions "
                                            "WHERE code = 'WK040201'"),
                 QStringLiteral("1000000"));
    }
    void serverRolesReadImportAndStayWithinTheirGemeenten()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("postgres"))
            return;
        const QString where = location(QStringLiteral("roles"));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        {
            auto workspace = open(where, Workspace::OpenMode::ReadWrite);
            QVERIFY(workspace);
            fill(*workspace, QStringLiteral("hilversum"), QStringLiteral("2024-01-01T00:00:00Z"),
                 0);
            // A second gemeente with a wijk and values of its own.
            QString error;
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            QVERIFY2(tx, qPrintable(error));
            workspace::ExtractInfo amsterdam =
                extract(QStringLiteral("amsterdam"), QStringLiteral("2024-01-01T00:00:00Z"));
            amsterdam.municipalityCode = QStringLiteral("GM0363");
            QVERIFY(tx->recordExtract(amsterdam) > 0);
            QVERIFY(tx->putRegion(region(QStringLiteral("GM0363"), RegionLevel::Gemeente, {}, 2024),
                                  squareWkb(120000, 480000, 2000), &error));
            QVERIFY(tx->putRegion(region(QStringLiteral("WK036301"), RegionLevel::Wijk,
                                         QStringLiteral("GM0363"), 2024),
                                  squareWkb(120000, 480000, 1000), &error));
            QCOMPARE(tx->putObservation(QStringLiteral("WK036301"), QStringLiteral("inwoners"),
                                        2024, 7, ValueStatus::Final, QStringLiteral("amsterdam")),
                     import::ImportTransaction::PutResult::Written);
            // A year only Amsterdam has: a limited role must not learn of it.
            QCOMPARE(tx->putObservation(QStringLiteral("WK036301"), QStringLiteral("inwoners"),
                                        2011, 5, ValueStatus::Final, QStringLiteral("amsterdam")),
                     import::ImportTransaction::PutResult::Written);
            QVERIFY2(tx->commit(&error), qPrintable(error));
        }
        const workspace::ServerRoles roles{QStringLiteral("r_reader_") + pid,
                                           QStringLiteral("r_importer_") + pid};
        QString error;
        QVERIFY2(workspace::initServer(where, roles, &error), qPrintable(error));
        QVERIFY2(workspace::initServer(where, roles, &error), qPrintable(error)); // idempotent
        const QString alice = QStringLiteral("alice_") + pid;
        const QString bob = QStringLiteral("bob_") + pid;
        const QString carol = QStringLiteral("carol_") + pid;
        {
            auto admin = open(where, Workspace::OpenMode::ReadWrite);
            QVERIFY(admin);
            QVERIFY2(workspace::sql::exec(
                         admin->handle(),
                         QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %4; CREATE ROLE %2 LOGIN IN "
                                        "ROLE %5; CREATE ROLE %3 LOGIN IN ROLE %4")
                             .arg(alice, bob, carol, roles.reader, roles.importer),
                         &error),
                     qPrintable(error));
        }
        QVERIFY2(workspace::limitServerRole(where, carol, {QStringLiteral("GM0402")}, &error),
                 qPrintable(error));
        const auto as = [&where](const QString &user) {
            QString uri = where;
            return uri.replace(QStringLiteral("://postgres@"), QStringLiteral("://%1@").arg(user));
        };

        // A reader reads everything and cannot import.
        {
            auto reader = open(as(alice), Workspace::OpenMode::ReadWrite);
            QVERIFY(reader);
            QCOMPARE(int(reader->regions().size()), 4);
            QVERIFY(!import::ImportTransaction::begin(*reader, &error));
            QVERIFY2(error.contains(QStringLiteral("may only read")), qPrintable(error));
        }
        // The importer imports, through COPY, under row-level security.
        {
            auto importer = open(as(bob), Workspace::OpenMode::ReadWrite);
            QVERIFY(importer);
            auto tx = import::ImportTransaction::begin(*importer, &error);
            QVERIFY2(tx, qPrintable(error));
            const qint64 key = tx->recordExtract(
                extract(QStringLiteral("bulk"), QStringLiteral("2025-01-01T00:00:00Z")));
            QVERIFY(key > 0);
            std::vector<import::ParsedObservation> rows{
                {tx->indicatorKey(QStringLiteral("inwoners")),
                 tx->regionKey(QStringLiteral("WK040201")), 1.5, 1, 2030, 0}};
            import::ObservationBulkWriter::Outcome outcome;
            // An indicator without values: its rows go into a new table, the importer's
            // partition of observations from the commit; the second row is a duplicate.
            Indicator woningen;
            woningen.code = QStringLiteral("woningen");
            woningen.name = QStringLiteral("Woningen");
            woningen.unit = QStringLiteral("count");
            woningen.kind = IndicatorKind::Count;
            const qint64 newIndicator = tx->putIndicator(woningen);
            QVERIFY(newIndicator > 0);
            std::vector<import::ParsedObservation> newRows{
                {newIndicator, tx->regionKey(QStringLiteral("WK040201")), 10, 7, 2024, 0},
                {newIndicator, tx->regionKey(QStringLiteral("WK040201")), 11, 9, 2024, 0},
                {newIndicator, tx->regionKey(QStringLiteral("WK036301")), 20, 8, 2024, 0}};
            {
                import::ObservationBulkWriter writer(*tx, key);
                QVERIFY2(writer.write(rows, outcome), qPrintable(outcome.failure));
                QVERIFY2(writer.write(newRows, outcome), qPrintable(outcome.failure));
            }
            QCOMPARE(outcome.written, 3);
            QCOMPARE(int(outcome.duplicates.size()), 1);
            QCOMPARE(outcome.duplicates.front().line, 9);
            QVERIFY2(tx->commit(&error), qPrintable(error));
            // The partition belongs to the importer role, as the tables do.
            QCOMPARE(workspace::sql::scalarText(
                         importer->handle(),
                         "SELECT string_agg(c.relname || ' ' || pg_get_userbyid(c.relowner), ',') "
                         "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE "
                         "i.inhparent = 'observations'::regclass AND pg_get_expr(c.relpartbound, "
                         "c.oid) ~ '\\m" +
                             QByteArray::number(newIndicator) + "\\M'"),
                     QStringLiteral("observations_%1 %2").arg(newIndicator).arg(roles.importer));
        }
        // Row-level security applies through observations only: no reader may read a
        // partition itself, one made before `server init` or by an import after it.
        for (const QString &user : {alice, carol}) {
            auto reader = open(as(user), Workspace::OpenMode::ReadWrite);
            QVERIFY(reader);
            auto &db = static_cast<workspace::sql::PgConnection &>(reader->handle());
            const QStringList partitions =
                workspace::sql::scalarText(db, "SELECT string_agg(c.relname, ',' ORDER BY "
                                               "c.relname) FROM pg_inherits i JOIN pg_class c ON "
                                               "c.oid = i.inhrelid WHERE i.inhparent = "
                                               "'observations'::regclass")
                    .split(QLatin1Char(','));
            QCOMPARE(partitions.size(), 2);
            for (const QString &partition : partitions) {
                workspace::sql::Statement direct(db, "SELECT count(*) FROM " +
                                                         db.quoteIdentifier(partition));
                QVERIFY(!direct.isValid() || direct.step() == workspace::sql::Step::Error);
                QCOMPARE(db.lastSqlState(), QByteArray("42501"));
                QVERIFY2(db.lastError().contains(QStringLiteral("permission denied")),
                         qPrintable(db.lastError()));
            }
        }
        // A reader limited to Hilversum sees nothing of Amsterdam.
        {
            auto limited = open(as(carol), Workspace::OpenMode::ReadOnly);
            QVERIFY(limited);
            QStringList codes;
            for (const Region &r : limited->regions())
                codes << r.code;
            QCOMPARE(codes, (QStringList{QStringLiteral("GM0402"), QStringLiteral("WK040201")}));
            for (const Observation &o : limited->observations())
                QCOMPARE(o.region, QStringLiteral("WK040201"));
            QCOMPARE(int(limited->observations().size()), 4);
            for (const workspace::ExtractInfo &e : limited->extracts())
                QVERIFY(e.extractId != QLatin1String("amsterdam"));
            // Not through the counts either (info, the list of years): Amsterdam's 2011 and
            // its two values are not there.
            std::vector<int> hilversumYears;
            for (const Observation &o : limited->observations())
                hilversumYears.push_back(o.period);
            std::sort(hilversumYears.begin(), hilversumYears.end());
            hilversumYears.erase(std::unique(hilversumYears.begin(), hilversumYears.end()),
                                 hilversumYears.end());
            QCOMPARE(limited->periods(), hilversumYears);
            QCOMPARE(limited->observationCount(), qint64(4));
            // Nor through the views QGIS desktop lists, nor the summary table read directly.
            auto &db = limited->handle();
            QCOMPARE(workspace::sql::scalarText(db, "SELECT count(*) FROM observation_values"),
                     QStringLiteral("4"));
            QCOMPARE(workspace::sql::scalarText(db, "SELECT string_agg(code, ' ' ORDER BY code) "
                                                    "FROM gemeenten"),
                     QStringLiteral("GM0402"));
            QCOMPARE(workspace::sql::scalarText(db, "SELECT count(*) FROM wijken"),
                     QStringLiteral("1"));
            QCOMPARE(workspace::sql::scalarText(db, "SELECT count(*) FROM observation_summary"),
                     QStringLiteral("0"));
            QVERIFY(limited->readFailure().isEmpty());
        }
        {
            // An unlimited reader still reads the summary, with Amsterdam's year.
            auto reader = open(as(alice), Workspace::OpenMode::ReadOnly);
            QVERIFY(reader);
            QVERIFY(reader->periods().front() == 2011);
            QCOMPARE(reader->observationCount(), qint64(reader->observations().size()));
        }
        QVERIFY2(workspace::limitServerRole(where, carol, {}, &error), qPrintable(error));
        QCOMPARE(int(open(as(carol), Workspace::OpenMode::ReadOnly)->regions().size()), 4);
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "test_pg_workspace.moc"
