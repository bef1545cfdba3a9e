#include "import/extract_observations.h"

#include "import/csv_blocks.h"
#include "import/csv_reader.h"
#include "import/observation_buckets.h"
#include "import/observation_bulk.h"
#include "import/value_plausibility.h"

#include <QCoreApplication>
#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>
#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace wijk::import {

namespace {
QString qs(std::string_view view)
{
    return QString::fromUtf8(view.data(), int(view.size()));
}

struct IndicatorEntry
{
    qint64 key = -1;
    bool count = false;
};

//! A four-digit year, or 0.
int parseYear(std::string_view text)
{
    if (text.size() != 4)
        return 0;
    int year = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return 0;
        year = year * 10 + (c - '0');
    }
    return year >= 1000 ? year : 0;
}

//! Caches the last looked-up code: files are usually sorted, so most rows repeat it.
template <typename Value> class Lookup
{
public:
    explicit Lookup(std::unordered_map<std::string, Value> map) : mMap(std::move(map)) {}
    const Value *find(std::string_view code)
    {
        if (mLast && code == mLastCode)
            return mLast;
        mLastCode.assign(code.data(), code.size());
        const auto it = mMap.find(mLastCode);
        mLast = it == mMap.end() ? nullptr : &it->second;
        return mLast;
    }

private:
    std::unordered_map<std::string, Value> mMap;
    std::string mLastCode;
    const Value *mLast = nullptr;
};
//! Checks the current record of a reader and turns it into a row; one per parsing thread
//! (the look-ups cache the last code).
class RowChecker
{
public:
    struct Columns
    {
        int region, indicator, period, value, status;
    };
    RowChecker(const Columns &columns, const std::unordered_map<std::string, qint64> &regions,
               const std::unordered_map<std::string, IndicatorEntry> &indicators, bool checkRegions)
        : mColumn(columns), mRegions(regions), mIndicators(indicators), mCheckRegions(checkRegions)
    {
    }
    //! Parses records until the reader ends; rows that pass every check go to block.
    void parse(CsvReader &csv, ParsedBlock &block, const ImportRequest &request,
               qint64 stopAfter = -1);

private:
    bool check(CsvReader &csv, ParsedObservation *row);

    Columns mColumn;
    Lookup<qint64> mRegions;
    Lookup<IndicatorEntry> mIndicators;
    bool mCheckRegions;
};

void RowChecker::parse(CsvReader &csv, ParsedBlock &block, const ImportRequest &request,
                       qint64 stopAfter)
{
    ParsedObservation row;
    while (csv.next()) {
        if ((++block.records & 0xFFFF) == 0 && request.cancelled())
            break;
        if (!check(csv, &row))
            continue;
        block.minPeriod =
            block.minPeriod == 0 ? row.period : std::min<int>(block.minPeriod, row.period);
        block.maxPeriod = std::max<int>(block.maxPeriod, row.period);
        block.rows.push_back(row);
        if (stopAfter > 0 && block.records >= stopAfter)
            break;
    }
    block.fatal = csv.failed();
    block.endOffset = csv.bytesRead();
}

