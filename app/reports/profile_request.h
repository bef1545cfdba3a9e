// Which wijk profiles to write and where: the request behind `wijkmonitor-cli report` and the
// window's "Wijkprofiel…", run by the same function so both give the same pages.
#pragma once

#include "reports/report_data.h"
#include "reports/report_job.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace wijk::reports {

struct ProfileRequest
{
    QStringList codes;    //!< wijk codes; ignored when all is set
    bool all = false;     //!< every wijk of the latest division
    QString outFile;      //!< one PDF (a table of contents first with several wijken), or
    QString outDir;       //!< one PDF per wijk into this folder
    QString templatePath; //!< a profile layout (.qpt); empty: the shipped wijkprofiel.qpt
};

struct ProfileResult
{
    QStringList files; //!< the PDFs written
    int wijken = 0;    //!< profiles in them
    bool cancelled = false;
    bool badRequest = false; //!< the request (codes, target) was wrong, not the writing
};

//! Whether templatePath loads as a profile layout; *error says why not.
bool profileTemplateUsable(const ReportData &data, const QString &templatePath, QString *error);

//! Writes the profiles of request; progress and cancel as in ReportJob. A cancelled request
//! leaves no file of it behind.
bool writeProfiles(const ReportData &data, const ProfileRequest &request,
                   const ReportJob::Progress &progress, const std::atomic_bool *cancel,
                   ProfileResult *result, QString *error);

} // namespace wijk::reports
