// "Kaart exporteren…": the map as on screen as a finished sheet (PDF, PNG or SVG): format,
// title, resolution, the extent on screen or the whole area, and where. request() is the
// window's map with these choices; ReportActions runs it.
#pragma once

#include "reports/map_export_job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wijk::gui {

class OutputPathField;

class MapExportDialog : public QDialog
{
    Q_OBJECT

public:
    //! onScreen: the window's map (MapState::currentMap()); defaultTitle: the indicator name.
    MapExportDialog(const reports::MapExportRequest &onScreen, const QString &defaultTitle,
                    QWidget *parent = nullptr);

    reports::MapExportRequest request() const;
    void accept() override;

private:
    QString suffix() const;

    reports::MapExportRequest mOnScreen;
    QString mDefaultTitle;
    QComboBox *mFormat = nullptr;
    QLineEdit *mTitle = nullptr;
    QSpinBox *mDpi = nullptr;
    QCheckBox *mWholeArea = nullptr;
    OutputPathField *mPath = nullptr;
};

} // namespace wijk::gui
