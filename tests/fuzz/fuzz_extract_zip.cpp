// An extract delivered as a zip (analysis/import/extract_source.*): libzip's entry checks
// (unsafe names, symlinks, the size guard), then every file read through GDAL's /vsizip/
// as the extract import reads them, and the manifest parsed.
#include "fuzz_support.h"
#include "import/extract_manifest.h"
#include "import/extract_source.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    const QString path = fuzz::writeTemporaryFile(QStringLiteral("extract.zip"), data, size);
    import::ImportReport report;
    import::ExtractSource source;
    // A small limit: a run must not inflate more than a few MiB.
    if (source.open(path, 4 * 1024 * 1024, report)) {
        for (const char *name : {"indicators.csv", "observations.csv", "regions.geojson"}) {
            if (source.contains(QLatin1String(name)))
                source.sha256(QLatin1String(name));
        }
        if (source.contains(QStringLiteral("manifest.json"))) {
            import::ExtractManifest manifest;
            import::parseExtractManifest(source.readAll(QStringLiteral("manifest.json")), &manifest,
                                         report);
        }
    }
    fuzz::finish(report);
    return 0;
}
