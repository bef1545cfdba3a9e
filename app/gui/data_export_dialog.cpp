#include "gui/data_export_dialog.h"

#include "gui/output_path_field.h"
#include "gui/report_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wijk::gui {

DataExportDialog::DataExportDialog(const QString &indicator, const QStringList &themeIndicators,
                                   RegionLevel level, const QString &municipality, QWidget *parent)
    : QDialog(parent), mIndicator(indicator), mThemeIndicators(themeIndicators), mLevel(level)
{
    setObjectName(QStringLiteral("dataExportDialog"));
    setWindowTitle(tr("Export data"));
    mFormat = new QComboBox(this);
    mFormat->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    mFormat->addItem(tr("CSV"), QStringLiteral("csv"));
    mFormat->addItem(tr("GeoPackage (values with the region boundaries)"), QStringLiteral("gpkg"));
    mTable = new QRadioButton(this);
    mTable->setObjectName(QStringLiteral("shownTableChoice"));
    mTable->setVisible(false);
    mThisIndicator =
        new QRadioButton(tr("This indicator over all years (%1)").arg(indicator), this);
    mTheme = new QRadioButton(
        tr("The indicators of its theme (%n)", nullptr, int(themeIndicators.size())), this);
    mEverything = new QRadioButton(tr("Every indicator at every level"), this);
    mThisIndicator->setChecked(true);
    auto *what = new QVBoxLayout;
    what->addWidget(mTable);
    what->addWidget(mThisIndicator);
    what->addWidget(mTheme);
    what->addWidget(mEverything);
    mTrends = new QCheckBox(tr("Also the trends (a sheet; for CSV a second file)"), this);
    mExcelNl = new QCheckBox(tr("CSV for Excel with Dutch settings (; and decimal comma)"), this);
    mPath = new OutputPathField(this);
    mPath->setPath(QDir(ReportSettings::outputFolder())
                       .filePath(ReportSettings::dataFileName(municipality, suffix())));
    auto updateFormat = [this] {
        mPath->setSuffix(suffix());
        mPath->setFilter(mFormat->currentText() + QStringLiteral(" (*.%1)").arg(suffix()));
        mExcelNl->setEnabled(suffix() == QLatin1String("csv"));
    };
    connect(mFormat, QOverload<int>::of(&QComboBox::currentIndexChanged), this, updateFormat);
    updateFormat();
    // The table as shown has no trends: its rows are the table's.
    connect(mTable, &QRadioButton::toggled, this,
            [this](bool table) { mTrends->setEnabled(!table); });

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("What:"), what);
    form->addRow(QString(), mTrends);
    form->addRow(QString(), mExcelNl);
    form->addRow(tr("Save to:"), mPath);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString DataExportDialog::suffix() const
{
    return mFormat->currentData().toString();
}

void DataExportDialog::setShownTable(const reports::DataExportRequest &table, int rows)
{
    mShownTable = table;
    if (!table.table)
        return;
    mTable->setText(tr("The table as shown: its rows, columns, filter and sort order (%n "
                       "row(s))",
                       nullptr, rows));
    mTable->setVisible(true);
    mTable->setChecked(true);
}

reports::DataExportRequest DataExportDialog::request() const
{
    reports::DataExportRequest request;
    if (mTable->isChecked() && mShownTable.table) {
        request = mShownTable;
    } else if (mThisIndicator->isChecked()) {
        request.indicators = QStringList{mIndicator};
        request.levels = {mLevel};
    } else if (mTheme->isChecked()) {
        request.indicators = mThemeIndicators;
        request.levels = {mLevel};
    }
    request.format = suffix();
    request.trends = mTrends->isEnabled() && mTrends->isChecked();
    request.excelNl = mExcelNl->isEnabled() && mExcelNl->isChecked();
    request.out = mPath->path();
    return request;
}

void DataExportDialog::accept()
{
    const reports::DataExportRequest chosen = request();
    QStringList files{chosen.out};
    if (chosen.trends && chosen.format == QLatin1String("csv")) {
        const QFileInfo info(chosen.out);
        files << info.dir().filePath(info.completeBaseName() + QStringLiteral("-trends.csv"));
    }
    if (chosen.out.isEmpty() || !OutputPathField::confirmOverwrite(this, files))
        return;
    QDialog::accept();
}

} // namespace wijk::gui
