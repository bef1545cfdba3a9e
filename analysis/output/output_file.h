// The one way the workbench writes a file that leaves it (CSV, XLSX, GeoPackage, PDF, ODT,
// PNG, SVG): into a temporary file in the target's folder, renamed over the target only
// when the whole file was written, flushed to disk and verified. A failure (a write error,
// a full disk, a writer reporting failure, an empty or unfinished file) leaves an existing
// target byte-identical and no temporary file behind. A target that is an open workspace,
// one of its SQLite files or an input of the running command is refused before anything is
// written (ProtectedFiles).
//
// Writers that take a QIODevice write through this object (QPdfWriter, QTextDocumentWriter,
// QImageWriter, plain bytes); a failed write is remembered, so a writer that ignores write
// results (Qt's PDF engine does) cannot turn a full disk into success. Writers that take a
// file name (GDAL, QgsLayoutExporter) write temporaryPath() after begin(Mode::Path).
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace wijk::output {

class OutputFile : public QIODevice
{
public:
    enum class Mode
    {
        Device, //!< written through this QIODevice
        Path    //!< written by a library to temporaryPath(), which does not exist yet
    };

    //! target: the file to produce; a symbolic link is followed (the link stays a link).
    explicit OutputFile(const QString &target);
    //! Discards whatever was not committed.
    ~OutputFile() override;

    //! Checks the target (not protected, not a folder, its folder exists) and makes the
    //! temporary file; false with *error naming the file.
    [[nodiscard]] bool begin(QString *error, Mode mode = Mode::Device);
    //! Only a file whose last bytes contain marker is complete ("%%EOF" for a PDF).
    void requireEnding(const QByteArray &marker) { mEnding = marker; }

    //! The path as given.
    QString target() const { return mTarget; }
    QString temporaryPath() const { return mTemporary; }

    //! Verifies the temporary file (no failed write, not empty, required ending), syncs it to
    //! disk and renames it over the target. False with *error (the target untouched).
    [[nodiscard]] bool commit(QString *error);
    //! Removes the temporary file (and any SQLite sidecars a writer left next to it).
    void discard();

    bool isSequential() const override { return false; }
    bool seek(qint64 position) override;
    qint64 size() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    [[nodiscard]] bool fail(QString *error, const QString &reason);
    [[nodiscard]] bool verifyAndSync(QString *reason);

    QString mTarget;
    QString mResolved; //!< the target with symbolic links followed: what is replaced
    QString mTemporary;
    QByteArray mEnding;
    int mDescriptor = -1;
    int mWriteErrno = 0; //!< the first failed write's errno; sticks until discard()
    bool mCommitted = false;
};

} // namespace wijk::output
