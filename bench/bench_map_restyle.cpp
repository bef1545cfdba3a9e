// Map restyle benchmark: load a large region layer once, then switch indicator, period and
// mode and render, as the workbench does when a user changes what the map shows.
// Usage: bench_map_restyle [boundaries] [layer] [iterations] [case filter]
//   boundaries: a CBS file (statcode/statnaam) or a workspace .gpkg with its layer
//   buurten, wijken, gemeenten or regions (code/name).
//   default (run from the repository root): ../shared/data/cbs/buurten-2014.topojson
//   (11,691 buurten), 20 iterations.
// Prints load time and per-switch restyle (attributes + renderer) and render times.
#include "choropleth_layer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <qgsapplication.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsvectorlayer.h>
#include <random>
#include <sys/resource.h>

using namespace wijk;

namespace {

//! Synthetic values for every region: a smooth field plus noise, ~2% missing, ~1% suppressed.
QVector<maps::MapValue> syntheticValues(const QStringList &codes, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QVector<maps::MapValue> values;
    values.reserve(codes.size());
    for (const QString &code : codes) {
        maps::MapValue v;
        v.code = code;
        const double u = unit(random);
        v.status = u < 0.02 ? ValueStatus::Missing
                            : (u < 0.03 ? ValueStatus::Suppressed : ValueStatus::Final);
        if (v.status == ValueStatus::Final) {
            v.value = 20 + 15 * std::sin(code.right(4).toInt() * 0.01) + 5 * unit(random);
            v.change = (unit(random) - 0.5) * 6;
            v.slope = (unit(random) - 0.5) * 1.2;
            v.significant = unit(random) < 0.3;
            v.signal = v.significant
                           ? (v.slope > 0 ? maps::MapSignal::Worse : maps::MapSignal::Better)
                           : maps::MapSignal::None;
        }
        values.append(v);
    }
    return values;
}

//! Renders as QgsMapCanvas does (its map settings flags: rendering optimisation, i.e. the
//! layer's simplification, partial output) into an image of size; with a cache, as the
//! canvas does between refreshes: layers that did not repaint (and their labels) are reused.
double renderMs(const QList<QgsMapLayer *> &layers, const QSize &size, const QgsRectangle &extent,
                QgsMapRendererCache *cache = nullptr)
{
    QgsMapSettings settings;
    settings.setLayers(layers);
    settings.setDestinationCrs(layers.last()->crs());
    settings.setOutputSize(size);
    settings.setOutputDpi(96);
    settings.setExtent(extent);
    settings.setBackgroundColor(Qt::white);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    settings.setFlag(Qgis::MapSettingsFlag::UseRenderingOptimization, true);
    settings.setFlag(Qgis::MapSettingsFlag::RenderPartialOutput, true);
    settings.setFlag(Qgis::MapSettingsFlag::DrawEditingInfo, true);
    QElapsedTimer timer;
    timer.start();
    QgsMapRendererParallelJob job(settings);
    job.setCache(cache);
    job.start();
    job.waitForFinished();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (job.renderedImage().isNull())
        return -1;
    return ms;
}

//! CPU time of the whole process (all threads) in ms: the wall time of an idle machine,
//! when the work is single-threaded, whatever else runs on the box.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int run();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QgsApplication app(argc, argv, false);
    // Not ensureQgisInitialised(): its exitQgis() post routine crashes inside ~QApplication.
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    const int code = run();
    QgsApplication::exitQgis();
    return code;
}

