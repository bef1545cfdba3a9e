#include "import/extract_observations.h"

#include "import/csv_reader.h"
#include "import/observation_bulk.h"

#include <QCoreApplication>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace wijk {

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
struct Batch
{
    std::vector<ObservationRow> rows;
    qint64 bytesRead = 0;
};

//! Hands parsed rows from the parsing thread to the thread that writes to SQLite; bounded
//! so that memory stays flat however large the file is.
class BatchQueue
{
public:
    //! Blocks while the queue is full; false once the consumer has given up.
    bool push(Batch batch)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mCanPush.wait(lock, [this] { return mQueue.size() < kCapacity || mAborted; });
        if (mAborted)
            return false;
        mQueue.push_back(std::move(batch));
        mCanPop.notify_one();
        return true;
    }
    //! Blocks until a batch is there; false when the producer has finished and all is taken.
    bool pop(Batch *batch)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mCanPop.wait(lock, [this] { return !mQueue.empty() || mClosed; });
        if (mQueue.empty())
            return false;
        *batch = std::move(mQueue.front());
        mQueue.pop_front();
        mCanPush.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mClosed = true;
        mCanPop.notify_all();
    }
    void abort()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mAborted = true;
        mQueue.clear();
        mCanPush.notify_all();
    }

private:
    // One chunk waits while one is written and the next is parsed.
    static constexpr size_t kCapacity = 1;
    std::mutex mMutex;
    std::condition_variable mCanPush;
    std::condition_variable mCanPop;
    std::deque<Batch> mQueue;
    bool mClosed = false;
    bool mAborted = false;
};

} // namespace

