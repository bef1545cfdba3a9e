#include "gui/window_map_state.h"

#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "selection/region_selection.h"

#include <qgsmapcanvas.h>

namespace wijk::gui {

WindowMapState::WindowMapState(MainWindow *window) : mWindow(window) {}

QString WindowMapState::workspacePath() const
{
    return mWindow && mWindow->session() ? mWindow->session()->path() : QString();
}

reports::MapExportRequest WindowMapState::currentMap() const
{
    reports::MapExportRequest request;
    if (!mWindow || !mWindow->session())
        return request;
    const widgets::MapView *map = mWindow->mapView();
    request.workspace = mWindow->session()->path();
    request.indicator = mWindow->currentIndicator();
    request.level = mWindow->currentLevel();
    request.period = mWindow->currentPeriod();
    // The window's change, trend and signal maps start at the first year (fromYear 0).
    request.spec.mode = maps::mapModeFromString(map->mode()).value_or(maps::MapMode::Value);
    request.spec.classification.method =
        maps::classificationMethodFromString(map->classificationMethod())
            .value_or(maps::ClassificationMethod::Quantile);
    request.spec.classification.classes = map->classCount();
    request.spec.labels =
        request.level == RegionLevel::Buurt ? maps::LabelContent::None : maps::LabelContent::Name;
    request.classesOverAllYears = map->fixedClasses();
    request.extent = map->canvas()->extent();
    return request;
}

QStringList WindowMapState::selectedRegions() const
{
    return mWindow ? mWindow->selection()->selected() : QStringList();
}

QImage WindowMapState::canvasImage() const
{
    if (!mWindow)
        return QImage();
    QgsMapCanvas *canvas = mWindow->mapView()->canvas();
    return canvas->grab().toImage();
}

} // namespace wijk::gui
