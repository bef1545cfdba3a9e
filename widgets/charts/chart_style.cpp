#include "charts/chart_style.h"

#include "charts/chart_format.h"
#include "charts/chart_stats.h"
#include "charts/charts_namespace.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QStringList>
#include <QVector>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <algorithm>
#include <cmath>

WIJK_CHARTS_USE_NAMESPACE

namespace wijk::widgets::charts {

namespace {
QFont chartFont(int pointSize, bool bold = false)
{
    QFont font;
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}
} // namespace

QFont axisFont()
{
    return chartFont(9);
}

QColor seriesColor(int index)
{
    // Accent first; then hues that stay apart for the common colour-vision deficiencies.
    static const QColor colors[] = {palette::accent, QColor(0x1F, 0x77, 0xB4),
                                    QColor(0x2C, 0x8C, 0x5A), QColor(0x8E, 0x44, 0xAD),
                                    QColor(0xD6, 0x8A, 0x00)};
    return colors[index % 5];
}

Qt::PenStyle seriesPenStyle(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::SolidLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine, Qt::SolidLine};
    return styles[index % 5];
}

void applyBaseStyle(QChart *chart, const QString &title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(6, 6, 18, 6));
    chart->setTitle(title);
    chart->setTitleFont(chartFont(11, true));
    chart->setTitleBrush(palette::text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(9));
    chart->legend()->setLabelColor(palette::text);
    chart->legend()->setBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    // The chart's own locale, which every number it writes uses (chart_format.h): the
    // language at hand when it is made; a report or the window may set another.
    chart->setLocale(QLocale());
}

void showInLegend(QLegendMarker *marker, bool shown)
{
    marker->setVisible(shown);
    marker->setProperty("wijkShown", shown);
}

bool isShownInLegend(const QLegendMarker *marker)
{
    // Qt reports every marker hidden until the legend's first layout.
    return marker->property("wijkShown").toBool() || !marker->property("wijkShown").isValid();
}

void fitLegendBelow(QChart *chart, const QSizeF &size, int bottom)
{
    QLegend *legend = chart->legend();
    if (legend->isAttachedToChart())
        legend->detachFromChart();
    // A detached legend fills rows from its alignment's side: top-down keeps series order.
    if (legend->alignment() != Qt::AlignTop)
        legend->setAlignment(Qt::AlignTop);
    const QFontMetricsF metrics(legend->font());
    // A marker is its symbol (half the font height), margins and the label.
    const qreal symbol = metrics.height() / 2 + 18.0;
    const qreal rowHeight = metrics.height() + 11.0;
    const qreal available = size.width() - 12.0;
    int rows = 0;
    qreal row = 0.0, widest = 0.0;
    const auto markers = legend->markers();
    for (QLegendMarker *marker : markers) {
        if (!isShownInLegend(marker))
            continue;
        const qreal width =
            std::min(available, symbol + metrics.horizontalAdvance(marker->label()));
        if (rows == 0 || row + width > available) {
            ++rows;
            row = 0.0;
        }
        row += width;
        widest = std::max(widest, row);
    }
    if (!legend->isVisible())
        rows = 0;
    const qreal height = rows * rowHeight;
    QMargins margins = chart->margins();
    if (margins.bottom() != bottom + int(std::ceil(height))) {
        margins.setBottom(bottom + int(std::ceil(height)));
        chart->setMargins(margins);
    }
    // Rows start at the left of the widest row, which is centred.
    const qreal left = std::max(6.0, (size.width() - widest) / 2);
    legend->setGeometry(QRectF(left, size.height() - height - 2, size.width() - left - 6, height));
    legend->update();
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(axisFont());
    axis->setLabelsColor(palette::text);
    axis->setTitleText(title);
    axis->setTitleFont(axisFont());
    axis->setTitleBrush(palette::text);
    axis->setGridLineColor(palette::grid);
    axis->setLinePenColor(QColor(0xB0, 0xB0, 0xB0));
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}

bool setYearLabels(QCategoryAxis *axis, int first, int last, int maxLabels)
{
    const int span = last - first;
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50}) {
        step = candidate;
        if (span / candidate + 1 <= std::max(2, maxLabels))
            break;
    }
    QStringList wanted;
    for (int year = first; year <= last; year += step)
        wanted << yearLabel(year);
    if (axis->categoriesLabels() == wanted)
        return false;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    for (int year = first; year <= last; year += step)
        axis->append(yearLabel(year), year);
    return true;
}

namespace {
void clearCategories(QCategoryAxis *axis)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
}
} // namespace

void setYearRange(QCategoryAxis *axis, int first, int last, int maxLabels)
{
    if (last < first)
        std::swap(first, last);
    if (last == first) {
        --first;
        ++last;
    }
    clearCategories(axis);
    // Half a year of air on both sides keeps end markers off the plot border.
    axis->setStartValue(first - 0.5);
    setYearLabels(axis, first, last, maxLabels);
    axis->setRange(first - 0.5, last + 0.5);
}

QCategoryAxis *makeYearAxis(int first, int last, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setYearRange(axis, first, last, maxLabels);
    styleAxis(axis);
    return axis;
}

