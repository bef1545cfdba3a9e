// The registry of import formats. Each format module provides a function that appends its
// ImportFormat(s); add one line per module below (declaration and call).
#include "import/cbs_formats.h"
#include "import/extract_import.h"
#include "import/importer.h"

namespace wijk::import {

const std::vector<ImportFormat> &importFormats()
{
    static const std::vector<ImportFormat> formats = [] {
        std::vector<ImportFormat> list;
        appendExtractFormat(list);
        // CBS formats (cbs-kwb, cbs-xlsx, cbs-json, cbs-odata), boundaries and long tables.
        cbs::appendCbsFormats(list);
        return list;
    }();
    return formats;
}

const ImportFormat *findImportFormat(const QString &name)
{
    for (const ImportFormat &format : importFormats()) {
        if (format.name.compare(name, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

const ImportFormat *detectImportFormat(const QString &input)
{
    const ImportFormat *best = nullptr;
    int bestScore = 0;
    for (const ImportFormat &format : importFormats()) {
        const int score = format.detect ? format.detect(input) : 0;
        if (score > bestScore) {
            best = &format;
            bestScore = score;
        }
    }
    return best;
}

} // namespace wijk::import
