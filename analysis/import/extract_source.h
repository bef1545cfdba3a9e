// Where an extract's files come from: a directory, or a .zip read through GDAL's /vsizip/
// after libzip has checked every entry (no absolute paths, no `..`, no symbolic links, no
// encryption, a bounded declared size) and, before anything is read, inflated the files the
// import reads once, counting the bytes they really give: a header's size is the zip
// maker's word, and GDAL reads an entry to its end whatever the header says.
#pragma once

#include "import/import_report.h"
#include "import/importer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>

namespace wijk::import {

class ExtractSource
{
public:
    //! Opens a directory or zip and lists its files; a zip's entries are checked by name,
    //! attributes and declared size (together at most maxUncompressedBytes). Problems
    //! (unreadable zip, unsafe or encrypted entries) go to report.
    [[nodiscard]] bool open(const QString &input, qint64 maxUncompressedBytes,
                            ImportReport &report);
    //! For a zip: inflates every file at the extract's root once with libzip, counting what
    //! it gives. An entry that gives more than its header declares, a total beyond the
    //! request's maxUncompressedBytes and a damaged entry are refused, each when first
    //! seen. Nothing to do for a directory. False when refused or cancelled.
    [[nodiscard]] bool verifyUnpackedSizes(const ImportRequest &request,
                                           ImportReport &report) const;

    QString input() const { return mInput; }
    bool isZip() const { return mZip; }
    //! Whether the extract has a file with this name (at its root).
    bool contains(const QString &name) const;
    //! A path GDAL (VSI, OGR, CsvReader) opens: a plain path or a /vsizip/ path.
    QString gdalPath(const QString &name) const;
    //! The whole file (for small files such as manifest.json); null when unreadable.
    QByteArray readAll(const QString &name) const;
    //! The lowercase hex SHA-256 of a file, streamed; empty when unreadable or cancelled.
    QByteArray sha256(const QString &name, const std::atomic_bool *cancel = nullptr) const;

private:
    [[nodiscard]] bool checkZip(qint64 maxUncompressedBytes, ImportReport &report);

    QString mInput;
    bool mZip = false;
    QString mPrefix;      //!< folder inside the zip holding manifest.json ("" = root)
    QStringList mEntries; //!< file names at the extract's root
};

} // namespace wijk::import
