// "Raadsmemo…": the memo basket (the signals the analyst ticked and ordered), an opening
// paragraph, the theme, PDF and/or ODT, and a preview of the first page. options() and
// outputs() are what the dialog chose; ReportActions runs them.
#pragma once

#include "reports/memo_document.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace wijk::gui {

class OutputPathField;

class MemoDialog : public QDialog
{
    Q_OBJECT

public:
    //! basket: the workspace's memo basket (ticked first, in its order), with the focus of
    //! the window (basket.focus): the signals offered, the summary and the preview are those
    //! of the focus gemeenten' wijken, as the memo made from it.
    MemoDialog(const reports::ReportData &data, const reports::MemoOptions &basket,
               QWidget *parent = nullptr);

    reports::MemoOptions options() const;
    //! The files to write: FILE.pdf and/or FILE.odt.
    QStringList outputs() const;
    //! Renders the first page of the memo as chosen now into the preview.
    void updatePreview();
    //! The preview image (null before updatePreview()).
    QImage preview() const { return mPreviewImage; }

    void accept() override;

private:
    void moveCurrent(int step);
    void updateSummary();

    const reports::ReportData &mData;
    QStringList mFocus;
    QComboBox *mTheme = nullptr;
    QListWidget *mSignals = nullptr;
    QPlainTextEdit *mOpening = nullptr;
    QCheckBox *mPdf = nullptr;
    QCheckBox *mOdt = nullptr;
    OutputPathField *mPath = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mPreview = nullptr;
    QImage mPreviewImage;
};

} // namespace wijk::gui
