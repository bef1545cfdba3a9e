// The bulk path of the extract import (ObservationBulkWriter, sorted chunks): the same
// results as row-by-row writing across chunk boundaries, repeated keys, stored keys and
// supersession; the streaming import with tiny chunks and gathered per indicator
// (ObservationBuckets); sortByKey.
#include "import/extract_observations.h"
#include "import/import_transaction.h"
#include "import/observation_buckets.h"
#include "import/observation_bulk.h"
#include "import_test_helpers.h"
#include "workspace/sql_statement.h"

#include <QFile>
#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

using namespace wijk;
using namespace wijk::test;

namespace {
workspace::ExtractInfo extractInfo(const char *id, const char *created)
{
    workspace::ExtractInfo info;
    info.extractId = QString::fromLatin1(id);
    info.format = QStringLiteral("extract");
    info.created = QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate);
    return info;
}

Indicator makeIndicator(const char *code, IndicatorKind kind)
{
    Indicator indicator;
    indicator.code = QString::fromLatin1(code);
    indicator.name = indicator.code;
    indicator.unit = QStringLiteral("count");
    indicator.kind = kind;
    return indicator;
}

import::ParsedObservation row(qint64 indicator, qint64 region, int period, double value, int line){
    return {indicator, region, value, line, qint16(period), quint8(ValueStatus::Final)};
} // namespace

const QHash<QString, IndicatorKind> kinds{{QStringLiteral("i1"), IndicatorKind::Value},
                                          {QStringLiteral("i2"), IndicatorKind::Count}};

//! A transaction with extract "a" and the indicators i1 (a value) and i2 (a count).
std::unique_ptr<import::ImportTransaction> beginWithTwoIndicators(workspace::Workspace &ws,
                                                                  qint64 *extract)
{
    QString error;
    auto tx = import::ImportTransaction::begin(ws, &error);
    *extract = tx->recordExtract(extractInfo("a", "2025-01-01T00:00:00Z"));
    tx->putIndicator(makeIndicator("i1", IndicatorKind::Value));
    tx->putIndicator(makeIndicator("i2", IndicatorKind::Count));
    return tx;
}

//! observation_summary as text, and what it should say.
QString summary(const workspace::Workspace &ws)
{
    return workspace::sql::scalarText(ws.handle(),
                                      "SELECT group_concat(x, ' ') FROM (SELECT indicator_id "
                                      "|| '/' || period || ':' || observations AS x FROM "
                                      "observation_summary ORDER BY indicator_id, period)");
}

QString counted(const workspace::Workspace &ws)
{
    return workspace::sql::scalarText(ws.handle(),
                                      "SELECT group_concat(x, ' ') FROM (SELECT indicator_id "
                                      "|| '/' || period || ':' || count(*) AS x FROM "
                                      "observations GROUP BY indicator_id, period ORDER BY "
                                      "indicator_id, period)");
}

//! Writes rows in chunks of `chunk` (each sorted) through a writer.
import::ObservationBulkWriter::Outcome
writeChunked(import::ImportTransaction &tx, qint64 extract,
             const std::vector<import::ParsedObservation> &rows,
             size_t chunk){import::ObservationBulkWriter writer(tx, extract);
import::ObservationBulkWriter::Outcome outcome;
for (size_t begin = 0; begin < rows.size(); begin += chunk) {
    std::vector<import::ParsedObservation> part(
        rows.begin() + std::ptrdiff_t(begin),
        rows.begin() + std::ptrdiff_t(std::min(rows.size(), begin + chunk)));
    import::sortByKey(part);
    if (!writer.write(part, outcome))
        break;
}
return outcome;
}
} // namespace

