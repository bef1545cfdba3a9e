#include "charts/ranking_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"
#include "charts/trend_chart.h"

#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTextDocument>
#include <QTextOption>
#include <QTimer>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <algorithm>
#include <cmath>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

namespace {

//! A value label that stays readable where it crosses the reference line or grid.
class HaloText : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->fillRect(boundingRect().adjusted(-1, 0, 1, 0), QColor(255, 255, 255, 210));
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

QFont labelFont(bool bold = false)
{
    QFont font;
    font.setPointSize(9);
    font.setBold(bold);
    return font;
}

//! Left and right of the names' column, and right of the value labels.
constexpr int kNameGap = 14;
constexpr int kValueGap = 12;
//! The bars start at zero, so the value axis leaves zero unlabelled: that label would take a
//! share of the axis from the others, which Qt then elides ("20....").
constexpr bool kLabelZero = false;
} // namespace

RankingChart::RankingChart(QGraphicsItem *parent) : SelectableChart(parent)
{
    applyBaseStyle(this, {});
    // One pair of axes for the chart's life (see TrendChart): new data re-ticks them.
    mAxisY = new QBarCategoryAxis;
    styleAxis(mAxisY);
    mAxisY->setGridLineVisible(false);
    mAxisY->setLabelsVisible(false);
    // The names are items of their own (layoutLabels): the category axis only places the
    // bars. Shown without labels it still took about 32 px left of the bars, width the value
    // axis's labels need ("10.000" alone where "5.000  10.000" fits).
    mAxisY->setVisible(false);
    mAxisX = makeValueAxis(locale(), 0.0, 1.0, 0, QString(), 6, true);
    addAxis(mAxisY, Qt::AlignLeft);
    addAxis(mAxisX, Qt::AlignBottom);
    // The names' column is a chart margin, and Qt fits title and legend between the margins
    // ("Aand..."). Qt's title only keeps the space (drawn transparent) for an item over the
    // full width; the legend goes under the plot as in every chart (fitLegendBelow).
    setTitleBrush(Qt::transparent);
    mTitleItem = new QGraphicsTextItem(this);
    mTitleItem->setFont(titleFont());
    mTitleItem->setDefaultTextColor(palette::text);
    mTitleItem->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    mTitleItem->setZValue(10);
    legend()->setVisible(false);
    connect(this, &QChart::plotAreaChanged, this, [this] { layoutLabels(); });
}

std::vector<int> RankingChart::barsShown(const std::vector<int> &ordered) const
{
    const int count = int(ordered.size());
    if (count <= kMostBars)
        return ordered;
    // The best and the worst, and the neighbourhood of every highlighted region: never
    // thousands of bars nobody can read.
    std::vector<bool> keep(size_t(count), false);
    // The ends are the best and worst values: regions without one (withheld, missing; they
    // sort last) are no "worst" and show only next to a highlighted region.
    int valued = 0;
    while (valued < count && mAllData.items[size_t(ordered[size_t(valued)])].hasValue())
        ++valued;
    for (int row = 0; row < mEndBars && row < valued; ++row) {
        keep[size_t(row)] = true;
        keep[size_t(valued - 1 - row)] = true;
    }
    for (int row = 0; row < count; ++row)
        if (isHighlighted(mAllData.items[size_t(ordered[size_t(row)])].code))
            for (int near = std::max(0, row - mAround); near <= std::min(count - 1, row + mAround);
                 ++near)
                keep[size_t(near)] = true;
    std::vector<int> shown;
    for (int row = 0; row < count; ++row)
        if (keep[size_t(row)])
            shown.push_back(ordered[size_t(row)]);
    return shown;
}

