#include "import/csv_blocks.h"

#include <algorithm>
#include <cstring>

namespace wijk::import {

namespace {
//! Where the last whole record of data ends (0: none). Quotes are only counted when the
//! data has any; without them every '\n' ends a record.
int lastRecordEnd(const QByteArray &data)
{
    const char *begin = data.constData();
    if (!std::memchr(begin, '"', size_t(data.size()))) {
        const void *last = memrchr(begin, '\n', size_t(data.size()));
        return last ? int(static_cast<const char *>(last) - begin) + 1 : 0;
    }
    int end = 0;
    bool quoted = false;
    for (int i = 0; i < data.size(); ++i) {
        if (begin[i] == '"')
            quoted = !quoted;
        else if (begin[i] == '\n' && !quoted)
            end = i + 1;
    }
    return end;
}
} // namespace

CsvBlockSplitter::CsvBlockSplitter(const QString &path, qint64 offset, int firstLine,
                                   int blockBytes)
    : mLine(firstLine), mBlockBytes(blockBytes), mOffset(offset)
{
    mFile = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (mFile)
        VSIFSeekL(mFile, vsi_l_offset(offset), SEEK_SET);
    mEnd = !mFile;
}

CsvBlockSplitter::~CsvBlockSplitter()
{
    if (mFile)
        VSIFCloseL(mFile);
}

bool CsvBlockSplitter::suitable(const QString &path, qint64 offset)
{
    VSILFILE *file = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!file)
        return false;
    VSIFSeekL(file, vsi_l_offset(offset), SEEK_SET);
    QByteArray probe(1 << 20, Qt::Uninitialized);
    probe.resize(int(VSIFReadL(probe.data(), 1, size_t(probe.size()), file)));
    VSIFCloseL(file);
    // A NUL byte hides the rest of its line from GDAL's line reader, not from the splitter's
    // quote count: the two would join records differently.
    if (probe.contains('\0'))
        return false;
    // A '\r' not followed by '\n' ends a line for GDAL, not for the splitter.
    for (int i = 0; i + 1 < probe.size(); ++i) {
        if (probe[i] == '\r' && probe[i + 1] != '\n')
            return false;
    }
    return probe.contains('\n');
}

bool CsvBlockSplitter::next(CsvBlock *block)
{
    std::lock_guard<std::mutex> lock(mMutex);
    QByteArray data = std::move(mCarry);
    mCarry = QByteArray();
    int end = 0;
    while (!mEnd) {
        const int had = data.size();
        data.resize(had + mBlockBytes);
        const size_t read = VSIFReadL(data.data() + had, 1, size_t(mBlockBytes), mFile);
        data.resize(had + int(read));
        mEnd = read < size_t(mBlockBytes);
        end = mEnd ? data.size() : lastRecordEnd(data);
        if (end > 0)
            break; // else a record longer than a block: read on
    }
    if (mEnd)
        end = data.size();
    if (end == 0)
        return false;
    mCarry = data.mid(end);
    data.truncate(end);
    block->sequence = mSequence++;
    block->firstLine = mLine;
    mLine += int(std::count(data.constBegin(), data.constEnd(), '\n'));
    mOffset += end;
    block->endOffset = mOffset;
    block->data = std::move(data);
    return true;
}

bool ParsedBlockQueue::put(int sequence, ParsedBlock block)
{
    std::unique_lock<std::mutex> lock(mMutex);
    mChanged.wait(lock, [&] { return sequence < mNext + mAhead || mAborted; });
    if (mAborted)
        return false;
    mBlocks.emplace(sequence, std::move(block));
    mChanged.notify_all();
    return true;
}

bool ParsedBlockQueue::take(ParsedBlock *block)
{
    std::unique_lock<std::mutex> lock(mMutex);
    mChanged.wait(lock, [&] { return mBlocks.count(mNext) || mProducers == 0 || mAborted; });
    const auto found = mBlocks.find(mNext);
    if (mAborted || found == mBlocks.end())
        return false;
    *block = std::move(found->second);
    mBlocks.erase(found);
    ++mNext;
    mChanged.notify_all();
    return true;
}

void ParsedBlockQueue::producerStarted()
{
    std::lock_guard<std::mutex> lock(mMutex);
    ++mProducers;
}

void ParsedBlockQueue::producerFinished()
{
    std::lock_guard<std::mutex> lock(mMutex);
    --mProducers;
    mChanged.notify_all();
}

void ParsedBlockQueue::abort()
{
    std::lock_guard<std::mutex> lock(mMutex);
    mAborted = true;
    mBlocks.clear();
    mChanged.notify_all();
}

} // namespace wijk::import
