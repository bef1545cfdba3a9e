#include "import/extract_source.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cpl_vsi.h>
#include <sys/stat.h>
#include <utility>
#include <vector>
#include <zip.h>

namespace wijk::import {

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
    bool encrypted = false;
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
        zip_stat_init(&stat);
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            // Reading it would give GDAL's CRC errors and garbage; say what it is, once.
            if (!encrypted)
                report.addError(shown, 0, name,
                                QCoreApplication::translate(
                                    "wijk::ExtractSource",
                                    "the zip is encrypted: this entry needs a password. Unpack "
                                    "the zip with its password and import the folder; refused"));
            encrypted = true;
            ok = false;
            continue;
        }
        if (stat.valid & ZIP_STAT_SIZE)
            total += qint64(stat.size);
        if (!name.endsWith(QLatin1Char('/')))
            names << name;
    }
    zip_close(archive);
    if (total > maxUncompressedBytes) {
        report.addError(shown, 0, QString(),
                        QCoreApplication::translate(
                            "wijk::ExtractSource",
                            "the zip declares that it unpacks to %1 MiB, more than the limit of "
                            "%2 MiB; refused")
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

bool ExtractSource::verifyUnpackedSizes(const ImportRequest &request, ImportReport &report) const
{
    if (!mZip)
        return true;
    const QString shown = QFileInfo(mInput).fileName();
    int code = 0;
    zip_t *archive = zip_open(mInput.toUtf8().constData(), ZIP_RDONLY, &code);
    if (!archive) {
        report.addError(shown, 0, QString(),
                        QCoreApplication::translate("wijk::ExtractSource",
                                                    "could no longer be read while checking it"));
        return false;
    }
    // The entries and their declared sizes (which open() bounded by the limit).
    std::vector<std::pair<QString, qint64>> entries;
    qint64 declaredTotal = 0;
    for (const QString &entry : mEntries) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_stat(archive, (mPrefix + entry).toUtf8().constData(), 0, &stat);
        entries.emplace_back(mPrefix + entry,
                             (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : qint64(-1));
        declaredTotal += std::max<qint64>(entries.back().second, 0);
    }
    const qint64 limit = request.maxUncompressedBytes;
    constexpr qint64 kProgressStep = qint64(16) << 20;
    qint64 total = 0;
    bool ok = true;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (const auto &[name, declared] : entries) {
        zip_file_t *file = zip_fopen(archive, name.toUtf8().constData(), 0);
        if (!file) {
            report.addError(shown, 0, name,
                            QCoreApplication::translate("wijk::ExtractSource",
                                                        "the zip entry cannot be read (%1)")
                                .arg(QString::fromUtf8(zip_strerror(archive))));
            ok = false;
            break;
        }
        qint64 given = 0;
        for (;;) {
            if (request.cancelled()) {
                ok = false;
                break;
            }
            const zip_int64_t read = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
            if (read == 0)
                break;
            if (read < 0) {
                report.addError(shown, 0, name,
                                QCoreApplication::translate(
                                    "wijk::ExtractSource", "the zip entry is damaged (%1); refused")
                                    .arg(QString::fromUtf8(zip_file_strerror(file))));
                ok = false;
                break;
            }
            given += read;
            total += read;
            if (request.progress && total / kProgressStep != (total - read) / kProgressStep)
                request.progress(total, declaredTotal, shown);
            if (declared >= 0 && given > declared) {
                report.addError(shown, 0, name,
                                QCoreApplication::translate(
                                    "wijk::ExtractSource",
                                    "the zip entry unpacks to more than the %1 bytes its header "
                                    "declares: the zip is damaged or made to mislead; refused")
                                    .arg(declared));
                ok = false;
                break;
            }
            if (total > limit) { // with no declared size to hold an entry to
                report.addError(shown, 0, QString(),
                                QCoreApplication::translate(
                                    "wijk::ExtractSource",
                                    "the zip unpacks to more than the limit of %1 MiB; refused")
                                    .arg(limit / (1024 * 1024)));
                ok = false;
                break;
            }
        }
        zip_fclose(file);
        if (!ok)
            break;
    }
    zip_close(archive);
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

} // namespace wijk::import
