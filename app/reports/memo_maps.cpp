#include "reports/memo_maps.h"

#include "choropleth_layer.h"
#include "engine_map_values.h"
#include "map_layout.h"
#include "region_layer.h"
#include "reports/report_format.h"
#include "workspace/workspace.h"

#include <qgslayoutexporter.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace wijk::reports {

QImage indicatorMapImage(const ReportData &data, int indicator, int dpi, QString *error)
{
    const engine::Dataset &dataset = data.dataset();
    const Indicator &info = dataset.indicator(indicator);
    // The window's and the command line's values and vintage rule (engine_map_values.h).
    maps::MapValueRequest request;
    request.level = RegionLevel::Wijk;
    request.indicator = info.code;
    request.period = data.lastYear();
    request.withTrends = false;
    QString why;
    const maps::EngineMap map =
        maps::engineMap(dataset, data.workspace().boundaryCodes(RegionLevel::Wijk), request, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return QImage();
    }
    if (!map.boundaries.found()) {
        if (error)
            *error = engine::noBoundariesMessage(map.boundaries);
        return QImage();
    }
    const QVector<maps::MapValue> &values = map.values;
    const int vintage = map.boundaries.boundaries;
    maps::ChoroplethSpec spec;
    spec.mode = maps::MapMode::Value;
    spec.polarity = info.polarity;
    spec.classification.decimals = info.displayDecimals();
    spec.labels = maps::LabelContent::Name;
    auto layer = maps::ChoroplethLayer::create(
        maps::RegionSource::workspace(data.workspace().path(), RegionLevel::Wijk, vintage), values,
        spec, error);
    if (!layer)
        return QImage();
    const QString unit = unitSuffix(info);
    maps::MapLayoutText text;
    text.title = unit.isEmpty() ? info.name : QStringLiteral("%1 (%2)").arg(info.name, unit);
    text.subtitle =
        QStringLiteral("Wijken van %1, %2").arg(data.municipalityName()).arg(data.lastYear());
    text.legendTitle = QStringLiteral("%1").arg(data.lastYear());
    text.source = maps::sourceLine(info.source, data.provenance().extractId);
    QgsProject project;
    auto layout =
        maps::createMapLayout(&project, {layer->layer()}, layer->regions().extentOf(), text, error);
    if (!layout)
        return QImage();
    layout->renderContext().setTextRenderFormat(Qgis::TextRenderFormat::AlwaysText);
    QgsLayoutExporter exporter(layout.get());
    return exporter.renderPageToImage(0, QSize(), dpi);
}

} // namespace wijk::reports
