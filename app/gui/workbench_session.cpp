#include "gui/workbench_session.h"

#include "engine/aggregation.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "engine/signals.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace wijk {

namespace {
QString number(double value, int decimals)
{
    return ValuesTableModel::formatValue(value, decimals);
}
} // namespace

WorkbenchSession::~WorkbenchSession() = default;

std::unique_ptr<WorkbenchSession> WorkbenchSession::open(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> workspace =
        Workspace::open(path, Workspace::OpenMode::ReadOnly, error);
    if (!workspace)
        return nullptr;
    std::unique_ptr<WorkbenchSession> session(new WorkbenchSession);
    session->mPath = QFileInfo(path).absoluteFilePath();
    session->mName = workspace->name();
    session->mReadOnly = !QFileInfo(path).isWritable();
    std::vector<int> periods = workspace->periods();
    session->mDataset =
        engine::Dataset(workspace->indicators(), workspace->regions(), std::move(periods));
    session->mDataset.addObservations(workspace->observations());
    engine::deriveAggregates(session->mDataset);
    engine::applyDisclosure(session->mDataset);
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
        engine::TrendOptions options;
        options.level = level;
        options.threads = qMax(1, QThread::idealThreadCount());
        std::vector<engine::TrendRow> rows = computeTrends(session->mDataset, options);
        engine::SignalOptions signalOptions;
        signalOptions.trends = options;
        for (const engine::Signal &signal : computeSignals(session->mDataset, rows, signalOptions))
            session->mSignals.push_back(signal);
        session->mTrends.insert(session->mTrends.end(), rows.begin(), rows.end());
    }
    // The latest series of a region is the one the window shows (rows are in period order).
    for (int i = 0; i < int(session->mTrends.size()); ++i) {
        const engine::TrendRow &row = session->mTrends[size_t(i)];
        session->mTrendIndex.insert((quint64(quint32(row.indicator)) << 32) | quint32(row.region),
                                    i);
    }
    return session;
}

QVector<Indicator> WorkbenchSession::indicators() const
{
    QVector<Indicator> list;
    for (int i = 0; i < mDataset.indicatorCount(); ++i)
        list << mDataset.indicator(i);
    return list;
}

const Indicator *WorkbenchSession::indicator(const QString &code) const
{
    const int i = mDataset.indicatorIndex(code);
    return i < 0 ? nullptr : &mDataset.indicator(i);
}

QVector<int> WorkbenchSession::periods() const
{
    return QVector<int>(mDataset.periods().begin(), mDataset.periods().end());
}

QVector<RegionLevel> WorkbenchSession::levels() const
{
    QVector<RegionLevel> levels;
    for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt})
        if (!mDataset.regionsOfLevel(level).empty())
            levels << level;
    return levels;
}

int WorkbenchSession::latestVintage(RegionLevel level) const
{
    int vintage = 0;
    for (int r : mDataset.regionsOfLevel(level))
        for (const Region &region : mDataset.region(r).vintages)
            vintage = qMax(vintage, region.vintage);
    return vintage;
}

QString WorkbenchSession::regionName(const QString &code) const
{
    const int r = mDataset.regionIndex(code);
    return r < 0 || mDataset.region(r).name.isEmpty() ? code : mDataset.region(r).name;
}

QString WorkbenchSession::municipalityOf(const QString &code, int period) const
{
    const int r = mDataset.regionIndex(code);
    const int p = mDataset.periodIndex(period);
    if (r < 0 || p < 0)
        return QString();
    const int m = mDataset.municipalityAt(r, p);
    return m < 0 || m == r ? QString() : mDataset.region(m).code;
}

const engine::TrendRow *WorkbenchSession::trendOf(int indicator, int region) const
{
    const auto it = mTrendIndex.constFind((quint64(quint32(indicator)) << 32) | quint32(region));
    return it == mTrendIndex.constEnd() ? nullptr : &mTrends[size_t(it.value())];
}

TableData WorkbenchSession::periodTable(const QString &indicatorCode, RegionLevel level) const
{
    TableData data;
    const int i = mDataset.indicatorIndex(indicatorCode);
    if (i < 0)
        return data;
    const Indicator &indicator = mDataset.indicator(i);
    QHash<int, int> column;
    for (int period : mDataset.periods()) {
        column.insert(period, data.columns.size());
        data.columns.push_back(
            {QString::number(period), indicator.displayDecimals(), indicator.displayName(false)});
    }
    QHash<int, int> rowOf;
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, {i})) {
        auto it = rowOf.find(v.region);
        if (it == rowOf.end()) {
            const engine::RegionEntry &entry = mDataset.region(v.region);
            TableRow row{entry.code, entry.name, QVector<TableCell>(data.columns.size())};
            data.rows.push_back(row);
            it = rowOf.insert(v.region, data.rows.size() - 1);
        }
        const ValueStatus status =
            v.derived && v.status != ValueStatus::Suppressed && v.status != ValueStatus::Missing
                ? ValueStatus::Derived
                : v.status;
        data.rows[it.value()].cells[column.value(v.period)] = TableCell{v.value, status};
    }
    return data;
}

