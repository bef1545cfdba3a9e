#include "gui/map_presenter.h"

#include "gui/focus_controller.h"
#include "gui/spatial_controller.h"
#include "gui/workbench_session.h"
#include "map/map_controls.h"
#include "map/map_view.h"
#include "selection/region_selection.h"

#include <QLocale>
#include <QSet>

namespace wijk::gui {

MapPresenter::MapPresenter(widgets::MapView *view, const widgets::RegionSelection *selection,
                           QObject *parent)
    : QObject(parent), mView(view), mSelection(selection)
{
}

MapPresenter::~MapPresenter()
{
    clear();
}

maps::ChoroplethSpec MapPresenter::choroplethSpec(const maps::MapStyleChoice &choice,
                                                  const Indicator &indicator, RegionLevel level)
{
    maps::ChoroplethSpec spec;
    spec.mode = choice.mode;
    spec.polarity = indicator.polarity;
    spec.classification.method = maps::appliedMethod(choice.mode, choice.method);
    spec.classification.classes = choice.classes;
    spec.classification.decimals = indicator.displayDecimals();
    spec.classification.locale = QLocale();
    spec.labels = level == RegionLevel::Buurt ? maps::LabelContent::None : maps::LabelContent::Name;
    return spec;
}

bool MapPresenter::classesOverAllPeriods(const maps::MapStyleChoice &choice)
{
    return choice.fixedClasses &&
           (choice.mode == maps::MapMode::Value || choice.mode == maps::MapMode::Change);
}

bool MapPresenter::needsRebuild(RegionLevel level) const
{
    return !mChoropleth || mLevel != level;
}

void MapPresenter::clear()
{
    // The canvas must let go of the layer before the layer is destroyed.
    mView->setRegionLayer(nullptr);
    mChoropleth.reset();
}

void MapPresenter::show(WorkbenchSession &session, const QString &indicatorCode, RegionLevel level,
                        int period, bool english, bool rebuildLayer)
{
    const Indicator *indicator = session.indicator(indicatorCode);
    if (!indicator)
        return;
    const maps::MapStyleChoice choice = mView->style();
    const presentation::ClusterMap *clusters = nullptr;
    QVector<maps::MapValue> values;
    if (choice.mode == maps::MapMode::Clusters) {
        clusters = mClusters ? mClusters->clusters(indicatorCode, level, period) : nullptr;
        if (!clusters) {
            mView->setMessage(tr("Computing the spatial weights and clusters…"));
            mView->refresh();
            return;
        }
        if (clusters->ok())
            values = clusters->values;
    } else {
        values = session.mapValues(indicatorCode, level, period);
    }
    // "EB-geschat": a value map of EB rates (the raw ones stay in the table and tooltip).
    const bool empiricalBayes = choice.mode == maps::MapMode::Value && mClusters &&
                                mClusters->empiricalBayesShown(indicatorCode);
    if (empiricalBayes)
        values = mClusters->empiricalBayesMapValues(indicatorCode, period, values);
    if (mFocus)
        mFocus->apply(values);
    maps::ChoroplethSpec spec = choroplethSpec(choice, *indicator, level);
    // Classes over every year: playing through the years then shows growth.
    if (classesOverAllPeriods(choice) && !empiricalBayes) {
        spec.classBasis = session.mapValuesOfAllPeriods(indicatorCode, level);
        if (mFocus)
            mFocus->apply(spec.classBasis);
    }
    mView->setClassificationEnabled(spec.mode != maps::MapMode::Signals &&
                                    spec.mode != maps::MapMode::Clusters);
    QString title =
        QStringLiteral("<b>%1</b>").arg(indicator->displayName(english).toHtmlEscaped());
    // The one vintage rule of window and command line (docs/maps.md, "Boundaries by year").
    // With a focus, the boundaries of its regions: a focus gemeente absent from the year's
    // division, or without boundaries in any vintage that fits, says so on the map.
    const engine::RegionFocus shownFocus =
        mFocus && mFocus->isActive() ? mFocus->focus() : engine::RegionFocus();
    const engine::BoundaryChoice boundaries = session.boundaries(level, period, shownFocus);
    if (!boundaries.found()) {
        clear();
        mView->setMessage(
            engine::noBoundariesMessage(boundaries, session.dataset(), level, shownFocus), true);
        mView->setLegendTitle(title);
        mView->refresh();
        return;
    }
    mView->setMessage(QString());
    QString error;
    if (rebuildLayer || !mChoropleth || mVintage != boundaries.boundaries) {
        clear();
        maps::RegionSource source =
            maps::RegionSource::workspace(session.path(), level, boundaries.boundaries);
        if (mFocus)
            mFocus->apply(source, level);
        mChoropleth = maps::ChoroplethLayer::create(source, values, spec, &error);
        mLevel = level;
        mVintage = boundaries.boundaries;
        if (mChoropleth) {
            mView->setRegionLayer(mChoropleth->layer(), QStringLiteral("code"));
            const QStringList selected = mSelection->selected();
            mView->setSelectedRegions(QSet<QString>(selected.cbegin(), selected.cend()));
        }
    } else if (!mChoropleth->apply(values, spec, &error)) {
        emit problem(error);
    }
    if (!mChoropleth) {
        emit problem(tr("The map cannot be drawn: %1").arg(error));
        return;
    }
    // The years and unit as a map of `wijkmonitor-cli map` says them (one function).
    title += QStringLiteral("<br>%1").arg(
        maps::mapLegendTitle(spec.mode, session.mapFirstYear(level, period, spec.mode), period,
                             indicator->unit)
            .toHtmlEscaped());
    if (boundaries.borrowed())
        title += QStringLiteral("<br>%1").arg(engine::boundaryNote(boundaries).toHtmlEscaped());
    if (empiricalBayes)
        title += QStringLiteral("<br>%1").arg(
            tr("EB-estimated rates (raw rates in the table and tooltip)").toHtmlEscaped());
    if (clusters) {
        // How the clusters were found, and the global statistic, where the map is read.
        title +=
            clusters->ok()
                ? QStringLiteral("<br>%1<br><small>%2</small>")
                      .arg(presentation::globalMoranLine(clusters->analysis.global).toHtmlEscaped(),
                           presentation::clusterMethodNote(*clusters).toHtmlEscaped())
                : QStringLiteral("<br>%1").arg(clusters->error.toHtmlEscaped());
    }
    mView->setLegendTitle(title);
    mView->refresh();
}

} // namespace wijk::gui
