// The conversions from engine results into the plain inputs of the widgets: tables, maps,
// charts, signals and tooltips. Each loads its indicator first (lazy loading).
#include "catalogue/indicator_catalogue.h"
#include "charts/engine_trend_line.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "engine/small_numbers.h"
#include "gui/english_signal_sentence.h"
#include "gui/workbench_session.h"

#include <QLocale>
#include <cmath>

namespace wijk::gui {

namespace {
QString number(double value, int decimals)
{
    return widgets::ValuesTableModel::formatValue(value, decimals);
}
} // namespace

//! A table cell: engine aggregates that are shown get the status Derived (blue in the table),
//! values moved by a crosswalk Estimated, with the crosswalk in the tooltip.
widgets::TableCell WorkbenchSession::tableCell(const engine::LevelValue &v) const
{
    return widgets::TableCell{v.value, shownStatus(v), v.smallNumbers,
                              estimateNote(v.indicator, v.region, mDataset.periodIndex(v.period))};
}

widgets::TableData WorkbenchSession::periodTable(const QString &indicatorCode, RegionLevel level,
                                                 bool english)
{
    widgets::TableData data;
    const int i = loaded(indicatorCode);
    if (i < 0)
        return data;
    const Indicator &indicator = mDataset.indicator(i);
    QHash<int, int> column;
    for (int period : mDataset.periods()) {
        column.insert(period, data.columns.size());
        data.columns.push_back({QString::number(period), indicator.displayDecimals(),
                                indicator.displayName(false), QString()});
    }
    const std::vector<int> &periods = mDataset.periods();
    if (!periods.empty())
        data.caption = QStringLiteral("%1 (%2), %3–%4")
                           .arg(indicator.displayName(english),
                                widgets::IndicatorCatalogue::unitLabel(indicator.unit))
                           .arg(periods.front())
                           .arg(periods.back());
    QHash<int, int> rowOf;
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, {i})) {
        auto it = rowOf.find(v.region);
        if (it == rowOf.end()) {
            const engine::RegionEntry &entry = mDataset.region(v.region);
            widgets::TableRow row{entry.code, entry.name,
                                  QVector<widgets::TableCell>(data.columns.size())};
            data.rows.push_back(row);
            it = rowOf.insert(v.region, data.rows.size() - 1);
        }
        data.rows[it.value()].cells[column.value(v.period)] = tableCell(v);
    }
    return data;
}

widgets::TableData WorkbenchSession::themeTable(const QString &indicatorCode, RegionLevel level,
                                                int period, bool english)
{
    widgets::TableData data;
    const Indicator *chosen = indicator(indicatorCode);
    if (!chosen)
        return data;
    const QString theme = chosen->theme;
    // One load for the whole theme: aggregation and disclosure run once, and components
    // shared by its ratios are read once.
    QStringList codes;
    for (const Indicator &candidate : mDataset.indicators())
        if (candidate.theme == theme)
            codes << candidate.code;
    loadAll(codes);
    std::vector<int> indices;
    QHash<int, int> column;
    for (const Indicator &candidate : mDataset.indicators()) {
        if (candidate.theme != theme)
            continue;
        const int i = loaded(candidate.code);
        if (i < 0)
            continue;
        column.insert(i, data.columns.size());
        indices.push_back(i);
        const QString name = candidate.displayName(english);
        // Long names make wide columns: the header shows the name, its tooltip adds the unit.
        const QString unit = widgets::IndicatorCatalogue::unitLabel(candidate.unit);
        data.columns.push_back(
            {name, candidate.displayDecimals(), QStringLiteral("%1 (%2)").arg(name, unit), unit});
    }
    data.caption = QStringLiteral("%1, %2").arg(theme).arg(period);
    QHash<int, int> rowOf;
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, indices, period)) {
        auto it = rowOf.find(v.region);
        if (it == rowOf.end()) {
            const engine::RegionEntry &entry = mDataset.region(v.region);
            data.rows.push_back(
                {entry.code, entry.name, QVector<widgets::TableCell>(data.columns.size())});
            it = rowOf.insert(v.region, data.rows.size() - 1);
        }
        data.rows[it.value()].cells[column.value(v.indicator)] = tableCell(v);
    }
    return data;
}

