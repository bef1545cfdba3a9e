// The only way to write to a workspace: one write transaction that every importer
// (extracts, CBS files, boundaries) fills and then commits, or that rolls back by itself.
//
// Use:
//   auto tx = ImportTransaction::begin(workspace, &error);   // nullptr: read-only, locked...
//   if (tx->hasExtract(id)) ...                               // re-import: nothing to do
//   const qint64 extract = tx->recordExtract(info);           // first: values point at it
//   tx->putIndicator(indicator);                              // upsert by code
//   tx->putRegion(region, wkbInRdNew, &error);                // upsert by (code, vintage)
//   tx->putObservation(regionKey, indicatorKey, 2024, 12.5, ValueStatus::Final, extract);
//   tx->commit(&error);                                       // or let it go out of scope
//
// Supersession: a value for an existing (region, indicator, period) is replaced when the
// new extract's `created` is not older than that of the extract the stored value came
// from; the stored value then remembers the new extract. A second value for the same key
// from the same extract is reported as PutResult::Duplicate and not written.
// A kill -9 at any moment leaves the workspace as before the transaction (SQLite's rollback
// journal; on PostgreSQL the server aborts the transaction of a lost connection). On
// PostgreSQL an import also holds a transaction-level advisory lock on the workspace's schema:
// a second import waits for it (or gives up after Workspace::lockTimeoutSeconds()), readers
// do not.
#pragma once

#include "model/model.h"
#include "workspace/sql_statement.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QSet>
#include <memory>

namespace wijk::import {

class ImportTransaction
{
public:
    enum class PutResult
    {
        Written,   //!< inserted, or replaced an older extract's value
        KeptNewer, //!< the stored value comes from a newer extract and stays
        Duplicate, //!< this extract already gave a value for the same key
        Failed     //!< SQLite error; see lastError()
    };

    //! Starts the write transaction; nullptr with *error when the workspace is read-only,
    //! locked by another program (or another import, past the lock timeout), or when the
    //! server role may not write it.
    [[nodiscard]] static std::unique_ptr<ImportTransaction> begin(workspace::Workspace &workspace,
                                                                  QString *error);
    //! Rolls back unless commit() succeeded.
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    workspace::Workspace &workspace() const { return mWorkspace; }
    bool hasExtract(const QString &extractId) const { return mWorkspace.hasExtract(extractId); }

    //! Records an extract; returns its key for putObservation(), or -1 (e.g. id exists).
    qint64 recordExtract(const workspace::ExtractInfo &info);
    //! Adds or replaces an indicator by code; returns its key, or -1 on error.
    qint64 putIndicator(const Indicator &indicator);
    //! Adds or replaces a region by (code, vintage). wkbInRdNew may be empty (no geometry;
    //! an existing geometry is kept); otherwise it must be a valid (multi)polygon in RD New,
    //! and areaM2 is computed when region.areaM2 is NaN.
    [[nodiscard]] bool putRegion(const Region &region, const QByteArray &wkbInRdNew,
                                 QString *error);

    //! The key of an indicator code, -1 when the workspace does not know it (yet).
    qint64 indicatorKey(const QString &code) const { return mIndicatorKeys.value(code, -1); }
    //! The key of a region code (any vintage); created on first use.
    qint64 regionKey(const QString &code);
    //! Makes the keys of codes not known yet, at once: on PostgreSQL one statement instead of
    //! a round trip each (SQLite makes them as regionKey() asks). False when the server
    //! refuses (lastError()).
    [[nodiscard]] bool makeRegionKeys(const QStringList &codes);
    //! Whether any vintage of the region is in the workspace (including this transaction).
    bool hasRegion(const QString &code) const { return mRegionCodes.contains(code); }

