#include "workspace/workspace_schema.h"

#include "workspace/gpkg_geometry.h"
#include "workspace/pg_connection.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

namespace wijk::workspace::schema {

namespace {

// GeoPackage 1.2 core tables (OGC 12-128r15, section 1.1) as GDAL writes them.
const char *kGpkgCore = R"sql(
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10200;
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
)sql";

// The workbench's own tables (schema version 1).
const char *kTablesV1 = R"sql(
CREATE TABLE wm_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);
CREATE TABLE regions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, code TEXT NOT NULL,
  name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('land','gemeente','wijk','buurt')),
  parent TEXT, vintage INTEGER NOT NULL, area_m2 REAL, UNIQUE (code, vintage));
CREATE TABLE region_keys (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE extracts (
  id INTEGER PRIMARY KEY, extract_id TEXT NOT NULL UNIQUE, format TEXT NOT NULL,
  municipality_code TEXT, municipality_name TEXT, publisher TEXT, created TEXT,
  imported_at TEXT NOT NULL, source_path TEXT, manifest TEXT,
  observation_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_en TEXT,
  theme TEXT, unit TEXT NOT NULL, kind TEXT NOT NULL, numerator TEXT, denominator TEXT,
  scale REAL NOT NULL DEFAULT 1, polarity TEXT NOT NULL DEFAULT 'neutral',
  min_n INTEGER NOT NULL DEFAULT 0, decimals INTEGER, source TEXT, definition TEXT,
  extract_key INTEGER);
CREATE TABLE observations (
  indicator_id INTEGER NOT NULL, region_id INTEGER NOT NULL, period INTEGER NOT NULL,
  value REAL, status INTEGER NOT NULL DEFAULT 0, extract_key INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, region_id, period)) WITHOUT ROWID;
CREATE VIEW gemeenten AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'gemeente';
CREATE VIEW wijken AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'wijk';
CREATE VIEW buurten AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'buurt';
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('regions', 'features', 'regions', 'All regions, every level and vintage (RD New)', 28992),
  ('gemeenten', 'features', 'gemeenten', 'Municipalities', 28992),
  ('wijken', 'features', 'wijken', 'Wijken', 28992),
  ('buurten', 'features', 'buurten', 'Buurten', 28992),
  ('indicators', 'attributes', 'indicators', 'Indicator catalogue', NULL),
  ('extracts', 'attributes', 'extracts', 'Imported extracts and their manifests', NULL);
INSERT INTO gpkg_geometry_columns VALUES
  ('regions', 'geom', 'MULTIPOLYGON', 28992, 0, 0),
  ('gemeenten', 'geom', 'MULTIPOLYGON', 28992, 0, 0),
  ('wijken', 'geom', 'MULTIPOLYGON', 28992, 0, 0),
  ('buurten', 'geom', 'MULTIPOLYGON', 28992, 0, 0);
)sql";

// Version 2: a readable view of the observations with text codes, listed as a layer.
const char *kMigrateV1ToV2 = R"sql(
CREATE VIEW observation_values AS
  SELECT r.code AS region, i.code AS indicator, o.period AS period, o.value AS value,
         CASE o.status WHEN 0 THEN 'final' WHEN 1 THEN 'provisional' WHEN 2 THEN 'estimated'
                       WHEN 3 THEN 'suppressed' WHEN 4 THEN 'missing' ELSE 'derived' END
           AS status,
         e.extract_id AS extract_id
  FROM observations o
  JOIN indicators i ON i.id = o.indicator_id
  JOIN region_keys r ON r.id = o.region_id
  JOIN extracts e ON e.id = o.extract_key;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('observation_values', 'attributes', 'observation_values',
   'Every value with region, indicator and extract codes');
)sql";

// Version 3: how many observations each indicator has per period, kept up to date by
// ImportTransaction, so that the periods and the number of values of a national workspace
// are read from a few hundred rows instead of a scan of millions.
const char *kMigrateV2ToV3 = R"sql(
CREATE TABLE observation_summary (
  indicator_id INTEGER NOT NULL, period INTEGER NOT NULL, observations INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, period)) WITHOUT ROWID;
INSERT INTO observation_summary (indicator_id, period, observations)
  SELECT indicator_id, period, count(*) FROM observations GROUP BY indicator_id, period;
)sql";

// Version 4: the catalogue's reliability threshold (min_reliable_n); NULL: not given, the
// default of its kind applies (Indicator::reliableThreshold()).
const char *kMigrateV3ToV4 = R"sql(
ALTER TABLE indicators ADD COLUMN min_reliable_n INTEGER;
)sql";

