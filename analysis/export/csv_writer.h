// Writes an ExportTable as CSV (RFC 4180, UTF-8): quoted where needed, CRLF line ends,
// provenance as leading '#' comment lines, formula-like text neutralised.
#pragma once

#include "export/export_table.h"

#include <QByteArray>

namespace wijk::exports {

struct CsvOptions
{
    //! ',' with a decimal point (RFC 4180, the default) or ';' with a decimal comma, which
    //! Excel with Dutch regional settings opens into columns.
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true;     //!< lets Excel recognise UTF-8
    bool provenanceComment = true; //!< '# key: value' lines before the header row
};

//! The CSV text of table (deterministic: same input, same bytes).
QByteArray csvBytes(const ExportTable &table, const Provenance &provenance,
                    const CsvOptions &options = {});

//! Writes csvBytes() to path through OutputFile (whole or not at all, never onto an open
//! workspace or an input); false with *error naming the file on failure.
[[nodiscard]] bool writeCsv(const QString &path, const ExportTable &table,
                            const Provenance &provenance, const CsvOptions &options,
                            QString *error);

} // namespace wijk::exports
