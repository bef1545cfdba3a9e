#include "engine/trends.h"

#include "engine/disclosure.h"

#include <QRunnable>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace wijk::engine {

namespace {

//! Where one series lives in the dataset: a stretch [firstPeriod, endPeriod) of one region.
struct SeriesTask
{
    int indicator;
    int region;
    int firstPeriod; //!< period index
    int endPeriod;
};

struct Scratch
{
    std::vector<double> t, x, work;
};

void fillStatistics(TrendRow &row, const double *t, const double *x, int n, double alpha,
                    Scratch &scratch)
{
    row.n = n;
    if (n == 0)
        return;
    row.firstPeriod = int(t[0]);
    row.lastPeriod = int(t[n - 1]);
    row.firstValue = x[0];
    row.lastValue = x[n - 1];
    if (n >= 2) {
        row.changeAbs = x[n - 1] - x[0];
        if (x[0] != 0.0)
            row.changePct = row.changeAbs / std::fabs(x[0]) * 100.0;
    }
    if (n < kMinTestValues)
        return;
    row.mk = stats::mannKendall(x, n, scratch.work);
    row.sen = stats::theilSen(t, x, n, alpha, scratch.work);
    row.ols = stats::ols(t, x, n, alpha);
}

void runSeries(const Dataset &data, const SeriesTask &task, TrendRow &row, double alpha,
               Scratch &scratch)
{
    row.region = task.region;
    row.indicator = task.indicator;
    row.seriesBreakYear = data.seriesBreakYear(task.region, task.firstPeriod);
    scratch.t.clear();
    scratch.x.clear();
    for (int p = task.firstPeriod; p < task.endPeriod; ++p)
        if (mayShow(data, task.indicator, task.region, p)) {
            scratch.t.push_back(data.period(p));
            scratch.x.push_back(data.value(task.indicator, task.region, p));
        }
    fillStatistics(row, scratch.t.data(), scratch.x.data(), int(scratch.t.size()), alpha, scratch);
}

std::vector<SeriesTask> collectSeries(const Dataset &data, const TrendOptions &options,
                                      const std::vector<int> &indicators)
{
    int firstPeriod = 0;
    while (firstPeriod < data.periodCount() && data.period(firstPeriod) < options.fromYear)
        ++firstPeriod;
    int endPeriod = firstPeriod;
    while (endPeriod < data.periodCount() && data.period(endPeriod) <= options.toYear)
        ++endPeriod;
    std::vector<SeriesTask> tasks;
    const std::vector<int> regions = data.regionsOfLevel(options.level);
    for (int i : indicators)
        for (int r : regions) {
            // Split at boundary changes; a stretch without any shown value is no series.
            int start = firstPeriod;
            while (start < endPeriod) {
                int end = start + 1;
                while (end < endPeriod && data.seriesAt(r, end) == data.seriesAt(r, start))
                    ++end;
                for (int p = start; p < end; ++p)
                    if (mayShow(data, i, r, p)) {
                        tasks.push_back({i, r, start, end});
                        break;
                    }
                start = end;
            }
        }
    return tasks;
}

//! Runs work(k, worker) for k in [0, count) on `threads` workers (worker = 0 .. threads-1),
//! handing out chunks of `chunk` items. The calling thread is worker 0; the others are tasks
//! of the process's one thread pool (QThreadPool::globalInstance(), sized to the machine),
//! which the window's background jobs (QtConcurrent::run) share. A helper that the pool has
//! not started by the time the work is done returns at once when it does start: the caller
//! never waits for a queued task, so a call from a pooled job cannot deadlock a full pool.
template <typename Work> void parallelFor(size_t count, int threads, size_t chunk, const Work &work)
{
    std::atomic<size_t> next{0};
    auto worker = [&](int id) {
        for (;;) {
            const size_t begin = next.fetch_add(chunk);
            if (begin >= count)
                return;
            const size_t end = std::min(begin + chunk, count);
            for (size_t k = begin; k < end; ++k)
                work(k, id);
        }
    };
    struct Helpers
    {
        std::mutex mutex;
        std::condition_variable idle;
        bool closed = false;
        int running = 0;
    };
    const auto helpers = std::make_shared<Helpers>();
    const int wanted =
        int(std::min<size_t>(size_t(std::max(threads, 1)), (count + chunk - 1) / chunk));
    for (int id = 1; id < wanted; ++id) {
        QThreadPool::globalInstance()->start(QRunnable::create([helpers, &worker, id] {
            {
                const std::lock_guard<std::mutex> lock(helpers->mutex);
                if (helpers->closed)
                    return;
                ++helpers->running;
            }
            worker(id);
            {
                const std::lock_guard<std::mutex> lock(helpers->mutex);
                --helpers->running;
            }
            helpers->idle.notify_all();
        }));
    }
    worker(0);
    std::unique_lock<std::mutex> lock(helpers->mutex);
    helpers->closed = true;
    helpers->idle.wait(lock, [&] { return helpers->running == 0; });
}

void classify(TrendRow &row, Polarity polarity, double alpha)
{
    if (!row.tested() || std::isnan(row.q))
        return;
    if (row.q < alpha && row.mk.s != 0)
        row.direction = row.mk.s > 0 ? TrendDirection::Up : TrendDirection::Down;
    else
        row.direction = TrendDirection::Flat;
    if (polarity == Polarity::Neutral || row.direction == TrendDirection::Flat)
        return;
    const bool higherIsBetter = polarity == Polarity::HigherIsBetter;
    const bool rising = row.direction == TrendDirection::Up;
    row.signal = rising == higherIsBetter ? TrendSignal::Improving : TrendSignal::Worsening;
}

} // namespace