bool RowChecker::check(CsvReader &csv, ParsedObservation *row)
{
    bool ok = true;
    const std::string_view regionCode = csv.view(mColumn.region);
    const qint64 *region = mRegions.find(regionCode);
    if (!region && !mCheckRegions) {
        ok = false;
    } else if (!region) {
        csv.error(mColumn.region,
                  regionCode.empty()
                      ? QCoreApplication::translate("wijk::ExtractObservations", "is empty")
                      : QCoreApplication::translate("wijk::ExtractObservations",
                                                    "'%1' is not a region of this extract or the "
                                                    "workspace")
                            .arg(qs(regionCode)));
        ok = false;
    }
    const std::string_view indicatorCode = csv.view(mColumn.indicator);
    const IndicatorEntry *indicator = mIndicators.find(indicatorCode);
    if (!indicator) {
        csv.error(
            mColumn.indicator,
            indicatorCode.empty()
                ? QCoreApplication::translate("wijk::ExtractObservations", "is empty")
                : QCoreApplication::translate("wijk::ExtractObservations",
                                              "'%1' is not in indicators.csv or the workspace")
                      .arg(qs(indicatorCode)));
        ok = false;
    }
    const int period = parseYear(csv.view(mColumn.period));
    if (period == 0) {
        csv.error(mColumn.period, QCoreApplication::translate("wijk::ExtractObservations",
                                                              "'%1' is not a year (YYYY)")
                                      .arg(csv.text(mColumn.period)));
        ok = false;
    }
    ValueStatus status = ValueStatus::Final;
    if (mColumn.status >= 0 && !csv.isEmpty(mColumn.status)) {
        const auto parsed = valueStatusFromString(csv.text(mColumn.status));
        // `final` is what an empty status means, and what `values` writes: a values CSV
        // comes back in. `derived` is the workbench's own aggregate, never delivered.
        if (!parsed || *parsed == ValueStatus::Derived) {
            csv.error(mColumn.status, QCoreApplication::translate(
                                          "wijk::ExtractObservations",
                                          "'%1' is not a status; use final, provisional, "
                                          "estimated, suppressed or missing, or leave it empty")
                                          .arg(csv.text(mColumn.status)));
            ok = false;
        }
        status = parsed.value_or(ValueStatus::Final);
    }
    double value = std::numeric_limits<double>::quiet_NaN();
    switch (csv.number(mColumn.value, &value)) {
    case CsvReader::Number::Ok:
        if (status == ValueStatus::Suppressed) {
            csv.error(mColumn.value,
                      QCoreApplication::translate("wijk::ExtractObservations",
                                                  "a suppressed value must be empty, found '%1'")
                          .arg(csv.text(mColumn.value)));
            ok = false;
        } else if (indicator) {
            const QString problem = valueProblem(
                csv.text(mColumn.value), value,
                indicator->count ? IndicatorKind::Count : IndicatorKind::Value, qs(indicatorCode));
            if (!problem.isEmpty()) {
                csv.error(mColumn.value, problem);
                ok = false;
            }
        }
        break;
    case CsvReader::Number::Empty:
        value = std::numeric_limits<double>::quiet_NaN();
        break;
    case CsvReader::Number::Invalid:
        csv.error(mColumn.value,
                  QCoreApplication::translate("wijk::ExtractObservations", "'%1' is not a number")
                      .arg(csv.text(mColumn.value)));
        ok = false;
        break;
    case CsvReader::Number::NotFinite:
        csv.error(mColumn.value,
                  QCoreApplication::translate(
                      "wijk::ExtractObservations",
                      "'%1' is not a finite number (NaN and infinity are not allowed)")
                      .arg(csv.text(mColumn.value)));
        ok = false;
        break;
    }
    if (!ok)
        return false;
    *row = {indicator->key, *region, value, csv.line(), qint16(period), quint8(status)};
    return true;
}

} // namespace

