// The wijk profile's page for the workspace's composite index of wijken (issue 15): the wijk's
// theme scores and index against its gemeente's (a bar chart and a table), what the index is
// made of and how it is scored. The page is added after the template's last page with items
// of its own, styled like the charts page's (title, rule, notes, footer) when the template
// has those, and placed on the new page by page-relative positions.
#pragma once

#include "reports/wijk_profile_content.h"

#include <QRectF>

class QgsLayout;
class QgsLayoutFrame;
class QgsLayoutItem;
class QgsLayoutItemLabel;
class QgsLayoutItemManualTable;
class QgsLayoutItemPicture;

namespace wijk::reports {

class CompositeIndexPage
{
public:
    //! Adds an A4 page (the size of the layout's last page) with the page's items to layout.
    explicit CompositeIndexPage(QgsLayout *layout);

    //! Fills the page for content's wijk (its `composite` must be set) with the chart SVG
    //! written to chartPath; false with *error naming the file when the chart cannot be made.
    [[nodiscard]] bool fill(const ReportData &data, const WijkProfileContent &content,
                            const QString &chartPath, QString *error);

    //! The index of the page in the layout's page collection.
    int page() const { return mPage; }

    //! The id of the page's footer label, which WijkProfileLayout fills as the other footers.
    static QString footerId();

private:
    //! A label with the font, colour and alignment of the template's label `like` (if any;
    //! else DejaVu Sans of fallbackPt) at rect (mm on the page).
    QgsLayoutItemLabel *addLabel(const QString &id, const QString &like, const QRectF &rect,
                                 double fallbackPt, bool fallbackBold = false);
    //! A horizontal rule from (x, y) over width mm, drawn like the template's polyline `like`.
    void addRule(const QString &id, const QString &like, double x, double y, double width,
                 double fallbackMm);
    //! Moves and resizes item to rect (mm) on this page.
    void place(QgsLayoutItem *item, const QRectF &rect);
    void fillTable(const ReportData &data, const WijkProfileContent &content);

    QgsLayout *mLayout = nullptr;
    int mPage = -1;
    QgsLayoutItemLabel *mTitle = nullptr;
    QgsLayoutItemLabel *mLead = nullptr;
    QgsLayoutItemPicture *mChart = nullptr;
    QgsLayoutItemManualTable *mTable = nullptr;
    QgsLayoutFrame *mTableFrame = nullptr;
    QgsLayoutItemLabel *mHeading = nullptr;
    QgsLayoutItemLabel *mNotes = nullptr;
};

} // namespace wijk::reports
