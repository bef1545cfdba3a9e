#include "gui/map_export_dialog.h"

#include "gui/output_path_field.h"
#include "gui/report_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wijk::gui {

MapExportDialog::MapExportDialog(const reports::MapExportRequest &onScreen,
                                 const QString &defaultTitle, QWidget *parent)
    : QDialog(parent), mOnScreen(onScreen), mDefaultTitle(defaultTitle)
{
    setObjectName(QStringLiteral("mapExportDialog"));
    setWindowTitle(tr("Export map"));
    mFormat = new QComboBox(this);
    mFormat->setObjectName(QStringLiteral("mapFormat"));
    mFormat->addItem(tr("PDF (print, vector)"), QStringLiteral("pdf"));
    mFormat->addItem(tr("PNG (image)"), QStringLiteral("png"));
    mFormat->addItem(tr("SVG (vector, to edit)"), QStringLiteral("svg"));
    mTitle = new QLineEdit(defaultTitle, this);
    mDpi = new QSpinBox(this);
    mDpi->setRange(36, 1200);
    mDpi->setSuffix(QStringLiteral(" dpi"));
    mWholeArea = new QCheckBox(tr("The whole area (not the part on screen)"), this);
    mPath = new OutputPathField(this);
    mPath->setPath(QDir(ReportSettings::outputFolder())
                       .filePath(ReportSettings::mapFileName(onScreen.indicator, onScreen.level,
                                                             onScreen.period, suffix())));
    auto updateFormat = [this] {
        mDpi->setValue(suffix() == QLatin1String("png") ? 150 : 300);
        mPath->setSuffix(suffix());
        mPath->setFilter(mFormat->currentText() + QStringLiteral(" (*.%1)").arg(suffix()));
    };
    connect(mFormat, QOverload<int>::of(&QComboBox::currentIndexChanged), this, updateFormat);
    updateFormat();

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("Title:"), mTitle);
    form->addRow(tr("Resolution:"), mDpi);
    form->addRow(tr("Extent:"), mWholeArea);
    form->addRow(tr("Save to:"), mPath);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString MapExportDialog::suffix() const
{
    return mFormat->currentData().toString();
}

reports::MapExportRequest MapExportDialog::request() const
{
    reports::MapExportRequest request = mOnScreen;
    if (mWholeArea->isChecked())
        request.extent = QgsRectangle();
    const QString title = mTitle->text().trimmed();
    request.title = title == mDefaultTitle ? QString() : title;
    request.options.dpi = mDpi->value();
    request.templatePath = ReportSettings::mapTemplate();
    request.out = mPath->path();
    return request;
}

void MapExportDialog::accept()
{
    if (mPath->path().isEmpty() || !OutputPathField::confirmOverwrite(this, {mPath->path()}))
        return;
    QDialog::accept();
}

} // namespace wijk::gui
