#include "reports/memo_maps.h"

#include "choropleth_layer.h"
#include "engine/level_values.h"
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
    int vintage = 0;
    for (int w : dataset.regionsOfLevel(RegionLevel::Wijk))
        for (const Region &region : dataset.region(w).vintages)
            vintage = std::max(vintage, region.vintage);

    QVector<maps::MapValue> values;
    for (const engine::LevelValue &value :
         engine::levelValues(dataset, RegionLevel::Wijk, {indicator}, data.lastYear())) {
        maps::MapValue mapValue;
        mapValue.code = dataset.region(value.region).code;
        mapValue.value = value.value; // NaN unless disclosure control lets it through
        mapValue.status = value.status;
        mapValue.smallNumbers = value.smallNumbers;
        values.push_back(mapValue);
    }
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
