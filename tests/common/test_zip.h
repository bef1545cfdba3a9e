// Zips for tests, made with libzip (as the workbench reads them), and crafted ones: entries
// that are symbolic links, encrypted, or whose headers lie about their size.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <sys/stat.h>
#include <vector>
#include <zip.h>

namespace wijk::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool symlink = false;
    bool encrypted = false;
};

//! Writes the entries, deflated, as a new zip at path.
inline bool makeZip(const QString &path, const std::vector<ZipEntry> &entries)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    std::vector<QByteArray> keep; // libzip reads the buffers at zip_close
    for (const ZipEntry &entry : entries) {
        keep.push_back(entry.data);
        zip_source_t *source = zip_source_buffer(archive, keep.back().constData(),
                                                 zip_uint64_t(keep.back().size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            return false;
        if (entry.symlink)
            zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(S_IFLNK | 0777) << 16);
        // Traditional PKWARE encryption, as `zip -P` and Windows' "compressed folder" use.
        if (entry.encrypted && zip_file_set_encryption(archive, zip_uint64_t(index),
                                                       ZIP_EM_TRAD_PKWARE, "geheim") != 0)
            return false;
    }
    return zip_close(archive) == 0;
}

//! Makes the headers of a zip's entry declare `size` uncompressed bytes, whatever it
//! inflates to: the local header (uncompressed size at offset 22) and the central
//! directory's (offset 24), as a crafted zip would.
inline bool declareSize(const QString &path, const QByteArray &name, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    int patched = 0;
    const auto patch = [&](const QByteArray &signature, int nameLengthAt, int nameAt, int sizeAt) {
        for (int at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
            const int length = uchar(bytes[at + nameLengthAt]) | uchar(bytes[at + nameLengthAt + 1])
                                                                     << 8;
            if (bytes.mid(at + nameAt, length) != name)
                continue;
            for (int i = 0; i < 4; ++i)
                bytes[at + sizeAt + i] = char((size >> (8 * i)) & 0xff);
            ++patched;
        }
    };
    patch(QByteArray("PK\x03\x04", 4), 26, 30, 22);
    patch(QByteArray("PK\x01\x02", 4), 28, 46, 24);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && patched == 2;
}

} // namespace wijk::test
