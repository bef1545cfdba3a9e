#include "reports/map_export_job.h"

#include "engine/boundary_choice.h"
#include "engine/dataset.h"
#include "engine/harmonised_dataset.h"
#include "engine/region_focus.h"
#include "engine/workspace_loader.h"
#include "engine_map_values.h"
#include "map_layout.h"
#include "map_style_choice.h"
#include "spatial_clusters.h"
#include "workspace/crosswalk_store.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <optional>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace wijk::reports {

namespace {

// The strings keep the "cli" context they had when this lived in the map command: the sheet
// is the same, so are its words and their translations.
QString levelPlural(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Gemeente:
        return QCoreApplication::translate("cli", "Municipalities");
    case RegionLevel::Wijk:
        return QCoreApplication::translate("cli", "Wijken");
    case RegionLevel::Buurt:
        return QCoreApplication::translate("cli", "Buurten");
    case RegionLevel::Land:
        break;
    }
    return QCoreApplication::translate("cli", "Country");
}

QString methodName(maps::ClassificationMethod method)
{
    switch (method) {
    case maps::ClassificationMethod::Quantile:
        return QCoreApplication::translate("cli", "quantiles");
    case maps::ClassificationMethod::EqualInterval:
        return QCoreApplication::translate("cli", "equal intervals");
    case maps::ClassificationMethod::Jenks:
        return QCoreApplication::translate("cli", "natural breaks (Jenks)");
    case maps::ClassificationMethod::StdDev:
        return QCoreApplication::translate("cli", "standard deviations");
    case maps::ClassificationMethod::Pretty:
        return QCoreApplication::translate("cli", "pretty breaks");
    case maps::ClassificationMethod::Box:
        return QCoreApplication::translate("cli", "box map");
    case maps::ClassificationMethod::Manual:
        return QCoreApplication::translate("cli", "manual breaks");
    }
    return QString();
}

maps::MapLayoutText layoutText(const Indicator &info, RegionLevel level,
                               const maps::ChoroplethSpec &spec, int classes, int period,
                               int firstYear)
{
    maps::MapLayoutText text;
    text.title = info.name;
    const QString range = QStringLiteral("%1–%2").arg(firstYear).arg(period);
    QString what;
    switch (spec.mode) {
    case maps::MapMode::Value:
        what = QString::number(period);
        break;
    case maps::MapMode::Change:
        what = QCoreApplication::translate("cli", "change %1").arg(range);
        break;
    case maps::MapMode::Trend:
        what = QCoreApplication::translate("cli", "trend %1").arg(range);
        break;
    case maps::MapMode::Signals:
        what = QCoreApplication::translate("cli", "signals %1").arg(range);
        break;
    case maps::MapMode::Clusters:
        what = QCoreApplication::translate("cli", "local Moran clusters %1").arg(period);
        break;
    }
    // The window's legend says the same (maps::mapLegendTitle).
    text.legendTitle = maps::mapLegendTitle(spec.mode, firstYear, period, info.unit);
    text.subtitle = QStringLiteral("%1, %2").arg(levelPlural(level), what);
    if (spec.mode != maps::MapMode::Signals && spec.mode != maps::MapMode::Clusters) {
        // What is applied: change and trend maps class each side of 0 (a box map has no
        // sides), with as many classes as hold regions.
        const maps::ClassificationMethod applied = spec.classification.method;
        text.subtitle += QStringLiteral(" · ") +
                         (spec.mode == maps::MapMode::Value
                              ? methodName(applied)
                              : QCoreApplication::translate("cli", "%1 on each side of 0")
                                    .arg(methodName(applied)));
        if (applied != maps::ClassificationMethod::Box &&
            applied != maps::ClassificationMethod::Manual)
            text.subtitle += QStringLiteral(", ") +
                             QCoreApplication::translate("cli", "%1 classes").arg(classes);
    }
    if (spec.mode == maps::MapMode::Trend)
        text.subtitle +=
            QStringLiteral(" · ") + QCoreApplication::translate("cli", "Theil-Sen slope");
    return text;
}

