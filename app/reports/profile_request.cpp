#include "reports/profile_request.h"

#include "reports/wijk_profile_layout.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <qgsprintlayout.h>

namespace wijk::reports {

bool profileTemplateUsable(const ReportData &data, const QString &templatePath, QString *error)
{
    return WijkProfileLayout::create(data, templatePath, error) != nullptr;
}

bool writeProfiles(const ReportData &data, const ProfileRequest &request,
                   const ReportJob::Progress &progress, const std::atomic_bool *cancel,
                   ProfileResult *result, QString *error)
{
    ProfileResult ignored;
    ProfileResult &outcome = result ? *result : ignored;
    outcome = ProfileResult();
    auto badRequest = [&](const QString &message) {
        outcome.badRequest = true;
        if (error)
            *error = message;
        return false;
    };
    if (request.outFile.isEmpty() == request.outDir.isEmpty())
        return badRequest(
            QCoreApplication::translate("cli", "Give either --out FILE.pdf or --out-dir DIR."));
    ReportJob job(data, request.templatePath);
    std::vector<int> wijken;
    if (request.all) {
        wijken = data.wijken();
    } else {
        QStringList unknown;
        wijken = job.wijkIndices(request.codes, &unknown);
        if (!unknown.isEmpty())
            return badRequest(
                QCoreApplication::translate("cli", "%1: not a wijk of workspace %2.")
                    .arg(unknown.join(QStringLiteral(", ")), data.workspace().path()));
    }
    if (wijken.empty())
        return badRequest(QCoreApplication::translate("cli", "Workspace %1 holds no wijken.")
                              .arg(data.workspace().path()));
    job.setProgress(progress);
    job.setCancelFlag(cancel);
    bool written = false;
    if (!request.outDir.isEmpty()) {
        written = job.writeEach(wijken, request.outDir, &outcome.files, error);
    } else {
        written = job.writeCombined(wijken, request.outFile, wijken.size() > 1, error);
        if (written)
            outcome.files << request.outFile;
    }
    outcome.cancelled = job.wasCancelled();
    if (written)
        outcome.wijken = int(wijken.size());
    return written;
}

} // namespace wijk::reports
