// Importing from the window: asks for the file (and, without an open workspace, where the new
// workspace goes), runs the import on a worker thread behind a cancellable progress dialog,
// and reports how it ended. One import at a time.
#pragma once

#include "gui/workspace_import.h"

#include <QObject>
#include <QString>

class QWidget;

namespace wijk::gui {

class ImportController : public QObject
{
    Q_OBJECT

public:
    //! Dialogs open over window (not owned; the parent).
    explicit ImportController(QWidget *window);

    //! Asks for a file to import into workspace (empty: a new one, asked for next).
    void chooseAndImport(const QString &workspace);
    //! Imports path into workspace (empty: asks where a new workspace goes). Returns at once;
    //! finished() follows, or refused() when another import runs.
    void import(const QString &path, const QString &workspace);
    bool isImporting() const { return mImporting; }
    //! What the user reads about a failed import: the message and the first details.
    static QString failureText(const WorkspaceImportResult &result);

signals:
    //! An import ended; target is the workspace imported into.
    void finished(const WorkspaceImportResult &result, const QString &target);
    //! An import was not started (another one is running).
    void refused(const QString &message);

private:
    QWidget *mWindow;
    bool mImporting = false;
};

} // namespace wijk::gui
