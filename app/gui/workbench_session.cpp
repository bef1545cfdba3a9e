#include "gui/workbench_session.h"

#include "catalogue/indicator_catalogue.h"
#include "chart_series.h"
#include "engine/all_signals.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "engine/workspace_loader.h"
#include "gui/english_signal_sentence.h"
#include "table_rows.h"
#include "workspace/observation_reader.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace wijk::gui {

namespace {
QString number(double value, int decimals)
{
    return widgets::ValuesTableModel::formatValue(value, decimals);
}

Language languageOf(bool english)
{
    return english ? Language::English : Language::Dutch;
}
} // namespace

//! Shared by the session and its worker thread, so neither outlives what the other uses.
struct WorkbenchSession::SignalsJob
{
    std::atomic_bool cancel{false};
    engine::AllSignalsResult result; //!< written by the worker, read after the future ended
};

WorkbenchSession::WorkbenchSession() = default;

WorkbenchSession::~WorkbenchSession()
{
    cancelSignals();
}

std::unique_ptr<WorkbenchSession> WorkbenchSession::open(const QString &path, QString *error,
                                                         const QStringList &first)
{
    std::unique_ptr<workspace::Workspace> workspace =
        workspace::Workspace::open(path, workspace::Workspace::OpenMode::ReadOnly, error);
    if (!workspace)
        return nullptr;
    std::unique_ptr<WorkbenchSession> session(new WorkbenchSession);
    session->mPath = QFileInfo(path).absoluteFilePath();
    session->mName = workspace->name();
    session->mReadOnly = !QFileInfo(path).isWritable();
    session->mReader = std::make_unique<workspace::ObservationReader>(*workspace);
    const std::vector<Indicator> catalogue = workspace->indicators();
    QStringList initial;
    for (const Indicator &indicator : catalogue)
        if (first.contains(indicator.code))
            initial << indicator.code;
    if (initial.isEmpty() && !catalogue.empty())
        initial << catalogue.front().code;
    // The periods come from the workspace's observation summary (schema 3), not a scan; the
    // background signals pass would still find a year the summary missed.
    session->mDataset = engine::Dataset(catalogue, workspace->regions(), workspace->periods(),
                                        engine::Dataset::Storage::Lazy);
    session->mWorkspace = std::move(workspace);
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(session->mDataset, *session->mReader, initial, &report)) {
        if (error)
            *error = report.error;
        return nullptr;
    }
    return session;
}

bool WorkbenchSession::ensureLoaded(const QString &code)
{
    return loaded(code) >= 0;
}

void WorkbenchSession::loadAll(const QStringList &codes)
{
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(mDataset, *mReader, codes, &report))
        mLoadError = report.error;
}

int WorkbenchSession::loaded(const QString &code)
{
    const int i = mDataset.indicatorIndex(code);
    if (i < 0 || mDataset.isLoaded(i))
        return i;
    engine::LoadReport report;
    report.maxWarnings = 0;
    if (!engine::loadIndicators(mDataset, *mReader, {code}, &report)) {
        mLoadError = report.error;
        return -1;
    }
    return i;
}

presentation::MapValuesRequest WorkbenchSession::mapRequest(const QString &indicator,
                                                            RegionLevel level, int period) const
{
    presentation::MapValuesRequest request;
    request.indicator = indicator;
    request.level = level;
    request.period = period;
    return request; // change since the previous period, trend from the first period
}

const presentation::TrendSet *
WorkbenchSession::trendsOf(const presentation::MapValuesRequest &request)
{
    const int indicator = mDataset.indicatorIndex(request.indicator);
    if (indicator < 0 || !mDataset.isLoaded(indicator) || mDataset.periodIndex(request.period) < 0)
        return nullptr;
    // The window's requests start at the first period: the cache's trends are theirs.
    return &mTrends.trends(mDataset, indicator, request.level, request.period,
                           qMax(1, QThread::idealThreadCount()));
}

const engine::TrendRow *WorkbenchSession::trendOf(int indicator, int region, int period)
{
    if (indicator < 0 || region < 0)
        return nullptr;
    const presentation::TrendSet *trends = trendsOf(
        mapRequest(mDataset.indicator(indicator).code, mDataset.region(region).level, period));
    const engine::TrendRow *row = trends ? trends->latest(region, indicator) : nullptr;
    return row && row->tested() ? row : nullptr;
}

QFuture<void> WorkbenchSession::startSignals()
{
    cancelSignals();
    auto job = std::make_shared<SignalsJob>();
    mJob = job;
    // The worker gets its own connection and a value-less copy of the catalogue and the
    // (immutable, shared) divisions: nothing it touches is changed by the UI thread.
    const engine::Dataset like =
        mDataset.withIndicators(mDataset.indicators(), engine::Dataset::Storage::Lazy);
    engine::AllSignalsOptions options;
    options.threads = qMax(1, QThread::idealThreadCount() - 1);
    const QString path = mPath;
    return QtConcurrent::run([job, like, options, path] {
        job->result = engine::computeAllSignals(path, like, options, &job->cancel);
    });
}

void WorkbenchSession::cancelSignals()
{
    if (mJob)
        mJob->cancel = true;
    mJob.reset();
}

