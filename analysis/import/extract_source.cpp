#include "import/extract_source.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <cpl_vsi.h>
#include <sys/stat.h>
#include <zip.h>

namespace wijk {

namespace {
bool isUnsafeName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) ||
        (name.size() >= 2 && name[1] == QLatin1Char(':')))
        return true;
    const QStringList parts =
        QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}
} // namespace

bool ExtractSource::open(const QString &input, qint64 maxUncompressedBytes, ImportReport &report)
{
    const QFileInfo info(input);
    mInput = info.absoluteFilePath();
    const QString shown = info.fileName();
    if (!info.exists()) {
        report.addError(shown, 0, QString(),
                        QCoreApplication::translate("wijk::ExtractSource", "does not exist"));
        return false;
    }
    if (info.isDir()) {
        const QDir dir(mInput);
        mEntries = dir.entryList(QDir::Files);
        return true;
    }
    mZip = true;
    return checkZip(maxUncompressedBytes, report);
}

bool ExtractSource::checkZip(qint64 maxUncompressedBytes, ImportReport &report)
{
    const QString shown = QFileInfo(mInput).fileName();
    int code = 0;
    zip_t *archive = zip_open(mInput.toUtf8().constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        report.addError(
            shown, 0, QString(),
            QCoreApplication::translate("wijk::ExtractSource", "is not a readable zip file (%1)")
                .arg(QString::fromUtf8(zip_error_strerror(&error))));
        zip_error_fini(&error);
        return false;
    }
    bool ok = true;
    qint64 total = 0;
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        if (isUnsafeName(name)) {
            report.addError(shown, 0, name,
                            QCoreApplication::translate(
                                "wijk::ExtractSource",
                                "the zip entry points outside the extract (absolute path or "
                                "'..'); refused"));
            ok = false;
            continue;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        zip_file_get_external_attributes(archive, zip_uint64_t(i), 0, &system, &attributes);
        if (system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK) {
            report.addError(
                shown, 0, name,
                QCoreApplication::translate("wijk::ExtractSource",
                                            "the zip entry is a symbolic link; refused"));
            ok = false;
            continue;
        }
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
            total += qint64(stat.size);
        if (!name.endsWith(QLatin1Char('/')))
            names << name;
    }
    zip_close(archive);
    if (total > maxUncompressedBytes) {
        report.addError(shown, 0, QString(),
                        QCoreApplication::translate(
                            "wijk::ExtractSource",
                            "the zip unpacks to %1 MiB, more than the limit of %2 MiB; refused")
                            .arg(total / (1024 * 1024))
                            .arg(maxUncompressedBytes / (1024 * 1024)));
        ok = false;
    }
    // The contract puts the files at the root; a zip of the extract's folder is accepted too.
    QString prefix;
    if (!names.contains(QStringLiteral("manifest.json"))) {
        for (const QString &name : names) {
            if (name.count(QLatin1Char('/')) == 1 &&
                name.endsWith(QStringLiteral("/manifest.json")))
                prefix = name.left(name.indexOf(QLatin1Char('/')) + 1);
        }
    }
    mPrefix = prefix;
    for (const QString &name : names) {
        if (name.startsWith(prefix) && !name.mid(prefix.size()).contains(QLatin1Char('/')))
            mEntries << name.mid(prefix.size());
    }
    return ok;
}

bool ExtractSource::contains(const QString &name) const
{
    return mEntries.contains(name);
}

QString ExtractSource::gdalPath(const QString &name) const
{
    if (mZip)
        return QStringLiteral("/vsizip/") + mInput + QLatin1Char('/') + mPrefix + name;
    return QDir(mInput).filePath(name);
}

QByteArray ExtractSource::readAll(const QString &name) const
{
    VSILFILE *file = VSIFOpenL(gdalPath(name).toUtf8().constData(), "rb");
    if (!file)
        return QByteArray();
    QByteArray data;
    char buffer[65536];
    size_t read = 0;
    while ((read = VSIFReadL(buffer, 1, sizeof(buffer), file)) > 0)
        data.append(buffer, int(read));
    VSIFCloseL(file);
    return data;
}

QByteArray ExtractSource::sha256(const QString &name, const std::atomic_bool *cancel) const
{
    VSILFILE *file = VSIFOpenL(gdalPath(name).toUtf8().constData(), "rb");
    if (!file)
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    size_t read = 0;
    while ((read = VSIFReadL(buffer.data(), 1, size_t(buffer.size()), file)) > 0) {
        if (cancel && cancel->load()) {
            VSIFCloseL(file);
            return QByteArray();
        }
        hash.addData(buffer.constData(), int(read));
    }
    VSIFCloseL(file);
    return hash.result().toHex();
}

} // namespace wijk
