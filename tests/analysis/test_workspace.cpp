// The workspace GeoPackage: creation, the write transaction, reading back, GDAL's view of
// the file, read-only files, newer and older schema versions.
#include "import/import_transaction.h"
#include "model_fixture.h"
#include "test_workspace_location.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace wijk;

namespace {
using test::region;
using test::squareWkb;

Indicator indicator(const QString &code, IndicatorKind kind)
{
    Indicator i;
    i.code = code;
    i.name = code;
    i.theme = QStringLiteral("Bevolking");
    i.unit = QStringLiteral("count");
    i.kind = kind;
    return i;
}

//! Writes two regions, one indicator and values for 2023 and 2024 from extract `id`.
void fill(
    workspace::Workspace &workspace, const QString &id, const QString &created, double base,
    import::ImportTransaction::PutResult expected = import::ImportTransaction::PutResult::Written)
{
    QString error;
    auto tx = import::ImportTransaction::begin(workspace, &error);
    QVERIFY2(tx, qPrintable(error));
    const qint64 key = tx->recordExtract(test::extractInfo(id, created));
    QVERIFY(key > 0);
    QVERIFY(tx->putIndicator(indicator(QStringLiteral("inwoners"), IndicatorKind::Count)) > 0);
    QVERIFY2(tx->putRegion(region(QStringLiteral("GM0402"), RegionLevel::Gemeente, {}, 2024),
                           squareWkb(140000, 460000, 2000), &error),
             qPrintable(error));
    QVERIFY2(tx->putRegion(region(QStringLiteral("WK040201"), RegionLevel::Wijk,
                                  QStringLiteral("GM0402"), 2024),
                           squareWkb(140000, 460000, 1000), &error),
             qPrintable(error));
    for (int period : {2023, 2024}) {
        QCOMPARE(tx->putObservation(QStringLiteral("WK040201"), QStringLiteral("inwoners"), period,
                                    base + period, ValueStatus::Final, id),
                 expected);
    }
    QVERIFY2(tx->commit(&error), qPrintable(error));
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString file(const QString &name) const { return mDir.filePath(name); }
    //! For the cases that hold on both back-ends (test_workspace_location.h).
    QString location(const QString &name) const { return test::workspaceLocation(mDir, name); }

    //! Makes a file unwritable for this user, and writable again when destroyed. Root ignores
    //! permission bits; an immutable file is not writable even for root.
    struct Unwritable
    {
        QString path;
        bool make(const QString &file)
        {
            if (geteuid() != 0)
                return QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup);
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file}) != 0)
                return false;
            path = file;
            return true;
        }
        ~Unwritable()
        {
            if (!path.isEmpty())
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        }
    };

    //! The files an import killed in the middle of its writing leaves: `name` holds part of
    //! the new pages, `name`-journal (hot) the old ones. Made from a filled workspace by a
    //! transaction whose small cache spills pages into the file, copied while it is open.
    //! Returns the SHA-256 of the file as it was before that transaction.
    QByteArray interruptedImport(const QString &name)
    {
        const QString source = file(name + QStringLiteral(".source"));
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                source, workspace::Workspace::OpenMode::ReadWrite, &openError);
            if (!workspace) {
                QTest::qFail(qPrintable(openError), __FILE__, __LINE__);
                return QByteArray();
            }
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        }
        const QByteArray before = sha256(source);
        sqlite3 *db = nullptr;
        sqlite3_open(source.toUtf8().constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 10; BEGIN IMMEDIATE; "
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                     "200000) INSERT INTO observations (indicator_id, region_id, period, value, "
                     "extract_key) SELECT 9, i, 2020, i * 0.5, 1 FROM n;",
                     nullptr, nullptr, nullptr);
        QFile::remove(file(name));
        QFile::remove(file(name) + QStringLiteral("-journal"));
        QFile::copy(source, file(name));
        QFile::copy(source + QStringLiteral("-journal"), file(name) + QStringLiteral("-journal"));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return before;
    }

    static QByteArray sha256(const QString &path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(mDir.isValid());
    }

    void createsAGeoPackage()
    {
        WIJK_FILE_BACKEND_ONLY("the GeoPackage header and page size");
        QString error;
        auto workspace = workspace::Workspace::open(
            file("new.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(!workspace->isReadOnly());
        QCOMPARE(workspace->name(), QStringLiteral("new"));
        QCOMPARE(
            workspace::sql::scalarText(workspace->handle(), "PRAGMA application_id").toLongLong(),
            0x47504B47LL);
        QCOMPARE(workspace::sql::scalarText(workspace->handle(), "PRAGMA user_version").toInt(),
                 10200);
        QCOMPARE(workspace::sql::scalarText(workspace->handle(), "PRAGMA page_size").toInt(),
                 16384);
        QVERIFY(workspace::sql::scalarText(workspace->handle(),
                                           "SELECT definition FROM "
                                           "gpkg_spatial_ref_sys WHERE srs_id = 28992")
                    .contains(QStringLiteral("Amersfoort")));
        QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
    }

    void readOnlyRequestIsRefusedWhenAbsent()
    {
        QString error;
        QVERIFY(!workspace::Workspace::open(location("absent.gpkg"),
                                            workspace::Workspace::OpenMode::ReadOnly, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }

    void writesAndReadsBack()
    {
        QString error;
        auto workspace = workspace::Workspace::open(
            location("rw.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
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
        QCOMPARE(observations[0].value, 2023.0);
        QCOMPARE(observations[0].extractId, QStringLiteral("a"));
        QCOMPARE(workspace->extracts().front().observationCount, 2);
        QVERIFY(!workspace->regionGeometryWkb(QStringLiteral("GM0402"), 2024).isEmpty());
    }

    void laterExtractSupersedesAndDuplicatesAreReported()
    {
        QString error;
        auto workspace = workspace::Workspace::open(
            location("sup.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        fill(*workspace, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
        fill(*workspace, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 1000);
        auto observations = workspace->observations();
        QCOMPARE(observations[0].value, 3023.0);
        QCOMPARE(observations[0].extractId, QStringLiteral("new"));
        // An older extract imported afterwards does not overwrite newer values.
        fill(*workspace, QStringLiteral("older"), QStringLiteral("2023-01-01T00:00:00Z"), 5000,
             import::ImportTransaction::PutResult::KeptNewer);
        observations = workspace->observations();
        QCOMPARE(observations[0].extractId, QStringLiteral("new"));
        // Superseding and kept values add nothing to the summary.
        QCOMPARE(workspace->observationCount(), 2);
        QCOMPARE(workspace->periods(), (std::vector<int>{2023, 2024}));
        QStringList summary;
        workspace::sql::Statement rows(workspace->handle(),
                                       "SELECT period || ':' || observations FROM "
                                       "observation_summary ORDER BY period");
        while (rows.step() == workspace::sql::Step::Row)
            summary << rows.text(0);
        QCOMPARE(summary.join(QLatin1Char(',')), QStringLiteral("2023:1,2024:1"));

        auto tx = import::ImportTransaction::begin(*workspace, &error);
        const qint64 key = tx->recordExtract(test::extractInfo("dup", "2026-01-01T00:00:00Z"));
        const qint64 region = tx->regionKey(QStringLiteral("WK040201"));
        const qint64 ind = tx->indicatorKey(QStringLiteral("inwoners"));
        QCOMPARE(tx->putObservation(region, ind, 2030, 1, ValueStatus::Final, key),
                 import::ImportTransaction::PutResult::Written);
        QCOMPARE(tx->putObservation(region, ind, 2030, 2, ValueStatus::Final, key),
                 import::ImportTransaction::PutResult::Duplicate);
    }

    void uncommittedTransactionRollsBack()
    {
        QString error;
        auto workspace = workspace::Workspace::open(
            location("rb.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        {
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            tx->recordExtract(test::extractInfo("x", "2025-01-01T00:00:00Z"));
            tx->putIndicator(indicator(QStringLiteral("a"), IndicatorKind::Count));
        }
        QVERIFY(workspace->extracts().empty());
        QVERIFY(workspace->indicators().empty());
    }

    void invalidGeometryIsRefused()
    {
        QString error;
        auto workspace = workspace::Workspace::open(
            location("geom.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        auto tx = import::ImportTransaction::begin(*workspace, &error);
        OGRPolygon bowtie;
        OGRLinearRing ring;
        ring.addPoint(0, 0);
        ring.addPoint(10, 10);
        ring.addPoint(10, 0);
        ring.addPoint(0, 10);
        ring.addPoint(0, 0);
        bowtie.addRing(&ring);
        QByteArray wkb(bowtie.WkbSize(), 0);
        bowtie.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
        QVERIFY(!tx->putRegion(region("GM0001", RegionLevel::Gemeente, {}, 2024), wkb, &error));
        QVERIFY2(error.contains(QStringLiteral("invalid")), qPrintable(error));
    }

    void gdalListsTheLayers()
    {
        WIJK_FILE_BACKEND_ONLY("GDAL reading the .gpkg");
        QString error;
        {
            auto workspace = workspace::Workspace::open(
                file("ogr.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        }
        CPLErrorReset();
        GDALDatasetH dataset =
            GDALOpenEx(file("ogr.gpkg").toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                       nullptr, nullptr, nullptr);
        QVERIFY(dataset);
        QCOMPARE(CPLGetLastErrorType(), CE_None);
        QStringList names;
        for (int i = 0; i < GDALDatasetGetLayerCount(dataset); ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, i)));
        for (const char *expected : {"regions", "gemeenten", "wijken", "buurten", "indicators",
                                     "extracts", "observation_values"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), qPrintable(names.join(',')));
        OGRLayerH wijken = GDALDatasetGetLayerByName(dataset, "wijken");
        QCOMPARE(OGR_L_GetFeatureCount(wijken, TRUE), GIntBig(1));
        QCOMPARE(OGR_L_GetGeomType(wijken), wkbMultiPolygon);
        OGRFeatureH feature = OGR_L_GetNextFeature(wijken);
        QVERIFY(feature);
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        QVERIFY(geometry);
        QCOMPARE(OGR_G_Area(geometry), 1e6);
        OGR_F_Destroy(feature);
        QCOMPARE(
            OGR_L_GetFeatureCount(GDALDatasetGetLayerByName(dataset, "observation_values"), TRUE),
            GIntBig(2));
        GDALClose(dataset);
    }

    void ogrinfoOpensWithoutComplaint()
    {
        WIJK_FILE_BACKEND_ONLY("ogrinfo on the .gpkg");
        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
            QSKIP("ogrinfo is not installed");
        QProcess ogrinfo;
        ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), file("ogr.gpkg")});
        QVERIFY(ogrinfo.waitForFinished(60000));
        const QString out = QString::fromUtf8(ogrinfo.readAllStandardOutput());
        const QString err = QString::fromUtf8(ogrinfo.readAllStandardError());
        QCOMPARE(ogrinfo.exitCode(), 0);
        QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("wijken (Multi Polygon)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("observation_values")), qPrintable(out));
    }

    void readOnlyFileOpensReadOnly()
    {
        WIJK_FILE_BACKEND_ONLY("file permissions");
        QString error;
        const QString path = file("ro.gpkg");
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                path, workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        }
        Unwritable guard;
        if (!guard.make(path))
            QSKIP("running as root and chattr +i is not available");
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->isReadOnly());
        QVERIFY2(workspace->readOnlyReason().contains(QStringLiteral("write permission")),
                 qPrintable(workspace->readOnlyReason()));
        QCOMPARE(int(workspace->observations().size()), 2);
        QVERIFY(!import::ImportTransaction::begin(*workspace, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }

    void explicitReadOnlyRefusesWrites()
    {
        QString error;
        auto workspace = workspace::Workspace::open(
            location("rw.gpkg"), workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY(workspace && workspace->isReadOnly());
        QVERIFY(!import::ImportTransaction::begin(*workspace, &error));
    }

    void newerSchemaIsRefused()
    {
        QString error;
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                location("newer.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            QVERIFY2(
                workspace::sql::exec(workspace->handle(),
                                     "UPDATE wm_meta SET value = '99' WHERE key = 'schema_version'",
                                     &openError),
                qPrintable(openError));
        }
        QVERIFY(!workspace::Workspace::open(location("newer.gpkg"),
                                            workspace::Workspace::OpenMode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(QStringLiteral("99")),
                 qPrintable(error));
    }

    void olderSchemaIsMigrated()
    {
        WIJK_FILE_BACKEND_ONLY("migrating an older file; team workspaces start at version 7");
        QString error;
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                file("v1.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
            // Turn it into a schema version 1 file: version 2 added observation_values,
            // version 3 observation_summary, version 4 indicators.min_reliable_n,
            // version 5 the crosswalk tables.
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DROP TABLE crosswalks; DROP TABLE crosswalk_weights; "
                         "DELETE FROM gpkg_contents WHERE table_name LIKE 'crosswalk%'; "
                         "DROP VIEW observation_values; DELETE FROM gpkg_contents WHERE "
                         "table_name = 'observation_values'; DROP TABLE observation_summary; "
                         "DROP TABLE spatial_weights; DROP TABLE spatial_weight_regions; "
                         "DROP TABLE spatial_weight_links; DELETE FROM gpkg_contents "
                         "WHERE table_name = 'spatial_weights'; "
                         "ALTER TABLE indicators DROP COLUMN min_reliable_n; "
                         "UPDATE wm_meta SET value = '1' WHERE key = 'schema_version'",
                         &openError),
                     qPrintable(openError));
        }
        auto workspace = workspace::Workspace::open(
            file("v1.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
        QCOMPARE(workspace::sql::scalarText(
                     workspace->handle(), "SELECT value FROM wm_meta WHERE key = 'schema_version'"),
                 QString::number(workspace::Workspace::kSchemaVersion));
        QCOMPARE(workspace::sql::scalarText(workspace->handle(), "SELECT count(*) FROM crosswalks"),
                 QStringLiteral("0"));
        QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                            "SELECT count(*) FROM observation_values"),
                 QStringLiteral("2"));
        QCOMPARE(workspace->observationCount(), 2);
    }

    void version2IsMigratedWithItsSummary()
    {
        WIJK_FILE_BACKEND_ONLY("migrating an older file; team workspaces start at version 7");
        QString error;
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                file("v2.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("old"), QStringLiteral("2024-01-01T00:00:00Z"), 0);
            fill(*workspace, QStringLiteral("new"), QStringLiteral("2025-01-01T00:00:00Z"), 9);
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            const qint64 key = tx->recordExtract(test::extractInfo("more", "2025-02-01T00:00:00Z"));
            tx->putIndicator(indicator(QStringLiteral("banen"), IndicatorKind::Count));
            for (int period : {2019, 2023})
                QCOMPARE(tx->putObservation(tx->regionKey(QStringLiteral("WK040201")),
                                            tx->indicatorKey(QStringLiteral("banen")), period, 1,
                                            ValueStatus::Final, key),
                         import::ImportTransaction::PutResult::Written);
            QVERIFY(tx->commit(&error));
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DROP TABLE crosswalks; DROP TABLE crosswalk_weights; DELETE FROM "
                         "gpkg_contents "
                         "WHERE table_name LIKE 'crosswalk%'; "
                         "DROP TABLE observation_summary; ALTER TABLE indicators DROP COLUMN "
                         "min_reliable_n; "
                         "DROP TABLE spatial_weights; DROP TABLE spatial_weight_regions; "
                         "DROP TABLE spatial_weight_links; DELETE FROM gpkg_contents "
                         "WHERE table_name = 'spatial_weights'; "
                         "UPDATE wm_meta SET value = '2' "
                         "WHERE key = 'schema_version'",
                         &openError),
                     qPrintable(openError));
        }
        // Readers (the window, the CLI) ask for read-only access: a writable file of an older
        // schema is upgraded first and then opened read-only.
        auto workspace = workspace::Workspace::open(
            file("v2.gpkg"), workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->isReadOnly());
        QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
        QCOMPARE(workspace->observationCount(), 4);
        QCOMPARE(workspace->periods(), (std::vector<int>{2019, 2023, 2024}));
        QCOMPARE(workspace::sql::scalarText(
                     workspace->handle(),
                     "SELECT group_concat(x) FROM (SELECT i.code || ':' || s.period "
                     "|| ':' || s.observations AS x FROM observation_summary s JOIN "
                     "indicators i ON i.id = s.indicator_id ORDER BY i.id, s.period)"),
                 QStringLiteral("inwoners:2023:1,inwoners:2024:1,banen:2019:1,banen:2023:1"));
    }

    //! Version 4 adds the catalogue's min_reliable_n: a version 3 file gets the column, NULL
    //! (the default of the kind applies); a new import stores the given value.
    void version3IsMigratedWithMinReliableN()
    {
        WIJK_FILE_BACKEND_ONLY("migrating an older file; team workspaces start at version 7");
        QString error;
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                file("v3.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DROP TABLE crosswalks; DROP TABLE crosswalk_weights; DELETE FROM "
                         "gpkg_contents "
                         "WHERE table_name LIKE 'crosswalk%'; "
                         "ALTER TABLE indicators DROP COLUMN min_reliable_n; "
                         "DROP TABLE spatial_weights; DROP TABLE spatial_weight_regions; "
                         "DROP TABLE spatial_weight_links; DELETE FROM gpkg_contents "
                         "WHERE table_name = 'spatial_weights'; "
                         "UPDATE wm_meta SET value = '3' WHERE key = 'schema_version'",
                         &openError),
                     qPrintable(openError));
        }
        {
            auto workspace = workspace::Workspace::open(
                file("v3.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(workspace, qPrintable(error));
            QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
            for (const Indicator &indicator : workspace->indicators())
                QCOMPARE(indicator.minReliableN, -1);
            auto tx = import::ImportTransaction::begin(*workspace, &error);
            Indicator share = indicator(QStringLiteral("aandeel"), IndicatorKind::Ratio);
            share.numerator = share.denominator = QStringLiteral("inwoners");
            share.minReliableN = 250;
            QVERIFY(tx->putIndicator(share) > 0);
            QVERIFY(tx->commit(&error));
        }
        auto workspace = workspace::Workspace::open(
            file("v3.gpkg"), workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        bool found = false;
        for (const Indicator &indicator : workspace->indicators())
            if (indicator.code == QLatin1String("aandeel")) {
                QCOMPARE(indicator.minReliableN, 250);
                QCOMPARE(indicator.reliableThreshold(), 250);
                found = true;
            } else {
                QCOMPARE(indicator.reliableThreshold(),
                         indicator.kind == IndicatorKind::Ratio ||
                                 indicator.kind == IndicatorKind::Mean
                             ? Indicator::kDefaultMinReliableN
                             : 0);
            }
        QVERIFY(found);
    }

    //! Version 6 adds the spatial weights tables (empty) and lists spatial_weights as a layer.
    void version5IsMigratedWithSpatialWeights()
    {
        WIJK_FILE_BACKEND_ONLY("migrating an older file; team workspaces start at version 7");
        QString error;
        {
            auto workspace = workspace::Workspace::open(
                file("v5.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
            QVERIFY2(workspace, qPrintable(error));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DROP TABLE spatial_weights; DROP TABLE spatial_weight_regions; "
                         "DROP TABLE spatial_weight_links; DELETE FROM gpkg_contents "
                         "WHERE table_name = 'spatial_weights'; "
                         "UPDATE wm_meta SET value = '5' WHERE key = 'schema_version'",
                         &error),
                     qPrintable(error));
        }
        auto workspace = workspace::Workspace::open(
            file("v5.gpkg"), workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), workspace::Workspace::kSchemaVersion);
        QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                            "SELECT count(*) FROM spatial_weights, "
                                            "spatial_weight_regions, spatial_weight_links"),
                 QStringLiteral("0"));
        QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                            "SELECT data_type FROM gpkg_contents WHERE "
                                            "table_name = 'spatial_weights'"),
                 QStringLiteral("attributes"));
        QCOMPARE(workspace->observationCount(), 2);
    }

    void olderSchemaWithoutWritePermissionIsRefused()
    {
        WIJK_FILE_BACKEND_ONLY("file permissions");
        QString error;
        const QString path = file("v2-ro.gpkg");
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                path, workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "DROP TABLE observation_summary; UPDATE wm_meta SET value = '2' "
                         "WHERE key = 'schema_version'",
                         &openError),
                     qPrintable(openError));
        }
        Unwritable guard;
        if (!guard.make(path))
            QSKIP("running as root and chattr +i is not available");
        QVERIFY(
            !workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("older schema version 2")), qPrintable(error));
    }

    void interruptedImportIsUndoneByAReadOnlyOpen()
    {
        WIJK_FILE_BACKEND_ONLY("a hot SQLite journal");
        // What `info`, an export or the window (all read-only) meet after a crash or a
        // kill -9 while an import was writing: the journal is undone, then read.
        const QByteArray before = interruptedImport(QStringLiteral("killed.gpkg"));
        const QString path = file("killed.gpkg");
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        QVERIFY2(sha256(path) != before, "the snapshot holds no written pages");
        QString error;
        {
            auto workspace =
                workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
            QVERIFY2(workspace, qPrintable(error));
            QVERIFY(workspace->isReadOnly());
            QCOMPARE(workspace::sql::scalarText(workspace->handle(),
                                                "SELECT count(*) FROM observations"),
                     QStringLiteral("2"));
        }
        QCOMPARE(sha256(path), before);
    }

    void interruptedImportOnAnUnwritableFileIsExplained()
    {
        WIJK_FILE_BACKEND_ONLY("a hot SQLite journal");
        const QByteArray before = interruptedImport(QStringLiteral("killed-ro.gpkg"));
        const QString path = file("killed-ro.gpkg");
        Unwritable guard;
        if (!guard.make(path))
            QSKIP("running as root and chattr +i is not available");
        QString error;
        QVERIFY(
            !workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("interrupted")) &&
                     error.contains(QStringLiteral("write permission")),
                 qPrintable(error));
        QVERIFY(sha256(path) != before); // left for a user who can write it
    }

    // Issue 11: a read whose query failed returned an empty (or partial) list silently.
    void readOfADroppedTableReportsTheFailure()
    {
        WIJK_FILE_BACKEND_ONLY("a file changed behind its back with sqlite3");
        const QString path = file("dropped.gpkg");
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        QCOMPARE(int(workspace->regions().size()), 2);
        QVERIFY(workspace->readFailure().isEmpty());
        // Another program drops the table behind the workspace's back.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE regions", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(workspace->regions().empty());
        QVERIFY2(workspace->readFailure().contains(path), qPrintable(workspace->readFailure()));
        QVERIFY2(workspace->readFailure().contains(QStringLiteral("no such table: regions")),
                 qPrintable(workspace->readFailure()));
        // It stays: a caller checks it once after its reads.
        QCOMPARE(int(workspace->indicators().size()), 1);
        QVERIFY(!workspace->readFailure().isEmpty());
    }

    void readOfADamagedTableReturnsNothingRatherThanPart()
    {
        WIJK_FILE_BACKEND_ONLY("damaged file pages");
        const QString path = file("damaged.gpkg");
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                path, workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        }
        // Many observations, so that their pages reach the end of the file.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 50000) INSERT INTO observations (indicator_id, "
                              "region_id, period, value, extract_key) SELECT 1, 1, 3000 + i, "
                              "i * 0.5, 1 FROM n",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        // The last quarter of the file becomes garbage (the size and header stay).
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        QVERIFY(damaged.seek(size - size / 4));
        QVERIFY(damaged.write(QByteArray(int(size / 4), char(0x5a))) == size / 4);
        damaged.close();
        QString error;
        auto workspace =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        const auto observations = workspace->observations({QStringLiteral("inwoners")});
        QVERIFY2(!workspace->readFailure().isEmpty(),
                 qPrintable(QString::number(observations.size())));
        QVERIFY2(workspace->readFailure().contains(QStringLiteral("malformed")),
                 qPrintable(workspace->readFailure()));
        QCOMPARE(int(observations.size()), 0);
    }

    // Issue 17: a cut-off workspace was called "not a GeoPackage or SQLite file".
    void truncatedWorkspaceIsCalledDamaged_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("half") << -2; // half of the file
        QTest::newRow("one page") << 16384;
        QTest::newRow("in the header") << 60;
    }
    void truncatedWorkspaceIsCalledDamaged()
    {
        WIJK_FILE_BACKEND_ONLY("a truncated file");
        QFETCH(int, keep);
        const QString path = file("truncated.gpkg");
        QFile::remove(path);
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                path, workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            fill(*workspace, QStringLiteral("a"), QStringLiteral("2025-01-01T00:00:00Z"), 0);
        }
        const qint64 size = QFileInfo(path).size();
        const qint64 kept = keep < 0 ? size / 2 : keep;
        QVERIFY(QFile::resize(path, kept));
        for (const auto mode : {workspace::Workspace::OpenMode::ReadOnly,
                                workspace::Workspace::OpenMode::ReadWrite}) {
            QString error;
            QVERIFY(!workspace::Workspace::open(path, mode, &error));
            const QString expected =
                kept < 100 ? QStringLiteral("is damaged: it is truncated (only %1 bytes)").arg(kept)
                           : QStringLiteral("is damaged: it is truncated (%1 bytes, where its "
                                            "header says %2)")
                                 .arg(kept)
                                 .arg(size);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("not a workspace")), qPrintable(error));
        }
        QCOMPARE(QFileInfo(path).size(), kept); // refused, not repaired or recreated
    }

    // Issue 17: a schema_version of 'abc' was reported as "has no wm_meta table".
    void invalidSchemaVersionIsNamed()
    {
        const QString path = location("abc.gpkg");
        {
            QString openError;
            auto workspace = workspace::Workspace::open(
                path, workspace::Workspace::OpenMode::ReadWrite, &openError);
            QVERIFY2(workspace, qPrintable(openError));
            QVERIFY2(workspace::sql::exec(
                         workspace->handle(),
                         "UPDATE wm_meta SET value = 'abc' WHERE key = 'schema_version'",
                         &openError),
                     qPrintable(openError));
        }
        QString error;
        QVERIFY(
            !workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("has an invalid schema version ('abc' in wm_meta")),
                 qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("no wm_meta table")));
    }

    // Issue 17: a workspace in a folder that does not exist gave SQLite's "unable to open
    // database file".
    void missingFolderIsNamed()
    {
        WIJK_FILE_BACKEND_ONLY("a missing folder");
        const QString folder = file("no-such-folder");
        QString error;
        QVERIFY(!workspace::Workspace::open(folder + QStringLiteral("/ws.gpkg"),
                                            workspace::Workspace::OpenMode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("the folder %1 does not exist").arg(folder)),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void notAWorkspaceIsRefused()
    {
        WIJK_FILE_BACKEND_ONLY("a file that is no workspace");
        QFile text(file("text.gpkg"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, this is no database at all, just text that is long enough");
        text.close();
        QString error;
        QVERIFY(!workspace::Workspace::open(file("text.gpkg"),
                                            workspace::Workspace::OpenMode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("not a workspace")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
