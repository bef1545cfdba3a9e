// "Gegevens exporteren…": what is on screen (the values table as shown, this indicator over
// all years at this level, the theme's indicators at this level, or everything) as CSV, XLSX
// or GeoPackage with provenance. request() is what the dialog chose; ReportActions runs it.
#pragma once

#include "reports/data_export_job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace wijk::gui {

class OutputPathField;

class DataExportDialog : public QDialog
{
    Q_OBJECT

public:
    //! indicator, theme indicators and level: what the window shows now.
    DataExportDialog(const QString &indicator, const QStringList &themeIndicators,
                     RegionLevel level, const QString &municipality, QWidget *parent = nullptr);

    //! Offers "the table as shown" (rows rows), chosen by default: table is the window's
    //! table as an export request (MapState::currentTable()).
    void setShownTable(const reports::DataExportRequest &table, int rows);

    reports::DataExportRequest request() const;
    void accept() override;

private:
    QString suffix() const;

    QString mIndicator;
    QStringList mThemeIndicators;
    RegionLevel mLevel;
    QComboBox *mFormat = nullptr;
    reports::DataExportRequest mShownTable;
    QRadioButton *mTable = nullptr;
    QRadioButton *mThisIndicator = nullptr;
    QRadioButton *mTheme = nullptr;
    QRadioButton *mEverything = nullptr;
    QCheckBox *mTrends = nullptr;
    QCheckBox *mExcelNl = nullptr;
    OutputPathField *mPath = nullptr;
};

} // namespace wijk::gui
