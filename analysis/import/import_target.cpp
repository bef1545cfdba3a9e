#include "import/import_target.h"

#include <QFile>
#include <QFileInfo>

namespace wijk {

std::unique_ptr<ImportTarget> ImportTarget::open(const QString &path, QString *error)
{
    std::unique_ptr<ImportTarget> target(new ImportTarget);
    const QFileInfo info(path);
    target->mWasEmpty = info.exists() && info.isFile() && info.size() == 0;
    target->mWorkspace = Workspace::open(path, Workspace::OpenMode::ReadWrite, error);
    if (!target->mWorkspace)
        return nullptr;
    target->mPath = target->mWorkspace->path();
    target->mKeep = !target->mWorkspace->isNew();
    return target;
}

ImportTarget::~ImportTarget()
{
    if (mKeep)
        return;
    mWorkspace.reset(); // closes the connection before the file goes
    if (mWasEmpty)
        QFile::resize(mPath, 0);
    else
        QFile::remove(mPath);
    QFile::remove(mPath + QStringLiteral("-journal"));
}

ImportOutcome ImportTarget::run(const ImportFormat &format, const ImportRequest &request,
                                ImportReport &report)
{
    mWorkspace->setWriteFailure(QString());
    const ImportOutcome outcome = format.run(*mWorkspace, request, report);
    if (outcome.status == ImportOutcome::Status::Imported)
        mKeep = true;
    const QString failure = mWorkspace->writeFailure();
    if (outcome.status == ImportOutcome::Status::Failed && !failure.isEmpty()) {
        ImportReport cause;
        cause.addError(QFileInfo(mPath).fileName(), 0, QString(), failure);
        report = cause;
    }
    return outcome;
}

} // namespace wijk
