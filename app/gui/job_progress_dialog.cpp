#include "gui/job_progress_dialog.h"

namespace wijk::gui {

QProgressDialog *makeJobProgressDialog(QWidget *parent, const QString &objectName,
                                       const QString &title, const QString &label,
                                       const QString &cancelText)
{
    auto *dialog = new QProgressDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setCancelButtonText(cancelText);
    dialog->setRange(0, 1000);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

} // namespace wijk::gui