// Version 5: crosswalks between two divisions (shared/docs/crosswalk.md, docs/crosswalk.md):
// one row per imported or derived crosswalk, its (from, to) weights in crosswalk_weights.
// One crosswalk per pair of years: a new one for the same years replaces the old one.
const char *kMigrateV4ToV5 = R"sql(
CREATE TABLE crosswalks (
  id INTEGER PRIMARY KEY, crosswalk_id TEXT NOT NULL UNIQUE, from_year INTEGER NOT NULL,
  to_year INTEGER NOT NULL, method TEXT NOT NULL, source_path TEXT, sha256 TEXT,
  imported_at TEXT NOT NULL, pair_count INTEGER NOT NULL,
  ignored_rows INTEGER NOT NULL DEFAULT 0, UNIQUE (from_year, to_year));
CREATE TABLE crosswalk_weights (
  crosswalk_key INTEGER NOT NULL, from_code TEXT NOT NULL, to_code TEXT NOT NULL,
  weight REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (crosswalk_key, from_code, to_code)) WITHOUT ROWID;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('crosswalks', 'attributes', 'crosswalks', 'Crosswalks between divisions'),
  ('crosswalk_weights', 'attributes', 'crosswalk_weights',
   'What a region of one division shares with a region of another');
)sql";

// Version 6: spatial weights of one level and one division with how they were made
// (docs/workspace.md, "Spatial weights"; written by workspace/weights_table.h). Regions
// are listed by position so that islands (no links) are kept and reported too.
const char *kMigrateV5ToV6 = R"sql(
CREATE TABLE spatial_weights (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  level TEXT NOT NULL CHECK (level IN ('gemeente','wijk','buurt')),
  vintage INTEGER NOT NULL, method TEXT NOT NULL CHECK (method IN ('queen','rook','knn','gal')),
  k INTEGER, transform TEXT NOT NULL DEFAULT 'W' CHECK (transform IN ('B','W')),
  source TEXT, regions INTEGER NOT NULL, links INTEGER NOT NULL,
  islands TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
CREATE TABLE spatial_weight_regions (
  weights_id INTEGER NOT NULL, position INTEGER NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (weights_id, position)) WITHOUT ROWID;
CREATE TABLE spatial_weight_links (
  weights_id INTEGER NOT NULL, region INTEGER NOT NULL, neighbour INTEGER NOT NULL,
  PRIMARY KEY (weights_id, region, neighbour)) WITHOUT ROWID;
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('spatial_weights', 'attributes', 'spatial_weights',
   'Spatial weights: level, division, method, transform, islands');
)sql";

// Version 7: the memo basket (issue 13): the signals an analyst chose for the council memo, in
// order, and the memo's own words (opening paragraph, theme). Self-contained: two new tables (IF
// NOT EXISTS: a file whose version was set back, as the migration tests do, has them).
const char *kMigrateV6ToV7 = R"sql(
CREATE TABLE IF NOT EXISTS wm_memo_basket (
    position INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL,
    indicator_code TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS wm_memo_text (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// The same schema (version 7) on PostgreSQL with PostGIS: the same tables, columns and views,
// in PostgreSQL's types. TEXT becomes text COLLATE "C" (below) so that text compares and sorts
// byte-wise as in SQLite; ids are identities (insertion order, like SQLite's rowids); the
// geometry is a PostGIS MultiPolygon in RD New with a spatial index, and there are no gpkg_*
// tables (QGIS reads PostGIS's own geometry_columns).
// observations is partitioned by indicator, one partition per indicator, made by the import
// that brings the indicator's first values (ImportTransaction): it fills a table of its own
// without an index, builds the key once and attaches the table at the end, instead of
// maintaining one B-tree of millions row by row (docs/team-workspace.md, "Storage"). A physical
// detail of the server, not a schema version: queries go through `observations` as before, and
// a team workspace made before (one plain table) keeps working, importing as it did.
// Its columns are as narrow as their values (keys are integers, years and statuses smallints)
// and ordered so that no padding falls between them: a row takes 48 bytes on disk instead of
// 72, and the import, the key's build and every read move a third less (docs/
// team-workspace.md, "Storage"). The key (indicator, region, period) is each partition's
// PRIMARY KEY (region_id, period): one indicator per partition makes that the same key, and
// the partitions' indexes leave out the one value they all share (16 bytes an entry instead
// of 24; their build at the end of an import is a third shorter). Made before, a team
// workspace keeps its bigint columns and its key on `observations`; the import writes each
// table's own widths and keys (ImportTransaction::observationColumns()).
const char *kPostgresTables = R"sql(
CREATE TABLE wm_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);
CREATE TABLE regions (
  fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, geom geometry(MultiPolygon, 28992),
  code TEXT NOT NULL, name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('land','gemeente','wijk','buurt')),
  parent TEXT, vintage integer NOT NULL, area_m2 double precision, UNIQUE (code, vintage));
