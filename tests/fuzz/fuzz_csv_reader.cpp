// The CSV reader (analysis/import/csv_reader.*): header, delimiter detection, quotes,
// records spanning lines, UTF-8 checks and number parsing, on any bytes.
#include "fuzz_support.h"
#include "import/csv_reader.h"
#include "import/import_report.h"

using namespace wijk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    const QString path = fuzz::writeMemoryFile(QStringLiteral("input.csv"), data, size);
    {
        import::ImportReport report;
        import::CsvReader reader(&report);
        if (reader.open(path, QStringLiteral("input.csv"))) {
            reader.requireColumns({QStringLiteral("region"), QStringLiteral("value")});
            reader.warnUnknownColumns({QStringLiteral("region"), QStringLiteral("value")});
            while (reader.next()) {
                for (int column = 0; column < reader.header().size(); ++column) {
                    double value = 0;
                    if (reader.number(column, &value) == import::CsvReader::Number::Invalid)
                        reader.error(column, reader.text(column));
                }
            }
        }
        fuzz::finish(report);
    }
    fuzz::removeMemoryFile(path);
    return 0;
}
