// The map state of the main window, read through its public interface (current indicator,
// level, year, the map view's mode and classes, the selection, the canvas).
#pragma once

#include "gui/map_state.h"

#include <QPointer>

namespace wijk::gui {

class MainWindow;

class WindowMapState : public MapState
{
public:
    explicit WindowMapState(MainWindow *window);

    QString workspacePath() const override;
    QString workspaceRevision() const override;
    reports::MapExportRequest currentMap() const override;
    QStringList selectedRegions() const override;
    QImage canvasImage() const override;
    reports::DataExportRequest currentTable(int *rows) const override;

private:
    QPointer<MainWindow> mWindow;
};

} // namespace wijk::gui
