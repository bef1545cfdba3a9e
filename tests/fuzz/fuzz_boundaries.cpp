// The import of GeoJSON and TopoJSON boundaries (analysis/import/boundaries_*): GDAL's
// drivers, region codes, reprojection to RD New, geometry repair, the workspace write.
#include "fuzz_support.h"
#include "import/boundaries_import.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    import::boundaries::BoundariesImportOptions options;
    // .json: GDAL's GeoJSON, TopoJSON and ESRI JSON drivers tell them apart by content.
    options.path = fuzz::writeTemporaryFile(QStringLiteral("wijken-2020.json"), data, size);
    options.period = 2020;
    import::ImportReport report;
    import::boundaries::importBoundaries(fuzz::workspace(), options, report);
    fuzz::finish(report);
    return 0;
}
