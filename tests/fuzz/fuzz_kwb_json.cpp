// The whole import of a CBS KWB table as JSON keyed by region code (analysis/import/cbs_kwb_*):
// reading, column and value checks and, for a valid table, the write into a workspace.
#include "fuzz_support.h"
#include "import/cbs_kwb_import.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    import::cbs::KwbImportOptions options;
    options.path = fuzz::writeTemporaryFile(QStringLiteral("kwb-2017.json"), data, size);
    options.format = QString::fromLatin1(import::cbs::kFormatKwbJson);
    options.period = 2017;
    import::ImportReport report;
    import::cbs::importKwb(fuzz::workspace(), options, report);
    fuzz::finish(report);
    return 0;
}