bool WorkbenchSession::adoptSignals()
{
    if (!mJob)
        return false;
    engine::AllSignalsResult result = std::move(mJob->result);
    mJob.reset();
    mSignalsError = result.error;
    if (result.cancelled || !result.error.isEmpty())
        return false;
    bool periodsChanged = false;
    if (result.periods != mDataset.periods()) {
        // Some indicator has years the first ones lacked: the same regions over all years,
        // with the indicators loaded so far loaded again.
        QStringList codes;
        for (int i = 0; i < mDataset.indicatorCount(); ++i)
            if (mDataset.isLoaded(i))
                codes << mDataset.indicator(i).code;
        mDataset = engine::Dataset(mDataset.indicators(), mWorkspace->regions(), result.periods,
                                   engine::Dataset::Storage::Lazy);
        mTrends.clear();
        engine::LoadReport report;
        report.maxWarnings = 0;
        if (!engine::loadIndicators(mDataset, *mReader, codes, &report))
            mLoadError = report.error;
        periodsChanged = true;
    }
    mSignals = std::move(result.signalList);
    return periodsChanged;
}

QVector<Indicator> WorkbenchSession::indicators() const
{
    return QVector<Indicator>(mDataset.indicators().begin(), mDataset.indicators().end());
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

engine::BoundaryChoice WorkbenchSession::boundaries(RegionLevel level, int period) const
{
    return engine::chooseBoundaries(mDataset, level, period, mWorkspace->boundaryCodes(level));
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

widgets::TableData WorkbenchSession::periodTable(const QString &indicatorCode, RegionLevel level,
                                                 bool english)
{
    const int i = loaded(indicatorCode);
    if (i < 0)
        return widgets::TableData();
    return presentation::periodTable(mDataset, i, level, languageOf(english));
}

widgets::TableData WorkbenchSession::themeTable(const QString &indicatorCode, RegionLevel level,
                                                int period, bool english)
{
    const Indicator *chosen = indicator(indicatorCode);
    if (!chosen)
        return widgets::TableData();
    const QString theme = chosen->theme;
    // One load for the whole theme: aggregation and disclosure run once, and components
    // shared by its ratios are read once.
    QStringList codes;
    for (const Indicator &candidate : mDataset.indicators())
        if (candidate.theme == theme)
            codes << candidate.code;
    loadAll(codes);
    std::vector<int> indices;
    for (const QString &code : qAsConst(codes))
        if (const int i = loaded(code); i >= 0)
            indices.push_back(i);
    return presentation::indicatorTable(mDataset, indices, theme, level, period,
                                        languageOf(english));
}

QVector<maps::MapValue> WorkbenchSession::mapValues(const QString &indicatorCode, RegionLevel level,
                                                    int period)
{
    if (loaded(indicatorCode) < 0)
        return {};
    const presentation::MapValuesRequest request = mapRequest(indicatorCode, level, period);
    const presentation::TrendSet *trends = trendsOf(request);
    if (!trends)
        return {};
    return presentation::mapValues(mDataset, request, trends->rows(), nullptr);
}

QVector<maps::MapValue> WorkbenchSession::mapValuesOfAllPeriods(const QString &indicatorCode,
                                                                RegionLevel level)
{
    QString key = QStringLiteral("%1|%2").arg(indicatorCode).arg(static_cast<int>(level));
    for (int period : mDataset.periods())
        key += QStringLiteral("|%1").arg(period);
    if (key != mAllPeriodsKey) {
        QVector<maps::MapValue> values;
        if (loaded(indicatorCode) >= 0) {
            for (int period : mDataset.periods()) {
                presentation::MapValuesRequest request = mapRequest(indicatorCode, level, period);
                request.withTrends = false; // classes fixed over the years are for values
                values += presentation::mapValues(mDataset, request, nullptr);
            }
        }
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
        if (r >= 0)
            data.series.push_back(presentation::trendSeries(mDataset, i, r, !regions.contains(code),
                                                            trendOf(i, r, lastPeriod)));
    }
    return data;
}

widgets::RankingChartData WorkbenchSession::rankingData(const QString &indicatorCode,
                                                        RegionLevel level, int period, bool english)
{
    const int i = loaded(indicatorCode);
    if (i < 0)
        return widgets::RankingChartData();
    // The city as the reference line only where there is one city and levels compare.
    const std::vector<int> gemeenten = mDataset.regionsOfLevel(RegionLevel::Gemeente);
    const int reference =
        mDataset.indicator(i).kind != IndicatorKind::Count && gemeenten.size() == 1
            ? gemeenten.front()
            : -1;
    widgets::RankingChartData data =
        presentation::rankingData(mDataset, i, level, period, reference);
    data.title = QStringLiteral("%1, %2").arg(data.indicator.displayName(english)).arg(period);
    return data;
}

QVector<widgets::SignalEntry> WorkbenchSession::signalEntries(RegionLevel level, bool english) const
{
    QVector<widgets::SignalEntry> entries;
    for (const engine::Signal &signal : mSignals) {
        const engine::RegionEntry &region = mDataset.region(signal.region);
        if (region.level != level)
            continue;
        const Indicator &indicator = mDataset.indicator(signal.indicator);
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
    if (cell.derived && !maps::isWithheld(status))
        status = ValueStatus::Derived;
    const QString value =
        status == ValueStatus::Suppressed
            ? widgets::ValuesTableModel::suppressedMark()
            : (mayShow(mDataset, i, r, p) ? number(cell.value, indicator.displayDecimals())
                                          : QStringLiteral("–"));
    html +=
        QStringLiteral("<br>%1 %2: <b>%3</b> (%4)")
            .arg(indicator.displayName(QLocale().language() == QLocale::English).toHtmlEscaped())
            .arg(period)
            .arg(value, widgets::ValuesTableModel::statusLabel(status));
    if (const engine::TrendRow *trend = trendOf(i, r, period); trend && trend->tested()) {
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
                         number(trend->sen.slope,
                                presentation::mapDecimals(presentation::MapMode::Trend,
                                                          indicator.displayDecimals())) +
                             QLatin1Char(' ') + tr("per year"))
                    .arg(trend->firstPeriod)
                    .arg(trend->lastPeriod);
    }
    return html;
}

} // namespace wijk::gui
