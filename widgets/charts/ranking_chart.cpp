#include "charts/ranking_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/trend_chart.h"

#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QSet>
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

QT_CHARTS_USE_NAMESPACE

namespace wijk::charts {

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
} // namespace

RankingChart::RankingChart(QGraphicsItem *parent) : SelectableChart(parent)
{
    applyBaseStyle(this, {});
    connect(this, &QChart::plotAreaChanged, this, [this] { layoutLabels(); });
}

void RankingChart::setData(const RankingChartData &data)
{
    mData = data;
    removeAllSeries();
    const auto oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
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
    if (std::isfinite(data.referenceValue)) {
        lo = std::min(lo, data.referenceValue);
        hi = std::max(hi, data.referenceValue);
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
        categories << mLabels.value(mOrder[row]);
    }
    series->append(mBase);
    series->append(mSelected);
    series->setBarWidth(0.72);
    series->setProperty("wijkRole", role::bars);
    addSeries(series);

    mSeries = series;
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY);
    axisY->setGridLineVisible(false);
    axisY->setLabelsVisible(false);

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
            value = new HaloText(formatValue(item.value, data.indicator), this);
            value->setFont(labelFont());
            value->setBrush(palette::text);
            value->setZValue(10);
            valueWidth = std::max(valueWidth, bold.horizontalAdvance(value->text()));
        }
        mValueItems << value;
        styleName(mNameItems.size() - 1, false);
    }
    setMargins(QMargins(std::min(nameWidth, 260) + 14, 6, valueWidth + 12, 6));
    auto *axisX =
        makeValueAxis(lo, hi, data.indicator.displayDecimals(), axisTitle(data.indicator), 6, true);
    addAxis(axisY, Qt::AlignLeft);
    addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    for (QLegendMarker *marker : legend()->markers(series))
        marker->setVisible(false);

    if (std::isfinite(data.referenceValue)) {
        mReference = new QLineSeries;
        mReference->append(data.referenceValue, -0.5);
        mReference->append(data.referenceValue, categories.size() - 0.5);
        mReference->setPen(QPen(palette::reference, 2.0, Qt::DashLine));
        const QString who = data.referenceName.isEmpty() ? tr("municipality") : data.referenceName;
        mReference->setName(
            QStringLiteral("%1: %2").arg(who, formatValue(data.referenceValue, data.indicator)));
        mReference->setProperty("wijkRole", role::reference);
        addSeries(mReference);
        mReference->attachAxis(axisX);
        mReference->attachAxis(axisY);
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
                                        item.hasValue() ? formatValue(item.value, mData.indicator)
                                                        : statusLabel(why)));
        });
    }
    reapplyHighlight();
    layoutLabels();
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
    const int rows = mNameItems.size();
    if (!mSeries || rows == 0 || plot.isEmpty())
        return;
    const double rowHeight = plot.height() / rows;
    // Digits and capitals need the ascent; descenders may touch the next row's.
    const double textHeight = QFontMetricsF(labelFont()).ascent() + 1.0;
    // When rows get thinner than the text, label every k-th row (and always the selection).
    const int every = std::max(1, int(std::ceil(textHeight / rowHeight)));
    for (int row = 0; row < rows; ++row) {
        const double centre = plot.top() + (row + 0.5) * rowHeight;
        QGraphicsSimpleTextItem *name = mNameItems[row];
        const QRectF nameBox = name->boundingRect();
        name->setPos(plot.left() - 8 - nameBox.width(), centre - nameBox.height() / 2);
        name->setVisible(row % every == 0 || isHighlighted(mOrder[row]));
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
    if (bar < 0 || !mBase)
        return;
    const RegionValue &item = mData.items[mItemOf.value(code)];
    const double value = item.hasValue() ? item.value : 0.0;
    mBase->replace(bar, on ? 0.0 : value);
    mSelected->replace(bar, on ? value : 0.0);
    styleName(mOrder.indexOf(code), on);
    layoutLabels();
}

} // namespace wijk::charts
