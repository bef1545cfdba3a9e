// Draws the open workspace's values on the map view: decides the style of the map (one
// ChoroplethSpec from the user's choice in the map's controls and the indicator), keeps the
// styled region layer of the level and vintage drawn, and writes the legend's title or, when
// no boundaries fit the year, the map's message.
#pragma once

#include "choropleth_layer.h"
#include "map_style_choice.h"
#include "model/model.h"

#include <QObject>
#include <QString>
#include <memory>

namespace wijk::widgets {
class MapView;
class RegionSelection;
} // namespace wijk::widgets

namespace wijk::gui {

class FocusController;
class SpatialController;

class WorkbenchSession;

class MapPresenter : public QObject
{
    Q_OBJECT

public:
    //! Draws into view with the regions of selection selected (neither owned; both must
    //! outlive the presenter).
    MapPresenter(widgets::MapView *view, const widgets::RegionSelection *selection,
                 QObject *parent = nullptr);
    ~MapPresenter() override;

    //! The style of a map of indicator at level for the user's choice: the one place that
    //! decides it. Change and trend maps are classed diverging with the method they can
    //! apply; buurt maps carry no labels (too many, too small). Without classBasis.
    static maps::ChoroplethSpec choroplethSpec(const maps::MapStyleChoice &choice,
                                               const Indicator &indicator, RegionLevel level);
    //! Whether the classes come from every year of the series (value and change maps with
    //! fixed classes; a trend map classes each year by itself).
    static bool classesOverAllPeriods(const maps::MapStyleChoice &choice);

    //! Draws indicator at level in period from session in the view's current style;
    //! rebuildLayer reloads the regions (a new level or workspace).
    void show(WorkbenchSession &session, const QString &indicator, RegionLevel level, int period,
              bool english, bool rebuildLayer);
    //! Takes the region layer off the map and drops it (before the session goes).
    void clear();
    //! Whether show() must rebuild the layer for this level (none yet, or another level).
    bool needsRebuild(RegionLevel level) const;
    //! The styled regions on the map (nullptr when none are drawn).
    const maps::ChoroplethLayer *choropleth() const { return mChoropleth.get(); }
    //! Draws only the regions of focus's gemeenten (classified among themselves); nullptr or
    //! an unset focus: every region. Not owned; must outlive the presenter.
    void setFocus(const FocusController *focus) { mFocus = focus; }
    //! Where a Clusters map gets its clusters (computed off the UI thread: until they are
    //! ready the map says so, and the window shows again on clustersReady()). Not owned.
    void setClusters(SpatialController *clusters) { mClusters = clusters; }

signals:
    //! Something about the map the user should read in the status bar.
    void problem(const QString &message);

private:
    widgets::MapView *mView;
    const FocusController *mFocus = nullptr;
    SpatialController *mClusters = nullptr;
    const widgets::RegionSelection *mSelection;
    std::unique_ptr<maps::ChoroplethLayer> mChoropleth;
    RegionLevel mLevel = RegionLevel::Wijk; //!< the level mChoropleth draws
    int mVintage = 0;                       //!< the vintage whose boundaries mChoropleth draws
};

} // namespace wijk::gui