    //! The streaming path: one value by keys. value NaN = empty.
    PutResult putObservation(qint64 regionKey, qint64 indicatorKey, int period, double value,
                             ValueStatus status, qint64 extractKey);
    //! Counts values written for an extract by other means (the bulk path of
    //! ObservationBulkWriter), for its observation_count at commit.
    void countWritten(qint64 extractKey, qint64 values) { mWritten[extractKey] += values; }
    //! Counts values inserted (not superseding) by other means, for observation_summary.
    void countInserted(qint64 indicatorKey, int period, qint64 values)
    {
        mInserted[qMakePair(indicatorKey, period)] += values;
    }
    //! A team workspace whose observations are partitioned by indicator (PostgreSQL,
    //! workspace_schema.cpp): the schema-qualified, quoted name of a new table for the values
    //! of an indicator that has no partition yet, made now in this transaction without an
    //! index, for COPY. commit() gives it its key and attaches it as the indicator's
    //! partition; until then its rows are not in `observations`. Empty (and no *error) when
    //! the indicator has a partition or a table already, on SQLite and on an unpartitioned
    //! team workspace: the values then go through `observations`.
    //! Until then the table's columns indicator_id and extract_key default to the indicator
    //! and to extractKey (unless it is -1): a COPY of that extract's values may leave them out.
    [[nodiscard]] QByteArray newPartitionTable(qint64 indicatorKey, qint64 extractKey,
                                               QString *error);
    //! The table newPartitionTable() made for the indicator, not attached yet; empty when
    //! there is none. More of the indicator's values may be copied into it until commit().
    QByteArray pendingPartitionTable(qint64 indicatorKey) const
    {
        return mNewPartitions.value(indicatorKey);
    }
    //! The extract a pending partition table's extract_key defaults to (-1: none).
    qint64 pendingPartitionExtract(qint64 indicatorKey) const
    {
        return mNewPartitionExtracts.value(indicatorKey, -1);
    }
    //! True when the indicator's values go into a table of this transaction's own (it has no
    //! partition yet on a partitioned team workspace): the order they come in does not matter
    //! there, and the bulk writer may send them while the file is still being read.
    bool fillsNewPartition(qint64 indicatorKey) const
    {
        return mPartitioned && !mPartitions.contains(indicatorKey);
    }
    //! The width in bytes of each integer column of `observations` on PostgreSQL (2, 4 or 8),
    //! for COPY's binary format: a team workspace made before has wider columns than a new one
    //! (workspace_schema.cpp).
    struct ObservationColumns
    {
        int indicator = 8, region = 8, period = 4, status = 4, extract = 8;
    };
    const ObservationColumns &observationColumns() const { return mObservationColumns; }
    //! Makes sure values of the indicator can go through `observations` now: attaches its
    //! table from newPartitionTable(), or an empty partition when it has none. True when there
    //! is nothing to do; false with *error when the server refuses.
    [[nodiscard]] bool ensurePartition(qint64 indicatorKey, QString *error);
    //! Convenience by codes; unknown indicator or extract is Failed.
    PutResult putObservation(const QString &regionCode, const QString &indicatorCode, int period,
                             double value, ValueStatus status, const QString &extractId);

    //! Remembers the workspace's focus (wm_meta 'focus', Workspace::focusText()); an empty
    //! text forgets it. False when SQLite refuses (lastError()).
    [[nodiscard]] bool setFocusText(const QString &text);

    //! Makes everything permanent; false with *error when SQLite refuses (disk full...).
    [[nodiscard]] bool commit(QString *error);
    //! Undoes everything now (also done by the destructor).
    void rollback();
    //! SQLite's last error; a storage failure (full disk...) is also kept as the
    //! workspace's writeFailure(), which ImportTarget reports instead of its consequences.
    QString lastError() const;

private:
    explicit ImportTransaction(workspace::Workspace &workspace);
    [[nodiscard]] bool prepare(QString *error);
    [[nodiscard]] bool finishTotals(QString *error);
    void noteStorageFailure() const;

    workspace::Workspace &mWorkspace;
    workspace::sql::Connection &mDb;
    bool mOpen = false;
    [[nodiscard]] bool lockServer(QString *error);

    workspace::sql::Statement mInsertObservation;
    workspace::sql::Statement mSupersedeObservation;
    workspace::sql::Statement mExistingObservation;
    workspace::sql::Statement mInsertRegionKey;
    workspace::sql::Statement mUpsertRegion;
    QHash<QString, qint64> mIndicatorKeys;
    QHash<QString, qint64> mRegionKeys; //!< region_keys ids, every code seen
    QHash<QString, bool> mRegionCodes;  //!< codes with a row in `regions`
    QHash<QString, qint64> mExtractKeys;
    QHash<qint64, QByteArray> mExtractCreated;   //!< ISO UTC text, compared in SQL
    QHash<qint64, qint64> mWritten;              //!< values written per extract key
    QHash<QPair<qint64, int>, qint64> mInserted; //!< new keys per (indicator, period)
    [[nodiscard]] bool attachPartition(qint64 indicatorKey, QString *error);
    [[nodiscard]] bool flushRegions(QString *error);
    //! PostgreSQL: makes the keys of the regions put since the last call, in one statement.
    [[nodiscard]] bool flushRegionKeys(QString *error);
    bool mPartitioned = false;                   //!< observations is partitioned by indicator
    QSet<qint64> mPartitions;                    //!< indicators with an attached partition
    QMap<qint64, QByteArray> mNewPartitions;     //!< indicator -> table attached at commit
    QHash<qint64, qint64> mNewPartitionExtracts; //!< indicator -> its table's default extract
    QByteArray mPartitionOwner;                  //!< quoted role new partitions go to (or empty)
    ObservationColumns mObservationColumns;
    QByteArray mPartitionKey; //!< the columns of a new partition's primary key
    //! PostgreSQL: regions are sent in one COPY at commit (or when a key repeats), not one
    //! round trip each.
    QByteArray mRegionRows; //!< COPY binary rows not yet sent
    int mRegionRowCount = 0;
    QSet<QPair<QString, int>> mRegionBatchKeys; //!< (code, vintage) in mRegionRows
    QStringList mPendingRegionKeyOrder;         //!< codes put without a key yet, in order
    QSet<QString> mPendingRegionKeys;           //!< the same, to look up
    bool mHaveExtent = false;
    double mMinX = 0, mMinY = 0, mMaxX = 0, mMaxY = 0;
};

} // namespace wijk::import