int run()
{
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    maps::RegionSource source;
    source.path = args.value(1, QStringLiteral("../shared/data/cbs/buurten-2014.topojson"));
    source.layerName = args.value(2);
    // CBS files name their fields statcode/statnaam; a workspace's layers (the imported and
    // repaired geometry the workbench draws) code/name.
    const QStringList workspaceLayers{QStringLiteral("buurten"), QStringLiteral("wijken"),
                                      QStringLiteral("gemeenten"), QStringLiteral("regions")};
    if (!workspaceLayers.contains(source.layerName)) {
        source.codeField = QStringLiteral("statcode");
        source.nameField = QStringLiteral("statnaam");
    }
    const int iterations = args.value(3, QStringLiteral("20")).toInt();
    const QString only = args.value(4); // run only the cases whose name contains this

    QElapsedTimer timer;
    timer.start();
    QString error;
    auto regions = maps::RegionLayer::load(source, &error);
    if (!regions) {
        out << "load failed: " << error << "\n";
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    maps::ChoroplethLayer map(std::move(regions));
    const double labelLayerMs = timer.nsecsElapsed() / 1e6;
    const QStringList codes = map.regions().codes();
    out << "source: " << source.path << "\n"
        << "regions: " << codes.size() << "\n"
        << "load (read, reproject to RD, into memory): " << QString::number(loadMs, 'f', 0)
        << " ms\n"
        << "label layer (a copy of the features): " << QString::number(labelLayerMs, 'f', 0)
        << " ms\n"
        << "labels drawn at scales larger than 1:"
        << QString::number(map.regions().labelScaleLimit(), 'f', 0) << "\n";

    // A new indicator (new values, new breaks) on every switch; the "revisited" case
    // alternates between two, as a user flipping back and forth does.
    QVector<QVector<maps::MapValue>> indicators;
    for (int i = 0; i < std::max(iterations, 2); ++i)
        indicators.append(syntheticValues(codes, unsigned(i + 1)));
    const QSize canvas(1200, 900);
    struct Case
    {
        const char *name;
        maps::MapMode mode;
        maps::ClassificationMethod method;
        maps::LabelContent labels;
        bool zoomed; //!< one municipality's extent instead of the whole layer
        bool cached; //!< renders with one QgsMapRendererCache, as the canvas does
    };
    const Case cases[] = {
        {"value, quantile, no labels", maps::MapMode::Value, maps::ClassificationMethod::Quantile,
         maps::LabelContent::None, false, false},
        {"value, jenks, no labels", maps::MapMode::Value, maps::ClassificationMethod::Jenks,
         maps::LabelContent::None, false, false},
        {"change, quantile (symmetric)", maps::MapMode::Change,
         maps::ClassificationMethod::Quantile, maps::LabelContent::None, false, false},
        {"trend, equal + hatching", maps::MapMode::Trend, maps::ClassificationMethod::EqualInterval,
         maps::LabelContent::None, false, false},
        {"value, jenks, revisited (cached)", maps::MapMode::Value,
         maps::ClassificationMethod::Jenks, maps::LabelContent::None, false, false},
        {"signals", maps::MapMode::Signals, maps::ClassificationMethod::Quantile,
         maps::LabelContent::None, false, false},
        {"value, quantile, with labels", maps::MapMode::Value, maps::ClassificationMethod::Quantile,
         maps::LabelContent::Name, false, false},
        {"labels, one municipality", maps::MapMode::Value, maps::ClassificationMethod::Quantile,
         maps::LabelContent::Name, true, false},
        {"labels, one municipality, canvas cache", maps::MapMode::Value,
         maps::ClassificationMethod::Quantile, maps::LabelContent::Name, true, true},
        {"name + value labels, one municipality, canvas cache", maps::MapMode::Value,
         maps::ClassificationMethod::Quantile, maps::LabelContent::NameAndValue, true, true},
    };
    // The zoomed case shows the municipality with the most regions.
    QHash<QString, QStringList> byMunicipality;
    for (const QString &code : codes)
        byMunicipality[code.mid(2, 4)].append(code);
    QStringList largest;
    for (const QStringList &group : qAsConst(byMunicipality))
        largest = group.size() > largest.size() ? group : largest;
    const QgsRectangle full = map.layer()->extent();
    const QgsRectangle zoomed = map.regions().extentOf(largest);
    out << "zoomed extent: " << largest.size() << " regions of municipality "
        << largest.value(0).mid(2, 4) << "\n";
    // Warm up caches (fonts, symbol caches) once.
    maps::ChoroplethSpec warm;
    warm.labels = maps::LabelContent::None;
    if (!map.apply(indicators.first(), warm, &error)) {
        out << "apply failed: " << error << "\n";
        return 1;
    }
    renderMs(map.layers(), canvas, full);

    out << "canvas " << canvas.width() << "x" << canvas.height() << ", " << iterations
        << " switches per case (a new indicator each), wall median / max ms, and the\n"
        << "process CPU time of restyle + render (median):\n";
    for (const Case &c : cases) {
        if (!only.isEmpty() && !QString::fromLatin1(c.name).contains(only))
            continue;
        QVector<double> restyle, render, total, cpu;
        // The canvas's cache lives as long as the view; restyles invalidate what repaints.
        QgsMapRendererCache cache;
        const QgsRectangle extent = c.zoomed ? zoomed : full;
        if (c.cached) {
            maps::ChoroplethSpec first;
            first.labels = c.labels;
            if (!map.apply(indicators.last(), first, &error)) {
                out << "apply failed: " << error << "\n";
                return 1;
            }
            renderMs(map.layers(), canvas, extent, &cache);
        }
        for (int i = 0; i < iterations; ++i) {
            maps::ChoroplethSpec spec;
            spec.mode = c.mode;
            spec.classification.method = c.method;
            spec.labels = c.labels;
            spec.polarity = Polarity::LowerIsBetter;
            timer.restart();
            const double cpuStart = cpuMs();
            const bool revisit = QString::fromLatin1(c.name).contains(QLatin1String("revisited"));
            if (!map.apply(indicators.at(revisit ? i % 2 : i), spec, &error)) {
                out << "apply failed: " << error << "\n";
                return 1;
            }
            const double styleMs = timer.nsecsElapsed() / 1e6;
            const double drawMs =
                renderMs(map.layers(), canvas, extent, c.cached ? &cache : nullptr);
            restyle << styleMs;
            render << drawMs;
            total << styleMs + drawMs;
            cpu << cpuMs() - cpuStart;
        }
        out << "  " << QString::fromLatin1(c.name).leftJustified(32) << " restyle "
            << QString::number(median(restyle), 'f', 1) << " / "
            << QString::number(*std::max_element(restyle.begin(), restyle.end()), 'f', 1)
            << "  render " << QString::number(median(render), 'f', 1) << " / "
            << QString::number(*std::max_element(render.begin(), render.end()), 'f', 1)
            << "  total " << QString::number(median(total), 'f', 1) << " / "
            << QString::number(*std::max_element(total.begin(), total.end()), 'f', 1) << "  cpu "
            << QString::number(median(cpu), 'f', 1) << "\n";
        out.flush();
    }
    return 0;
}