QString sourceOf(const workspace::Workspace &workspace, const Indicator &info)
{
    if (!info.source.isEmpty())
        return info.source;
    const auto extracts = workspace.extracts();
    return extracts.empty() ? QString() : extracts.back().publisher;
}

QString latestExtract(const workspace::Workspace &workspace)
{
    const auto extracts = workspace.extracts();
    const auto latest =
        std::max_element(extracts.begin(), extracts.end(),
                         [](const workspace::ExtractInfo &a, const workspace::ExtractInfo &b) {
                             return a.importedAt < b.importedAt;
                         });
    return latest == extracts.end() ? QString() : latest->extractId;
}
} // namespace

bool exportMap(const MapExportRequest &request, MapExportResult *result, QString *error)
{
    MapExportResult ignored;
    MapExportResult &outcome = result ? *result : ignored;
    const QString &path = request.workspace;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!workspace::isPgLocation(path) && !QFileInfo::exists(path))
        return fail(
            QCoreApplication::translate("cli", "The workspace %1 does not exist.").arg(path));
    QString message;
    const auto workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, &message);
    if (!workspace)
        return fail(QCoreApplication::translate("cli", "Cannot open the workspace %1: %2")
                        .arg(path, message));
    QStringList unknown;
    engine::Dataset dataset =
        engine::loadDataset(*workspace, {request.indicator}, &unknown, &outcome.warnings);
    if (!unknown.isEmpty())
        return fail(QCoreApplication::translate("cli", "Unknown indicator(s) in %1: %2.", nullptr,
                                                int(unknown.size()))
                        .arg(path, unknown.join(QStringLiteral(", "))));
    std::optional<engine::HarmonisedDataset> harmonised;
    if (request.division > 0) {
        const auto crosswalks = workspace::readCrosswalks(*workspace, true);
        if (crosswalks.empty())
            return fail(QCoreApplication::translate(
                            "cli", "The workspace %1 holds no crosswalk; import one "
                                   "with 'crosswalk import' first.")
                            .arg(path));
        harmonised = engine::HarmonisedDataset::build(dataset, crosswalks, request.division,
                                                      &outcome.warnings);
        dataset = harmonised->data();
    }
    const int indicator = dataset.indicatorIndex(request.indicator);
    if (indicator < 0)
        return fail(
            QCoreApplication::translate("cli", "Unknown indicator(s) in %1: %2.", nullptr, 1)
                .arg(path, request.indicator));
    const Indicator &info = dataset.indicator(indicator);
    maps::ChoroplethSpec spec = request.spec;
    // What the map applies of the chosen method: the window's rule (box maps have no sides).
    spec.classification.method = maps::appliedMethod(spec.mode, spec.classification.method);
    spec.polarity = info.polarity;
    spec.classification.decimals = info.displayDecimals();

    // A focus draws its own regions, classified among themselves, on boundaries that hold them.
    engine::RegionFocus focus;
    if (!request.focus.isEmpty()) {
        QStringList codes;
        if (!engine::RegionFocus::parse(dataset, request.focus, &codes, &message))
            return fail(message);
        focus = engine::RegionFocus(dataset, codes);
    }
    maps::MapValueRequest values;
    values.level = request.level;
    values.focus = focus;
    values.indicator = info.code;
    values.period = request.period;
    values.fromYear = request.fromYear;
    // The presentation module's values on the one vintage rule of window and command line
    // (docs/maps.md).
    const engine::BoundaryCodes withBoundary = workspace->boundaryCodes(request.level);
    const maps::EngineMap drawn = maps::engineMap(dataset, withBoundary, values, &message);
    if (!message.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(path, message));
    QVector<maps::MapValue> mapValues = drawn.values;
    // A Clusters map: the clusters of `wijkmonitor-cli spatial` with its defaults (queen
    // weights of the division in force, 999 permutations, seed 12345), as the window's.
    QString clusterNote;
    if (spec.mode == maps::MapMode::Clusters) {
        presentation::ClusterRequest clusterRequest;
        clusterRequest.level = request.level;
        clusterRequest.indicator = info.code;
        clusterRequest.period = request.period;
        const presentation::ClusterMap clusters =
            presentation::clusterMap(*workspace, dataset, clusterRequest);
        if (!clusters.ok())
            return fail(QStringLiteral("%1: %2").arg(path, clusters.error));
        mapValues = clusters.values;
        clusterNote = presentation::globalMoranLine(clusters.analysis.global) +
                      QStringLiteral(" · ") + presentation::clusterMethodNote(clusters);
    }
    if (focus.isSet())
        mapValues.erase(
            std::remove_if(mapValues.begin(), mapValues.end(),
                           [&](const maps::MapValue &v) { return !focus.contains(v.code); }),
            mapValues.end());
    if (request.classesOverAllYears &&
        (spec.mode == maps::MapMode::Value || spec.mode == maps::MapMode::Change)) {
        for (int year : dataset.periods()) {
            maps::MapValueRequest other = values;
            other.period = year;
            other.withTrends = false;
            QString ignored;
            spec.classBasis += maps::engineMap(dataset, withBoundary, other, &ignored).values;
        }
        // As the window: a focus is classed among its own regions, over the years too.
        if (focus.isSet())
            spec.classBasis.erase(
                std::remove_if(spec.classBasis.begin(), spec.classBasis.end(),
                               [&](const maps::MapValue &v) { return !focus.contains(v.code); }),
                spec.classBasis.end());
    }
    const int firstYear = drawn.fromYear;
    const engine::BoundaryChoice &boundaries = drawn.boundaries;
    if (!boundaries.found())
        return fail(QStringLiteral("%1: %2").arg(
            path, engine::noBoundariesMessage(boundaries, dataset, request.level, focus)));
    outcome.vintage = boundaries.boundaries;
    maps::RegionSource source = maps::RegionSource::workspace(path, request.level, outcome.vintage);
    if (focus.isSet())
        source.restrictToCodes(focus.codesOfLevel(dataset, request.level));
    source.displayName = info.name;
    auto map = maps::ChoroplethLayer::create(source, mapValues, spec, &message);
    if (!map)
        return fail(message);
    outcome.unknownCodes = map->unknownCodes();

    maps::MapLayoutText text = layoutText(info, request.level, spec, map->classification().size(),
                                          request.period, firstYear);
    if (boundaries.borrowed())
        text.subtitle += QStringLiteral(" · ") + engine::boundaryNote(boundaries);
    if (!clusterNote.isEmpty())
        text.subtitle += QStringLiteral(" · ") + clusterNote;
    if (harmonised && !harmonised->crosswalkOf(request.level, request.period).isEmpty())
        text.subtitle += QStringLiteral(" · ") +
                         QCoreApplication::translate("cli", "estimated on the division of %1")
                             .arg(harmonised->divisionYear());
    if (!request.title.isEmpty())
        text.title = request.title;
    text.source = maps::sourceLine(sourceOf(*workspace, info), latestExtract(*workspace));
    QgsProject project;
    const QgsRectangle extent =
        request.extent.isEmpty() ? map->regions().extentOf() : request.extent;
    auto layout = maps::createMapLayout(&project, {map->layer()}, extent, text, &message,
                                        request.templatePath);
    if (!layout) {
        outcome.internalError = true;
        return fail(message);
    }
    maps::ExportOptions options = request.options;
    options.title = text.title;
    options.subject = text.subtitle;
    if (!maps::exportLayout(layout.get(), request.out, options, &message))
        return fail(message);

    outcome.withData = 0;
    for (const maps::LegendEntry &entry : map->legend())
        outcome.withData += entry.key >= 0 ? entry.count : 0;
    outcome.regionCount = map->regions().regionCount();
    return true;
}

} // namespace wijk::reports