QVector<MapValue> WorkbenchSession::mapValues(const QString &indicatorCode, RegionLevel level,
                                              int period) const
{
    QVector<MapValue> values;
    const int i = mDataset.indicatorIndex(indicatorCode);
    const int p = mDataset.periodIndex(period);
    if (i < 0 || p < 0)
        return values;
    for (const engine::LevelValue &v : engine::levelValues(mDataset, level, {i}, period)) {
        MapValue value;
        value.code = mDataset.region(v.region).code;
        value.value = v.value;
        value.status = v.derived && !isWithheld(v.status) ? ValueStatus::Derived : v.status;
        // Change since the previous period with a shown value in the same series.
        if (p > 0 && mayShow(mDataset, i, v.region, p) && mayShow(mDataset, i, v.region, p - 1) &&
            mDataset.seriesAt(v.region, p) == mDataset.seriesAt(v.region, p - 1))
            value.change = mDataset.value(i, v.region, p) - mDataset.value(i, v.region, p - 1);
        if (const engine::TrendRow *trend = trendOf(i, v.region); trend && trend->tested()) {
            value.slope = trend->sen.slope;
            value.significant = trend->direction == engine::TrendDirection::Up ||
                                trend->direction == engine::TrendDirection::Down;
            if (trend->signal == engine::TrendSignal::Worsening)
                value.signal = QStringLiteral("verslechtering");
            else if (trend->signal == engine::TrendSignal::Improving)
                value.signal = QStringLiteral("verbetering");
        }
        values << value;
    }
    return values;
}

TrendChartData WorkbenchSession::trendData(const QString &indicatorCode,
                                           const QStringList &selected, bool english) const
{
    // With nothing selected the chart shows the municipality, so it is never empty.
    QStringList regions = selected;
    if (regions.isEmpty())
        for (int r : mDataset.regionsOfLevel(RegionLevel::Gemeente))
            regions << mDataset.region(r).code;
    TrendChartData data;
    const int i = mDataset.indicatorIndex(indicatorCode);
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
        TrendSeries series;
        series.code = code;
        series.name = mDataset.region(r).name;
        series.reference = !regions.contains(code);
        for (const engine::LevelValue &v : engine::regionSeries(mDataset, i, r)) {
            series.periods.push_back(v.period);
            series.values.push_back(v.value);
            series.statuses.push_back(v.derived && !isWithheld(v.status) ? ValueStatus::Derived
                                                                         : v.status);
        }
        if (const engine::TrendRow *trend = trendOf(i, r); trend && trend->tested()) {
            TrendLine line;
            line.slope = trend->sen.slope;
            line.intercept = trend->sen.intercept;
            line.lo = trend->sen.low;
            line.hi = trend->sen.high;
            line.significant = trend->direction == engine::TrendDirection::Up ||
                               trend->direction == engine::TrendDirection::Down;
            series.trend = line;
        }
        data.series.push_back(series);
    }
    return data;
}

RankingChartData WorkbenchSession::rankingData(const QString &indicatorCode, RegionLevel level,
                                               int period, bool english) const
{
    RankingChartData data;
    const int i = mDataset.indicatorIndex(indicatorCode);
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
        mayShow(mDataset, i, gemeenten.front(), p)) {
        data.referenceValue = mDataset.value(i, gemeenten.front(), p);
        data.referenceName = mDataset.region(gemeenten.front()).name;
    }
    return data;
}

QVector<SignalEntry> WorkbenchSession::signalEntries(RegionLevel level, bool english) const
{
    QVector<SignalEntry> entries;
    for (const engine::Signal &signal : mSignals) {
        const engine::RegionEntry &region = mDataset.region(signal.region);
        if (region.level != level)
            continue;
        const Indicator &indicator = mDataset.indicator(signal.indicator);
        SignalEntry entry;
        entry.region = region.code;
        entry.regionName = region.name;
        entry.level = region.level;
        entry.indicator = indicator.code;
        entry.indicatorName = indicator.displayName(english);
        entry.theme = indicator.theme;
        entry.favourable = signal.kind == engine::SignalKind::Improving;
        entry.strength = signal.strength;
        const int decimals = indicator.displayDecimals();
        if (signal.kind == engine::SignalKind::Outlier) {
            entry.direction = signal.z > 0 ? 1 : -1;
            entry.period = signal.year;
        } else {
            entry.direction = signal.slope > 0 ? 1 : -1;
            entry.period = signal.sinceYear;
        }
        // The engine words its explanations in Dutch; the English UI gets its own sentence.
        if (!english) {
            entry.explanation = signal.explanation;
        } else if (signal.kind == engine::SignalKind::Outlier) {
            entry.explanation =
                tr("In %1 the value %2 lies %3 standard deviations from the mean of the level, "
                   "on the unfavourable side.")
                    .arg(signal.year)
                    .arg(number(signal.value, decimals), number(std::abs(signal.z), 1));
        } else {
            entry.explanation =
                (entry.direction > 0 ? tr("Rising since %1 by %2 per year (q = %3).")
                                     : tr("Falling since %1 by %2 per year (q = %3)."))
                    .arg(signal.sinceYear)
                    .arg(number(std::abs(signal.slope), decimals + 1), number(signal.q, 3)) +
                QLatin1Char(' ') +
                (entry.favourable ? tr("For this indicator that is an improvement.")
                                  : tr("For this indicator that is a deterioration."));
        }
        entries << entry;
    }
    return entries;
}

QString WorkbenchSession::regionTooltip(const QString &code, const QString &indicatorCode,
                                        int period) const
{
    const int r = mDataset.regionIndex(code);
    const int i = mDataset.indicatorIndex(indicatorCode);
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
    if (cell.derived && !isWithheld(status))
        status = ValueStatus::Derived;
    const QString value =
        status == ValueStatus::Suppressed
            ? ValuesTableModel::suppressedMark()
            : (mayShow(mDataset, i, r, p) ? number(cell.value, indicator.displayDecimals())
                                          : QStringLiteral("–"));
    html +=
        QStringLiteral("<br>%1 %2: <b>%3</b> (%4)")
            .arg(indicator.displayName(QLocale().language() == QLocale::English).toHtmlEscaped())
            .arg(period)
            .arg(value, ValuesTableModel::statusLabel(status));
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

} // namespace wijk
