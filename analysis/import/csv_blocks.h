// Large CSV files parsed by two threads: CsvBlockSplitter cuts the bytes after the header
// into blocks of whole records, which CsvReader (GDAL's line reader) then parses each on
// its own /vsimem/ file; ParsedBlockQueue hands the results back in file order, so that
// problems and "first value wins" come out as with one reader.
//
// A block ends after a '\n' outside quotes: the number of '"' since the block start is
// even there (an RFC 4180 escaped quote is two of them). That is the rule GDAL's reader
// uses to join the physical lines of a record; the splitter finds no fields.
#pragma once

#include "import/import_report.h"
#include "import/observation_bulk.h"

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <cpl_vsi.h>
#include <map>
#include <mutex>
#include <vector>

namespace wijk::import {

struct CsvBlock
{
    int sequence = 0;
    int firstLine = 0;    //!< physical line of the first byte
    qint64 endOffset = 0; //!< file offset after the block
    QByteArray data;      //!< whole records
};

class CsvBlockSplitter
{
public:
    //! Blocks of about blockBytes, from offset (the first record after the header) on.
    CsvBlockSplitter(const QString &path, qint64 offset, int firstLine, int blockBytes);
    ~CsvBlockSplitter();
    CsvBlockSplitter(const CsvBlockSplitter &) = delete;
    CsvBlockSplitter &operator=(const CsvBlockSplitter &) = delete;

    //! The next block in file order; false at the end. Safe to call from several threads.
    bool next(CsvBlock *block);
    //! Whether the file can be split: lines end in '\n' (GDAL also ends them at a lone '\r'),
    //! and no NUL byte cuts a line short for GDAL's reader.
    static bool suitable(const QString &path, qint64 offset);

private:
    std::mutex mMutex;
    VSILFILE *mFile = nullptr;
    QByteArray mCarry;
    int mLine;
    int mSequence = 0;
    int mBlockBytes;
    qint64 mOffset;
    bool mEnd = false;
};

//! What a parsing thread found in one block (or one stretch of a file).
struct ParsedBlock
{
    std::vector<ParsedObservation> rows;
    ImportReport report;
    qint64 records = 0;
    int minPeriod = 0;
    int maxPeriod = 0;
    qint64 endOffset = 0;
    bool fatal = false; //!< reading must stop after this block (not UTF-8...)
};

//! Parsed blocks from any thread, taken in sequence order; at most `ahead` wait.
class ParsedBlockQueue
{
public:
    explicit ParsedBlockQueue(int ahead) : mAhead(ahead) {}
    //! Blocks while the block is too far ahead; false once the consumer has given up.
    [[nodiscard]] bool put(int sequence, ParsedBlock block);
    //! Waits for the next block in order; false when there is none (all producers done).
    bool take(ParsedBlock *block);
    void producerStarted();
    void producerFinished();
    void abort();

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::map<int, ParsedBlock> mBlocks;
    int mNext = 0;
    int mAhead;
    int mProducers = 0;
    bool mAborted = false;
};

} // namespace wijk::import
