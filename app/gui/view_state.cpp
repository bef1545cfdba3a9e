#include "gui/view_state.h"

#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "gui/focus_controller.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "map/map_view.h"
#include "table/values_table_model.h"
#include "table/values_table_view.h"

#include <QJsonArray>
#include <qgsvectorlayer.h>

namespace wijk::gui {

namespace {
QString originName(engine::FocusOrigin origin)
{
    switch (origin) {
    case engine::FocusOrigin::Stored:
        return QStringLiteral("stored");
    case engine::FocusOrigin::Proposed:
        return QStringLiteral("proposed");
    case engine::FocusOrigin::Given:
        return QStringLiteral("given");
    case engine::FocusOrigin::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

QJsonObject viewState(const MainWindow &window)
{
    const WorkbenchSession *session = window.session();
    QJsonObject map;
    map.insert(QStringLiteral("level"), contractName(window.currentLevel()));
    map.insert(QStringLiteral("year"), window.currentPeriod());
    map.insert(QStringLiteral("boundaries_year"),
               session
                   ? session->boundaries(window.currentLevel(), window.currentPeriod()).boundaries
                   : 0);
    const QgsVectorLayer *layer = window.mapView()->regionLayer();
    map.insert(QStringLiteral("features_drawn"), layer ? int(layer->featureCount()) : 0);
    map.insert(QStringLiteral("message"), window.mapView()->message());
    map.insert(QStringLiteral("legend"), window.mapView()->legendTitle());
    map.insert(QStringLiteral("legend_scrolls"), window.mapView()->legendScrolls());

    QJsonObject ranking;
    QJsonArray rankingRegions, rankingNames;
    for (const QString &code : window.rankingChart()->orderedCodes()) {
        rankingRegions.append(code);
        rankingNames.append(window.rankingChart()->labelOf(code));
    }
    ranking.insert(QStringLiteral("regions"), rankingRegions);
    ranking.insert(QStringLiteral("names"), rankingNames);
    ranking.insert(QStringLiteral("cut"), window.rankingChart()->isCut());

    QJsonObject trend;
    QJsonArray series;
    for (const widgets::TrendSeries &line : window.trendChart()->data().series)
        series.append(QJsonObject{{QStringLiteral("code"), line.code},
                                  {QStringLiteral("name"), line.name},
                                  {QStringLiteral("reference"), line.reference},
                                  {QStringLiteral("observations"), int(line.periods.size())}});
    trend.insert(QStringLiteral("series"), series);
    trend.insert(QStringLiteral("first_year"), window.trendChart()->firstYear());
    trend.insert(QStringLiteral("last_year"), window.trendChart()->lastYear());

    QJsonObject table;
    QJsonArray tableRegions;
    for (const widgets::TableRow &row : window.tableView()->model()->tableData().rows)
        tableRegions.append(row.code);
    table.insert(QStringLiteral("rows"), tableRegions.size());
    table.insert(QStringLiteral("regions"), tableRegions);

    const FocusController *focusController = window.focusController();
    QJsonObject focus;
    focus.insert(QStringLiteral("gemeenten"),
                 QJsonArray::fromStringList(focusController->focus().gemeenten()));
    focus.insert(QStringLiteral("whole_country"), !focusController->isActive());
    focus.insert(QStringLiteral("origin"), originName(focusController->origin()));

    return QJsonObject{
        {QStringLiteral("map"), map},     {QStringLiteral("ranking"), ranking},
        {QStringLiteral("trend"), trend}, {QStringLiteral("table"), table},
        {QStringLiteral("focus"), focus}, {QStringLiteral("indicator"), window.currentIndicator()}};
}

} // namespace wijk::gui