ObservationPass streamExtractObservations(const QString &gdalPath, const QString &displayName,
                                          ImportTransaction &transaction, qint64 extractKey,
                                          const QHash<QString, IndicatorKind> &indicatorKinds,
                                          const QStringList &regionCodes, bool checkRegions,
                                          const ImportRequest &request, ImportReport &report,
                                          size_t chunkRows, int blockBytes, size_t streamRows)
{
    ObservationPass pass;
    CsvReader csv(&report);
    if (!csv.open(gdalPath, displayName))
        return pass;
    csv.warnUnknownColumns({"region", "indicator", "period", "value", "status"});
    if (!csv.requireColumns({"region", "indicator", "period", "value"}))
        return pass;

    std::unordered_map<std::string, IndicatorEntry> indicatorMap;
    for (auto it = indicatorKinds.begin(); it != indicatorKinds.end(); ++it)
        indicatorMap[it.key().toStdString()] = {transaction.indicatorKey(it.key()),
                                                it.value() == IndicatorKind::Count};
    std::unordered_map<std::string, qint64> regionMap;
    if (!transaction.makeRegionKeys(regionCodes)) {
        report.addError(
            displayName, 0, QString(),
            QCoreApplication::translate("wijk::ExtractObservations", "cannot be stored: %1")
                .arg(transaction.lastError()));
        return pass;
    }
    for (const QString &code : regionCodes)
        regionMap[code.toStdString()] = transaction.regionKey(code);
    const RowChecker::Columns columns{
        csv.column(QStringLiteral("region")), csv.column(QStringLiteral("indicator")),
        csv.column(QStringLiteral("period")), csv.column(QStringLiteral("value")),
        csv.column(QStringLiteral("status"))};
    const qint64 size = csv.size();

    // Parsing and checking run on threads of the process's one pool (QThreadPool::
    // globalInstance(), which the engine's trends and the window's jobs share); this thread
    // gathers the rows and writes them to SQLite (the connection stays on the caller's
    // thread). A large plain file is cut into blocks of whole records that two parsers
    // share; any other file is read by one. Each block has its own report, merged here in
    // file order, so problems and duplicates come out as with one reader. A parser is only
    // handed to a thread the pool has free (tryStart): when it has none (an import run from a
    // pooled job on a busy pool) this thread parses each block itself before writing it, so
    // the import never waits for a task that cannot start.
    const bool split = blockBytes > 0 && !gdalPath.startsWith(QLatin1String("/vsi")) &&
                       size - csv.bytesRead() > 2 * qint64(blockBytes) &&
                       CsvBlockSplitter::suitable(gdalPath, csv.bytesRead());
    std::unique_ptr<CsvBlockSplitter> splitter;
    if (split)
        splitter = std::make_unique<CsvBlockSplitter>(gdalPath, csv.bytesRead(), csv.nextLine(),
                                                      blockBytes);
    // The next block of the file for one parser (with its own checker): false when the file
    // is done. *sequence is the block's place in the file.
    bool wholeFileDone = false;
    int wholeFileSequence = 0;
    const auto parseNext = [&](RowChecker &checker, ParsedBlock *parsed, int *sequence) {
        if (!splitter) {
            if (wholeFileDone)
                return false;
            csv.setReport(&parsed->report);
            checker.parse(csv, *parsed, request, 1 << 16);
            csv.setReport(&report);
            wholeFileDone = parsed->records == 0 || parsed->fatal || request.cancelled();
            *sequence = wholeFileSequence++;
            return true;
        }
        CsvBlock block;
        if (request.cancelled() || !splitter->next(&block))
            return false;
        const QString name = QStringLiteral("/vsimem/wijk_observations_%1_%2.csv")
                                 .arg(quintptr(splitter.get()))
                                 .arg(block.sequence);
        VSIFCloseL(VSIFileFromMemBuffer(name.toUtf8().constData(),
                                        reinterpret_cast<GByte *>(block.data.data()),
                                        vsi_l_offset(block.data.size()), FALSE));
        {
            CsvReader reader(&parsed->report);
            if (reader.openPart(name, displayName, csv.header(), csv.delimiter(), block.firstLine))
                checker.parse(reader, *parsed, request);
            else
                parsed->fatal = true;
        }
        VSIUnlink(name.toUtf8().constData());
        parsed->endOffset = block.endOffset;
        *sequence = block.sequence;
        return true;
    };
    ParsedBlockQueue queue(4);
    QSemaphore parsersDone;
    int pooledParsers = 0;
    for (int i = 0; i < (split ? 2 : 1); ++i) {
        queue.producerStarted();
        // The pool owns a runnable it started; one it refused (no free thread) stays ours.
        std::unique_ptr<QRunnable> parser(QRunnable::create([&] {
            RowChecker checker(columns, regionMap, indicatorMap, checkRegions);
            ParsedBlock parsed;
            int sequence = 0;
            while (parseNext(checker, &parsed, &sequence) && queue.put(sequence, std::move(parsed)))
                parsed = ParsedBlock();
            queue.producerFinished();
            parsersDone.release();
        }));
        if (QThreadPool::globalInstance()->tryStart(parser.get())) {
            parser.release();
            ++pooledParsers;
        } else {
            queue.producerFinished();
        }
    }
    // Without a pooled parser this thread parses, one block ahead of the writing.
    RowChecker ownChecker(columns, regionMap, indicatorMap, checkRegions);
    const auto nextBlock = [&](ParsedBlock *parsed) {
        if (pooledParsers > 0)
            return queue.take(parsed);
        *parsed = ParsedBlock();
        int sequence = 0;
        return parseNext(ownChecker, parsed, &sequence);
    };

    // Rows are gathered per indicator and written when the file ends (or chunkRows are
    // gathered): then a new workspace's B-tree grows by appends only (observation_buckets.h).
    // Progress counts the file twice: once read, once written.
    ObservationBulkWriter writer(transaction, extractKey);
    ObservationBulkWriter::Outcome outcome;
    ObservationBuckets gathered;
    qint64 readOffset = 0;
    qint64 writtenOffset = 0;
    const auto writeGathered = [&]() {
        const double total = double(gathered.size());
        const qint64 from = writtenOffset;
        const bool ok =
            gathered.drain([&](const std::vector<ParsedObservation> &rows, size_t drained) {
                if (request.cancelled()) {
                    pass.cancelled = true;
                    return false;
                }
                if (!writer.write(rows, outcome))
                    return false;
                writtenOffset = from + qint64(double(readOffset - from) * double(drained) / total);
                if (request.progress)
                    request.progress(readOffset + writtenOffset, 2 * size, displayName);
                return true;
            });
        writtenOffset = readOffset;
        return ok;
    };
    // Indicators that fill a new partition (a team workspace, writer.streams()) are sent
    // while the file is still being read: after each block the largest of their buckets go,
    // until streamRows are left gathered. The server then stores one part while the threads
    // parse the next, instead of waiting for the whole file (docs/benchmarks.md).
    qint64 gatheredRows = 0;
    qint64 streamedRows = 0;
    const auto writeStreamed = [&]() {
        // At first fewer are left gathered, so that the server starts early; then more, so
        // that its COPYs are larger (extract_observations.h).
        const size_t keep = std::min(
            streamRows, std::max(streamRows / 16, size_t(std::max<qint64>(gatheredRows, 0)) / 2));
        return gathered.drainLargest(
            keep, [&](qint64 indicator) { return writer.streams(indicator); },
            [&](const std::vector<ParsedObservation> &rows) {
                if (request.cancelled()) {
                    pass.cancelled = true;
                    return false;
                }
                if (!writer.write(rows, outcome))
                    return false;
                streamedRows += qint64(rows.size());
                writtenOffset = qint64(double(readOffset) * double(streamedRows) /
                                       double(std::max<qint64>(gatheredRows, 1)));
                return true;
            });
    };
    ParsedBlock parsed;
    bool stop = false;
    while (!stop && nextBlock(&parsed)) {
        report.merge(parsed.report);
        pass.rows += parsed.records;
        if (parsed.minPeriod != 0)
            pass.minPeriod =
                pass.minPeriod == 0 ? parsed.minPeriod : std::min(pass.minPeriod, parsed.minPeriod);
        pass.maxPeriod = std::max(pass.maxPeriod, parsed.maxPeriod);
        if (request.cancelled()) {
            pass.cancelled = true;
            break;
        }
        if (!gathered.empty() && gathered.size() + parsed.rows.size() > chunkRows)
            stop = !writeGathered();
        for (const ParsedObservation &row : parsed.rows)
            gathered.add(row);
        gatheredRows += qint64(parsed.rows.size());
        readOffset = parsed.endOffset;
        if (!stop && gathered.size() > streamRows / 16)
            stop = !writeStreamed();
        if (request.progress)
            request.progress(readOffset + writtenOffset, 2 * size, displayName);
        stop = stop || parsed.fatal;
    }
    // Parsing threads are done with their blocks before the writing starts.
    queue.abort();
    parsersDone.acquire(pooledParsers);
    if (!stop && !pass.cancelled && !request.cancelled() && !gathered.empty())
        writeGathered();
    if (request.cancelled())
        pass.cancelled = true;

    pass.written = outcome.written;
    pass.keptNewer = outcome.keptNewer;
    QHash<qint64, QString> regionCodeOf;
    QHash<qint64, QString> indicatorCodeOf;
    if (!outcome.duplicates.empty()) {
        for (const QString &code : regionCodes)
            regionCodeOf.insert(transaction.regionKey(code), code);
        for (auto it = indicatorKinds.begin(); it != indicatorKinds.end(); ++it)
            indicatorCodeOf.insert(transaction.indicatorKey(it.key()), it.key());
    }
    // Chunks are written in key order: report in line order, as the file has them.
    std::sort(
        outcome.duplicates.begin(), outcome.duplicates.end(),
        [](const ParsedObservation &a, const ParsedObservation &b) { return a.line < b.line; });
    for (const ParsedObservation &duplicate : outcome.duplicates)
        report.addError(
            displayName, duplicate.line, QString(),
            QCoreApplication::translate("wijk::ExtractObservations",
                                        "a second value for region %1, indicator %2, period %3")
                .arg(regionCodeOf.value(duplicate.region),
                     indicatorCodeOf.value(duplicate.indicator))
                .arg(duplicate.period));
    if (!outcome.failure.isEmpty())
        report.addError(
            displayName, outcome.failureLine, QString(),
            QCoreApplication::translate("wijk::ExtractObservations", "cannot be stored: %1")
                .arg(outcome.failure));
    if (request.progress)
        request.progress(size, size, displayName);
    return pass;
}

} // namespace wijk::import
