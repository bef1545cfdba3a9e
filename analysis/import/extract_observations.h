// observations.csv of an extract: parsed and checked row by row through CsvReader on
// other threads, gathered per indicator (ObservationBuckets) and written into an open
// ImportTransaction one sorted indicator at a time (ObservationBulkWriter): the fast path
// of the import.
#pragma once

#include "import/import_report.h"
#include "import/import_transaction.h"
#include "import/importer.h"
#include "model/model.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace wijk::import {

//! Rows gathered before they are written: a national extract (18.7 M) in one go, in about
//! 24 bytes a row (450 MB); a larger file is written every 20 M rows.
constexpr size_t kObservationChunkRows = 20000000;
//! Bytes per block when two threads parse a large plain file (0: one thread).
constexpr int kObservationBlockBytes = 8 << 20;
//! Rows left gathered of the indicators written while the file is read (new partitions of a
//! team workspace): 4 M (96 MB). After each block of 8 MB about 240,000 rows are sent, in
//! COPYs of some 40,000 rows when a hundred indicators share them: a COPY costs the server
//! about 1 ms besides its rows, and at 1 M (10,000 a COPY) the national import's COPYs took
//! 6.4 s instead of 5.3 s. So that the server need not wait for 4 M rows to be read before
//! its first COPY, a sixteenth of it is kept at first, and half of what was read until then.
constexpr size_t kObservationStreamRows = 4000000;

struct ObservationPass
{
    qint64 rows = 0;
    qint64 written = 0; //!< inserted or superseding
    qint64 keptNewer = 0;
    int minPeriod = 0;
    int maxPeriod = 0;
    bool cancelled = false;
};

//! Streams the file into the transaction. indicatorKinds: every indicator an observation
//! may name (extract catalogue plus workspace) with its kind (counts may not be negative).
//! regionCodes: every region an observation may name; with checkRegions false (the regions
//! file could not be read at all) unknown regions are skipped without a problem each.
//! Problems go to report. Rows are gathered until the file ends or chunkRows are held
//! (memory: about 24 bytes x chunkRows), then written an indicator at a time; a file
//! larger than two blocks of blockBytes is parsed by two tasks of the global thread pool
//! (csv_blocks.h); without a free pool thread the calling thread parses it. Indicators that
//! fill a new partition of a team workspace (ObservationBulkWriter::streams()) are written
//! while the file is read, keeping up to streamRows rows gathered.
[[nodiscard]] ObservationPass streamExtractObservations(
    const QString &gdalPath, const QString &displayName, ImportTransaction &transaction,
    qint64 extractKey, const QHash<QString, IndicatorKind> &indicatorKinds,
    const QStringList &regionCodes, bool checkRegions, const ImportRequest &request,
    ImportReport &report, size_t chunkRows = kObservationChunkRows,
    int blockBytes = kObservationBlockBytes, size_t streamRows = kObservationStreamRows);

} // namespace wijk::import
