// Ranking chart: every region of a level for one period as horizontal bars, best first (by
// the indicator's polarity), the selection in the accent colour, the municipality's value
// as a dashed reference line, and suppressed or missing regions at the end, marked and
// without a bar or number.
#pragma once

#include "charts/chart_data.h"
#include "charts/charts_namespace.h"
#include "charts/selectable_chart.h"

#include <QHash>
#include <vector>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

WIJK_CHARTS_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QCategoryAxis;
class QLineSeries;
WIJK_CHARTS_END_NAMESPACE

namespace wijk::widgets::charts {

class RankingChart : public SelectableChart
{
    Q_OBJECT
public:
    explicit RankingChart(QGraphicsItem *parent = nullptr);

    //! Most bars drawn: a larger level shows the kEndBars best and worst and the
    //! kAroundSelection neighbours of each highlighted region (the title says how many).
    //! In a chart too short for that many names (the ranking dock at 1366 x 768) it shows
    //! fewer ends, down to kFewestEndBars, and fewer neighbours of the selection, down to
    //! one on each side, so that each bar shown can carry its name.
    static constexpr int kMostBars = 30;
    static constexpr int kEndBars = 10;
    static constexpr int kFewestEndBars = 3;
    static constexpr int kAroundSelection = 3;

    //! Rebuilds the chart from data; the current highlight is kept.
    void setData(const RankingChartData &data);
    //! Whether the bars are a part of the data (more than kMostBars regions).
    bool isCut() const { return mCut; }

    //! Region codes from the top bar down (regions without a value last).
    QStringList orderedCodes() const { return mOrder; }
    //! The label shown for a region (its name, marked when it has no value).
    QString labelOf(const QString &code) const;
    //! The bar length drawn for a region; NaN when the region has no bar.
    double barValue(const QString &code) const;
    //! The value of the reference line, NaN when there is none.
    double referenceLineValue() const;
    //! A height in pixels at which every label stays readable (about 18 px per region).
    int preferredHeight() const;
    //! The value label drawn at the end of a region's bar; empty when it has none.
    QString valueLabelOf(const QString &code) const;
    //! The region codes whose names are drawn now, top first: all of them when the rows
    //! are tall enough for the text, else every k-th and the highlighted ones.
    QStringList shownNames() const;

protected:
    void applyHighlight(const QString &code, bool on) override;
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    //! The items (indices, best first) that get a bar.
    std::vector<int> barsShown(const std::vector<int> &ordered) const;
    //! Draws these items (setData() chose them).
    void build(const RankingChartData &data);
    //! Margins, title, value ticks and legend for a chart of size (before Qt's layout).
    void fitToSize(const QSizeF &size);
    int barIndex(const QString &code) const;
    //! Places names left of the plot and values at the bar ends (Qt would elide the names).
    void layoutLabels();
    void styleName(int row, bool selected);

    RankingChartData mAllData; //!< as given to setData()
    RankingChartData mData;    //!< the items drawn
    bool mCut = false;
    int mEndBars = kEndBars;        //!< the best and worst shown of a large level (see kEndBars)
    int mAround = kAroundSelection; //!< neighbours shown on each side of the selection
    QStringList mOrder;
    QHash<QString, int> mItemOf; //!< code -> index in mData.items
    QHash<QString, QString> mLabels;
    QList<QGraphicsSimpleTextItem *> mNameItems;  //!< by row, top first
    QList<QGraphicsSimpleTextItem *> mValueItems; //!< by row; null without a value
    WIJK_CHARTS_NAMESPACE::QAbstractBarSeries *mSeries = nullptr;
    WIJK_CHARTS_NAMESPACE::QBarCategoryAxis *mAxisY = nullptr; //!< kept for the chart's life
    WIJK_CHARTS_NAMESPACE::QCategoryAxis *mAxisX = nullptr;    //!< kept for the chart's life
    QGraphicsTextItem *mTitleItem = nullptr; //!< the title, drawn over the full width
    QString mValueTitle;                     //!< the value axis title before wrapping
    double mLo = 0.0, mHi = 1.0;             //!< the range the value axis covers
    int mTicks = 100;                        //!< value ticks that fit the bars' width
    int mNameWidth = 0;                      //!< the widest name, in bold
    int mValueWidth = 0;                     //!< the widest value label
    WIJK_CHARTS_NAMESPACE::QBarSet *mBase = nullptr;
    WIJK_CHARTS_NAMESPACE::QBarSet *mSelected = nullptr;
    WIJK_CHARTS_NAMESPACE::QLineSeries *mReference = nullptr;
};

} // namespace wijk::widgets::charts
