#include "charts/trend_chart.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/charts_namespace.h"

#include <QCursor>
#include <QDate>
#include <QGraphicsSceneResizeEvent>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <algorithm>
#include <cmath>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

namespace {

bool isGap(const TrendSeries &series, size_t i)
{
    if (i >= series.values.size() || !std::isfinite(series.values[i]))
        return true;
    const ValueStatus status = i < series.statuses.size() ? series.statuses[i] : ValueStatus::Final;
    return status == ValueStatus::Suppressed || status == ValueStatus::Missing;
}

bool isProvisional(const TrendSeries &series, size_t i)
{
    return i < series.statuses.size() && series.statuses[i] == ValueStatus::Provisional;
}

bool isEstimated(const TrendSeries &series, size_t i)
{
    return i < series.statuses.size() && series.statuses[i] == ValueStatus::Estimated;
}

bool isNational(const TrendSeries &series)
{
    return levelFromCode(series.code) == RegionLevel::Land;
}

double pivotOf(const TrendSeries &series, const TrendLine &line)
{
    if (std::isfinite(line.pivotPeriod))
        return line.pivotPeriod;
    std::vector<double> periods;
    for (size_t i = 0; i < series.periods.size(); ++i) {
        if (!isGap(series, i))
            periods.push_back(series.periods[i]);
    }
    if (periods.empty())
        return 0.0;
    std::sort(periods.begin(), periods.end());
    const size_t mid = periods.size() / 2;
    return periods.size() % 2 ? periods[mid] : (periods[mid - 1] + periods[mid]) / 2.0;
}

//! First and last period with a value, or false when there is none.
bool valueSpan(const TrendSeries &series, double *first, double *last)
{
    bool any = false;
    for (size_t i = 0; i < series.periods.size(); ++i) {
        if (isGap(series, i))
            continue;
        const double p = series.periods[i];
        *first = any ? std::min(*first, p) : p;
        *last = any ? std::max(*last, p) : p;
        any = true;
    }
    return any;
}

struct Band
{
    QList<QPointF> lower, upper;
};

//! The region the slope's interval allows: lines through the pivot at slopes lo and hi.
Band bandOf(const TrendSeries &series, const TrendLine &line, double first, double last)
{
    Band band;
    if (!std::isfinite(line.lo) || !std::isfinite(line.hi))
        return band;
    const double t0 = std::clamp(pivotOf(series, line), first, last);
    const double x0 = line.valueAt(t0);
    for (double t : {first, t0, last}) {
        const double a = x0 + line.lo * (t - t0), b = x0 + line.hi * (t - t0);
        band.lower << QPointF(t, std::min(a, b));
        band.upper << QPointF(t, std::max(a, b));
    }
    return band;
}

} // namespace

TrendChart::TrendChart(QGraphicsItem *parent) : QChart(parent)
{
    applyBaseStyle(this, {});
    // One pair of axes for the chart's life, re-ticked by setData: a removed axis leaves its
    // labels and title in the scene until the event loop runs its deferred delete (see
    // docs/charts.md), which drew old labels over new ones after an indicator switch.
    mFirstYear = 2000;
    mLastYear = 2001;
    mAxisX = makeYearAxis(mFirstYear, mLastYear);
    mAxisY = makeValueAxis(locale(), 0.0, 1.0, 0, QString());
    addAxis(mAxisX, Qt::AlignBottom);
    addAxis(mAxisY, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this] { updateYearLabels(); });
}

void TrendChart::updateYearLabels()
{
    if (plotArea().width() <= 0)
        return;
    // Qt elides a label wider than its share of the axis minus padding: keep ~48 px each.
    const int maxLabels = int(plotArea().width() / 48.0);
    setYearLabels(mAxisX, mFirstYear, mLastYear, maxLabels);
    fitAxisTitle(mAxisY, mValueTitle, plotArea().height());
    const int maxTicks = verticalTicks(plotArea().height());
    if (maxTicks != mMaxValueTicks) {
        mMaxValueTicks = maxTicks;
        setValueTicks(mAxisY, locale(), mLo, mHi, mData.indicator.displayDecimals(),
                      mAxisY->titleText(), 6, false, mMaxValueTicks);
    }
}