void RankingChart::setData(const RankingChartData &data)
{
    mAllData = data;
    // Best first: the highest value unless lower is better; ties by name for a stable order.
    std::vector<int> order(data.items.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    const bool best = data.indicator.polarity == Polarity::LowerIsBetter;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const RegionValue &ia = data.items[size_t(a)], &ib = data.items[size_t(b)];
        if (ia.hasValue() != ib.hasValue())
            return ia.hasValue();
        if (ia.hasValue() && ia.value != ib.value)
            return best ? ia.value < ib.value : ia.value > ib.value;
        return ia.name.localeAwareCompare(ib.name) < 0;
    });
    const std::vector<int> shown = barsShown(order);
    RankingChartData cut = data;
    mCut = shown.size() < order.size();
    if (mCut) {
        cut.items.clear();
        for (int index : shown)
            cut.items.push_back(data.items[size_t(index)]);
        cut.title = tr("%1 (%2 of %3)")
                        .arg(data.title)
                        .arg(shown.size())
                        .arg(locale().toString(qlonglong(data.items.size())));
    }
    build(cut);
}

void RankingChart::build(const RankingChartData &data)
{
    mData = data;
    removeAllSeries();
    mBase = mSelected = nullptr;
    mReference = nullptr;
    mSeries = nullptr;
    qDeleteAll(mNameItems);
    qDeleteAll(mValueItems);
    mNameItems.clear();
    mValueItems.clear();
    mOrder.clear();
    mItemOf.clear();
    mLabels.clear();
    setTitle(data.title);

    // Best first: the highest value unless lower is better; ties by name for a stable order.
    std::vector<int> withValue, without;
    for (int i = 0; i < int(data.items.size()); ++i)
        (data.items[i].hasValue() ? withValue : without).push_back(i);
    const bool ascending = data.indicator.polarity == Polarity::LowerIsBetter;
    std::stable_sort(withValue.begin(), withValue.end(), [&](int a, int b) {
        const double va = data.items[a].value, vb = data.items[b].value;
        if (va != vb)
            return ascending ? va < vb : va > vb;
        return data.items[a].name.localeAwareCompare(data.items[b].name) < 0;
    });
    std::stable_sort(without.begin(), without.end(), [&](int a, int b) {
        return data.items[a].name.localeAwareCompare(data.items[b].name) < 0;
    });

    // Category labels must be unique: two buurten may share a name.
    QSet<QString> used;
    double lo = 0.0, hi = 0.0;
    for (const std::vector<int> *group : {&withValue, &without}) {
        for (int index : *group) {
            const RegionValue &item = data.items[index];
            QString label = item.name.isEmpty() ? item.code : item.name;
            if (used.contains(label))
                label = QStringLiteral("%1 (%2)").arg(label, item.code);
            if (!item.hasValue()) {
                const ValueStatus status =
                    item.status == ValueStatus::Suppressed ? item.status : ValueStatus::Missing;
                label = QStringLiteral("%1 \u2013 %2").arg(label, statusLabel(status));
            } else {
                lo = std::min(lo, item.value);
                hi = std::max(hi, item.value);
            }
            used.insert(label);
            mOrder << item.code;
            mItemOf.insert(item.code, index);
            mLabels.insert(item.code, label);
        }
    }
    for (double fixed : {data.referenceValue, data.axisMin, data.axisMax}) {
        if (std::isfinite(fixed)) {
            lo = std::min(lo, fixed);
            hi = std::max(hi, fixed);
        }
    }

    // Two stacked sets: each bar has its value in exactly one of them, so highlighting
    // moves one value between sets instead of rebuilding (Qt 5 has no per-bar colours).
    // Bars run bottom-up, so the best region is appended last.
    auto *series = new QHorizontalStackedBarSeries;
    mBase = new QBarSet(tr("regions"));
    mSelected = new QBarSet(tr("selected"));
    mBase->setColor(palette::base);
    mBase->setBorderColor(Qt::white);
    mSelected->setColor(palette::accent);
    mSelected->setBorderColor(Qt::white);
    QStringList categories;
    for (int row = int(mOrder.size()) - 1; row >= 0; --row) {
        const RegionValue &item = data.items[mItemOf.value(mOrder[row])];
        mBase->append(item.hasValue() ? item.value : 0.0);
        mSelected->append(0.0);
        // Hidden, but Qt still reserves their width left of the bars: keep them short.
        categories << QString::number(row + 1);
    }
    series->append(mBase);
    series->append(mSelected);
    series->setBarWidth(0.72);
    series->setProperty("wijkRole", role::bars);
    addSeries(series);

    mSeries = series;
    mAxisY->clear();
    mAxisY->append(categories);

    // Names and values as plain text items: Qt's category labels are elided to "..." as
    // soon as a row is lower than about 25 px, which a ranking of wijken always is.
    int nameWidth = 0, valueWidth = 0;
    const QFontMetrics bold(labelFont(true));
    for (const QString &code : qAsConst(mOrder)) {
        auto *name = new QGraphicsSimpleTextItem(mLabels.value(code), this);
        name->setZValue(10);
        mNameItems << name;
        nameWidth = std::max(nameWidth, bold.horizontalAdvance(name->text()));
        const RegionValue &item = data.items[mItemOf.value(code)];
        QGraphicsSimpleTextItem *value = nullptr;
        if (item.hasValue()) {
            value = new HaloText(formatValue(item.value, data.indicator, locale()), this);
            value->setFont(labelFont());
            value->setBrush(palette::text);
            value->setZValue(10);
            valueWidth = std::max(valueWidth, bold.horizontalAdvance(value->text()));
        }
        mValueItems << value;
        styleName(mNameItems.size() - 1, false);
    }
    const bool hasReference = std::isfinite(data.referenceValue);
    mNameWidth = nameWidth;
    mValueWidth = valueWidth;
    mLo = lo;
    mHi = hi;
    mValueTitle = axisTitle(data.indicator, data.title, locale());
    setValueTicks(mAxisX, locale(), lo, hi, data.indicator.displayDecimals(), mValueTitle, 6, true,
                  mTicks, kLabelZero);
    series->attachAxis(mAxisY);
    series->attachAxis(mAxisX);
    for (QLegendMarker *marker : legend()->markers(series))
        showInLegend(marker, false);

    if (hasReference) {
        mReference = new QLineSeries;
        mReference->append(data.referenceValue, -0.5);
        mReference->append(data.referenceValue, categories.size() - 0.5);
        mReference->setPen(QPen(palette::reference, 2.0, Qt::DashLine));
        const QString who = data.referenceName.isEmpty() ? tr("municipality") : data.referenceName;
        mReference->setName(QStringLiteral("%1: %2").arg(
            who, formatValue(data.referenceValue, data.indicator, locale())));
        mReference->setProperty("wijkRole", role::reference);
        addSeries(mReference);
        mReference->attachAxis(mAxisX);
        mReference->attachAxis(mAxisY);
    }
    legend()->setVisible(mReference != nullptr);

    for (QBarSet *set : {mBase, mSelected}) {
        connect(set, &QBarSet::clicked, this, [this](int bar) {
            const int row = int(mOrder.size()) - 1 - bar;
            if (row >= 0 && row < mOrder.size())
                clickRegion(mOrder[row], additiveModifier());
        });
        connect(set, &QBarSet::hovered, this, [this](bool on, int bar) {
            const int row = int(mOrder.size()) - 1 - bar;
            if (!on || row < 0 || row >= mOrder.size()) {
                QToolTip::hideText();
                return;
            }
            const QString code = mOrder[row];
            const RegionValue &item = mData.items[mItemOf.value(code)];
            const ValueStatus why =
                item.status == ValueStatus::Suppressed ? item.status : ValueStatus::Missing;
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("<b>%1</b> (%2)<br>%3")
                                   .arg(item.name.toHtmlEscaped(), code,
                                        item.hasValue()
                                            ? formatValue(item.value, mData.indicator, locale())
                                            : statusLabel(why)));
        });
    }
    reapplyHighlight();
    fitToSize(size());
    layoutLabels();
}

void RankingChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    fitToSize(event->newSize()); // before Qt lays out: no second layout pass
    SelectableChart::resizeEvent(event);
}

void RankingChart::fitToSize(const QSizeF &size)
{
    if (!mSeries || size.width() <= 0)
        return;
    // The names take at most 40 % of a narrow chart (elided, see layoutLabels), so that a
    // dock keeps room for the bars; Qt's title stays one line in the top margin, drawn
    // transparent, and the item above it holds the title over the full width, wrapped.
    const int names = std::min({mNameWidth, std::max(90, int(size.width() * 0.4)), 260});
    const QString title = wrapTitle(mData.title, titleFont(), size.width() - 16);
    const bool twoLines = title.contains(QLatin1String("<br>"));
    const int top = 6 + (twoLines ? QFontMetrics(titleFont()).lineSpacing() + 4 : 0);
    const QMargins wanted(names + kNameGap, top, mValueWidth + kValueGap, margins().bottom());
    if (margins() != wanted)
        setMargins(wanted);
    mTitleItem->setHtml(twoLines ? title : title.toHtmlEscaped());
    mTitleItem->setTextWidth(size.width() - 8);
    mTitleItem->setPos(4, 2);

    const int decimals = mData.indicator.displayDecimals();
    // The bars' width before Qt lays out (no second layout pass): the chart less its margins
    // and a few pixels of frame (the name axis is hidden and takes none).
    const int ticks = ticksAlong(locale(), size.width() - wanted.left() - wanted.right() - 8, mLo,
                                 mHi, decimals, true);
    if (ticks != mTicks) {
        mTicks = ticks;
        setValueTicks(mAxisX, locale(), mLo, mHi, decimals, mAxisX->titleText(), 6, true, mTicks,
                      kLabelZero);
    }
    fitLegendBelow(this, size);
}

