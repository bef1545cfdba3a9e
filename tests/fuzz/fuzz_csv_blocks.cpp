// The block splitter (analysis/import/csv_blocks.*) against the one-reader path: a file
// cut into blocks of whole records and parsed block by block (as extract_observations
// does for large files) must give the same records on the same lines as one reader.
// Any difference aborts, so the fuzzer reports it as a crash.
#include "fuzz_support.h"
#include "import/csv_blocks.h"
#include "import/csv_reader.h"
#include "import/import_report.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace wijk;

namespace {
struct Record
{
    int line = 0;
    std::vector<std::string> fields;
    bool operator==(const Record &other) const
    {
        return line == other.line && fields == other.fields;
    }
};

void collect(import::CsvReader &reader, std::vector<Record> *records)
{
    while (reader.next()) {
        Record record;
        record.line = reader.line();
        for (int column = 0; column < reader.header().size(); ++column)
            record.fields.emplace_back(reader.view(column));
        records->push_back(std::move(record));
    }
}

[[noreturn]] void differ(const char *what, size_t index)
{
    std::fprintf(stderr, "csv_blocks: %s (record %zu)\n", what, index);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    const QString path = fuzz::writeMemoryFile(QStringLiteral("observations.csv"), data, size);
    {
        import::ImportReport report;
        import::CsvReader whole(&report);
        std::vector<Record> expected;
        if (whole.open(path))
            collect(whole, &expected);

        import::ImportReport headerReport;
        import::CsvReader head(&headerReport);
        if (!headerReport.hasErrors() && head.open(path) &&
            import::CsvBlockSplitter::suitable(path, head.bytesRead())) {
            // Tiny blocks, so that records cross block boundaries and carry over.
            import::CsvBlockSplitter splitter(path, head.bytesRead(), head.nextLine(), 7);
            std::vector<Record> split;
            bool fatal = false;
            import::CsvBlock block;
            while (!fatal && splitter.next(&block)) {
                const QString part =
                    fuzz::writeMemoryFile(QStringLiteral("block.csv"),
                                          reinterpret_cast<const uint8_t *>(block.data.constData()),
                                          size_t(block.data.size()));
                import::ImportReport partReport;
                import::CsvReader reader(&partReport);
                if (reader.openPart(part, QStringLiteral("observations.csv"), head.header(),
                                    head.delimiter(), block.firstLine))
                    collect(reader, &split);
                fatal = reader.failed();
                fuzz::removeMemoryFile(part);
            }
            // A file that is not UTF-8 stops both at the same record; the blocks may have
            // read the records after it in the same block.
            if (whole.failed() != fatal)
                differ("one path found the file unreadable, the other did not", expected.size());
            if (split.size() < expected.size() || (!fatal && split.size() != expected.size()))
                differ("different number of records", expected.size());
            for (size_t i = 0; i < expected.size(); ++i) {
                if (!(split[i] == expected[i]))
                    differ("a record differs", i);
            }
        }
    }
    fuzz::removeMemoryFile(path);
    return 0;
}
