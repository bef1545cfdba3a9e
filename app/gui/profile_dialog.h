// "Wijkprofiel…": which wijken (the selected ones, or all of the gemeente), one PDF or one
// per wijk, and where. request() is what the dialog chose; ReportActions runs it.
#pragma once

#include "reports/profile_request.h"

#include <QDialog>

class QRadioButton;

namespace wijk::gui {

class OutputPathField;

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    //! selectedWijken: codes of the selected wijken (may be empty); municipality and year
    //! name the suggested files.
    ProfileDialog(const QStringList &selectedWijken, const QString &municipality, int year,
                  QWidget *parent = nullptr);

    reports::ProfileRequest request() const;
    //! The files the request writes when they are known in advance (for the overwrite check).
    QStringList plannedFiles() const;

    void accept() override;

private:
    void suggestPath();

    QStringList mSelected;
    QString mMunicipality;
    int mYear = 0;
    QRadioButton *mSelectedWijken = nullptr;
    QRadioButton *mAllWijken = nullptr;
    QRadioButton *mOneFile = nullptr;
    QRadioButton *mFilePerWijk = nullptr;
    OutputPathField *mPath = nullptr;
};

} // namespace wijk::gui
