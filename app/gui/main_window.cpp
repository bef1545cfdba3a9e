#include "gui/main_window.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>

namespace wijk {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    mPlaceholder = new QLabel(tr("No workspace open"), this);
    mPlaceholder->setObjectName(QStringLiteral("workspaceLabel"));
    mPlaceholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(mPlaceholder);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    resize(1280, 800);
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    mWorkspaceName = info.completeBaseName();
    mPlaceholder->setText(tr("Workspace: %1").arg(mWorkspaceName));
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    const QString app = tr("Wijkmonitor Workbench");
    setWindowTitle(mWorkspaceName.isEmpty() ? app
                                            : QStringLiteral("%1 — %2").arg(mWorkspaceName, app));
}

} // namespace wijk
