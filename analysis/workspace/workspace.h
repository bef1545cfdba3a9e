// The workspace: one GeoPackage file, or one schema in a PostgreSQL/PostGIS database (a team
// workspace, docs/team-workspace.md), holding regions (with RD New geometry), the indicator
// catalogue, every observation and the list of imported extracts (docs/workspace.md). Both
// go through the same code over the sql::Connection seam (workspace/sql_connection.h).
// Reading goes through this class; writing only through wijk::ImportTransaction (and the
// spatial weights, in a transaction of their own, through workspace/weights_table.h).
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace wijk::workspace {

namespace sql {
class Connection;
class Statement;
} // namespace sql

//! One imported extract (or CBS file) as the workspace remembers it.
struct ExtractInfo
{
    QString extractId;        //!< unique; re-importing the same id changes nothing
    QString format;           //!< "extract", "cbs-kwb", ... (importer format name)
    QString municipalityCode; //!< may be empty for national CBS files
    QString municipalityName;
    QString publisher;
    QDateTime created;           //!< when the publisher made it; orders supersession
    QDateTime importedAt;        //!< set by recordExtract() when invalid
    QString sourcePath;          //!< the directory, zip or file it was imported from
    QByteArray manifestJson;     //!< the manifest as given (or a synthetic one), UTF-8 JSON
    qint64 observationCount = 0; //!< values written by this import (filled by the workspace)
};

class Workspace
{
public:
    enum class OpenMode
    {
        ReadWrite, //!< creates the file when absent; falls back to read-only without write
                   //!< permission
        ReadOnly
    };

    //! The workspace schema version this build writes (wm_meta.schema_version).
    static constexpr int kSchemaVersion = 7;

    //! Opens (or, in ReadWrite mode, creates) a workspace; nullptr with *error on failure.
    //! path is a file, or a PostgreSQL location (isPgLocation(): a libpq URI with an optional
    //! `?schema=NAME`, or `service=NAME`): a team workspace in that schema (created with
    //! the schema when absent and ReadWrite). A team workspace opened ReadOnly reads one
    //! snapshot: an import that commits meanwhile is not seen half.
    //! A newer schema is refused; an older one is migrated in place in one transaction, also
    //! when ReadOnly is asked for but the file and its folder are writable (else refused).
    [[nodiscard]] static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode,
                                                         QString *error);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    //! The file's absolute path, or the PostgreSQL location as given.
    QString path() const { return mPath; }
    //! True for a team workspace on PostgreSQL.
    bool isServer() const { return mServer; }
    //! How long an import waits for another import of the same team workspace: seconds,
    //! negative for as long as it takes (the default). Files: SQLite's busy timeout applies.
    int lockTimeoutSeconds() const { return mLockTimeoutSeconds; }
    void setLockTimeoutSeconds(int seconds) { mLockTimeoutSeconds = seconds; }
    //! True when this open created the file (it was absent or empty).
    bool isNew() const { return mNew; }
    //! Closes a workspace that its open created (isNew()) and takes the file away again:
    //! removed, or emptied when an empty file was there before. For an import into a new
    //! path that imported nothing, and for a workspace that could not be made.
    static void discardNew(std::unique_ptr<Workspace> workspace);
    //! Why the last import could not write the workspace (a full disk...), a sentence for
    //! the user; empty when it could. Set by ImportTransaction, cleared when one begins.
    QString writeFailure() const { return mWriteFailure; }
    void setWriteFailure(const QString &failure) { mWriteFailure = failure; }
    //! True when opened read-only, by request or because the file is not writable.
    bool isReadOnly() const { return mReadOnly; }
    //! Why the workspace is read-only (empty when writable); a sentence for the user.
    QString readOnlyReason() const { return mReadOnlyReason; }
    //! Municipality name of the most recent extract, else the file's base name.
    QString name() const;
    //! The focus chosen for this workspace (wm_meta 'focus': gemeente codes, comma
    //! separated; engine::RegionFocus), empty when none was chosen. Written by
    //! ImportTransaction::setFocus().
    QString focusText() const;
    int schemaVersion() const { return mSchemaVersion; }

    //! Why a read (indicators(), regions(), ... boundaryCodes()) failed: SQLite's message
    //! naming the workspace, for the user; empty while every read succeeded. It stays set
    //! (the first failure), so a caller checks it once after a series of reads. A read that
    //! fails returns an empty result, never a partial one.
    [[nodiscard]] QString readFailure() const { return mReadFailure; }

    std::vector<Indicator> indicators() const;
    //! Every region of every level and vintage (areaM2 NaN without geometry).
    std::vector<Region> regions() const;
    //! The periods (years) with at least one observation, ascending.
    std::vector<int> periods() const;
    //! Imported extracts, oldest import first.
    std::vector<ExtractInfo> extracts() const;
    bool hasExtract(const QString &extractId) const;
    //! Observations of all regions; an empty list means all indicators. NaN when empty.
    std::vector<Observation> observations(const QStringList &indicatorCodes = {}) const;
    //! Observations of one indicator in some regions only (region codes; unknown codes are
    //! skipped), in region key and period order: read through the primary key, so that a few
    //! gemeenten of a national workspace (a pull) cost their own rows, not a scan of all.
    std::vector<Observation> observationsOfRegions(const QString &indicatorCode,
                                                   const QStringList &regionCodes) const;
    //! Number of stored observations (fast: from the per-indicator, per-period summary; for a
    //! role limited to some gemeenten, which may not read it, a count of what it sees).
    qint64 observationCount() const;
    //! The RD New WKB of one region in one vintage (empty when it has no geometry).
    QByteArray regionGeometryWkb(const QString &code, int vintage) const;
    //! Per vintage, the codes of a level's regions whose boundaries (geometry) it holds.
    std::map<int, QSet<QString>> boundaryCodes(RegionLevel level) const;

    //! The database connection, for ImportTransaction, the other workspace tables and
    //! tests; not for general use.
    sql::Connection &handle() const { return *mDb; }

private:
    Workspace() = default;
    [[nodiscard]] static std::unique_ptr<Workspace> openServer(const QString &location,
                                                               OpenMode mode, QString *error);
    [[nodiscard]] bool initialise(bool created, QString *error);
    //! Steps query to its end, calling row for each row; false (and readFailure() set, if
    //! not already) when it could not be prepared or a step fails.
    bool readRows(sql::Statement &query, const std::function<void()> &row) const;
    //! Whether row-level security hides observation_summary from this role (a team workspace
    //! read by a role limited to some gemeenten): then periods and counts come from the
    //! observations it sees.
    bool summaryHidden() const;

    std::unique_ptr<sql::Connection> mDb;
    QString mPath;
    bool mServer = false;
    int mLockTimeoutSeconds = -1;
    bool mReadOnly = false;
    bool mNew = false;
    bool mCreatedInEmptyFile = false;
    QString mReadOnlyReason;
    QString mWriteFailure;
    mutable QString mReadFailure;
    int mSchemaVersion = 0;
    //! Read-only, but an older schema must be upgraded or an interrupted import undone
    //! first: open() may do that through a writable connection.
    bool mNeedsWriterFirst = false;
};

} // namespace wijk::workspace
