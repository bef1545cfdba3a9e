#include "gui/import_controller.h"

#include "gui/job_progress_dialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <atomic>
#include <memory>

namespace wijk::gui {

ImportController::ImportController(QWidget *window) : QObject(window), mWindow(window) {}

void ImportController::chooseAndImport(const QString &workspace)
{
    const QString path = QFileDialog::getOpenFileName(
        mWindow, tr("Import"), QString(),
        tr("Importable files (*.zip *.csv *.xlsx *.gpkg *.json *.geojson);;All files (*)"));
    if (!path.isEmpty())
        import(path, workspace);
}

QString ImportController::failureText(const WorkspaceImportResult &result)
{
    QString text = result.message;
    if (!result.details.isEmpty())
        text += QStringLiteral("\n\n") + result.details.mid(0, 15).join(QLatin1Char('\n'));
    return text;
}

void ImportController::import(const QString &path, const QString &workspace)
{
    if (mImporting) {
        emit refused(tr("Another import is still running."));
        return;
    }
    QString target = workspace;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            mWindow, tr("New workspace for the import"),
            QDir::home().filePath(QStringLiteral("workspace.gpkg")), tr("Workspaces (*.gpkg)"));
        if (target.isEmpty())
            return;
    }
    mImporting = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog =
        makeJobProgressDialog(mWindow, QStringLiteral("importProgress"), tr("Import"),
                              tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"));
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guarded(dialog);
    // Called on the worker thread: hand the numbers to the UI thread.
    import::ImportProgress progress = [guarded](qint64 done, qint64 total, const QString &stage) {
        const int value = total > 0 ? int(qBound<qint64>(0, done * 1000 / total, 1000)) : 0;
    QMetaObject::invokeMethod(
        qApp,
        [guarded, value, stage] {
            if (!guarded)
                return;
            guarded->setValue(value);
            if (!stage.isEmpty())
                guarded->setLabelText(stage);
        },
        Qt::QueuedConnection);
};
auto *watcher = new QFutureWatcher<WorkspaceImportResult>(this);
connect(watcher, &QFutureWatcher<WorkspaceImportResult>::finished, this,
        [this, watcher, dialog, target] {
            const WorkspaceImportResult result = watcher->result();
            watcher->deleteLater();
            dialog->close();
            dialog->deleteLater();
            mImporting = false;
            emit finished(result, target);
        });
watcher->setFuture(QtConcurrent::run([target, path, progress, cancel] {
    return importIntoWorkspace(target, path, progress, cancel.get());
}));
} // namespace wijk::gui

} // namespace wijk::gui
