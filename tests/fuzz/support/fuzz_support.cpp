#include "fuzz_support.h"

#include "import/import_report.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gdal.h>
#include <memory>

namespace wijk::fuzz {

namespace {
QTemporaryDir &folder()
{
    // In memory when the machine has /dev/shm: every import commits to a workspace, and a
    // commit's fsync on disk made the import targets about four times slower.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/wijk-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/wijk-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort(); // no temporary folder: nothing can be fuzzed
    return dir;
}
} // namespace

void setUp()
{
    static const bool done = [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return true;
    }();
    (void)done;
}

QString writeTemporaryFile(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = folder().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

QString writeMemoryFile(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = QStringLiteral("/vsimem/wijk_fuzz/") + name;
    // GDAL takes ownership of a malloc'ed copy, so the file may outlive the input buffer.
    auto *copy = static_cast<GByte *>(CPLMalloc(size + 1));
    if (size > 0)
        std::memcpy(copy, data, size);
    VSIFCloseL(VSIFileFromMemBuffer(path.toUtf8().constData(), copy, vsi_l_offset(size), TRUE));
    return path;
}

void removeMemoryFile(const QString &path)
{
    VSIUnlink(path.toUtf8().constData());
}

void finish(const import::ImportReport &report)
{
    static const bool verbose = qEnvironmentVariableIsSet("WIJK_FUZZ_VERBOSE");
    const QStringList lines = report.formatted();
    const QString summary = report.summary();
    if (verbose) {
        for (const QString &line : lines)
            std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fprintf(stderr, "%s\n", qPrintable(summary));
    }
}

workspace::Workspace &workspace()
{
    static std::unique_ptr<workspace::Workspace> current;
    static int calls = 0;
    if (!current || ++calls % 256 == 0) {
        current.reset();
        const QString path = folder().filePath(QStringLiteral("fuzz.gpkg"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        QString error;
        current =
            workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, &error);
        if (!current)
            qFatal("cannot create the fuzz workspace: %s", qPrintable(error));
    }
    return *current;
}

} // namespace wijk::fuzz
