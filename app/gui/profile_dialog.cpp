#include "gui/profile_dialog.h"

#include "gui/output_path_field.h"
#include "gui/report_settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wijk::gui {

ProfileDialog::ProfileDialog(const QStringList &selectedWijken, const QString &municipality,
                             int year, QWidget *parent)
    : QDialog(parent), mSelected(selectedWijken), mMunicipality(municipality), mYear(year)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Wijk profile"));
    auto *which = new QGroupBox(tr("Wijken"), this);
    mSelectedWijken = new QRadioButton(
        tr("The selected wijk(en): %1")
            .arg(selectedWijken.isEmpty() ? tr("none") : selectedWijken.join(QStringLiteral(", "))),
        which);
    mAllWijken = new QRadioButton(tr("All wijken of %1").arg(municipality), which);
    mSelectedWijken->setEnabled(!selectedWijken.isEmpty());
    (selectedWijken.isEmpty() ? mAllWijken : mSelectedWijken)->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(mSelectedWijken);
    whichLayout->addWidget(mAllWijken);

    auto *files = new QGroupBox(tr("Files"), this);
    mOneFile = new QRadioButton(tr("One PDF (several wijken: with a table of contents)"), files);
    mFilePerWijk = new QRadioButton(tr("One PDF per wijk, into a folder"), files);
    mOneFile->setChecked(true);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addWidget(mOneFile);
    filesLayout->addWidget(mFilePerWijk);

    mPath = new OutputPathField(this);
    mPath->setFilter(tr("PDF (*.pdf)"));
    auto *form = new QFormLayout;
    form->addRow(tr("Save to:"), mPath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(files);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QRadioButton *button : {mSelectedWijken, mAllWijken, mOneFile, mFilePerWijk})
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                suggestPath();
        });
    suggestPath();
}

void ProfileDialog::suggestPath()
{
    const QDir folder(ReportSettings::outputFolder());
    const bool all = mAllWijken->isChecked();
    if (mFilePerWijk->isChecked()) {
        mPath->setKind(OutputPathField::Kind::Folder);
        mPath->setPath(folder.filePath(
            QStringLiteral("wijkprofielen-%1").arg(ReportSettings::safePart(mMunicipality))));
    } else {
        mPath->setKind(OutputPathField::Kind::File);
        mPath->setPath(
            folder.filePath(!all && mSelected.size() == 1
                                ? ReportSettings::profileFileName(mSelected.front(), mYear)
                                : ReportSettings::profilesFileName(mMunicipality, mYear)));
    }
}

reports::ProfileRequest ProfileDialog::request() const
{
    reports::ProfileRequest request;
    request.all = mAllWijken->isChecked();
    if (!request.all)
        request.codes = mSelected;
    if (mFilePerWijk->isChecked())
        request.outDir = mPath->path();
    else
        request.outFile = mPath->path();
    request.templatePath = ReportSettings::profileTemplate();
    return request;
}

QStringList ProfileDialog::plannedFiles() const
{
    const reports::ProfileRequest chosen = request();
    if (!chosen.outFile.isEmpty())
        return {chosen.outFile};
    QStringList files;
    if (!chosen.all)
        for (const QString &code : chosen.codes)
            files << QDir(chosen.outDir).filePath(reports::profileFileName(code));
    return files;
}

void ProfileDialog::accept()
{
    if (mPath->path().isEmpty())
        return;
    if (mFilePerWijk->isChecked() && mAllWijken->isChecked()) {
        const QDir folder(mPath->path());
        if (folder.exists() &&
            !folder.entryList({QStringLiteral("wijkprofiel-*.pdf")}, QDir::Files).isEmpty() &&
            QMessageBox::question(this, tr("Replace files?"),
                                  tr("The folder %1 already holds wijk profiles. Replace "
                                     "them?")
                                      .arg(QDir::toNativeSeparators(mPath->path())),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
    } else if (!OutputPathField::confirmOverwrite(this, plannedFiles())) {
        return;
    }
    QDialog::accept();
}

} // namespace wijk::gui
