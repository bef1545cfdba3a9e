// indicators.csv, the catalogue of an extract (analysis/import/extract_indicators.*).
#include "fuzz_support.h"
#include "import/extract_indicators.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    const QString path = fuzz::writeMemoryFile(QStringLiteral("indicators.csv"), data, size);
    {
        import::ImportReport report;
        import::readExtractIndicators(path, QStringLiteral("indicators.csv"), report);
        fuzz::finish(report);
    }
    fuzz::removeMemoryFile(path);
    return 0;
}
