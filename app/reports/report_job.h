// Writing wijk profiles to PDF, for the CLI and for the GUI (which shows progress and offers
// Cancel): one PDF per wijk into a folder, or all of them in one PDF behind a table of
// contents. Runs on the thread that owns the QGIS application (charts are widgets).
#pragma once

#include "reports/report_data.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace wijk::reports {

class ReportJob
{
public:
    //! done of total steps finished; what names the wijk being made.
    using Progress = std::function<void(int done, int total, const QString &what)>;

    //! templatePath empty: the shipped wijkprofiel.qpt.
    explicit ReportJob(const ReportData &data, QString templatePath = QString());

    void setProgress(Progress progress) { mProgress = std::move(progress); }
    //! Checked between wijken: when it becomes true the job stops and removes partial files.
    void setCancelFlag(const std::atomic_bool *cancel) { mCancel = cancel; }

    //! Region indices of wijk codes; unknown codes are listed in *unknown.
    std::vector<int> wijkIndices(const QStringList &codes, QStringList *unknown) const;

    //! One PDF with the profiles of wijken; a table of contents first when toc is true.
    [[nodiscard]] bool writeCombined(const std::vector<int> &wijken, const QString &pdfPath,
                                     bool toc, QString *error);
    //! One PDF per wijk into dir ("wijkprofiel-WK999901.pdf"); the written paths in *files.
    [[nodiscard]] bool writeEach(const std::vector<int> &wijken, const QString &dir,
                                 QStringList *files, QString *error);

    //! Whether the last write stopped because of the cancel flag.
    bool wasCancelled() const { return mCancelled; }

private:
    bool cancelled();

    const ReportData &mData;
    QString mTemplatePath;
    Progress mProgress;
    const std::atomic_bool *mCancel = nullptr;
    bool mCancelled = false;
};

//! "wijkprofiel-WK999901.pdf"
QString profileFileName(const QString &wijkCode);

} // namespace wijk::reports