double minimumStep(int decimals)
{
    return std::pow(10.0, -std::max(0, decimals));
}

void setValueTicks(QCategoryAxis *axis, const QLocale &locale, double min, double max, int decimals,
                   const QString &title, int targetTicks, bool includeZero, int maxTicks,
                   bool labelZero)
{
    if (includeZero) {
        min = std::min(min, 0.0);
        max = std::max(max, 0.0);
    }
    Ticks ticks = niceTicks(min, max, targetTicks, minimumStep(decimals));
    for (int target = targetTicks - 1; target >= 2 && int(ticks.values.size()) > maxTicks; --target)
        ticks = niceTicks(min, max, target, minimumStep(decimals));
    const int labelDecimals = std::min(std::max(0, decimals), ticks.decimals);
    clearCategories(axis);
    axis->setStartValue(ticks.values.front());
    for (double tick : ticks.values) {
        // A zero start tick without a category of its own takes no label width from the
        // others (Qt gives each label the axis length over the category points).
        if (!labelZero && tick == 0.0 && tick == ticks.values.front())
            continue;
        axis->append(formatNumber(tick, labelDecimals, locale), tick);
    }
    axis->setRange(ticks.values.front(), ticks.values.back());
    if (axis->titleText() != title)
        axis->setTitleText(title);
}

QCategoryAxis *makeValueAxis(const QLocale &locale, double min, double max, int decimals,
                             const QString &title, int targetTicks, bool includeZero)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setValueTicks(axis, locale, min, max, decimals, title, targetTicks, includeZero);
    styleAxis(axis, title);
    return axis;
}

void fitChartTitle(QChart *chart, const QString &title, qreal width)
{
    QString text = wrapTitle(title, chart->titleFont(), width - 16.0, 3);
    if (text.contains(QLatin1String("<br>")))
        text = QStringLiteral("<center>%1</center>").arg(text);
    if (chart->title() != text)
        chart->setTitle(text);
}

void fitAxisTitle(QAbstractAxis *axis, const QString &title, qreal length)
{
    const QString text = wrapTitle(title, axis->titleFont(), length - 8.0);
    if (axis->titleText() != text)
        axis->setTitleText(text);
}

int verticalTicks(qreal length)
{
    // Qt elides a label taller than its share of the axis less twice its padding.
    return std::max(2, int(length / (QFontMetricsF(axisFont()).height() + 12.0)) + 1);
}

int ticksAlong(const QLocale &locale, qreal length, double min, double max, int decimals,
               bool includeZero)
{
    if (includeZero) {
        min = std::min(min, 0.0);
        max = std::max(max, 0.0);
    }
    const QFontMetricsF metrics(axisFont());
    for (int target = 6; target > 2; --target) {
        const Ticks ticks = niceTicks(min, max, target, minimumStep(decimals));
        const int labelDecimals = std::min(std::max(0, decimals), ticks.decimals);
        qreal widest = 0.0;
        for (double tick : ticks.values)
            widest = std::max(widest,
                              metrics.horizontalAdvance(formatNumber(tick, labelDecimals, locale)));
        // Qt elides a label wider than its share of the axis less some padding.
        if (qreal(ticks.values.size()) * (widest + 16.0) <= length)
            return int(ticks.values.size());
    }
    return 2;
}

QString wrapTitle(const QString &title, const QFont &font, qreal width, int maxLines)
{
    const QFontMetricsF metrics(font);
    if (title.isEmpty() || width <= 0 || metrics.horizontalAdvance(title) <= width)
        return title;
    // Break at the spaces that leave the longest line shortest: two lines, or three when two
    // do not fit and three are allowed (a chart title: a scatter of two long indicator names
    // in a dock; an axis title on three lines would take the plot's room).
    QVector<int> spaces;
    for (int i = title.indexOf(QLatin1Char(' ')); i >= 0;
         i = title.indexOf(QLatin1Char(' '), i + 1))
        spaces << i;
    if (spaces.isEmpty())
        return title;
    const auto lineWidth = [&](int from, int to) { // the text between two breaks
        return metrics.horizontalAdvance(title.mid(from, to - from));
    };
    QVector<int> best;
    qreal bestWidth = 0.0;
    for (int a : qAsConst(spaces)) {
        const qreal longer = std::max(lineWidth(0, a), lineWidth(a + 1, int(title.size())));
        if (best.isEmpty() || longer < bestWidth) {
            best = {a};
            bestWidth = longer;
        }
    }
    if (bestWidth > width && maxLines >= 3) {
        for (int x = 0; x < spaces.size(); ++x) {
            for (int y = x + 1; y < spaces.size(); ++y) {
                const int a = spaces[x], b = spaces[y];
                const qreal longest = std::max(
                    {lineWidth(0, a), lineWidth(a + 1, b), lineWidth(b + 1, int(title.size()))});
                if (longest < bestWidth) {
                    best = {a, b};
                    bestWidth = longest;
                }
            }
        }
    }
    QStringList lines;
    int from = 0;
    for (int at : qAsConst(best)) {
        lines << title.mid(from, at - from).toHtmlEscaped();
        from = at + 1;
    }
    lines << title.mid(from).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace wijk::widgets::charts
