// The wijk profile as a QGIS print layout: the shipped (or a user's) .qpt template, whose
// items are found by id and filled per wijk: title, subtitle, map + overview, key figure
// table, summary, charts (SVG pictures, vector in the PDF), notes and footers.
// Items a template leaves out are skipped; items it adds are kept as designed. When the
// workspace defines a composite index of wijken, a page is added after the template's last
// with the wijk's theme scores against the gemeente (CompositeIndexPage).
#pragma once

#include "reports/wijk_profile_content.h"

#include <QRectF>
#include <QTemporaryDir>
#include <memory>
#include <qgsrectangle.h>

class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

namespace wijk::maps {
class RegionLayer;
}

namespace wijk::reports {

//! The shipped template (":/layouts/wijkprofiel.qpt").
QString defaultProfileTemplate();

//! The extent of a map item of mapSize (mm) that shows region (plus margin, a fraction of its
//! longer side) as large as possible where it does not touch inset (the item's rectangle on
//! the map, in the map's mm, y down; empty: none), so an inset never covers the region.
QgsRectangle extentBesideInset(const QSizeF &mapSize, const QRectF &inset, QgsRectangle region,
                               double margin);

class CompositeIndexPage;

class WijkProfileLayout
{
public:
    //! Loads the template (empty: the shipped one) and the region layers once.
    [[nodiscard]] static std::unique_ptr<WijkProfileLayout>
    create(const ReportData &data, const QString &templatePath, QString *error);
    ~WijkProfileLayout();

    //! Fills every known item for one wijk; false with *error when a chart cannot be made.
    [[nodiscard]] bool fill(const WijkProfileContent &content, QString *error);
    QgsPrintLayout *layout() const { return mLayout.get(); }
    //! Pages of the layout (2 for the shipped template, 3 with a composite index of wijken).
    int pageCount() const;

private:
    explicit WijkProfileLayout(const ReportData &data);
    void fillTexts(const WijkProfileContent &content);
    void fillMap(const WijkProfileContent &content);
    void fillTable(const WijkProfileContent &content);
    [[nodiscard]] bool fillCharts(const WijkProfileContent &content, QString *error);
    void setLabel(const QString &id, const QString &text);

    const ReportData &mData;
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<QgsPrintLayout> mLayout;
    std::unique_ptr<maps::RegionLayer> mWijken;
    std::unique_ptr<maps::RegionLayer> mOverviewWijken;
    std::unique_ptr<maps::RegionLayer> mBuurten;
    //! Set when the workspace defines a composite index of wijken (profileCompositeOf()).
    std::unique_ptr<CompositeIndexPage> mCompositePage;
    QTemporaryDir mChartDir;
    int mFillCount = 0;
};

} // namespace wijk::reports
