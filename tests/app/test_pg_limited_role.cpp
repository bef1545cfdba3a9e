// A role limited to one gemeente learns nothing of another, through any table, view or command
// (issue 16, "Roles"). The team workspace holds two gemeenten: Demostad (GM9999, the demo) and
// Tweestad (GM9998, the demo's copy with its own codes, names and place), with everything that
// can carry a gemeente: values, extracts, the focus, stored spatial weights, a crosswalk and the
// memo basket with its opening text. The scan is not a list of known tables: it reads every
// table and view of the workspace's schema that the catalogue names at run time, every column
// but geometry, so a table added later without a policy fails it.
#include "pg_test_location.h"
#include "test_reports_fixture.h"
#include "test_support.h"
#include "workspace/memo_basket.h"
#include "workspace/pg_connection.h"
#include "workspace/pg_location.h"
#include "workspace/server_setup.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"
#include "workspace/workspace_revision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wijk;
using workspace::Workspace;

namespace {

//! What of Tweestad may not appear: its codes and its name (every one of its region names
//! starts with it; its extract id is "tweestad-…"). Case-insensitive.
const QStringList kOtherGemeente = {QStringLiteral("GM9998"), QStringLiteral("WK9998"),
                                    QStringLiteral("BU9998"), QStringLiteral("Tweestad")};

QString leakIn(const QString &text)
{
    for (const QString &word : kOtherGemeente)
        if (text.contains(word, Qt::CaseInsensitive))
            return word;
    return QString();
}

QString otherCode(const QString &code)
{
    return code.left(2) + QStringLiteral("9998") + code.mid(6);
}

//! Shifts every coordinate of a GeoJSON MultiPolygon 30 km east (Tweestad lies apart).
QJsonValue shifted(const QJsonValue &value)
{
    QJsonArray array = value.toArray();
    if (!array.isEmpty() && array.first().isDouble()) {
        array[0] = array[0].toDouble() + 30000;
        return array;
    }
    for (int i = 0; i < array.size(); ++i)
        array[i] = shifted(array[i]);
    return array;
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) > 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! Tweestad: the demo extract in \a demo with every code, name and place changed.
bool writeTweestad(const QString &demo, const QString &out)
{
    if (!QDir().mkpath(out))
        return false;
    QJsonObject regions = QJsonDocument::fromJson(readAll(demo + "/regions.geojson")).object();
    QJsonArray features = regions.value(QStringLiteral("features")).toArray();
    for (int i = 0; i < features.size(); ++i) {
        QJsonObject feature = features[i].toObject();
        QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString code = properties.value(QStringLiteral("code")).toString();
        properties[QStringLiteral("code")] = otherCode(code);
        if (properties.contains(QStringLiteral("parent")))
            properties[QStringLiteral("parent")] =
                otherCode(properties.value(QStringLiteral("parent")).toString());
        properties[QStringLiteral("name")] =
            code.startsWith(QLatin1String("GM"))
                ? QStringLiteral("Tweestad")
                : QStringLiteral("Tweestad-") + properties.value(QStringLiteral("name")).toString();
        feature[QStringLiteral("properties")] = properties;
        QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        geometry[QStringLiteral("coordinates")] =
            shifted(geometry.value(QStringLiteral("coordinates")));
        feature[QStringLiteral("geometry")] = geometry;
        features[i] = feature;
    }
    regions[QStringLiteral("features")] = features;

    QJsonObject manifest = QJsonDocument::fromJson(readAll(demo + "/manifest.json")).object();
    manifest.remove(QStringLiteral("files"));
    manifest[QStringLiteral("extract_id")] = QStringLiteral("tweestad-2025-001");
    manifest[QStringLiteral("publisher")] = QStringLiteral("Datafundament gemeente Tweestad");
    manifest[QStringLiteral("description")] = QStringLiteral("Tweestad, 2015-2024");
    manifest[QStringLiteral("municipality")] =
        QJsonObject{{QStringLiteral("code"), QStringLiteral("GM9998")},
                    {QStringLiteral("name"), QStringLiteral("Tweestad")}};

    QByteArray observations = readAll(demo + "/observations.csv");
    static const QRegularExpression codeAtLineStart(QStringLiteral("(^|\n)(GM|WK|BU)9999"));
    const QString renamed =
        QString::fromUtf8(observations).replace(codeAtLineStart, QStringLiteral("\\1\\29998"));
    QFile csv(out + "/observations.csv");
    return writeJson(out + "/regions.geojson", regions) &&
           writeJson(out + "/manifest.json", manifest) &&
           QFile::copy(demo + "/indicators.csv", out + "/indicators.csv") &&
           csv.open(QIODevice::WriteOnly) && csv.write(renamed.toUtf8()) > 0;
}

//! Every relation of \a schema (tables, views, materialised views, partitioned and foreign
//! tables) with a SELECT of all its columns but geometry as one text per row.
struct Relation
{
    QString name;
    QByteArray select;
    bool partition; //!< of observations (one per indicator): readable through it only
};

std::vector<Relation> relationsOf(Workspace &workspace, const QString &schema)
{
    std::vector<Relation> result;
    workspace::sql::Statement query(
        workspace.handle(),
        "SELECT c.relname, 'SELECT concat_ws('' | '', ' || string_agg(quote_ident(a.attname) || "
        "'::text', ', ' ORDER BY a.attnum) || ') FROM ' || quote_ident(n.nspname) || '.' || "
        "quote_ident(c.relname), c.relispartition FROM pg_class c JOIN pg_namespace n ON "
        "n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = ?1 AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND "
        "format_type(a.atttypid, NULL) NOT IN ('geometry', 'geography', 'bytea') "
        "GROUP BY n.nspname, c.relname, c.relispartition ORDER BY c.relname");
    query.bind(1, schema);
    while (query.step() == workspace::sql::Step::Row)
        result.push_back(
            {query.text(0), query.text(1).toUtf8(), query.text(2) == QLatin1String("t")});
    return result;
}

//! The relations whose rows name Tweestad ("relation: row"); a relation that cannot be read
//! is named with its error, except a partition the role may not read at all (permission
//! denied, SQLSTATE 42501), which goes to *refused.
QStringList leaksOf(Workspace &workspace, const QString &schema, int *relations,
                    QStringList *refused)
{
    QStringList leaks;
    const std::vector<Relation> all = relationsOf(workspace, schema);
    *relations = int(all.size());
    auto &server = static_cast<workspace::sql::PgConnection &>(workspace.handle());
    for (const Relation &relation : all) {
        if (relation.partition) {
            // A refusal aborts the reading transaction: tried behind a savepoint.
            QString error;
            bool refusedHere = false;
            if (workspace::sql::exec(server, "SAVEPOINT partition_scan", &error)) {
                workspace::sql::Statement probe(server, relation.select);
                refusedHere = (!probe.isValid() || probe.step() == workspace::sql::Step::Error) &&
                              server.lastSqlState() == "42501";
            }
            if (!workspace::sql::exec(server,
                                      refusedHere ? "ROLLBACK TO SAVEPOINT partition_scan"
                                                  : "RELEASE SAVEPOINT partition_scan",
                                      &error)) {
                leaks << relation.name + QStringLiteral(": savepoint: ") + error;
                continue;
            }
            if (refusedHere) {
                refused->append(relation.name);
                continue;
            }
        }
        workspace::sql::Statement rows(workspace.handle(), relation.select);
        if (!rows.isValid()) {
            leaks << relation.name + QStringLiteral(": unreadable: ") +
                         workspace::sql::lastError(workspace.handle());
            continue;
        }
        workspace::sql::Step step;
        while ((step = rows.step()) == workspace::sql::Step::Row) {
            const QString row = rows.text(0);
            if (!leakIn(row).isEmpty()) {
                leaks << relation.name + QStringLiteral(": ") + row.left(200);
                break;
            }
        }
        if (step == workspace::sql::Step::Error)
            leaks << relation.name + QStringLiteral(": unreadable: ") +
                         workspace::sql::lastError(workspace.handle());
    }
    return leaks;
}

//! The partitions of observations, by name.
QStringList partitionsOf(Workspace &workspace)
{
    QStringList names;
    workspace::sql::Statement query(workspace.handle(),
                                    "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid "
                                    "= i.inhrelid WHERE i.inhparent = 'observations'::regclass "
                                    "ORDER BY c.relname");
    while (query.step() == workspace::sql::Step::Row)
        names << query.text(0);
    return names;
}

QStringList relationNames(const QStringList &leaks)
{
    QStringList names;
    for (const QString &leak : leaks)
        names << leak.section(QLatin1Char(':'), 0, 0);
    names.removeDuplicates();
    names.sort();
    return names;
}

//! Runs `server init` with reader and importer roles named PREFIX_reader_PID and
//! PREFIX_importer_PID, makes a login role PREFIX_partner_PID in the reader role, limits it
//! to GM9999 and returns the server's location with that role as user; empty with *error.
QString limitedRoleLocation(const QString &server, const QString &prefix, QString *error)
{
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const workspace::ServerRoles roles{prefix + QStringLiteral("reader_") + pid,
                                       prefix + QStringLiteral("importer_") + pid};
    if (!workspace::initServer(server, roles, error))
        return {};
    const QString partner = prefix + QStringLiteral("partner_") + pid;
    {
        auto admin = Workspace::open(server, Workspace::OpenMode::ReadWrite, error);
        if (!admin ||
            !workspace::sql::exec(
                admin->handle(),
                QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(partner, roles.reader),
                error))
            return {};
    }
    if (!workspace::limitServerRole(server, partner, {QStringLiteral("GM9999")}, error))
        return {};
    QString limited = server;
    limited.replace(QStringLiteral("://postgres@"), QStringLiteral("://%1@").arg(partner));
    return limited;
}

} // namespace

