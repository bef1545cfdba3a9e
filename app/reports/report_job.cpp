#include "reports/report_job.h"

#include "output/output_file.h"
#include "reports/profile_pdf.h"
#include "reports/report_format.h"
#include "reports/wijk_profile_content.h"
#include "reports/wijk_profile_layout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <qgsprintlayout.h>

namespace wijk::reports {

QString profileFileName(const QString &wijkCode)
{
    return QStringLiteral("wijkprofiel-%1.pdf").arg(wijkCode);
}

ReportJob::ReportJob(const ReportData &data, QString templatePath)
    : mData(data), mTemplatePath(std::move(templatePath))
{
}

std::vector<int> ReportJob::wijkIndices(const QStringList &codes, QStringList *unknown) const
{
    std::vector<int> result;
    const engine::Dataset &dataset = mData.dataset();
    for (const QString &code : codes) {
        const int r = dataset.regionIndex(code.trimmed().toUpper());
        if (r < 0 || dataset.region(r).level != RegionLevel::Wijk) {
            if (unknown)
                *unknown << code;
            continue;
        }
        result.push_back(r);
    }
    return result;
}

bool ReportJob::cancelled()
{
    mCancelled = mCancel && mCancel->load();
    return mCancelled;
}

bool ReportJob::writeCombined(const std::vector<int> &wijken, const QString &pdfPath, bool toc,
                              QString *error)
{
    mCancelled = false;
    std::unique_ptr<WijkProfileLayout> layout =
        WijkProfileLayout::create(mData, mTemplatePath, error);
    if (!layout)
        return false;
    output::OutputFile output(pdfPath);
    if (!output.begin(error))
        return false;
    output.requireEnding(QByteArrayLiteral("%%EOF"));
    const exports::Provenance &provenance = mData.provenance();
    const QString title =
        wijken.size() == 1
            ? QStringLiteral("Wijkprofiel %1").arg(mData.dataset().region(wijken.front()).name)
            : QStringLiteral("Wijkprofielen %1").arg(mData.municipalityName());
    ProfilePdf pdf(&output, title, provenance);
    const int total = int(wijken.size());
    if (toc) {
        QList<QPair<QString, int>> entries;
        const int tocPages = std::max(1, (total + kContentsPerPage - 1) / kContentsPerPage);
        int page = tocPages + 1;
        for (int w : wijken) {
            const engine::RegionEntry &region = mData.dataset().region(w);
            entries.append({QStringLiteral("%1 (%2)").arg(region.name, region.code), page});
            page += layout->pageCount();
        }
        pdf.addContents(title,
                        QStringLiteral("Gemeente %1 \u00b7 cijfers %2\u2013%3 \u00b7 gemaakt %4")
                            .arg(mData.municipalityName())
                            .arg(mData.firstYear())
                            .arg(mData.lastYear())
                            .arg(dutchDate(provenance.exportedAt.date())),
                        entries,
                        QStringLiteral("Extract %1 (aangemaakt %2) \u00b7 werkruimte %3 \u00b7 "
                                       "gemaakt %4 \u00b7 Wijkmonitor Workbench %5")
                            .arg(provenance.extractId,
                                 provenance.extractCreated.isValid()
                                     ? dutchDate(provenance.extractCreated.date())
                                     : QStringLiteral("?"),
                                 provenance.workspaceFile, dutchDate(provenance.exportedAt.date()),
                                 provenance.version));
    }
    int done = 0;
    for (int w : wijken) {
        if (cancelled())
            break;
        if (mProgress)
            mProgress(done, total, mData.dataset().region(w).name);
        if (!layout->fill(buildWijkProfile(mData, w), error))
            return false;
        pdf.addLayout(layout->layout());
        ++done;
    }
    const bool finished = pdf.finish();
    if (mCancelled) {
        output.discard();
        if (error)
            *error = QCoreApplication::translate("Reports", "Cancelled.");
        return false;
    }
    if (!finished) {
        if (error)
            *error = QCoreApplication::translate("Reports", "Cannot write %1.").arg(pdfPath);
        return false;
    }
    if (!output.commit(error))
        return false;
    if (mProgress)
        mProgress(total, total, QString());
    return true;
}

bool ReportJob::writeEach(const std::vector<int> &wijken, const QString &dir, QStringList *files,
                          QString *error)
{
    mCancelled = false;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error =
                QCoreApplication::translate("Reports", "Cannot create the folder %1.").arg(dir);
        return false;
    }
    std::unique_ptr<WijkProfileLayout> layout =
        WijkProfileLayout::create(mData, mTemplatePath, error);
    if (!layout)
        return false;
    QStringList written;
    const int total = int(wijken.size());
    int done = 0;
    for (int w : wijken) {
        if (cancelled())
            break;
        const engine::RegionEntry &region = mData.dataset().region(w);
        if (mProgress)
            mProgress(done, total, region.name);
        const QString path = QDir(dir).filePath(profileFileName(region.code));
        if (!layout->fill(buildWijkProfile(mData, w), error))
            return false;
        output::OutputFile output(path);
        if (!output.begin(error))
            return false;
        output.requireEnding(QByteArrayLiteral("%%EOF"));
        ProfilePdf pdf(&output, QStringLiteral("Wijkprofiel %1").arg(region.name),
                       mData.provenance());
        pdf.addLayout(layout->layout());
        if (!pdf.finish()) {
            if (error)
                *error = QCoreApplication::translate("Reports", "Cannot write %1.").arg(path);
            return false;
        }
        if (!output.commit(error))
            return false;
        written << path;
        ++done;
    }
    if (mCancelled) {
        for (const QString &path : written)
            QFile::remove(path);
        if (error)
            *error = QCoreApplication::translate("Reports", "Cancelled.");
        return false;
    }
    if (files)
        *files = written;
    if (mProgress)
        mProgress(total, total, QString());
    return true;
}

} // namespace wijk::reports
