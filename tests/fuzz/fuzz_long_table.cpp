// The import of a generic long table (analysis/import/long_table_import.*): region,
// indicator, period, value, status, with regions made from CBS codes.
#include "fuzz_support.h"
#include "import/import_report.h"
#include "import/long_table_import.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    import::longtable::LongTableImportOptions options;
    options.path = fuzz::writeTemporaryFile(QStringLiteral("long.csv"), data, size);
    import::ImportReport report;
    import::longtable::importLongTable(fuzz::workspace(), options, report);
    fuzz::finish(report);
    return 0;
}