QString RankingChart::labelOf(const QString &code) const
{
    return mLabels.value(code);
}

int RankingChart::barIndex(const QString &code) const
{
    const int row = mOrder.indexOf(code);
    return row < 0 ? -1 : int(mOrder.size()) - 1 - row;
}

double RankingChart::barValue(const QString &code) const
{
    const auto it = mItemOf.constFind(code);
    if (it == mItemOf.constEnd() || !mData.items[*it].hasValue())
        return kNoValue;
    const int bar = barIndex(code);
    return mBase->at(bar) + mSelected->at(bar);
}

QString RankingChart::valueLabelOf(const QString &code) const
{
    const int row = mOrder.indexOf(code);
    return row >= 0 && mValueItems.at(row) ? mValueItems.at(row)->text() : QString();
}

void RankingChart::styleName(int row, bool selected)
{
    QGraphicsSimpleTextItem *name = mNameItems.value(row);
    if (!name)
        return;
    name->setFont(labelFont(selected));
    name->setBrush(selected ? palette::accent : palette::text);
}

void RankingChart::layoutLabels()
{
    const QRectF plot = plotArea();
    if (plot.width() > 0)
        fitAxisTitle(mAxisX, mValueTitle, plot.width());
    const int rows = mNameItems.size();
    if (!mSeries || rows == 0 || plot.isEmpty())
        return;
    const double rowHeight = plot.height() / rows;
    // A name needs its capitals and digits plus a pixel; the font's ascent also reserves
    // room for accents over capitals (rare in place names), and descenders may reach into
    // the next row's accent space. With the ascent, a wijk ranking at dock size (11 rows in
    // ~140 px) showed every second name.
    const double textHeight = QFontMetricsF(labelFont()).capHeight() + 2.0;
    // A large level cut to its ends shows as many ends as can carry their names here: a
    // short dock gets fewer bars with every name, not twenty bars with every second name.
    if (mCut) {
        const int fit = int(plot.height() / textHeight);
        int selected = 0;
        for (const RegionValue &item : mAllData.items)
            selected += isHighlighted(item.code) ? 1 : 0;
        const int around =
            selected == 0 ? int(kAroundSelection)
                          : std::clamp((fit - 2 * int(kFewestEndBars) - selected) / (2 * selected),
                                       1, int(kAroundSelection));
        const int ends =
            std::clamp((fit - selected * (2 * around + 1)) / 2, int(kFewestEndBars), int(kEndBars));
        if (ends != mEndBars || around != mAround) {
            mEndBars = ends;
            mAround = around;
            QTimer::singleShot(0, this, [this] { setData(mAllData); });
        }
    }
    // When rows get thinner than the text, label every k-th row (and always the selection).
    const int every = std::max(1, int(std::ceil(textHeight / rowHeight)));
    // The highlighted names are always drawn; a regular name closer to one than `every`
    // rows would overlap it and gives way.
    std::vector<int> highlightedRows;
    for (int row = 0; row < rows; ++row)
        if (isHighlighted(mOrder[row]))
            highlightedRows.push_back(row);
    const auto nameDrawn = [&](int row) {
        if (isHighlighted(mOrder[row]))
            return true;
        if (row % every != 0)
            return false;
        for (int h : highlightedRows)
            if (std::abs(h - row) < every)
                return false;
        return true;
    };
    for (int row = 0; row < rows; ++row) {
        const double centre = plot.top() + (row + 0.5) * rowHeight;
        QGraphicsSimpleTextItem *name = mNameItems[row];
        const QString full = mLabels.value(mOrder[row]);
        const QString shown = QFontMetrics(name->font())
                                  .elidedText(full, Qt::ElideRight, margins().left() - kNameGap);
        if (name->text() != shown)
            name->setText(shown);
        const QRectF nameBox = name->boundingRect();
        name->setPos(plot.left() - 8 - nameBox.width(), centre - nameBox.height() / 2);
        name->setVisible(nameDrawn(row));
        if (QGraphicsSimpleTextItem *value = mValueItems[row]) {
            const RegionValue &item = mData.items[mItemOf.value(mOrder[row])];
            const int bar = rows - 1 - row;
            const QPointF end = mapToPosition(QPointF(item.value, bar), mSeries);
            const QPointF zero = mapToPosition(QPointF(0.0, bar), mSeries);
            const QRectF box = value->boundingRect();
            const double x = end.x() >= zero.x() ? end.x() + 4 : end.x() - 4 - box.width();
            value->setPos(x, centre - box.height() / 2);
            value->setVisible(every == 1);
        }
    }
}

QStringList RankingChart::shownNames() const
{
    QStringList codes;
    for (int row = 0; row < mNameItems.size() && row < mOrder.size(); ++row) {
        if (mNameItems[row]->isVisible())
            codes << mOrder[row];
    }
    return codes;
}

double RankingChart::referenceLineValue() const
{
    return mReference && mReference->count() ? mReference->at(0).x() : kNoValue;
}

int RankingChart::preferredHeight() const
{
    return 110 + 18 * int(mOrder.size());
}

void RankingChart::applyHighlight(const QString &code, bool on)
{
    const int bar = barIndex(code);
    if (bar < 0 && on && mCut) {
        // A region outside the bars shown: show its neighbourhood instead.
        setData(mAllData);
        return;
    }
    if (bar < 0 || !mBase)
        return;
    const RegionValue &item = mData.items[mItemOf.value(code)];
    const double value = item.hasValue() ? item.value : 0.0;
    mBase->replace(bar, on ? 0.0 : value);
    mSelected->replace(bar, on ? value : 0.0);
    styleName(mOrder.indexOf(code), on);
    layoutLabels();
}

} // namespace wijk::widgets::charts
