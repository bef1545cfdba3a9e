#include "output/protected_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <map>
#include <optional>
#include <sys/stat.h>

namespace wijk::output {

namespace {

struct Entry
{
    ProtectedFiles::Role role;
    int count = 0;
};

// Both are never destroyed: a Workspace held by a static object (a fuzz target's, say)
// unregisters itself during exit, after function-local statics would already be gone.
QMutex &registryMutex()
{
    static QMutex *mutex = new QMutex;
    return *mutex;
}

//! Absolute, cleaned path of each protected file -> role and nesting count.
std::map<QString, Entry> &registry()
{
    static auto *entries = new std::map<QString, Entry>;
    return *entries;
}

struct Identity
{
    dev_t device;
    ino_t inode;
    bool operator==(const Identity &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

//! The identity of the file path resolves to (symbolic links followed); none when absent.
std::optional<Identity> identity(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return Identity{info.st_dev, info.st_ino};
}

//! The path with its folder resolved (links, "..", "."): the name a file would get there,
//! also for a file that does not exist yet.
QString resolvedName(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

//! SQLite's files next to a workspace (rollback journal, WAL, shared memory).
const QStringList &sqliteSidecarSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")};
    return suffixes;
}

QString inputSentence(const QString &target, const QString &input)
{
    return QCoreApplication::translate("Output",
                                       "Refusing to write %1: it is the input %2 of this command.")
        .arg(target, input);
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

ProtectedFiles::Scope::Scope(QStringList paths, Role role) : mPaths(std::move(paths))
{
    for (const QString &path : mPaths)
        add(path, role);
}

ProtectedFiles::Scope::~Scope()
{
    for (const QString &path : mPaths)
        remove(path);
}

void ProtectedFiles::add(const QString &path, Role role)
{
    if (path.isEmpty())
        return;
    QMutexLocker lock(&registryMutex());
    Entry &entry = registry()[absolute(path)];
    // A workspace opened as well as named as an input keeps the stronger protection.
    if (entry.count == 0 || role == Role::Workspace)
        entry.role = role;
    ++entry.count;
}

void ProtectedFiles::remove(const QString &path)
{
    if (path.isEmpty())
        return;
    QMutexLocker lock(&registryMutex());
    const auto found = registry().find(absolute(path));
    if (found != registry().end() && --found->second.count <= 0)
        registry().erase(found);
}

QString ProtectedFiles::refusal(const QString &target)
{
    std::map<QString, Entry> entries;
    {
        QMutexLocker lock(&registryMutex());
        entries = registry();
    }
    const std::optional<Identity> targetIdentity = identity(target);
    const QString targetName = resolvedName(target);
    for (const auto &[path, entry] : entries) {
        QStringList files{path};
        if (entry.role == Role::Workspace) {
            for (const QString &suffix : sqliteSidecarSuffixes())
                files << path + suffix;
        }
        for (const QString &file : files) {
            const bool same = (targetIdentity && identity(file) == targetIdentity) ||
                              targetName == resolvedName(file);
            if (!same)
                continue;
            if (entry.role == Role::Input)
                return inputSentence(target, path);
            if (file == path)
                return QCoreApplication::translate(
                           "Output", "Refusing to write %1: it is the open workspace %2.")
                    .arg(target, path);
            return QCoreApplication::translate(
                       "Output", "Refusing to write %1: it is the SQLite file %2 of the open "
                                 "workspace %3.")
                .arg(target, file, path);
        }
    }
    return QString();
}

QString ProtectedFiles::inputRefusal(const QString &target, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (sameFile(target, input))
            return inputSentence(target, input);
    }
    return QString();
}

bool ProtectedFiles::sameFile(const QString &a, const QString &b)
{
    const std::optional<Identity> left = identity(a);
    return left && identity(b) == left;
}

} // namespace wijk::output
