#include "import/import_target.h"

#include "workspace/pg_location.h"

#include <QFileInfo>

namespace wijk::import {

std::unique_ptr<ImportTarget> ImportTarget::open(const QString &path, QString *error)
{
    std::unique_ptr<ImportTarget> target(new ImportTarget);
    target->mWorkspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadWrite, error);
    if (!target->mWorkspace)
        return nullptr;
    target->mKeep = !target->mWorkspace->isNew();
    return target;
}

ImportTarget::~ImportTarget()
{
    if (!mKeep)
        workspace::Workspace::discardNew(std::move(mWorkspace));
}

ImportOutcome ImportTarget::run(const ImportFormat &format, const ImportRequest &request,
                                ImportReport &report)
{
    if (request.cancelled()) { // before it began (e.g. while the workspace was made)
        ImportOutcome cancelled;
        cancelled.status = ImportOutcome::Status::Cancelled;
        return cancelled;
    }
    mWorkspace->setWriteFailure(QString());
    const ImportOutcome outcome = format.run(*mWorkspace, request, report);
    if (outcome.status == ImportOutcome::Status::Imported)
        mKeep = true;
    const QString failure = mWorkspace->writeFailure();
    if (outcome.status == ImportOutcome::Status::Failed && !failure.isEmpty()) {
        ImportReport cause;
        cause.addError(workspace::workspaceShownName(mWorkspace->path()), 0, QString(), failure);
        report = cause;
    }
    return outcome;
}

} // namespace wijk::import