ObservationPass streamExtractObservations(const QString &gdalPath, const QString &displayName,
                                          ImportTransaction &transaction, qint64 extractKey,
                                          const QHash<QString, IndicatorKind> &indicatorKinds,
                                          const QStringList &regionCodes, bool checkRegions,
                                          const ImportRequest &request, ImportReport &report,
                                          size_t chunkRows)
{
    ObservationPass pass;
    CsvReader csv(&report);
    if (!csv.open(gdalPath, displayName))
        return pass;
    csv.warnUnknownColumns({"region", "indicator", "period", "value", "status"});
    if (!csv.requireColumns({"region", "indicator", "period", "value"}))
        return pass;
    const int regionColumn = csv.column(QStringLiteral("region"));
    const int indicatorColumn = csv.column(QStringLiteral("indicator"));
    const int periodColumn = csv.column(QStringLiteral("period"));
    const int valueColumn = csv.column(QStringLiteral("value"));
    const int statusColumn = csv.column(QStringLiteral("status"));

    std::unordered_map<std::string, IndicatorEntry> indicatorMap;
    for (auto it = indicatorKinds.begin(); it != indicatorKinds.end(); ++it)
        indicatorMap[it.key().toStdString()] = {transaction.indicatorKey(it.key()),
                                                it.value() == IndicatorKind::Count};
    std::unordered_map<std::string, qint64> regionMap;
    for (const QString &code : regionCodes)
        regionMap[code.toStdString()] = transaction.regionKey(code);
    Lookup<IndicatorEntry> indicators(std::move(indicatorMap));
    Lookup<qint64> regions(std::move(regionMap));

    const qint64 size = csv.size();
    // Parsing and checking run on a second thread while this one writes to SQLite (the
    // connection stays on the caller's thread). Only the parser adds to the report until
    // it is joined; the writer keeps its findings and adds them afterwards.
    BatchQueue queue;
    std::thread parser([&] {
        Batch batch;
        batch.rows.reserve(chunkRows);
        while (csv.next()) {
            ++pass.rows;
            if ((pass.rows & 0xFFFF) == 0 && request.cancelled())
                break;
            bool ok = true;
            const std::string_view regionCode = csv.view(regionColumn);
            const qint64 *region = regions.find(regionCode);
            if (!region && !checkRegions) {
                ok = false;
            } else if (!region) {
                csv.error(
                    regionColumn,
                    regionCode.empty()
                        ? QCoreApplication::translate("wijk::ExtractObservations", "is empty")
                        : QCoreApplication::translate("wijk::ExtractObservations",
                                                      "'%1' is not a region of this extract or the "
                                                      "workspace")
                              .arg(qs(regionCode)));
                ok = false;
            }
            const std::string_view indicatorCode = csv.view(indicatorColumn);
            const IndicatorEntry *indicator = indicators.find(indicatorCode);
            if (!indicator) {
                csv.error(indicatorColumn,
                          indicatorCode.empty()
                              ? QCoreApplication::translate("wijk::ExtractObservations", "is empty")
                              : QCoreApplication::translate(
                                    "wijk::ExtractObservations",
                                    "'%1' is not in indicators.csv or the workspace")
                                    .arg(qs(indicatorCode)));
                ok = false;
            }
            const int period = parseYear(csv.view(periodColumn));
            if (period == 0) {
                csv.error(periodColumn, QCoreApplication::translate("wijk::ExtractObservations",
                                                                    "'%1' is not a year (YYYY)")
                                            .arg(csv.text(periodColumn)));
                ok = false;
            }
            ValueStatus status = ValueStatus::Final;
            if (statusColumn >= 0 && !csv.isEmpty(statusColumn)) {
                const auto parsed = valueStatusFromString(csv.text(statusColumn));
                if (!parsed || *parsed == ValueStatus::Derived || *parsed == ValueStatus::Final) {
                    csv.error(statusColumn, QCoreApplication::translate(
                                                "wijk::ExtractObservations",
                                                "'%1' is not a status; use provisional, estimated, "
                                                "suppressed or missing, or leave it empty")
                                                .arg(csv.text(statusColumn)));
                    ok = false;
                }
                status = parsed.value_or(ValueStatus::Final);
            }
            double value = std::numeric_limits<double>::quiet_NaN();
            switch (csv.number(valueColumn, &value)) {
            case CsvReader::Number::Ok:
                if (status == ValueStatus::Suppressed) {
                    csv.error(valueColumn, QCoreApplication::translate(
                                               "wijk::ExtractObservations",
                                               "a suppressed value must be empty, found '%1'")
                                               .arg(csv.text(valueColumn)));
                    ok = false;
                } else if (value < 0 && indicator && indicator->count) {
                    csv.error(valueColumn,
                              QCoreApplication::translate("wijk::ExtractObservations",
                                                          "%1 is negative, but '%2' is a count")
                                  .arg(csv.text(valueColumn), qs(indicatorCode)));
                    ok = false;
                }
                break;
            case CsvReader::Number::Empty:
                value = std::numeric_limits<double>::quiet_NaN();
                break;
            case CsvReader::Number::Invalid:
                csv.error(valueColumn, QCoreApplication::translate("wijk::ExtractObservations",
                                                                   "'%1' is not a number")
                                           .arg(csv.text(valueColumn)));
                ok = false;
                break;
            case CsvReader::Number::NotFinite:
                csv.error(valueColumn,
                          QCoreApplication::translate(
                              "wijk::ExtractObservations",
                              "'%1' is not a finite number (NaN and infinity are not allowed)")
                              .arg(csv.text(valueColumn)));
                ok = false;
                break;
            }
            if (!ok)
                continue;
            pass.minPeriod = pass.minPeriod == 0 ? period : std::min(pass.minPeriod, period);
            pass.maxPeriod = std::max(pass.maxPeriod, period);
            batch.rows.push_back(
                {indicator->key, *region, value, csv.line(), qint16(period), quint8(status)});
            if (batch.rows.size() == chunkRows) {
                batch.bytesRead = csv.bytesRead();
                if (!queue.push(std::move(batch)))
                    break;
                batch = Batch();
                batch.rows.reserve(chunkRows);
            }
        }
        batch.bytesRead = csv.bytesRead();
        queue.push(std::move(batch));
        queue.close();
    });

    ObservationBulkWriter writer(transaction, extractKey);
    ObservationBulkWriter::Outcome outcome;
    Batch batch;
    while (queue.pop(&batch)) {
        if (request.cancelled()) {
            pass.cancelled = true;
            queue.abort();
            break;
        }
        // Sorted here: GDAL's tokenizer keeps the parsing thread the busier one.
        sortByKey(batch.rows);
        if (!writer.write(batch.rows, outcome)) {
            queue.abort();
            break;
        }
        if (request.progress)
            request.progress(batch.bytesRead, size, displayName);
    }
    parser.join();
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
    for (const ObservationRow &duplicate : outcome.duplicates)
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

} // namespace wijk
