#include "output/output_file.h"

#include "output/protected_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wijk::output {

namespace {

//! Why a system call failed, in the interface's language for the failures users meet.
QString systemReason(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("Output", "the disk is full");
    case EFBIG:
        return QCoreApplication::translate("Output", "the file is larger than this system allows");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("Output", "no permission to write there");
    case EROFS:
        return QCoreApplication::translate("Output", "the disk is read-only");
    default:
        break;
    }
    return QString::fromLocal8Bit(std::strerror(error));
}

QString randomTag()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString tag;
    for (int i = 0; i < 8; ++i)
        tag += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return tag;
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

OutputFile::OutputFile(const QString &target) : mTarget(target) {}

OutputFile::~OutputFile()
{
    if (!mCommitted)
        discard();
}

bool OutputFile::begin(QString *error, Mode mode)
{
    mCommitted = false;
    mWriteErrno = 0;
    if (mTarget.isEmpty())
        return fail(error, QCoreApplication::translate("Output", "no file name given"));
    const QString refusal = ProtectedFiles::refusal(mTarget);
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    const QFileInfo info(mTarget);
    if (info.isDir())
        return fail(error, QCoreApplication::translate("Output", "it is a folder"));
    mResolved = info.absoluteFilePath();
    if (info.isSymLink())
        mResolved = info.exists() ? info.canonicalFilePath() : info.symLinkTarget();
    const QFileInfo resolved(mResolved);
    const QString folder = resolved.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(error, QCoreApplication::translate("Output", "the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(folder)));

    // Permissions of a file being replaced carry over; a new one gets 0666 minus the umask.
    struct stat existing;
    const mode_t permissions =
        ::stat(encoded(mResolved).constData(), &existing) == 0 ? (existing.st_mode & 07777) : 0666;
    // One dot only: QGIS derives the image format from everything after the first dot.
    const QString suffix =
        resolved.suffix().isEmpty() ? QString() : QLatin1Char('.') + resolved.suffix();
    for (int attempt = 0; attempt < 100 && mDescriptor < 0; ++attempt) {
        mTemporary =
            QDir(folder).filePath(QStringLiteral("wijkmonitor-tmp-") + randomTag() + suffix);
        mDescriptor = ::open(encoded(mTemporary).constData(),
                             O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions);
        if (mDescriptor < 0 && errno != EEXIST) {
            const int reason = errno;
            mTemporary.clear();
            return fail(error, systemReason(reason));
        }
    }
    if (mDescriptor < 0) {
        mTemporary.clear();
        return fail(error, systemReason(EEXIST));
    }
    if (mode == Mode::Path) {
        // The name is ours; the library creates the file itself (GDAL refuses to create a
        // GeoPackage over an existing file).
        ::close(mDescriptor);
        mDescriptor = -1;
        ::unlink(encoded(mTemporary).constData());
        return true;
    }
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (mDescriptor < 0 || mWriteErrno != 0)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const ssize_t result = ::write(mDescriptor, data + written, std::size_t(size - written));
        if (result < 0 && errno == EINTR)
            continue;
        if (result <= 0) {
            mWriteErrno = result < 0 ? errno : EIO;
            setErrorString(systemReason(mWriteErrno));
            return -1;
        }
        written += result;
    }
    return written;
}

bool OutputFile::seek(qint64 position)
{
    if (!QIODevice::seek(position))
        return false;
    return mDescriptor >= 0 && ::lseek(mDescriptor, off_t(position), SEEK_SET) >= 0;
}

qint64 OutputFile::size() const
{
    struct stat info;
    if (mDescriptor >= 0 && ::fstat(mDescriptor, &info) == 0)
        return qint64(info.st_size);
    return QIODevice::size();
}

bool OutputFile::commit(QString *error)
{
    if (mCommitted)
        return true;
    if (mTemporary.isEmpty())
        return fail(error, QCoreApplication::translate("Output", "the file was not begun"));
    if (isOpen())
        QIODevice::close();
    if (mWriteErrno != 0)
        return fail(error, systemReason(mWriteErrno));
    if (mDescriptor >= 0) {
        const bool synced = ::fsync(mDescriptor) == 0;
        const int syncErrno = errno;
        const bool closed = ::close(mDescriptor) == 0;
        const int closeErrno = errno;
        mDescriptor = -1;
        if (!synced)
            return fail(error, systemReason(syncErrno));
        if (!closed)
            return fail(error, systemReason(closeErrno));
    }
    QString reason;
    if (!verifyAndSync(&reason))
        return fail(error, reason);
    if (::rename(encoded(mTemporary).constData(), encoded(mResolved).constData()) != 0)
        return fail(error, systemReason(errno));
    mCommitted = true;
    // The rename itself reaches the disk with the folder's entry.
    const int folder = ::open(encoded(QFileInfo(mResolved).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

bool OutputFile::verifyAndSync(QString *reason)
{
    const int descriptor = ::open(encoded(mTemporary).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        *reason = QCoreApplication::translate("Output", "the writer produced no file");
        return false;
    }
    struct stat info;
    bool ok = ::fstat(descriptor, &info) == 0;
    if (ok && info.st_size == 0) {
        *reason = QCoreApplication::translate("Output", "the result is empty");
        ok = false;
    }
    if (ok && !mEnding.isEmpty()) {
        const qint64 tailSize = qMin<qint64>(info.st_size, mEnding.size() + 64);
        QByteArray tail(int(tailSize), '\0');
        const ssize_t read =
            ::pread(descriptor, tail.data(), std::size_t(tailSize), off_t(info.st_size - tailSize));
        if (read != ssize_t(tailSize) || !tail.contains(mEnding)) {
            *reason =
                QCoreApplication::translate("Output", "the file is incomplete (is the disk full?)");
            ok = false;
        }
    }
    if (ok && ::fsync(descriptor) != 0) {
        *reason = systemReason(errno);
        ok = false;
    }
    ::close(descriptor);
    return ok;
}

void OutputFile::discard()
{
    if (isOpen())
        QIODevice::close();
    if (mDescriptor >= 0) {
        ::close(mDescriptor);
        mDescriptor = -1;
    }
    if (!mCommitted && !mTemporary.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")})
            ::unlink(encoded(mTemporary + suffix).constData());
    }
    mTemporary.clear();
}

bool OutputFile::fail(QString *error, const QString &reason)
{
    discard();
    if (error)
        *error = QCoreApplication::translate("Output", "Cannot write %1: %2").arg(mTarget, reason);
    return false;
}

} // namespace wijk::output
