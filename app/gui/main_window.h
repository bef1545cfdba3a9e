// The workbench window: docks for map, charts, table and catalogue around one selection.
#pragma once

#include <QMainWindow>

class QLabel;

namespace wijk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    //! Opens a workspace file; returns false (and tells the user) when it cannot.
    bool openWorkspace(const QString &path);
    QString workspaceName() const { return mWorkspaceName; }

private:
    void updateTitle();

    QString mWorkspaceName;
    QLabel *mPlaceholder = nullptr;
};

} // namespace wijk
