#include "gui/window_map_state.h"

#include "gui/focus_controller.h"
#include "gui/main_window.h"
#include "gui/map_presenter.h"
#include "gui/spatial_controller.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "selection/region_selection.h"
#include "table/values_table_view.h"

#include <QSortFilterProxyModel>
#include <qgsmapcanvas.h>

namespace wijk::gui {

WindowMapState::WindowMapState(MainWindow *window) : mWindow(window) {}

QString WindowMapState::workspacePath() const
{
    return mWindow && mWindow->session() ? mWindow->session()->path() : QString();
}

QString WindowMapState::workspaceRevision() const
{
    const WorkbenchSession *session = mWindow ? mWindow->session() : nullptr;
    return session && session->isServer() ? session->revision() : QString();
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
    // The window's change, trend and signal maps start at the first year (fromYear 0). The
    // style is the one the window draws: the map presenter decides it from the controls.
    const maps::MapStyleChoice choice = map->style();
    if (const Indicator *indicator = mWindow->session()->indicator(request.indicator))
        request.spec = MapPresenter::choroplethSpec(choice, *indicator, request.level);
    request.classesOverAllYears = MapPresenter::classesOverAllPeriods(choice);
    request.extent = map->canvas()->extent();
    // The focus the map shows (its regions only, classed among themselves) and the division
    // its figures are on.
    const FocusController *focus = mWindow->focusController();
    if (focus && focus->isActive())
        request.focus = focus->focus().gemeenten().join(QLatin1Char(','));
    request.division = mWindow->session()->division();
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

reports::DataExportRequest WindowMapState::currentTable(int *rows) const
{
    reports::DataExportRequest request;
    if (rows)
        *rows = 0;
    if (!mWindow || !mWindow->session() || mWindow->currentIndicator().isEmpty())
        return request;
    const widgets::ValuesTableView *shown = mWindow->tableView();
    const presentation::TableData &table = shown->model()->tableData();
    reports::TableViewRequest view;
    if (shown->columns() == widgets::ValuesTableView::Columns::Indicators) {
        view.across = reports::TableViewRequest::Across::Indicators;
        // The columns are the theme's indicators the window could load, in their order.
        for (const presentation::TableColumn &column : table.columns)
            request.indicators << column.key;
    } else {
        request.indicators = QStringList{mWindow->currentIndicator()};
        const SpatialController *spatial = mWindow->spatial();
        view.empiricalBayes = spatial && spatial->empiricalBayesShown(mWindow->currentIndicator());
    }
    view.period = mWindow->currentPeriod();
    const FocusController *focus = mWindow->focusController();
    if (focus && focus->isActive())
        view.focus = focus->focus().gemeenten();
    const presentation::TableViewOrder order = shown->viewOrder();
    view.filter = order.filter;
    view.sortKey = presentation::tableKeyOfColumn(table, order.sortColumn);
    if (view.sortKey.isEmpty())
        view.sortKey = QStringLiteral("name");
    view.descending = order.descending;
    request.levels = {mWindow->currentLevel()};
    request.table = view;
    if (rows)
        *rows = shown->proxy()->rowCount();
    return request;
}

} // namespace wijk::gui