QVector<maps::MapValue> WorkbenchSession::mapValues(const QString &indicatorCode, RegionLevel level,
                                                    int period)
{
    QVector<maps::MapValue> values;
    const int i = loaded(indicatorCode);
    const int p = mDataset.periodIndex(period);
    if (i < 0 || p < 0)
        return values;
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, {i}, period)) {
        maps::MapValue value;
        value.code = mDataset.region(v.region).code;
        value.value = v.value;
        value.status = shownStatus(v);
        value.smallNumbers = v.smallNumbers;
        // Change since the previous period with a shown value in the same series.
        if (p > 0 && engine::mayShow(mDataset, i, v.region, p) &&
            engine::mayShow(mDataset, i, v.region, p - 1) &&
            mDataset.seriesAt(v.region, p) == mDataset.seriesAt(v.region, p - 1))
            value.change = mDataset.value(i, v.region, p) - mDataset.value(i, v.region, p - 1);
        if (const engine::TrendRow *trend = trendOf(i, v.region); trend && trend->tested()) {
            value.slope = trend->sen.slope;
            value.significant = trend->direction == engine::TrendDirection::Up ||
                                trend->direction == engine::TrendDirection::Down;
            // A trend through small numbers is never a signal.
            if (!engine::restsOnSmallNumbers(mDataset, *trend)) {
                if (trend->signal == engine::TrendSignal::Worsening)
                    value.signal = QStringLiteral("verslechtering");
                else if (trend->signal == engine::TrendSignal::Improving)
                    value.signal = QStringLiteral("verbetering");
            }
        }
        values << value;
    }
    return values;
}

QVector<maps::MapValue> WorkbenchSession::mapValuesOfAllPeriods(const QString &indicatorCode,
                                                                RegionLevel level)
{
    QString key = QStringLiteral("%1|%2").arg(indicatorCode).arg(static_cast<int>(level));
    for (int period : mDataset.periods())
        key += QStringLiteral("|%1").arg(period);
    if (key != mAllPeriodsKey) {
        QVector<maps::MapValue> values;
        for (int period : mDataset.periods())
            values += mapValues(indicatorCode, level, period);
        mAllPeriodsValues = values;
        mAllPeriodsKey = key;
    }
    return mAllPeriodsValues;
}

std::pair<double, double> WorkbenchSession::valueRangeOfAllPeriods(const QString &indicatorCode,
                                                                   RegionLevel level)
{
    double lo = widgets::kNoValue, hi = widgets::kNoValue;
    for (const maps::MapValue &value : mapValuesOfAllPeriods(indicatorCode, level)) {
        const double v = value.value;
        if (maps::isWithheld(value.status) || !std::isfinite(v))
            continue;
        lo = std::isfinite(lo) ? std::min(lo, v) : v;
        hi = std::isfinite(hi) ? std::max(hi, v) : v;
    }
    return {lo, hi};
}

widgets::TrendChartData WorkbenchSession::trendData(const QString &indicatorCode,
                                                    const QStringList &selected, bool english)
{
    // With nothing selected the chart shows the municipality, so it is never empty; not the
    // hundreds of a national workspace, whose lines nobody can read (and which take seconds
    // to draw): there it waits for a selection.
    QStringList regions = selected;
    const std::vector<int> gemeenten = mDataset.regionsOfLevel(RegionLevel::Gemeente);
    if (regions.isEmpty() && gemeenten.size() <= kDefaultTrendSeries)
        for (int r : gemeenten)
            regions << mDataset.region(r).code;
    widgets::TrendChartData data;
    const int i = loaded(indicatorCode);
    if (i < 0)
        return data;
    data.indicator = mDataset.indicator(i);
    data.title = data.indicator.displayName(english);
    QStringList codes;
    const int lastPeriod = mDataset.periods().empty() ? 0 : mDataset.periods().back();
    // The city as a reference line only where levels compare: not for counts, whose city
    // total dwarfs every wijk.
    const bool withReference = data.indicator.kind != IndicatorKind::Count;
    for (const QString &code : regions) {
        if (!withReference)
            break;
        const QString municipality = municipalityOf(code, lastPeriod);
        if (!municipality.isEmpty() && !codes.contains(municipality))
            codes.prepend(municipality);
    }
    for (const QString &code : regions)
        if (!codes.contains(code))
            codes << code;
    for (const QString &code : qAsConst(codes)) {
        const int r = mDataset.regionIndex(code);
        if (r < 0)
            continue;
        widgets::TrendSeries series;
        series.code = code;
        series.name = mDataset.region(r).name;
        series.reference = !regions.contains(code);
        for (const engine::LevelValue &v : engine::regionSeries(mDataset, i, r)) {
            series.periods.push_back(v.period);
            series.values.push_back(v.value);
            series.statuses.push_back(shownStatus(v));
        }
        if (const std::optional<widgets::TrendLine> line =
                widgets::charts::trendLineOf(trendOf(i, r)))
            series.trend = *line;
        data.series.push_back(series);
    }
    return data;
}