TrendChart::Style TrendChart::styleFor(const TrendSeries &series, int selectedIndex) const
{
    Style style;
    if (series.peerMedian) {
        style.color = palette::fit;
        style.penStyle = Qt::DashDotLine;
        style.width = 2.0;
        style.markerSize = 5.0;
        style.z = 1;
    } else if (series.reference && isNational(series)) {
        style.color = palette::national;
        style.penStyle = Qt::DotLine;
        style.width = 2.0;
        style.markerSize = 5.0;
    } else if (series.reference) {
        style.color = palette::reference;
        style.penStyle = Qt::DashLine;
        style.width = 2.0;
        style.markerSize = 5.0;
        style.z = 1;
    } else {
        style.color = seriesColor(selectedIndex);
        style.penStyle = seriesPenStyle(selectedIndex);
        style.z = 2;
    }
    return style;
}

void TrendChart::attach(QAbstractSeries *series)
{
    addSeries(series);
    series->attachAxis(mAxisX);
    series->attachAxis(mAxisY);
}

void TrendChart::setData(const TrendChartData &data)
{
    mData = data;
    removeAllSeries();
    fitChartTitle(this, data.title, size().width() > 0 ? size().width() : 1e6);

    // Ranges over every value and every band end, so nothing is clipped.
    double firstYear = 0, lastYear = 0, lo = 0, hi = 0;
    bool anyYear = false, anyValue = false;
    auto extend = [&](double v) {
        lo = anyValue ? std::min(lo, v) : v;
        hi = anyValue ? std::max(hi, v) : v;
        anyValue = true;
    };
    for (const TrendSeries &series : data.series) {
        for (size_t i = 0; i < series.periods.size(); ++i) {
            firstYear =
                anyYear ? std::min<double>(firstYear, series.periods[i]) : series.periods[i];
            lastYear = anyYear ? std::max<double>(lastYear, series.periods[i]) : series.periods[i];
            anyYear = true;
            if (!isGap(series, i))
                extend(series.values[i]);
        }
        double first = 0, last = 0;
        if (series.trend && series.trend->isValid() && valueSpan(series, &first, &last)) {
            extend(series.trend->valueAt(first));
            extend(series.trend->valueAt(last));
            const Band band = bandOf(series, *series.trend, first, last);
            for (const QPointF &p : band.lower + band.upper)
                extend(p.y());
        }
    }
    if (!anyYear)
        firstYear = lastYear = QDate::currentDate().year();
    mFirstYear = int(firstYear);
    mLastYear = int(lastYear);
    if (mFirstYear == mLastYear) {
        --mFirstYear;
        ++mLastYear;
    }
    const int maxYears = plotArea().width() > 0 ? int(plotArea().width() / 48.0) : 13;
    setYearRange(mAxisX, mFirstYear, mLastYear, maxYears);
    mValueTitle = axisTitle(data.indicator, data.title, locale());
    mLo = anyValue ? lo : 0.0;
    mHi = anyValue ? hi : 1.0;
    setValueTicks(mAxisY, locale(), mLo, mHi, data.indicator.displayDecimals(), mValueTitle, 6,
                  false, mMaxValueTicks);
    if (plotArea().height() > 0)
        fitAxisTitle(mAxisY, mValueTitle, plotArea().height());

    // A peer median first: its legend entry is long, and Qt's detached legend starts a new
    // row only when another entry as wide as the last would not fit, so a long entry after
    // short ones runs off the chart ("mediaan van" at 1366x768). First, it has a row of its
    // own. Drawn under the bands (they are translucent) and the other lines.
    for (const TrendSeries &series : data.series)
        if (series.peerMedian)
            addSeriesLines(series, styleFor(series, 0));
    // Bands first so that every line is drawn over them.
    bool firstBand = true;
    int selectedIndex = 0;
    for (const TrendSeries &series : data.series) {
        if (series.trend && series.trend->isValid()) {
            addTrend(series, styleFor(series, series.reference ? 0 : selectedIndex), firstBand);
            firstBand = false;
        }
        if (!series.reference)
            ++selectedIndex;
    }
    // Context lines below the selected regions.
    for (bool reference : {true, false}) {
        selectedIndex = 0;
        for (const TrendSeries &series : data.series) {
            if (series.reference == reference && !series.peerMedian)
                addSeriesLines(series, styleFor(series, selectedIndex));
            if (!series.reference)
                ++selectedIndex;
        }
    }
    bool anyProvisional = false, anyEstimated = false;
    for (const TrendSeries &series : data.series) {
        for (size_t i = 0; i < series.periods.size(); ++i) {
            anyProvisional = anyProvisional || (!isGap(series, i) && isProvisional(series, i));
            anyEstimated = anyEstimated || (!isGap(series, i) && isEstimated(series, i));
        }
    }
    if (anyProvisional)
        addLegendNote(tr("provisional"));
    if (anyEstimated)
        addLegendNote(tr("estimated (crosswalk)"), QScatterSeries::MarkerShapeRectangle);
    fitLegendBelow(this, size());
}

