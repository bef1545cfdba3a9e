// bench_trends: all trends with q-values on a national-scale synthetic workspace (default
// 1.8 million series of 10 yearly values), on every core and on one, and the same statistics
// on a sample through scipy (kendalltau/theilslopes/linregress in a Python loop) side by side.
// Usage: bench_trends [--series N] [--sample N] [--python /usr/bin/python3]
#include "engine/disclosure.h"
#include "engine/trends.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <thread>

using namespace wijk;
using namespace wijk::engine;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

//! 1 gemeente, 100 wijken, `buurten` buurten; `indicators` indicators; 2015..2024. Values:
//! a level, a slope (a quarter of the series trend clearly), noise, rounded to 0.1 (ties),
//! and 2 % missing.
engine::Dataset makeNational(int buurten, int indicators)
{
    std::vector<Region> regions;
    Region gemeente;
    gemeente.code = QStringLiteral("GM0001");
    gemeente.level = RegionLevel::Gemeente;
    gemeente.vintage = 2024;
    regions.push_back(gemeente);
    for (int w = 0; w < 100; ++w) {
        Region wijk = gemeente;
        wijk.code = QStringLiteral("WK0001%1").arg(w, 2, 10, QLatin1Char('0'));
        wijk.level = RegionLevel::Wijk;
        wijk.parent = gemeente.code;
        regions.push_back(wijk);
    }
    for (int b = 0; b < buurten; ++b) {
        Region buurt = gemeente;
        buurt.code = QStringLiteral("BU%1").arg(b, 8, 10, QLatin1Char('0'));
        buurt.level = RegionLevel::Buurt;
        buurt.parent = QStringLiteral("WK0001%1").arg(b % 100, 2, 10, QLatin1Char('0'));
        regions.push_back(buurt);
    }
    std::vector<Indicator> catalogue;
    for (int i = 0; i < indicators; ++i) {
        Indicator indicator;
        indicator.code = QStringLiteral("I%1").arg(i);
        indicator.kind = IndicatorKind::Value;
        indicator.polarity = i % 2 ? Polarity::LowerIsBetter : Polarity::HigherIsBetter;
        catalogue.push_back(indicator);
    }
    std::vector<int> years;
    for (int y = 2015; y <= 2024; ++y)
        years.push_back(y);
    engine::Dataset data(catalogue, regions, years);
    std::mt19937_64 random(20241128);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int i = 0; i < indicators; ++i)
        for (int r = 0; r < data.regionCount(); ++r) {
            if (data.region(r).level != RegionLevel::Buurt)
                continue;
            const double level = 50 + 10 * noise(random);
            const double slope = uniform(random) < 0.25 ? noise(random) : 0.0;
            for (int p = 0; p < data.periodCount(); ++p) {
                if (uniform(random) < 0.02)
                    continue;
                const double value = std::round((level + slope * p + noise(random)) * 10) / 10;
                data.setCell(i, r, p, value, ValueStatus::Final, false);
            }
        }
    engine::applyDisclosure(data);
    return data;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int target = option(args, QStringLiteral("--series"), 1800000);
    const int sample = option(args, QStringLiteral("--sample"), 2000);
    const int pythonAt = args.indexOf(QStringLiteral("--python"));
    const QString python = pythonAt >= 0 && pythonAt + 1 < args.size()
                               ? args.at(pythonAt + 1)
                               : (QFile::exists(QStringLiteral("/usr/bin/python3"))
                                      ? QStringLiteral("/usr/bin/python3")
                                      : QStringLiteral("python3"));
    const int indicators = 180;
    const int buurten = std::max(1, target / indicators);
    std::printf("cores: %u\n", std::thread::hardware_concurrency());
    std::printf("building %d buurten x %d indicators x 10 years ...\n", buurten, indicators);
    engine::Dataset data;
    const double build = seconds([&] { data = makeNational(buurten, indicators); });
    std::printf("dataset built in %.2f s\n", build);

    engine::TrendOptions options;
    options.level = RegionLevel::Buurt;
    std::vector<engine::TrendRow> rows;
    const std::clock_t cpuStart = std::clock();
    const double all = seconds([&] { rows = engine::computeTrends(data, options); });
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    size_t tested = 0, significant = 0;
    for (const engine::TrendRow &row : rows) {
        tested += row.tested();
        significant += row.direction == engine::TrendDirection::Up ||
                       row.direction == engine::TrendDirection::Down;
    }
    std::printf("all cores: %zu series (%zu tested, %zu significant at q < 0.05) with q-values "
                "in %.3f s wall, %.3f s CPU\n",
                rows.size(), tested, significant, all, cpu);
    options.threads = 1;
    const double one = seconds([&] { rows = engine::computeTrends(data, options); });
    std::printf("one core:  %.3f s (speed-up on all cores %.2fx)\n", one, one / all);

    // The sample: the first `sample` tested series, through the engine and through scipy.
    std::vector<std::vector<double>> ts, xs;
    for (int r = 0; r < data.regionCount() && int(ts.size()) < sample; ++r) {
        if (data.region(r).level != RegionLevel::Buurt)
            continue;
        std::vector<double> t, x;
        for (int p = 0; p < data.periodCount(); ++p)
            if (engine::mayShow(data, 0, r, p)) {
                t.push_back(data.period(p));
                x.push_back(data.value(0, r, p));
            }
        if (int(t.size()) >= engine::kMinTestValues) {
            ts.push_back(t);
            xs.push_back(x);
        }
    }
    const int repeats = 20;
    std::vector<engine::TrendRow> mine(ts.size());
    const double engineSample = seconds([&] {
                                    for (int k = 0; k < repeats; ++k)
                                        for (size_t s = 0; s < ts.size(); ++s)
                                            mine[s] = engine::trendOfSeries(ts[s], xs[s]);
                                }) /
                                repeats;

    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("sample.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return 3;
    QTextStream out(&csv);
    out << "id,t,x\n";
    for (size_t s = 0; s < ts.size(); ++s) {
        QStringList t, x;
        for (size_t k = 0; k < ts[s].size(); ++k) {
            t << QString::number(ts[s][k], 'g', 17);
            x << QString::number(xs[s][k], 'g', 17);
        }
        out << s << "," << t.join(';') << "," << x.join(';') << "\n";
    }
    out.flush();
    csv.close();
    // The script sits next to this source; build directories live in the checkout's root.
    QString script = QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                     QStringLiteral("/bench_trends_scipy.py");
    if (!QFile::exists(script))
        script = QCoreApplication::applicationDirPath() +
                 QStringLiteral("/../../bench/bench_trends_scipy.py");
    QProcess process;
    process.start(python, {script, csv.fileName()});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::printf("scipy run failed: %s\n", process.readAllStandardError().constData());
        return 3;
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const double scipySample = result.value(QStringLiteral("seconds")).toDouble();
    const QJsonArray sen = result.value(QStringLiteral("sen")).toArray();
    const QJsonArray ols = result.value(QStringLiteral("ols")).toArray();
    double worst = 0;
    for (size_t s = 0; s < mine.size() && int(s) < sen.size(); ++s) {
        worst = std::max(worst, std::fabs(mine[s].sen.slope - sen.at(int(s)).toDouble()));
        worst = std::max(worst, std::fabs(mine[s].ols.slope - ols.at(int(s)).toDouble()));
    }
    const double perScipy = scipySample / double(ts.size());
    const double perEngineOne = engineSample / double(ts.size());
    const double perEngineAll = all / double(rows.size());
    std::printf("sample of %zu series: scipy %s %.3f s (%.1f us/series), engine one core "
                "%.4f s (%.2f us/series)\n",
                ts.size(), qPrintable(result.value(QStringLiteral("scipy")).toString()),
                scipySample, perScipy * 1e6, engineSample, perEngineOne * 1e6);
    std::printf("speed-up over scipy: %.0fx on one core, %.0fx with the full run on all cores\n",
                perScipy / perEngineOne, perScipy / perEngineAll);
    std::printf("largest |difference| of Sen and OLS slopes from scipy: %.3g\n", worst);
    return 0;
}
