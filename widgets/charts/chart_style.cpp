#include "charts/chart_style.h"

#include "charts/chart_format.h"
#include "charts/chart_stats.h"

#include <QFont>
#include <QLocale>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <cmath>

QT_CHARTS_USE_NAMESPACE

namespace wijk::charts {

namespace {
QFont chartFont(int pointSize, bool bold = false)
{
    QFont font;
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}
} // namespace

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
    chart->setLocale(QLocale());
}

void adaptLegendToWidth(QChart *chart, qreal width)
{
    const Qt::Alignment wanted = width < 600 ? Qt::AlignRight : Qt::AlignBottom;
    if (chart->legend()->alignment() != wanted)
        chart->legend()->setAlignment(wanted);
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(chartFont(9));
    axis->setLabelsColor(palette::text);
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(9));
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

QCategoryAxis *makeYearAxis(int first, int last, int maxLabels)
{
    if (last < first)
        std::swap(first, last);
    if (last == first) {
        --first;
        ++last;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Half a year of air on both sides keeps end markers off the plot border.
    axis->setStartValue(first - 0.5);
    setYearLabels(axis, first, last, maxLabels);
    axis->setRange(first - 0.5, last + 0.5);
    styleAxis(axis);
    return axis;
}

double minimumStep(int decimals)
{
    return std::pow(10.0, -std::max(0, decimals));
}

QCategoryAxis *makeValueAxis(double min, double max, int decimals, const QString &title,
                             int targetTicks, bool includeZero)
{
    if (includeZero) {
        min = std::min(min, 0.0);
        max = std::max(max, 0.0);
    }
    const Ticks ticks = niceTicks(min, max, targetTicks, minimumStep(decimals));
    const int labelDecimals = std::min(std::max(0, decimals), ticks.decimals);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(ticks.values.front());
    for (double tick : ticks.values)
        axis->append(formatNumber(tick, labelDecimals), tick);
    axis->setRange(ticks.values.front(), ticks.values.back());
    styleAxis(axis, title);
    return axis;
}

} // namespace wijk::charts