void TrendChart::addSeriesLines(const TrendSeries &series, const Style &style)
{
    QPen pen(style.color, style.width, style.penStyle, Qt::RoundCap, Qt::RoundJoin);
    QPen dashed = pen;
    dashed.setStyle(Qt::DashLine);
    dashed.setDashPattern({3.0, 2.0});
    QPen dotted = pen;
    dotted.setStyle(Qt::DotLine);
    bool named = false;
    // How an edge between two values is drawn: solid, dashed into a provisional value or
    // between observations years apart, dotted into an estimate (an estimate wins: it is the
    // weaker figure).
    enum class Edge
    {
        Solid,
        Provisional,
        Estimated,
        Sparse
    };
    auto addRun = [&](const QList<QPointF> &points, Edge edge) {
        if (points.size() < 2)
            return;
        auto *line = new QLineSeries;
        line->append(points);
        line->setPen(edge == Edge::Estimated ? dotted : edge == Edge::Solid ? pen : dashed);
        line->setName(series.name);
        line->setProperty("wijkCode", series.code);
        line->setProperty("wijkRole", edge == Edge::Estimated     ? role::estimatedLine
                                      : edge == Edge::Provisional ? role::provisionalLine
                                      : edge == Edge::Sparse      ? role::sparseLine
                                                                  : role::line);
        attach(line);
        // One legend entry per region: its first line.
        const auto markers = legend()->markers(line);
        for (QLegendMarker *marker : markers)
            showInLegend(marker, !named);
        named = true;
    };

    // A gap ends a run; within a run, an edge touching an estimate is dotted, one touching a
    // provisional value or joining observations years apart (two points seven years apart
    // are two measurements, not a yearly series) dashed.
    auto pointAt = [&](size_t i) { return QPointF(series.periods[i], series.values[i]); };
    auto edgeOf = [&](size_t a, size_t b) {
        if (isEstimated(series, a) || isEstimated(series, b))
            return Edge::Estimated;
        if (isProvisional(series, a) || isProvisional(series, b))
            return Edge::Provisional;
        return series.periods[b] - series.periods[a] > 1 ? Edge::Sparse : Edge::Solid;
    };
    auto flush = [&](const std::vector<size_t> &run) {
        if (run.size() < 2)
            return;
        QList<QPointF> part{pointAt(run[0])};
        Edge partEdge = edgeOf(run[0], run[1]);
        for (size_t j = 1; j < run.size(); ++j) {
            const Edge edge = edgeOf(run[j - 1], run[j]);
            if (edge != partEdge) {
                addRun(part, partEdge);
                part = {pointAt(run[j - 1])};
                partEdge = edge;
            }
            part << pointAt(run[j]);
        }
        addRun(part, partEdge);
    };
    std::vector<size_t> run;
    QList<QPointF> finals, provisionals, estimates;
    for (size_t i = 0; i < series.periods.size(); ++i) {
        if (isGap(series, i)) {
            flush(run);
            run.clear();
            continue;
        }
        (isEstimated(series, i)     ? estimates
         : isProvisional(series, i) ? provisionals
                                    : finals)
            << pointAt(i);
        run.push_back(i);
    }
    flush(run);

    auto *dots = new QScatterSeries;
    dots->append(finals);
    dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    dots->setMarkerSize(style.markerSize);
    dots->setColor(style.color);
    dots->setBorderColor(style.color);
    dots->setName(series.name);
    dots->setProperty("wijkCode", series.code);
    dots->setProperty("wijkRole", role::markers);
    attach(dots);
    for (QLegendMarker *marker : legend()->markers(dots))
        showInLegend(marker, !named);
    connectTooltip(dots, series.name, std::nullopt);
    named = true;

    auto addHollow = [&](const QList<QPointF> &points, QScatterSeries::MarkerShape shape,
                         const char *markerRole, ValueStatus status) {
        if (points.isEmpty())
            return;
        auto *hollow = new QScatterSeries;
        hollow->append(points);
        hollow->setMarkerShape(shape);
        hollow->setMarkerSize(style.markerSize + 2);
        hollow->setBrush(Qt::white);
        hollow->setPen(QPen(style.color, 2.0));
        hollow->setName(series.name);
        hollow->setProperty("wijkCode", series.code);
        hollow->setProperty("wijkRole", markerRole);
        attach(hollow);
        for (QLegendMarker *marker : legend()->markers(hollow))
            showInLegend(marker, false);
        connectTooltip(hollow, series.name, status);
    };
    addHollow(provisionals, QScatterSeries::MarkerShapeCircle, role::provisionalMarkers,
              ValueStatus::Provisional);
    addHollow(estimates, QScatterSeries::MarkerShapeRectangle, role::estimatedMarkers,
              ValueStatus::Estimated);
}

