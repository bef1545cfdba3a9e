// The progress dialog of a long job the window runs in the background (an import, taking a
// team workspace offline): window-modal, 0..1000, shown only after 300 ms, and left open at
// the end so the job itself decides when it is done.
#pragma once

#include <QProgressDialog>

namespace wijk::gui {

//! A new dialog owned by `parent` with its object name, title, first label and the text of
//! its cancel button (each caller's own translation); the caller connects `canceled` and
//! deletes it.
QProgressDialog *makeJobProgressDialog(QWidget *parent, const QString &objectName,
                                       const QString &title, const QString &label,
                                       const QString &cancelText);

} // namespace wijk::gui