class TestImportBulk : public QObject
{
    Q_OBJECT

private slots:
    void sortByKeyOrdersLikeAFullSort()
    {
        std::mt19937 random(7);
        for (const qint64 maxIndicator : {qint64(5), qint64(3'000'000)}) {
            std::vector<import::ParsedObservation> rows;
            for (int i = 0; i < 5000; ++i)
                rows.push_back(row(qint64(random() % 5) * (maxIndicator / 5) + 1,
                                   qint64(random() % 50), 2000 + int(random() % 4), i, i + 2));
            std::vector<import::ParsedObservation> expected = rows;
            std::stable_sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
                return std::tie(a.indicator, a.region, a.period) <
                       std::tie(b.indicator, b.region, b.period);
            });
            import::sortByKey(rows);
            for (size_t i = 0; i < rows.size(); ++i)
                QCOMPARE(rows[i].line, expected[i].line);
        }
    }

    void chunksGiveTheSameResultAsOneChunk()
    {
        // Region-major input with a repeated key inside a chunk and across chunks.
        std::vector<import::ParsedObservation> rows;
        int line = 2;
        for (qint64 region = 1; region <= 7; ++region)
            for (qint64 indicator = 1; indicator <= 3; ++indicator)
                for (int period = 2020; period <= 2022; ++period, ++line)
                    rows.push_back(row(indicator, region, period, line, line));
        rows.push_back(row(2, 1, 2021, -1, line++)); // far from its first occurrence
        rows.push_back(row(3, 7, 2022, -2, line++)); // right after it
        for (const size_t chunk : {size_t(4), size_t(10), size_t(1000)}) {
            TempWorkspace temp;
            QString error;
            auto tx = import::ImportTransaction::begin(*temp.ws, &error);
            QVERIFY(tx);
            const qint64 extract = tx->recordExtract(extractInfo("a", "2025-01-01T00:00:00Z"));
            for (const char *code : {"i1", "i2", "i3"})
                QVERIFY(tx->putIndicator(makeIndicator(code, IndicatorKind::Value)) > 0);
            for (const char *code : {"r1", "r2", "r3", "r4", "r5", "r6", "r7"})
                QVERIFY(tx->regionKey(QString::fromLatin1(code)) > 0);
            const auto outcome = writeChunked(*tx, extract, rows, chunk);
            QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
            QCOMPARE(outcome.written, qint64(rows.size() - 2));
            QCOMPARE(outcome.duplicates.size(), size_t(2));
            QCOMPARE(outcome.duplicates[0].line + outcome.duplicates[1].line, 2 * line - 3);
            QVERIFY2(tx->commit(&error), qPrintable(error));
            const auto stored = temp.ws->observations();
            QCOMPARE(stored.size(), rows.size() - 2);
            // The first value in the file wins; the repeats are not written.
            QCOMPARE(find(stored, "r1", "i2", 2021)->value, double(2 + 3 + 1));
            QVERIFY(find(stored, "r7", "i3", 2022)->value > 0);
            QCOMPARE(temp.ws->extracts().front().observationCount, qint64(rows.size() - 2));
            QCOMPARE(temp.ws->observationCount(), qint64(rows.size() - 2));
            QCOMPARE(summary(*temp.ws), counted(*temp.ws));
        }
    }

    void storedKeysTakeTheSupersessionRules()
    {
        TempWorkspace temp;
        QString error;
        {
            auto tx = import::ImportTransaction::begin(*temp.ws, &error);
            const qint64 older = tx->recordExtract(extractInfo("old", "2024-01-01T00:00:00Z"));
            const qint64 i1 = tx->putIndicator(makeIndicator("i1", IndicatorKind::Value));
            const qint64 r1 = tx->regionKey(QStringLiteral("r1"));
            const qint64 r2 = tx->regionKey(QStringLiteral("r2"));
            const auto outcome =
                writeChunked(*tx, older, {row(i1, r1, 2020, 1, 2), row(i1, r2, 2020, 2, 3)}, 10);
            QCOMPARE(outcome.written, 2);
            QVERIFY(tx->commit(&error));
        }
        {
            auto tx = import::ImportTransaction::begin(*temp.ws, &error);
            const qint64 newer = tx->recordExtract(extractInfo("new", "2025-01-01T00:00:00Z"));
            const qint64 i1 = tx->indicatorKey(QStringLiteral("i1"));
            const qint64 r1 = tx->regionKey(QStringLiteral("r1"));
            const qint64 r3 = tx->regionKey(QStringLiteral("r3"));
            // r1 replaces the older value; r3 is new; r1 again is this extract's duplicate.
            const auto outcome = writeChunked(
                *tx, newer,
                {row(i1, r3, 2020, 30, 2), row(i1, r1, 2020, 10, 3), row(i1, r1, 2020, 11, 4)}, 2);
            QCOMPARE(outcome.written, 2);
            QCOMPARE(outcome.duplicates.size(), size_t(1));
            QCOMPARE(outcome.duplicates[0].line, 4);
            QVERIFY(tx->commit(&error));
        }
        {
            auto tx = import::ImportTransaction::begin(*temp.ws, &error);
            const qint64 between = tx->recordExtract(extractInfo("mid", "2024-06-01T00:00:00Z"));
            const qint64 i1 = tx->indicatorKey(QStringLiteral("i1"));
            const auto outcome =
                writeChunked(*tx, between,
                             {row(i1, tx->regionKey(QStringLiteral("r1")), 2020, 99, 2),
                              row(i1, tx->regionKey(QStringLiteral("r2")), 2020, 98, 3)},
                             1);
            QCOMPARE(outcome.keptNewer, 1); // r1 comes from the newer extract
            QCOMPARE(outcome.written, 1);   // r2 came from the older one
            QVERIFY(tx->commit(&error));
        }
        const auto stored = temp.ws->observations();
        QCOMPARE(stored.size(), size_t(3));
        QCOMPARE(summary(*temp.ws), counted(*temp.ws));
        QCOMPARE(find(stored, "r1", "i1", 2020)->value, 10.0);
        QCOMPARE(find(stored, "r1", "i1", 2020)->extractId, QStringLiteral("new"));
        QCOMPARE(find(stored, "r2", "i1", 2020)->value, 98.0);
        QCOMPARE(find(stored, "r3", "i1", 2020)->value, 30.0);
    }

    void streamingWithTinyChunksReportsLikeRowByRow()
    {
        TempWorkspace temp;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("observations.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("region,indicator,period,value,status\n"
                   "r2,i1,2020,1,\n"
                   "r1,i1,2020,2,\n"
                   "r1,i2,2020,x,\n"    // not a number
                   "r9,i1,2020,3,\n"    // unknown region
                   "r1,i1,2021,,\n"     // empty: missing value
                   "r2,i1,2020,4,\n"    // repeats line 2
                   "r1,i2,2021,-5,\n"); // a negative count
        file.close();
        QString error;
        qint64 extract = -1;
        auto tx = beginWithTwoIndicators(*temp.ws, &extract);
        import::ImportReport report;
        const import::ObservationPass pass = import::streamExtractObservations(
            csv, QStringLiteral("observations.csv"), *tx, extract, kinds,
            {QStringLiteral("r1"), QStringLiteral("r2")}, true, import::ImportRequest(), report, 2);
        QCOMPARE(pass.rows, 7);
        QCOMPARE(pass.written, 3);
        QCOMPARE(pass.minPeriod, 2020);
        QCOMPARE(pass.maxPeriod, 2021);
        QCOMPARE(report.errorCount(), 4);
        QVERIFY(hasProblem(report, 4, "value", "not a number"));
        QVERIFY(hasProblem(report, 5, "region", "r9"));
        QVERIFY(hasProblem(report, 7, "", "a second value for region r2, indicator i1"));
        QVERIFY(hasProblem(report, 8, "value", "negative"));
        QVERIFY(tx->commit(&error));
        const auto stored = temp.ws->observations();
        QCOMPARE(find(stored, "r2", "i1", 2020)->value, 1.0);
        QVERIFY(std::isnan(find(stored, "r1", "i1", 2021)->value));
    }

    void twoParsingThreadsGiveTheSameResultAsOne()
    {
        // Quoted fields over several lines, quotes in quotes, blank lines, a short record,
        // errors and repeated keys all over: cut into blocks of 64 bytes, the file must give
        // the same problems (same lines, same order) and values as when read by one thread.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("observations.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "region,indicator,period,value,status,note\r\n";
        for (int i = 0; i < 400; ++i) {
            const QByteArray region = "r" + QByteArray::number(1 + i % 5);
            const QByteArray period = QByteArray::number(2000 + i / 10);
            const QByteArray indicator = i % 2 ? "i1" : "i2";
            QByteArray value = QByteArray::number(i % 17);
            if (i % 37 == 5)
                value = "x";
            QByteArray note = "plain";
            if (i % 11 == 3)
                note = "\"two\nlines, \"\"quoted\"\"\"";
            if (i % 41 == 7)
                text += "\n";
            if (i % 53 == 9)
                text += region + "," + indicator + "\n";
            text += (i % 29 == 4 ? QByteArray("r9") : region) + "," + indicator + "," + period +
                    "," + value + ",," + note + "\n";
            if (i % 61 == 11)
                text += region + "," + indicator + "," + period + ",1,,again\n";
        }
        text += "r1,i1,2001,5,,far from the first\n";
        file.write(text);
        file.close();

        struct Result
        {
            import::ObservationPass pass;
            QStringList problems;
            QString stored;
        };
        const auto run = [&](int blockBytes, size_t chunkRows,
                             size_t streamRows = import::kObservationStreamRows) {
            TempWorkspace temp;
            qint64 extract = -1;
            auto tx = beginWithTwoIndicators(*temp.ws, &extract);
            QStringList regions;
            for (int r = 1; r <= 5; ++r)
                regions << QStringLiteral("r%1").arg(r);
            Result result;
            import::ImportReport report;
            result.pass = import::streamExtractObservations(
                csv, QStringLiteral("observations.csv"), *tx, extract, kinds, regions, true,
                import::ImportRequest(), report, chunkRows, blockBytes, streamRows);
            result.problems = report.formatted();
            result.stored = workspace::sql::scalarText(
                temp.ws->handle(), "SELECT group_concat(x, ' ') FROM (SELECT indicator_id || "
                                   "'/' || region_id || '/' || period || '=' || value AS x FROM "
                                   "observations ORDER BY 1)");
            return result;
        };
        const Result one = run(0, 7);
        const Result two = run(64, 7);
        const Result gathered = run(64, import::kObservationChunkRows); // one write at the end
        QVERIFY(one.pass.rows > 390);
        QVERIFY(one.problems.size() > 20);
        QVERIFY2(one.problems.join('\n').contains(QLatin1String("a second value")),
                 qPrintable(one.problems.join('\n')));
        QCOMPARE(two.pass.rows, one.pass.rows);
        QCOMPARE(two.pass.written, one.pass.written);
        QCOMPARE(two.pass.minPeriod, one.pass.minPeriod);
        QCOMPARE(two.pass.maxPeriod, one.pass.maxPeriod);
        QCOMPARE(two.problems, one.problems);
        QCOMPARE(two.stored, one.stored);
        QCOMPARE(gathered.pass.written, one.pass.written);
        QCOMPARE(gathered.problems, one.problems);
        QCOMPARE(gathered.stored, one.stored);
        // On a team workspace each new indicator's rows are sent while the file is read, a few
        // at a time (here at most 3 left gathered after each block): the repeated keys across
        // those parts (the last line repeats one of the first) are found all the same.
        for (const int blockBytes : {0, 64}) {
            const Result streamed = run(blockBytes, import::kObservationChunkRows, 3);
            QCOMPARE(streamed.pass.written, one.pass.written);
            QCOMPARE(streamed.problems, one.problems);
            QCOMPARE(streamed.stored, one.stored);
        }

        // The parsers are tasks of the one pool. With every thread of it busy (an import from
        // a pooled job on a full pool) the caller parses itself: same result, no deadlock.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore occupied;
        const int threads = pool->maxThreadCount();
        for (int t = 0; t < threads; ++t)
            pool->start(QRunnable::create([&] {
                occupied.release();
                release.acquire();
            }));
        QVERIFY(occupied.tryAcquire(threads, 10000));
        const Result busyOne = run(0, 7);
        const Result busyTwo = run(64, 7);
        release.release(threads);
        pool->waitForDone();
        for (const Result *busy : {&busyOne, &busyTwo}) {
            QCOMPARE(busy->pass.rows, one.pass.rows);
            QCOMPARE(busy->problems, one.problems);
            QCOMPARE(busy->stored, one.stored);
        }
    }

    void aNulByteGivesTheSameResultWithTwoThreads()
    {
        // Found by fuzz_csv_blocks: a NUL byte hides the rest of its line from GDAL's line
        // reader (a C string) but not from the splitter, which counted the '"' after it and
        // so cut the records elsewhere than the reader joins them.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("observations.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "region,indicator,period,value\n";
        for (int i = 0; i < 40; ++i) {
            text += "r1,i1," + QByteArray::number(2000 + i) + ",1\n";
            if (i == 3)
                text += QByteArray("r2,i1,2001,\0\"\n", 14) + "\"\n";
        }
        file.write(text);
        file.close();

        const auto run = [&](int blockBytes) {
            TempWorkspace temp;
            qint64 extract = -1;
            auto tx = beginWithTwoIndicators(*temp.ws, &extract);
            import::ImportReport report;
            const import::ObservationPass pass = import::streamExtractObservations(
                csv, QStringLiteral("observations.csv"), *tx, extract, kinds,
                {QStringLiteral("r1"), QStringLiteral("r2")}, true, import::ImportRequest(), report,
                7, blockBytes);
            return QStringList{QString::number(pass.rows)} + report.formatted();
        };
        const QStringList one = run(0);
        QCOMPARE(run(64), one);
    }

    void bucketsHandOverTheLargestOfThoseThatStream()
    {
        import::ObservationBuckets buckets;
        // Indicator 1: 5 rows, 2: 3 rows (does not stream), 3: 4 rows, out of region order.
        int line = 2;
        for (const qint64 indicator : {1, 1, 2, 3, 1, 2, 3, 1, 3, 2, 1, 3})
            buckets.add(row(indicator, 10 - line % 7, 2020 + line, line, line)), ++line;
        QCOMPARE(buckets.size(), size_t(12));
        std::vector<std::vector<import::ParsedObservation>> handed;
        const auto streams = [](qint64 indicator) { return indicator != 2; };
        const auto take = [&](const std::vector<import::ParsedObservation> &rows) {
            handed.push_back(rows);
            return true;
        };
        QVERIFY(buckets.drainLargest(8, streams, take)); // 12 > 8: the largest, indicator 1
        QCOMPARE(handed.size(), size_t(1));
        QCOMPARE(handed[0].size(), size_t(5));
        QVERIFY(std::is_sorted(handed[0].begin(), handed[0].end(),
                               [](const auto &a, const auto &b) { return a.region < b.region; }));
        QCOMPARE(buckets.size(), size_t(7));
        QVERIFY(buckets.drainLargest(0, streams, take)); // then 3; 2 stays
        QCOMPARE(handed.size(), size_t(2));
        QCOMPARE(handed[1].front().indicator, qint64(3));
        QCOMPARE(buckets.size(), size_t(3));
        // A refused write stops the draining.
        buckets.add(row(1, 1, 2020, 1, 99));
        QVERIFY(!buckets.drainLargest(0, streams, [](const auto &) { return false; }));
        // What is left is drained as before, the indicator that does not stream included.
        std::vector<qint64> rest;
        QVERIFY(buckets.drain([&](const std::vector<import::ParsedObservation> &rows, size_t) {
            rest.push_back(rows.front().indicator);
            return true;
        }));
        QCOMPARE(rest, (std::vector<qint64>{2}));
    }

    void bucketsHandOverEachIndicatorSortedAndIntact()
    {
        // A region-major file: indicators interleaved, one region out of key order, a key
        // repeated (its first line must come first), every field kept.
        import::ObservationBuckets buckets;
        std::vector<import::ParsedObservation> file{
            row(7, 1, 2020, 1.5, 2), row(3, 1, 2020, 2.5, 3), row(7, 1, 2021, 3.5, 4),
            row(3, 5, 2020, 4.5, 5), row(7, 5, 2020, 5.5, 6), row(3, 2, 2020, 6.5, 7),
            row(7, 1, 2020, 7.5, 8)};
        file[2].value = std::numeric_limits<double>::quiet_NaN();
        file[3].status = quint8(ValueStatus::Provisional);
        for (const import::ParsedObservation &r : file)
            buckets.add(r);
        QCOMPARE(buckets.size(), file.size());
        std::vector<std::vector<import::ParsedObservation>> handed;
        std::vector<size_t> drainedCounts;
        QVERIFY(
            buckets.drain([&](const std::vector<import::ParsedObservation> &rows, size_t drained) {
                handed.push_back(rows);
                drainedCounts.push_back(drained);
                return true;
            }));
        QVERIFY(buckets.empty());
        QCOMPARE(handed.size(), size_t(2));
        QCOMPARE(drainedCounts, (std::vector<size_t>{3, 7}));
        const auto lines = [](const std::vector<import::ParsedObservation> &rows) {
            QList<int> result;
            for (const import::ParsedObservation &r : rows)
                result << r.line;
            return result;
        };
        QCOMPARE(lines(handed[0]), (QList<int>{3, 7, 5}));    // indicator 3: regions 1, 2, 5
        QCOMPARE(lines(handed[1]), (QList<int>{2, 8, 4, 6})); // indicator 7: line 2 before 8
        QCOMPARE(handed[0][2].status, quint8(ValueStatus::Provisional));
        QCOMPARE(handed[0][2].value, 4.5);
        QCOMPARE(handed[0][2].region, qint64(5));
        QCOMPARE(handed[0][2].indicator, qint64(3));
        QCOMPARE(handed[1][2].period, qint16(2021));
        QVERIFY(std::isnan(handed[1][2].value));

        // A write that fails stops the drain there.
        for (const import::ParsedObservation &r : file)
            buckets.add(r);
        int calls = 0;
        QVERIFY(!buckets.drain([&](const std::vector<import::ParsedObservation> &, size_t) {
            ++calls;
            return false;
        }));
        QCOMPARE(calls, 1);
        QVERIFY(buckets.empty());
    }
};

QTEST_GUILESS_MAIN(TestImportBulk)
#include "test_import_bulk.moc"