CREATE INDEX regions_geom_idx ON regions USING gist (geom);
CREATE TABLE region_keys (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  code TEXT NOT NULL UNIQUE);
CREATE TABLE extracts (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, extract_id TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL, municipality_code TEXT, municipality_name TEXT, publisher TEXT,
  created TEXT, imported_at TEXT NOT NULL, source_path TEXT, manifest TEXT,
  observation_count bigint NOT NULL DEFAULT 0);
CREATE TABLE indicators (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL, name_en TEXT, theme TEXT, unit TEXT NOT NULL, kind TEXT NOT NULL,
  numerator TEXT, denominator TEXT, scale double precision NOT NULL DEFAULT 1,
  polarity TEXT NOT NULL DEFAULT 'neutral', min_n integer NOT NULL DEFAULT 0, decimals integer,
  source TEXT, definition TEXT, extract_key bigint, min_reliable_n integer);
CREATE TABLE observations (
  indicator_id integer NOT NULL, region_id integer NOT NULL, period smallint NOT NULL,
  status smallint NOT NULL DEFAULT 0, extract_key integer NOT NULL, value double precision)
  PARTITION BY LIST (indicator_id);
CREATE VIEW gemeenten AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'gemeente';
CREATE VIEW wijken AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'wijk';
CREATE VIEW buurten AS SELECT fid, geom, code, name, parent, vintage, area_m2
  FROM regions WHERE level = 'buurt';
CREATE VIEW observation_values AS
  SELECT r.code AS region, i.code AS indicator, o.period AS period, o.value AS value,
         CASE o.status WHEN 0 THEN 'final' WHEN 1 THEN 'provisional' WHEN 2 THEN 'estimated'
                       WHEN 3 THEN 'suppressed' WHEN 4 THEN 'missing' ELSE 'derived' END
           AS status,
         e.extract_id AS extract_id
  FROM observations o
  JOIN indicators i ON i.id = o.indicator_id
  JOIN region_keys r ON r.id = o.region_id
  JOIN extracts e ON e.id = o.extract_key;
CREATE TABLE observation_summary (
  indicator_id bigint NOT NULL, period integer NOT NULL, observations bigint NOT NULL,
  PRIMARY KEY (indicator_id, period));
CREATE TABLE crosswalks (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, crosswalk_id TEXT NOT NULL UNIQUE,
  from_year integer NOT NULL, to_year integer NOT NULL, method TEXT NOT NULL, source_path TEXT,
  sha256 TEXT, imported_at TEXT NOT NULL, pair_count bigint NOT NULL,
  ignored_rows bigint NOT NULL DEFAULT 0, UNIQUE (from_year, to_year));
CREATE TABLE crosswalk_weights (
  crosswalk_key bigint NOT NULL, from_code TEXT NOT NULL, to_code TEXT NOT NULL,
  weight double precision NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (crosswalk_key, from_code, to_code));