class TestPgLimitedRole : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mServer;  //!< as the cluster's superuser: sees everything
    QString mLimited; //!< as a reader limited to Demostad (GM9999)
    QString mSchema;

    static test::CliResult cli(const QStringList &arguments)
    {
        return test::runCli(arguments, 600000);
    }

    void run(const QStringList &arguments)
    {
        const test::CliResult result = cli(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(' ') + ": " + result.err));
    }

    //! The output file of `COMMAND --workspace WS --level LEVEL [extra]`, or the error text.
    QByteArray output(const QString &command, const QString &workspace, const QString &level,
                      const QStringList &extra = {})
    {
        static int serial = 0;
        const QString out = mDir.filePath(QStringLiteral("out-%1.csv").arg(++serial));
        const test::CliResult result =
            cli(QStringList{command, QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--level"), level, QStringLiteral("--out"), out} +
                extra);
        if (result.exitCode != 0)
            return "FAILED " + QByteArray::number(result.exitCode) + ' ' + result.err.toUtf8();
        return readAll(out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mServer = test::pgTestLocation(QStringLiteral("limited"));
        QVERIFY(!mServer.isEmpty());
        mSchema = workspace::parsePgLocation(mServer).schema;
        const QString demo = mDir.filePath(QStringLiteral("demostad"));
        const QString other = mDir.filePath(QStringLiteral("tweestad"));
        run({QStringLiteral("demo"), QStringLiteral("--out"), demo});
        QVERIFY(writeTweestad(demo, other));
        run({QStringLiteral("import"), QStringLiteral("--workspace"), mServer, demo, other});
        // Everything else that can carry a gemeente: a focus on both, stored weights of both
        // (at gemeente level both are islands), the memo basket with a signal and an opening
        // naming Tweestad, and a crosswalk with a pair inside and a pair across the border.
        run({QStringLiteral("focus"), QStringLiteral("--workspace"), mServer,
             QStringLiteral("GM9999"), QStringLiteral("GM9998")});
        for (const QString &level : {QStringLiteral("buurt"), QStringLiteral("gemeente")})
            run({QStringLiteral("weights"), QStringLiteral("build"), QStringLiteral("--workspace"),
                 mServer, QStringLiteral("--level"), level, QStringLiteral("--vintage"),
                 QStringLiteral("2020"), QStringLiteral("--method"), QStringLiteral("queen")});
        QString error;
        {
            auto admin = Workspace::open(mServer, Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(admin, qPrintable(error));
            workspace::MemoBasket basket;
            basket.entries = {{QStringLiteral("WK999901"), QStringLiteral("inwoners")},
                              {QStringLiteral("WK999801"), QStringLiteral("inwoners")}};
            basket.opening = QStringLiteral("Demostad en Tweestad vergeleken.");
            QVERIFY2(workspace::writeMemoBasket(*admin, basket, &error), qPrintable(error));
            // Years nothing has (1990 -> 1991): the crosswalk is stored, never applied.
            QVERIFY2(workspace::sql::exec(
                         admin->handle(),
                         "BEGIN; INSERT INTO crosswalks (crosswalk_id, from_year, to_year, method, "
                         "imported_at, pair_count) VALUES ('test-1990-1991', 1990, 1991, "
                         "'addresses', '2025-01-01T00:00:00Z', 3); INSERT INTO crosswalk_weights "
                         "SELECT id, f, t, 1 FROM crosswalks, (VALUES ('WK999901', 'WK999901'), "
                         "('WK999801', 'WK999801'), ('WK999902', 'WK999802')) AS p (f, t) WHERE "
                         "crosswalk_id = 'test-1990-1991'; COMMIT",
                         &error),
                     qPrintable(error));
        }
        mLimited = limitedRoleLocation(mServer, QStringLiteral("l_"), &error);
        QVERIFY2(!mLimited.isEmpty(), qPrintable(error));
        QVERIFY(mLimited != mServer);
    }

    void noTableOrViewNamesTheOtherGemeente()
    {
        QString error;
        int relations = 0;
        // The superuser sees Tweestad in every place the fixture put it: the scan can find it.
        {
            auto admin = Workspace::open(mServer, Workspace::OpenMode::ReadOnly, &error);
            QVERIFY2(admin, qPrintable(error));
            QStringList refused;
            const QStringList seen = relationNames(leaksOf(*admin, mSchema, &relations, &refused));
            QCOMPARE(refused, QStringList());
            for (const char *expected :
                 {"buurten", "crosswalk_weights", "extracts", "gemeenten", "observation_values",
                  "region_keys", "regions", "spatial_weight_regions", "spatial_weights", "wijken",
                  "wm_memo_basket", "wm_memo_text", "wm_meta"})
                QVERIFY2(seen.contains(QLatin1String(expected)),
                         qPrintable(QStringLiteral("%1 not in %2")
                                        .arg(QLatin1String(expected), seen.join(", "))));
        }
        QVERIFY2(relations >= 18, qPrintable(QString::number(relations)));
        auto limited = Workspace::open(mLimited, Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(limited, qPrintable(error));
        int limitedRelations = 0;
        QStringList refused;
        const QStringList leaks = leaksOf(*limited, mSchema, &limitedRelations, &refused);
        QCOMPARE(limitedRelations, relations);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
        // observations is partitioned, one partition per indicator: row-level security
        // applies through observations only, so the role may read no partition itself.
        QCOMPARE(refused.join(','), partitionsOf(*limited).join(','));
        QVERIFY2(refused.size() >= 5, qPrintable(refused.join(',')));
        // … and it is not blind: its own gemeente is all there.
        QCOMPARE(workspace::sql::scalarText(limited->handle(),
                                            "SELECT string_agg(DISTINCT substr(code, 1, 6), ',') "
                                            "FROM regions"),
                 QStringLiteral("BU9999,GM9999,WK9999"));
        QCOMPARE(workspace::sql::scalarText(
                     limited->handle(), "SELECT count(*) > 0 FROM observation_values WHERE region "
                                        "LIKE 'BU9999%'"),
                 QStringLiteral("t"));
        // Every table but a partition has row-level security (a table without it is
        // readable whole).
        QCOMPARE(workspace::sql::scalarText(
                     limited->handle(),
                     QStringLiteral("SELECT string_agg(c.relname, ',') FROM pg_class c JOIN "
                                    "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                    "'%1' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity "
                                    "AND NOT c.relispartition")
                         .arg(mSchema)
                         .toUtf8()),
                 QString());
    }

    void noCommandNamesTheOtherGemeente()
    {
        // The same command as the superuser names Tweestad: the check can fail.
        const QString all = mDir.filePath(QStringLiteral("all.csv"));
        run({QStringLiteral("values"), QStringLiteral("--workspace"), mServer,
             QStringLiteral("--level"), QStringLiteral("wijk"), QStringLiteral("--out"), all});
        QCOMPARE(leakIn(QString::fromUtf8(readAll(all))), QStringLiteral("WK9998"));

        struct Output
        {
            QStringList arguments;
            QString file; //!< empty: its standard output
            bool pdf = false;
        };
        const auto out = [this](const char *name) { return mDir.filePath(QLatin1String(name)); };
        const QString ws = QStringLiteral("--workspace");
        std::vector<Output> outputs{
            {{QStringLiteral("info"), ws, mLimited}, {}},
            {{QStringLiteral("focus"), ws, mLimited}, {}},
            {{QStringLiteral("weights"), QStringLiteral("list"), ws, mLimited}, {}}};
        for (const char *command : {"values", "trends", "signals"})
            for (const char *level : {"buurt", "wijk", "gemeente"}) {
                const QString file = mDir.filePath(
                    QStringLiteral("%1-%2.csv").arg(QLatin1String(command), QLatin1String(level)));
                outputs.push_back({{QLatin1String(command), ws, mLimited, QStringLiteral("--level"),
                                    QLatin1String(level), QStringLiteral("--out"), file},
                                   file});
            }
        for (const char *file : {"export.csv", "export.gpkg"})
            outputs.push_back({{QStringLiteral("export"), ws, mLimited, QStringLiteral("--level"),
                                QStringLiteral("buurt"), QStringLiteral("--out"), out(file)},
                               out(file)});
        outputs.push_back({{QStringLiteral("spatial"), ws, mLimited, QStringLiteral("--level"),
                            QStringLiteral("buurt"), QStringLiteral("--indicator"),
                            QStringLiteral("bijstand_per_1000"), QStringLiteral("--period"),
                            QStringLiteral("2023"), QStringLiteral("--weights"),
                            QStringLiteral("queen"), QStringLiteral("--out"), out("spatial.csv")},
                           out("spatial.csv")});
        // The map with every region's name on it (its boundaries come through GDAL's
        // PostgreSQL driver, maps/read_only_vector.cpp).
        outputs.push_back({{QStringLiteral("map"), ws, mLimited, QStringLiteral("--indicator"),
                            QStringLiteral("pct_laag_inkomen"), QStringLiteral("--period"),
                            QStringLiteral("2024"), QStringLiteral("--labels"),
                            QStringLiteral("name"), QStringLiteral("--out"), out("map.pdf")},
                           out("map.pdf"),
                           true});
        outputs.push_back({{QStringLiteral("memo"), ws, mLimited, QStringLiteral("--basket"),
                            QStringLiteral("--out"), out("memo.pdf")},
                           out("memo.pdf"),
                           true});
        outputs.push_back({{QStringLiteral("report"), ws, mLimited, QStringLiteral("--all"),
                            QStringLiteral("--out"), out("report.pdf")},
                           out("report.pdf"),
                           true});
        for (const Output &output : outputs) {
            const test::CliResult result = cli(output.arguments);
            const QString what = output.arguments.mid(0, 2).join(' ');
            QVERIFY2(result.exitCode == 0, qPrintable(what + ": " + result.err));
            QString text = result.out + result.err;
            if (!output.file.isEmpty())
                text += output.pdf ? test::pdfText(output.file)
                                   : QString::fromUtf8(readAll(output.file));
            QVERIFY2(leakIn(text).isEmpty(),
                     qPrintable(what + QStringLiteral(" names ") + leakIn(text)));
            // Not empty either: Demostad's own regions are in it (info names its extract).
            if (!output.file.isEmpty() || output.arguments.first() == QLatin1String("info"))
                QVERIFY2(text.contains(QLatin1String("9999")) ||
                             text.contains(QLatin1String("Demostad"), Qt::CaseInsensitive),
                         qPrintable(what + ": " + text.left(400)));
        }
    }

    void pullsWhatItSeesFromAnExtractNamingAnotherGemeente()
    {
        // A regional delivery whose manifest names Tweestad holds Demostad's values: the
        // limited role reads the values but not the extract (row-level security on
        // extracts). Its pull records them under a stand-in extract that names neither the
        // extract nor Tweestad, and the copy has the figures the role gets from the server.
        const QString demo = mDir.filePath(QStringLiteral("demostad"));
        const QString regional = mDir.filePath(QStringLiteral("regional"));
        QVERIFY(QDir().mkpath(regional));
        for (const char *name : {"regions.geojson", "indicators.csv", "observations.csv"})
            QVERIFY(QFile::copy(demo + QLatin1Char('/') + QLatin1String(name),
                                regional + QLatin1Char('/') + QLatin1String(name)));
        QJsonObject manifest = QJsonDocument::fromJson(readAll(demo + "/manifest.json")).object();
        manifest.remove(QStringLiteral("files"));
        manifest[QStringLiteral("extract_id")] = QStringLiteral("tweestad-regio-2025-001");
        manifest[QStringLiteral("publisher")] = QStringLiteral("Regio Tweestad");
        manifest[QStringLiteral("municipality")] =
            QJsonObject{{QStringLiteral("code"), QStringLiteral("GM9998")},
                        {QStringLiteral("name"), QStringLiteral("Tweestad")}};
        QVERIFY(writeJson(regional + "/manifest.json", manifest));
        const QString server = test::pgTestLocation(QStringLiteral("limited_pull"));
        run({QStringLiteral("import"), QStringLiteral("--workspace"), server, regional});
        QString error;
        const QString limited = limitedRoleLocation(server, QStringLiteral("lp_"), &error);
        QVERIFY2(!limited.isEmpty(), qPrintable(error));
        {
            auto seen = Workspace::open(limited, Workspace::OpenMode::ReadOnly, &error);
            QVERIFY2(seen, qPrintable(error));
            QVERIFY(seen->extracts().empty()); // the premise: the extract is hidden
            QVERIFY(seen->observationCount() > 0);
        }
        for (const QStringList &gemeenten :
             {QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM9999")}, QStringList{}}) {
            const QString laptop =
                mDir.filePath(QStringLiteral("laptop-%1.gpkg").arg(gemeenten.size()));
            const test::CliResult pulled =
                cli(QStringList{QStringLiteral("pull"), QStringLiteral("--from"), limited,
                                QStringLiteral("--to"), laptop} +
                    gemeenten);
            QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
            QVERIFY2(leakIn(pulled.out + pulled.err).isEmpty(), qPrintable(pulled.out));
            // Nothing of the hidden extract or Tweestad in the file, byte for byte.
            const QByteArray bytes = readAll(laptop).toLower();
            QVERIFY(!bytes.isEmpty());
            for (const char *word : {"tweestad", "gm9998", "regio tweestad"})
                QVERIFY2(!bytes.contains(word), word);
            const test::CliResult info =
                cli({QStringLiteral("info"), QStringLiteral("--workspace"), laptop});
            QVERIFY2(info.exitCode == 0, qPrintable(info.err));
            QVERIFY2(info.out.contains(QLatin1String("pulled-extract-not-readable")),
                     qPrintable(info.out));
            // Offline, the same figures as the role gets from the server.
            for (const QString &level : {QStringLiteral("buurt"), QStringLiteral("wijk")})
                for (const QString &command : {QStringLiteral("values"), QStringLiteral("trends"),
                                               QStringLiteral("signals")}) {
                    const QByteArray online = output(command, limited, level);
                    QVERIFY2(!online.startsWith("FAILED"), online.constData());
                    if (command != QLatin1String("signals"))
                        QVERIFY(online.count('\n') > 1);
                    QVERIFY2(output(command, laptop, level) == online,
                             qPrintable(command + QLatin1Char(' ') + level));
                }
        }
        // Another regional delivery it may not read brings values of its regions: its window
        // notices (workspace::readRevision, the window's check for new imports).
        const QString before = workspace::readRevision(limited, &error);
        QVERIFY2(!before.isEmpty(), qPrintable(error));
        manifest[QStringLiteral("extract_id")] = QStringLiteral("tweestad-regio-2025-002");
        QVERIFY(writeJson(regional + "/manifest.json", manifest));
        run({QStringLiteral("import"), QStringLiteral("--workspace"), server, regional});
        const QString after = workspace::readRevision(limited, &error);
        QVERIFY2(!after.isEmpty(), qPrintable(error));
        QVERIFY2(after != before, qPrintable(after));
        auto seen = Workspace::open(limited, Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(seen, qPrintable(error));
        QVERIFY(seen->extracts().empty());
    }

    void aDivisionAcrossTheBorderDoesNotLeak()
    {
        // A crosswalk 2015 -> 2020 of both gemeenten's buurten (area overlay: within each
        // gemeente) and two pairs across the border, one each way. The limited role sees the
        // pairs inside Demostad only; its figures on the 2020 division name nothing of
        // Tweestad. What differs from an unlimited role's is docs/team-workspace.md's.
        run({QStringLiteral("crosswalk"), QStringLiteral("derive"), QStringLiteral("--workspace"),
             mServer, QStringLiteral("--from-year"), QStringLiteral("2015"),
             QStringLiteral("--to-year"), QStringLiteral("2020"), QStringLiteral("--weights"),
             QStringLiteral("area")});
        QString error;
        {
            auto admin = Workspace::open(mServer, Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(admin, qPrintable(error));
            QVERIFY2(
                workspace::sql::exec(
                    admin->handle(),
                    "INSERT INTO crosswalk_weights SELECT c.id, f, t, 0.5 FROM crosswalks c, "
                    "(SELECT min(code) FROM regions WHERE level = 'buurt' AND vintage = 2015 AND "
                    "code LIKE 'BU9999%') a (f), (SELECT min(code) FROM regions WHERE "
                    "level = 'buurt' AND vintage = 2020 AND code LIKE 'BU9998%') b (t) WHERE "
                    "c.from_year = 2015 AND c.to_year = 2020 UNION ALL SELECT c.id, f, t, "
                    "0.5 FROM crosswalks c, (SELECT min(code) FROM regions WHERE level = 'buurt' "
                    "AND vintage = 2015 AND code LIKE 'BU9998%') a (f), (SELECT min(code) "
                    "FROM regions WHERE level = 'buurt' AND vintage = 2020 AND code LIKE "
                    "'BU9999%') b (t) WHERE c.from_year = 2015 AND c.to_year = 2020",
                    &error),
                qPrintable(error));
            QCOMPARE(workspace::sql::scalarText(
                         admin->handle(),
                         "SELECT count(*) FROM crosswalk_weights w JOIN crosswalks c ON c.id = "
                         "w.crosswalk_key WHERE c.from_year = 2015 AND left(w.from_code, 6) <> "
                         "left(w.to_code, 6)"),
                     QStringLiteral("2"));
        }
        const QStringList division{QStringLiteral("--division"), QStringLiteral("2020")};
        int differing = 0;
        int compared = 0;
        int missing = 0;
        QSet<QString> regions; // where they differ
        for (const QString &level : {QStringLiteral("buurt"), QStringLiteral("wijk")}) {
            const QByteArray all = output(QStringLiteral("values"), mServer, level, division);
            QVERIFY2(!all.startsWith("FAILED"), all.constData());
            QVERIFY2(!leakIn(QString::fromUtf8(all)).isEmpty(), "the check can fail");
            for (const QString &command :
                 {QStringLiteral("values"), QStringLiteral("trends"), QStringLiteral("signals")}) {
                const QByteArray mine = output(command, mLimited, level, division);
                QVERIFY2(!mine.startsWith("FAILED"), mine.constData());
                QVERIFY2(leakIn(QString::fromUtf8(mine)).isEmpty(),
                         qPrintable(command + QStringLiteral(" names ") +
                                    leakIn(QString::fromUtf8(mine))));
                if (command == QLatin1String("values")) {
                    QVERIFY(mine.contains("9999"));
                    // Demostad's figures as the unlimited role has them, for the record:
                    // region, indicator, period -> value, status, source.
                    const auto figures = [](const QByteArray &csv) {
                        QHash<QString, QString> result;
                        for (const QByteArray &line : csv.split('\n')) {
                            const QStringList f = QString::fromUtf8(line).split(',');
                            if (f.size() >= 8 && f.at(0).contains(QLatin1String("9999")))
                                result.insert(f.at(0) + ' ' + f.at(3) + ' ' + f.at(4),
                                              f.mid(5, 3).join(','));
                        }
                        return result;
                    };
                    const QHash<QString, QString> unlimited = figures(all);
                    const QHash<QString, QString> limited = figures(mine);
                    compared += limited.size();
                    for (auto it = limited.begin(); it != limited.end(); ++it)
                        if (unlimited.value(it.key()) != it.value()) {
                            ++differing;
                            regions.insert(it.key().section(' ', 0, 0));
                        }
                    missing += int(unlimited.size()) - int(limited.size());
                }
            }
        }
        qInfo("values --division 2020 (buurt, wijk): %d of the limited role's %d Demostad figures "
              "differ from the unlimited role's (in %s); the unlimited role has %d more",
              differing, compared, qPrintable(QStringList(regions.values()).join(' ')), missing);
    }
};

QTEST_GUILESS_MAIN(TestPgLimitedRole)
#include "test_pg_limited_role.moc"
