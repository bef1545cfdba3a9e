// The files this process must never write: every open workspace (with its SQLite journal,
// WAL and shared-memory files) and the inputs of the running command. OutputFile asks here
// before it writes; the answer compares file identity (device and inode), so no spelling of
// a path (relative, "./", a symbolic or a hard link) gets past it.
#pragma once

#include <QString>
#include <QStringList>

namespace wijk::output {

class ProtectedFiles
{
public:
    enum class Role
    {
        Workspace, //!< an open workspace: its SQLite sidecars are protected too
        Input      //!< a file the running command reads
    };

    //! Protects paths for the lifetime of the scope.
    class Scope
    {
    public:
        Scope(QStringList paths, Role role);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QStringList mPaths;
    };

    //! Protects path until a matching remove(); calls nest (a count per path).
    static void add(const QString &path, Role role);
    static void remove(const QString &path);

    //! Why target may not be written, naming both files (empty when it may): target is a
    //! protected file, a link to one, or one of a protected workspace's SQLite sidecars.
    static QString refusal(const QString &target);

    //! Why target may not be written by a command that reads inputs (empty when it may):
    //! target is the same file as one of them. For writers that do not go through
    //! OutputFile, such as an import into a workspace.
    static QString inputRefusal(const QString &target, const QStringList &inputs);

    //! Whether two paths name the same existing file (same device and inode).
    static bool sameFile(const QString &a, const QString &b);
};

} // namespace wijk::output
