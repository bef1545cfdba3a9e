#include "gui/output_path_field.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace wijk::gui {

OutputPathField::OutputPathField(QWidget *parent) : QWidget(parent)
{
    mEdit = new QLineEdit(this);
    mEdit->setObjectName(QStringLiteral("outputPath"));
    mEdit->setMinimumWidth(360);
    mBrowse = new QPushButton(tr("Browse…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mEdit, 1);
    layout->addWidget(mBrowse);
    connect(mBrowse, &QPushButton::clicked, this, &OutputPathField::browse);
    connect(mEdit, &QLineEdit::textChanged, this, &OutputPathField::pathChanged);
}

QString OutputPathField::path() const
{
    return QDir::fromNativeSeparators(mEdit->text().trimmed());
}

void OutputPathField::setPath(const QString &path)
{
    mEdit->setText(QDir::toNativeSeparators(path));
}

void OutputPathField::setSuffix(const QString &suffix)
{
    const QFileInfo info(path());
    if (info.fileName().isEmpty())
        return;
    setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void OutputPathField::browse()
{
    const QString chosen =
        mKind == Kind::Folder
            ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), path())
            : QFileDialog::getSaveFileName(this, tr("Save as"), path(), mFilter, nullptr,
                                           QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool OutputPathField::confirmOverwrite(QWidget *parent, const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths)
        if (QFileInfo::exists(path))
            existing << QDir::toNativeSeparators(path);
    if (existing.isEmpty())
        return true;
    const QString shown = existing.size() > 5
                              ? (existing.mid(0, 5).join(QLatin1Char('\n')) + QStringLiteral("\n…"))
                              : existing.join(QLatin1Char('\n'));
    return QMessageBox::question(
               parent, tr("Replace files?"),
               tr("%n file(s) already exist:\n%1\n\nReplace them?", nullptr, int(existing.size()))
                   .arg(shown),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace wijk::gui
