// manifest.json of an extract (analysis/import/extract_manifest.*), on any bytes.
#include "fuzz_support.h"
#include "import/extract_manifest.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    import::ImportReport report;
    import::ExtractManifest manifest;
    import::parseExtractManifest(QByteArray(reinterpret_cast<const char *>(data), int(size)),
                                 &manifest, report);
    fuzz::finish(report);
    return 0;
}