widgets::RankingChartData WorkbenchSession::rankingData(const QString &indicatorCode,
                                                        RegionLevel level, int period, bool english)
{
    widgets::RankingChartData data;
    const int i = loaded(indicatorCode);
    if (i < 0)
        return data;
    data.indicator = mDataset.indicator(i);
    data.title = QStringLiteral("%1, %2").arg(data.indicator.displayName(english)).arg(period);
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, {i}, period)) {
        const engine::RegionEntry &entry = mDataset.region(v.region);
        data.items.push_back({entry.code, entry.name, v.value, v.status});
    }
    const std::vector<int> gemeenten = mDataset.regionsOfLevel(RegionLevel::Gemeente);
    const int p = mDataset.periodIndex(period);
    if (data.indicator.kind != IndicatorKind::Count && gemeenten.size() == 1 && p >= 0 &&
        engine::mayShow(mDataset, i, gemeenten.front(), p)) {
        data.referenceValue = mDataset.value(i, gemeenten.front(), p);
        data.referenceName = mDataset.region(gemeenten.front()).name;
    }
    return data;
}

QVector<widgets::SignalEntry> WorkbenchSession::signalEntries(RegionLevel level, bool english) const
{
    // Signals are the engine's verdicts on the delivered figures, whatever division is shown.
    const engine::Dataset &delivered = mDelivered ? *mDelivered : mDataset;
    QVector<widgets::SignalEntry> entries;
    for (const engine::Signal &signal : mSignals) {
        const engine::RegionEntry &region = delivered.region(signal.region);
        if (region.level != level)
            continue;
        const Indicator &indicator = delivered.indicator(signal.indicator);
        widgets::SignalEntry entry;
        entry.region = region.code;
        entry.regionName = region.name;
        entry.level = region.level;
        entry.indicator = indicator.code;
        entry.indicatorName = indicator.displayName(english);
        entry.theme = indicator.theme;
        entry.assessment = signal.assessment;
        entry.strength = signal.strength;
        if (signal.kind == engine::SignalKind::Outlier) {
            entry.direction = signal.z > 0 ? 1 : -1;
            entry.period = signal.year;
        } else {
            entry.direction = signal.slope > 0 ? 1 : -1;
            entry.period = signal.sinceYear;
        }
        // The engine words its explanations in Dutch; the English UI gets its own sentence.
        entry.explanation =
            english ? englishSignalSentence(signal, indicator, region.level) : signal.explanation;
        entries << entry;
    }
    return entries;
}

QString WorkbenchSession::regionTooltip(const QString &code, const QString &indicatorCode,
                                        int period)
{
    const int r = mDataset.regionIndex(code);
    const int i = loaded(indicatorCode);
    const int p = mDataset.periodIndex(period);
    if (r < 0)
        return code;
    QString html = QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                       .arg(mDataset.region(r).name.toHtmlEscaped(), code);
    if (i < 0 || p < 0)
        return html;
    const Indicator &indicator = mDataset.indicator(i);
    const engine::Cell cell = mDataset.cell(i, r, p);
    ValueStatus status = cell.present ? cell.status : ValueStatus::Missing;
    const QString estimate = estimateNote(i, r, p);
    if (!maps::isWithheld(status) && !estimate.isEmpty())
        status = ValueStatus::Estimated;
    else if (cell.derived && !maps::isWithheld(status))
        status = ValueStatus::Derived;
    const QString value =
        status == ValueStatus::Suppressed
            ? widgets::ValuesTableModel::suppressedMark()
            : (engine::mayShow(mDataset, i, r, p) ? number(cell.value, indicator.displayDecimals())
                                                  : QStringLiteral("–"));
    html +=
        QStringLiteral("<br>%1 %2: <b>%3</b> (%4)")
            .arg(indicator.displayName(QLocale().language() == QLocale::English).toHtmlEscaped())
            .arg(period)
            .arg(value, widgets::ValuesTableModel::statusLabel(status));
    if (!estimate.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(estimate.toHtmlEscaped());
    if (const engine::TrendRow *trend = trendOf(i, r); trend && trend->tested()) {
        QString direction;
        switch (trend->direction) {
        case engine::TrendDirection::Up:
            direction = tr("rising");
            break;
        case engine::TrendDirection::Down:
            direction = tr("falling");
            break;
        default:
            direction = tr("no significant trend");
        }
        html += QStringLiteral("<br>%1: %2 (%3 %4–%5)")
                    .arg(tr("Trend"), direction,
                         number(trend->sen.slope, indicator.displayDecimals() + 1) +
                             QLatin1Char(' ') + tr("per year"))
                    .arg(trend->firstPeriod)
                    .arg(trend->lastPeriod);
    }
    return html;
}

} // namespace wijk::gui