CREATE TABLE spatial_weights (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  level TEXT NOT NULL CHECK (level IN ('gemeente','wijk','buurt')),
  vintage integer NOT NULL, method TEXT NOT NULL CHECK (method IN ('queen','rook','knn','gal')),
  k integer, transform TEXT NOT NULL DEFAULT 'W' CHECK (transform IN ('B','W')),
  source TEXT, regions integer NOT NULL, links bigint NOT NULL,
  islands TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
CREATE TABLE spatial_weight_regions (
  weights_id bigint NOT NULL, position integer NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (weights_id, position));
CREATE TABLE spatial_weight_links (
  weights_id bigint NOT NULL, region integer NOT NULL, neighbour integer NOT NULL,
  PRIMARY KEY (weights_id, region, neighbour));
CREATE TABLE wm_memo_basket (
  position integer PRIMARY KEY, region_code TEXT NOT NULL, indicator_code TEXT NOT NULL);
CREATE TABLE wm_memo_text (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

bool createPostgres(sql::PgConnection &db, QString *error)
{
    QByteArray tables(kPostgresTables);
    tables.replace("TEXT", "text COLLATE \"C\"");
    if (!db.exec("CREATE SCHEMA IF NOT EXISTS " + db.quotedSchema(), error) ||
        !db.exec(tables, error) ||
        !sql::exec(db, "INSERT INTO wm_meta VALUES ('application', 'Wijkmonitor Workbench')",
                   error))
        return false;
    return true;
}

bool insertSrs(sql::Connection &db, int epsg, const char *name, QString *error)
{
    const QString wkt = gpkg::epsgWkt(epsg);
    if (wkt.isEmpty()) {
        *error = QStringLiteral("GDAL does not know EPSG:%1 (is proj-data installed?)").arg(epsg);
        return false;
    }
    sql::Statement insert(db, "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)");
    insert.bind(1, QString::fromLatin1(name));
    insert.bind(2, epsg);
    insert.bind(3, epsg);
    insert.bind(4, wkt);
    insert.bind(5, QString::fromLatin1(name));
    if (insert.step() != sql::Step::Done) {
        *error = sql::lastError(db);
        return false;
    }
    return true;
}

bool setVersion(sql::Connection &db, int version, QString *error)
{
    sql::Statement set(db, "INSERT INTO wm_meta (key, value) VALUES ('schema_version', ?1) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    set.bind(1, QString::number(version));
    if (set.step() != sql::Step::Done) {
        *error = sql::lastError(db);
        return false;
    }
    return true;
}

} // namespace

bool create(sql::Connection &db, QString *error)
{
    if (auto *server = dynamic_cast<sql::PgConnection *>(&db))
        return createPostgres(*server, error) && setVersion(db, Workspace::kSchemaVersion, error);
    if (!sql::exec(db, kGpkgCore, error) || !insertSrs(db, 4326, "WGS 84 geodetic", error) ||
        !insertSrs(db, gpkg::kRdNewSrsId, "Amersfoort / RD New", error) ||
        !sql::exec(db, kTablesV1, error) ||
        !sql::exec(db, "INSERT INTO wm_meta VALUES ('application', 'Wijkmonitor Workbench')",
                   error) ||
        !setVersion(db, 1, error))
        return false;
    return migrate(db, 1, error);
}

StoredVersion storedVersion(sql::Connection &db)
{
    StoredVersion stored;
    auto *server = dynamic_cast<sql::PgConnection *>(&db);
    sql::Statement exists(db, server ? "SELECT 1 FROM information_schema.tables WHERE "
                                       "table_schema = ?1 AND table_name = 'wm_meta'"
                                     : "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'wm_meta'");
    if (!exists.isValid())
        return stored;
    if (server)
        exists.bind(1, server->schema());
    const sql::Step found = exists.step();
    if (found != sql::Step::Row) {
        if (found == sql::Step::Done)
            stored.state = StoredVersion::State::NoMetaTable;
        return stored;
    }
    sql::Statement value(db, "SELECT value FROM wm_meta WHERE key = 'schema_version'");
    if (!value.isValid())
        return stored;
    const sql::Step row = value.step();
    if (row != sql::Step::Row && row != sql::Step::Done)
        return stored;
    stored.text = row == sql::Step::Row ? value.text(0) : QString();
    bool ok = false;
    stored.version = stored.text.trimmed().toInt(&ok);
    stored.state =
        ok && stored.version > 0 ? StoredVersion::State::Valid : StoredVersion::State::Invalid;
    return stored;
}

bool migrate(sql::Connection &db, int fromVersion, QString *error)
{
    if (db.dialect() == sql::Dialect::Postgres && fromVersion < Workspace::kSchemaVersion) {
        *error = QStringLiteral("no migration from schema version %1 on PostgreSQL (team "
                                "workspaces start at version 7)")
                     .arg(fromVersion);
        return false;
    }
    for (int version = fromVersion; version < Workspace::kSchemaVersion; ++version) {
        switch (version) {
        case 1:
            if (!sql::exec(db, kMigrateV1ToV2, error))
                return false;
            break;
        case 2:
            if (!sql::exec(db, kMigrateV2ToV3, error))
                return false;
            break;
        case 3:
            if (!sql::exec(db, kMigrateV3ToV4, error))
                return false;
            break;
        case 4:
            if (!sql::exec(db, kMigrateV4ToV5, error))
                return false;
            break;
        case 5:
            if (!sql::exec(db, kMigrateV5ToV6, error))
                return false;
            break;
        case 6:
            if (!sql::exec(db, kMigrateV6ToV7, error))
                return false;
            break;
        default:
            *error = QStringLiteral("no migration from schema version %1").arg(version);
            return false;
        }
        if (!setVersion(db, version + 1, error))
            return false;
    }
    return true;
}

} // namespace wijk::workspace::schema