void TrendChart::connectTooltip(QScatterSeries *markers, const QString &name,
                                std::optional<ValueStatus> marked)
{
    connect(markers, &QScatterSeries::hovered, this,
            [this, name, marked](const QPointF &point, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                QString text = QStringLiteral("<b>%1</b><br>%2: %3")
                                   .arg(name.toHtmlEscaped(), yearLabel(int(point.x())),
                                        formatValue(point.y(), mData.indicator, locale()));
                if (marked)
                    text += QStringLiteral(" (%1)").arg(statusLabel(*marked));
                QToolTip::showText(QCursor::pos(), text);
            });
}

void TrendChart::addTrend(const TrendSeries &series, const Style &style, bool firstBand)
{
    const TrendLine &line = *series.trend;
    double first = 0, last = 0;
    if (!valueSpan(series, &first, &last) || first == last)
        return;
    const Band band = bandOf(series, line, first, last);
    if (!band.lower.isEmpty()) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        lower->append(band.lower);
        upper->append(band.upper);
        auto *area = new QAreaSeries(upper, lower);
        // The area does not own its edges: parent them to it, so that removeAllSeries() on
        // the next indicator frees them instead of piling them up under the chart.
        lower->setParent(area);
        upper->setParent(area);
        QColor fill = style.color;
        fill.setAlpha(series.reference ? 28 : 40);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        area->setName(tr("trend, 95% band"));
        area->setProperty("wijkCode", series.code);
        area->setProperty("wijkRole", role::band);
        attach(area);
        for (QLegendMarker *marker : legend()->markers(area))
            showInLegend(marker, firstBand);
    }
    auto *trend = new QLineSeries;
    trend->append(first, line.valueAt(first));
    trend->append(last, line.valueAt(last));
    QColor color = style.color;
    color.setAlpha(line.significant ? 230 : 150);
    trend->setPen(QPen(color, 1.5, line.significant ? Qt::SolidLine : Qt::DotLine, Qt::FlatCap));
    trend->setName(line.significant ? tr("trend (Theil-Sen)")
                                    : tr("trend (Theil-Sen), not significant"));
    trend->setProperty("wijkCode", series.code);
    trend->setProperty("wijkRole", role::trend);
    trend->setProperty("wijkSignificant", line.significant);
    attach(trend);
    for (QLegendMarker *marker : legend()->markers(trend))
        showInLegend(marker, false);
}

void TrendChart::addLegendNote(const QString &text, QScatterSeries::MarkerShape shape)
{
    auto *note = new QScatterSeries;
    note->setMarkerShape(shape);
    note->setMarkerSize(9);
    note->setBrush(Qt::white);
    note->setPen(QPen(palette::reference, 2.0));
    note->setName(text);
    note->setProperty("wijkRole", role::note);
    attach(note);
}

void TrendChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    fitLegendBelow(this, event->newSize()); // before Qt's layout: one pass
    fitChartTitle(this, mData.title, event->newSize().width());
    QChart::resizeEvent(event);
    updateYearLabels();
}

} // namespace wijk::widgets::charts
