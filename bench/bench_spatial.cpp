// Speed of spatial weights and LISA on real boundaries (docs/benchmarks.md, "Spatial
// statistics"): for each boundary file given (read-only, any OGR format: GeoPackage,
// TopoJSON), queen and rook contiguity, 6 nearest centroids, then global Moran and local
// Moran with 999 conditional permutations of a spatially patterned variable (the centroid's
// northing plus seeded noise), single-threaded.
#include "engine/contiguity.h"
#include "engine/moran.h"
#include "engine/permutation_random.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

using namespace wijk::engine;

namespace {

std::vector<RegionBoundary> readBoundaries(const QString &path, std::vector<double> *northing)
{
    std::vector<RegionBoundary> regions;
    GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                      nullptr, nullptr, nullptr);
    if (!dataset)
        return regions;
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    int serial = 0;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        if (geometry) {
            QByteArray wkb(OGR_G_WkbSize(geometry), '\0');
            OGR_G_ExportToIsoWkb(geometry, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            regions.push_back({QStringLiteral("R%1").arg(serial++, 6, 10, QChar('0')), wkb});
            OGREnvelope box;
            OGR_G_GetEnvelope(geometry, &box);
            northing->push_back((box.MinY + box.MaxY) / 2);
        }
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return regions;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    GDALAllRegister();
    // Simplified national files hold self-intersecting rings: GEOS reports each failed rook
    // intersection (those pairs count as no rook neighbours); the counts are what matter here.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        out << "usage: bench_spatial BOUNDARIES... (e.g. ../shared/data/cbs/wijken-2017.gpkg)\n";
        return 1;
    }
    for (const QString &file : files) {
        std::vector<double> values;
        QElapsedTimer timer;
        timer.start();
        const std::vector<RegionBoundary> regions = readBoundaries(file, &values);
        out << file << ": " << regions.size() << " regions, read in " << timer.elapsed() << " ms\n";
        // North-south gradient by rank (0-100, robust to any coordinate system or stray
        // coordinates) plus noise (0-100).
        std::vector<size_t> order(values.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return values[a] < values[b]; });
        std::vector<double> gradient(values.size());
        for (size_t rank = 0; rank < order.size(); ++rank)
            gradient[order[rank]] = 100.0 * double(rank) / double(order.size());
        PermutationRandom noise(1, 0);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = gradient[i] + double(noise.below(100000)) / 1000;
        QString error;
        timer.restart();
        const auto queen = contiguityWeights(regions, WeightsMethod::Queen, &error);
        const qint64 queenMs = timer.elapsed();
        if (!queen) {
            out << error << "\n";
            return 2;
        }
        out << "  queen: " << queenMs << " ms, " << queen->linkCount() << " links, "
            << queen->islands().size() << " islands\n";
        timer.restart();
        const auto rook = contiguityWeights(regions, WeightsMethod::Rook, &error);
        out << "  rook: " << timer.elapsed() << " ms, " << (rook ? rook->linkCount() : -1)
            << " links\n";
        timer.restart();
        const auto knn = nearestCentroidWeights(regions, 6, &error);
        out << "  knn:6: " << timer.elapsed() << " ms, " << (knn ? knn->linkCount() : -1)
            << " links\n";

        std::vector<int> kept;
        for (int i = 0; i < queen->size(); ++i)
            if (!queen->neighbours(i).empty())
                kept.push_back(i);
        const SpatialWeights used = queen->restrictedTo(kept);
        std::vector<double> x;
        for (const int i : kept)
            x.push_back(values[size_t(i)]);
        MoranOptions options;
        options.permutations = 999;
        timer.restart();
        const GlobalMoran global = globalMoran(x, used, options);
        const qint64 globalMs = timer.elapsed();
        timer.restart();
        const std::vector<LocalMoran> local = localMoran(x, used, options);
        const qint64 localMs = timer.elapsed();
        int clusters = 0;
        for (const LocalMoran &row : local)
            clusters += row.cluster != LisaCluster::NotSignificant ? 1 : 0;
        out << "  global Moran (999 permutations): " << globalMs << " ms, I = " << global.i
            << ", p_sim = " << global.pSim << "\n";
        out << "  LISA (999 conditional permutations, BH): " << localMs << " ms, " << clusters
            << " of " << local.size() << " regions in a cluster\n";
        out << "  queen + LISA: " << queenMs + localMs << " ms\n";
        out.flush();
    }
    return 0;
}
