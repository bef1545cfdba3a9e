// The bulk path of an extract import: observations are written a chunk at a time (one
// indicator's rows, ObservationBuckets), sorted by the observation table's key (indicator,
// region, period), with one INSERT ... SELECT per chunk from a virtual table over the
// chunk (SQLite), or one COPY per chunk (PostgreSQL; into a new table of the indicator's own
// when it has no values yet, see ImportTransaction::newPartitionTable()). Sorted rows land in runs
// next to each other in the indicator-major B-tree, and one statement replaces a million statement
// executions. Rows whose key is already stored, or repeated in the chunk, take
// ImportTransaction::putObservation() one by one, which keeps its supersession rules.
#pragma once

#include "import/import_transaction.h"

#include <QString>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace wijk::import {

//! One parsed observation row, compact: chunks of millions are held in memory.
struct ParsedObservation
{
    qint64 indicator;
    qint64 region;
    double value; //!< NaN = empty
    qint32 line;  //!< physical line in the file, for problems
    qint16 period;
    quint8 status; //!< ValueStatus
};

//! Sorts rows by (indicator, region, period) and, for equal keys, by line.
void sortByKey(std::vector<ParsedObservation> &rows);

class ObservationBulkWriter
{
public:
    struct Outcome
    {
        qint64 written = 0;
        qint64 keptNewer = 0;
        std::vector<ParsedObservation> duplicates; //!< rows not written: their key came before
        QString failure;                           //!< SQLite refused; the import must fail
        int failureLine = 0;
    };

    //! Registers the chunk table on the transaction's connection (until destroyed; SQLite).
    ObservationBulkWriter(ImportTransaction &transaction, qint64 extractKey);
    ~ObservationBulkWriter();
    ObservationBulkWriter(const ObservationBulkWriter &) = delete;
    ObservationBulkWriter &operator=(const ObservationBulkWriter &) = delete;

    //! Writes a chunk sorted with sortByKey(); adds to outcome. False after a failure.
    [[nodiscard]] bool write(const std::vector<ParsedObservation> &rows, Outcome &outcome);
    //! True when the indicator's chunks may be written while the file is being read, in any
    //! order and size: they go into a new partition of its own (PostgreSQL), whose key is
    //! built at commit. On SQLite an indicator's rows are written in one go (append order).
    bool streams(qint64 indicator) const;

    //! The row the chunk table currently serves (for the module callbacks).
    struct Source
    {
        const ParsedObservation *rows = nullptr;
        const char *perRow = nullptr; //!< rows flagged here are not served
        size_t count = 0;
        size_t current = 0; //!< the row being served, for the line of a failure
    };

private:
    //! Flags rows whose key an earlier chunk copied into the indicator's new partition.
    void flagCopiedKeys(const std::vector<ParsedObservation> &rows);
    [[nodiscard]] bool flagStoredKeys(const std::vector<ParsedObservation> &rows, Outcome &outcome);
    [[nodiscard]] bool insertUnflagged(const std::vector<ParsedObservation> &rows,
                                       Outcome &outcome);
    [[nodiscard]] bool writeFlagged(const std::vector<ParsedObservation> &rows, Outcome &outcome);
    //! PostgreSQL: the rows not flagged in mPerRow, in one COPY into table; keysByDefault:
    //! the table's defaults give the indicator and this writer's extract (a new partition's
    //! table made for it, ImportTransaction::newPartitionTable()).
    [[nodiscard]] bool copyUnflagged(const std::vector<ParsedObservation> &rows,
                                     const QByteArray &table, Outcome &outcome, bool keysByDefault);
    void countInserted(const std::vector<ParsedObservation> &rows);

    ImportTransaction &mTransaction;
    workspace::sql::Connection &mConnection;
    sqlite3 *mDb = nullptr; //!< SQLite only: the chunk table lives on it
    qint64 mExtractKey;
    bool mRegistered = false;
    Source mSource;
    std::vector<char> mPerRow;
    std::vector<qint64> mPerPeriod;
    //! Per indicator filling a new partition: (region << 16 | period) of every row copied,
    //! sorted (8 bytes a row: 150 MB for the national extract).
    std::unordered_map<qint64, std::vector<quint64>> mCopiedKeys;
    workspace::sql::Statement mInsert;
    workspace::sql::Statement mStored;
};

} // namespace wijk::import