std::vector<TrendRow> computeTrends(const Dataset &dataset, const TrendOptions &options)
{
    if (!dataset.disclosureApplied())
        throw std::logic_error("computeTrends() before applyDisclosure()");
    std::vector<int> indicators = options.indicators;
    if (indicators.empty())
        for (int i = 0; i < dataset.indicatorCount(); ++i)
            indicators.push_back(i);
    const std::vector<SeriesTask> tasks = collectSeries(dataset, options, indicators);
    std::vector<TrendRow> rows(tasks.size());

    // Series are independent: chunks are handed out to one worker per thread of the pool,
    // each with its own scratch buffers.
    const int threads = options.threads > 0
                            ? options.threads
                            : std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    std::vector<Scratch> scratch(static_cast<size_t>(threads));
    parallelFor(tasks.size(), threads, 4096, [&](size_t k, int worker) {
        runSeries(dataset, tasks[k], rows[k], options.alpha, scratch[size_t(worker)]);
    });

    // One family per indicator (the level is fixed): all its regions' series. Tasks come in
    // indicator order, so each family is one contiguous range; families run in parallel.
    std::vector<std::pair<size_t, size_t>> families;
    for (size_t k = 0; k < rows.size(); ++k) {
        if (families.empty() || rows[families.back().first].indicator != rows[k].indicator)
            families.push_back({k, k});
        families.back().second = k + 1;
    }
    parallelFor(families.size(), threads, 1, [&](size_t f, int) {
        const auto [begin, end] = families[f];
        std::vector<double> p;
        p.reserve(end - begin);
        for (size_t k = begin; k < end; ++k)
            p.push_back(rows[k].tested() ? rows[k].mk.p : stats::kNaN);
        const std::vector<double> q = stats::benjaminiHochberg(p);
        const Polarity polarity = dataset.indicator(rows[begin].indicator).polarity;
        for (size_t k = begin; k < end; ++k) {
            rows[k].q = q[k - begin];
            classify(rows[k], polarity, options.alpha);
        }
    });
    return rows;
}

TrendRow trendOfSeries(const std::vector<double> &years, const std::vector<double> &values,
                       double alpha)
{
    TrendRow row;
    Scratch scratch;
    fillStatistics(row, years.data(), values.data(), int(std::min(years.size(), values.size())),
                   alpha, scratch);
    return row;
}

QString directionName(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Up:
        return QStringLiteral("up");
    case TrendDirection::Down:
        return QStringLiteral("down");
    case TrendDirection::Flat:
        return QStringLiteral("flat");
    case TrendDirection::None:
        break;
    }
    return {};
}

QString signalName(TrendSignal signal)
{
    switch (signal) {
    case TrendSignal::Worsening:
        return QStringLiteral("worsening");
    case TrendSignal::Improving:
        return QStringLiteral("improving");
    case TrendSignal::None:
        break;
    }
    return {};
}

} // namespace wijk::engine
