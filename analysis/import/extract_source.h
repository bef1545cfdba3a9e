// Where an extract's files come from: a directory, or a .zip read through GDAL's /vsizip/
// after libzip has checked every entry (no absolute paths, no `..`, no symlinks, a bounded
// uncompressed total).
#pragma once

#include "import/import_report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>

namespace wijk {

class ExtractSource
{
public:
    //! Opens a directory or zip; problems (unreadable zip, unsafe entries) go to report.
    bool open(const QString &input, qint64 maxUncompressedBytes, ImportReport &report);

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
    bool checkZip(qint64 maxUncompressedBytes, ImportReport &report);

    QString mInput;
    bool mZip = false;
    QString mPrefix;      //!< folder inside the zip holding manifest.json ("" = root)
    QStringList mEntries; //!< file names at the extract's root
};

} // namespace wijk
