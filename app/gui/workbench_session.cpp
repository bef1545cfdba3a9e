#include "gui/workbench_session.h"

#include "catalogue/indicator_catalogue.h"
#include "chart_series.h"
#include "engine/all_signals.h"
#include "engine/boundary_choice.h"
#include "engine/crosswalk_chain.h"
#include "engine/disclosure.h"
#include "engine/level_values.h"
#include "engine/workspace_loader.h"
#include "gui/english_signal_sentence.h"
#include "table_rows.h"
#include "workspace/crosswalk_store.h"
#include "workspace/observation_reader.h"
#include "workspace/pg_location.h"
#include "workspace/workspace.h"
#include "workspace/workspace_revision.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>

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
    // A team workspace keeps its location as given (with a password, if it carries one: it is
    // only ever handed to libpq in this process, never shown; shownLocation() is for people).
    session->mServer = workspace->isServer();
    session->mPath = session->mServer ? workspace->path() : QFileInfo(path).absoluteFilePath();
    session->mName = workspace->name();
    session->mRevision = workspace::readRevision(*workspace);
    // The window reads a team workspace (a reader role may do nothing else): computed spatial
    // weights are not stored there.
    session->mReadOnly = session->mServer || !QFileInfo(path).isWritable();
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
    // A damaged workspace reads as empty lists, not as an error: the window would show a
    // workspace without regions or years. Say what failed instead.
    if (const QString failure = workspace->readFailure(); !failure.isEmpty()) {
        if (error)
            *error = failure;
        return nullptr;
    }
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

QString WorkbenchSession::shownLocation() const
{
    return mServer ? workspace::parsePgLocation(mPath).display : mPath;
}

QString WorkbenchSession::shortName() const
{
    return mServer ? workspace::parsePgLocation(mPath).label : QFileInfo(mPath).completeBaseName();
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

int WorkbenchSession::mapFirstYear(RegionLevel level, int period, maps::MapMode mode) const
{
    return presentation::firstYearShown(mDataset, mapRequest(QString(), level, period), mode);
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
    if (!mDelivered)
        return adoptSignalsResult();
    // The signals' periods and regions are the delivered ones: adopt them there. The moved
    // figures stay as they are unless the years changed.
    std::swap(mDataset, *mDelivered);
    const bool periodsChanged = adoptSignalsResult();
    std::swap(mDataset, *mDelivered);
    if (!periodsChanged)
        return false;
    // New years (rare: an indicator with years the first ones lacked): move them again.
    const int shownDivision = division();
    mDataset = std::move(*mDelivered);
    mDelivered.reset();
    mHarmonised.reset();
    setDivision(shownDivision, &mLoadError);
    return true;
}

bool WorkbenchSession::adoptSignalsResult()
{
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
        const std::vector<Region> regions = mWorkspace->regions();
        if (const QString failure = mWorkspace->readFailure(); !failure.isEmpty()) {
            mSignalsError = failure; // keep what is shown rather than a dataset without regions
            mSignals.clear();
            return false;
        }
        mDataset = engine::Dataset(mDataset.indicators(), regions, result.periods,
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

engine::BoundaryChoice WorkbenchSession::boundaries(RegionLevel level, int period,
                                                    const engine::RegionFocus &focus) const
{
    return engine::chooseBoundaries(mDataset, level, period, mWorkspace->boundaryCodes(level),
                                    focus);
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
    widgets::TableData table = presentation::periodTable(mDataset, i, level, languageOf(english));
    if (mHarmonised)
        for (widgets::TableRow &row : table.rows)
            for (int c = 0; c < row.cells.size(); ++c)
                markEstimate(row.cells[c], i, mDataset.regionIndex(row.code), c);
    return table;
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
    widgets::TableData table =
        presentation::indicatorTable(mDataset, indices, theme, level, period, languageOf(english));
    if (mHarmonised)
        for (widgets::TableRow &row : table.rows)
            for (int c = 0; c < row.cells.size() && c < int(indices.size()); ++c)
                markEstimate(row.cells[c], indices[c], mDataset.regionIndex(row.code),
                             mDataset.periodIndex(period));
    return table;
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
    QVector<maps::MapValue> values =
        presentation::mapValues(mDataset, request, trends->rows(), nullptr);
    const int i = mDataset.indicatorIndex(indicatorCode);
    const int p = mDataset.periodIndex(period);
    for (maps::MapValue &value : values)
        value.status = estimatedStatus(value.status, i, mDataset.regionIndex(value.code), p);
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
    return presentation::shownValueRange(mapValuesOfAllPeriods(indicatorCode, level),
                                         [](const QString &) { return true; });
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
        widgets::TrendSeries series = presentation::trendSeries(
            mDataset, i, r, !regions.contains(code), trendOf(i, r, lastPeriod));
        for (size_t k = 0; k < series.statuses.size() && k < series.periods.size(); ++k)
            series.statuses[k] =
                estimatedStatus(series.statuses[k], i, r, mDataset.periodIndex(series.periods[k]));
        data.series.push_back(series);
    }
    return data;
}

widgets::RankingChartData WorkbenchSession::rankingData(const QString &indicatorCode,
                                                        RegionLevel level, int period, bool english)
{
    const int i = loaded(indicatorCode);
    if (i < 0)
        return widgets::RankingChartData();
    // The city as the reference line only where there is one city (levels compare: the
    // presentation module's rule).
    const std::vector<int> gemeenten = mDataset.regionsOfLevel(RegionLevel::Gemeente);
    const int reference = gemeenten.size() == 1 ? gemeenten.front() : -1;
    widgets::RankingChartData data =
        presentation::rankingData(mDataset, i, level, period, reference);
    data.title = QStringLiteral("%1, %2").arg(data.indicator.displayName(english)).arg(period);
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
    const QString estimate = estimateNote(i, r, p);
    const ValueStatus status = presentation::shownStatus(
        cell.present ? cell.status : ValueStatus::Missing, cell.derived, !estimate.isEmpty());
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
    if (!estimate.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(estimate.toHtmlEscaped());
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

QVector<int> WorkbenchSession::harmonisedDivisions() const
{
    const engine::Dataset &delivered = mDelivered ? *mDelivered : mDataset;
    const std::vector<workspace::Crosswalk> crosswalks =
        workspace::readCrosswalks(*mWorkspace, false);
    // A division is offered when some level's figures of another division reach it (a
    // crosswalk moves figures forward, from its from-division onto its to-division): the
    // crosswalk's years read as the divisions in force in them, as the engine reads them.
    std::set<int> reachable;
    for (const workspace::Crosswalk &crosswalk : crosswalks) {
        for (RegionLevel level : {RegionLevel::Gemeente, RegionLevel::Wijk, RegionLevel::Buurt}) {
            const int from = engine::divisionInForce(delivered, level, crosswalk.fromYear);
            const int to = engine::divisionInForce(delivered, level, crosswalk.toYear);
            if (from > 0 && to > 0 && from != to)
                reachable.insert(to);
        }
    }
    return QVector<int>(reachable.begin(), reachable.end());
}

bool WorkbenchSession::setDivision(int year, QString *error)
{
    if (year == division())
        return true;
    if (year == 0) {
        mDataset = std::move(*mDelivered);
        mDelivered.reset();
        mHarmonised.reset();
        mTrends.clear();
        mAllPeriodsKey.clear();
        return true;
    }
    // The same steps as the window's background switch, on this thread.
    return adoptDivision(runDivisionSwitch(divisionSwitchInput(year)), error);
}

DivisionSwitchInput WorkbenchSession::divisionSwitchInput(int year) const
{
    DivisionSwitchInput input;
    input.path = mPath;
    input.year = year;
    input.delivered = mDelivered ? *mDelivered : mDataset;
    // Every indicator: the harmonised dataset has no reader of its own.
    for (int i = 0; i < input.delivered.indicatorCount(); ++i)
        if (!input.delivered.isLoaded(i))
            input.missing << input.delivered.indicator(i).code;
    return input;
}

bool WorkbenchSession::adoptDivision(DivisionSwitchResult result, QString *error)
{
    const engine::Dataset &delivered = mDelivered ? *mDelivered : mDataset;
    QString failure = result.error;
    if (failure.isEmpty() && (!result.delivered || !result.harmonised ||
                              result.delivered->periods() != delivered.periods()))
        failure = tr("The workspace's years changed during the conversion.");
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    // The worker's delivered figures are the session's plus every indicator loaded. Moved,
    // not copied: the result is the caller's to give up (a national workspace is ~0.2 GB).
    mDelivered = std::make_unique<engine::Dataset>(std::move(*result.delivered));
    mHarmonised = std::make_unique<engine::HarmonisedDataset>(std::move(*result.harmonised));
    mDataset = mHarmonised->takeData();
    mTrends.clear();
    mAllPeriodsKey.clear();
    return true;
}

QString WorkbenchSession::estimateNote(int indicator, int region, int period) const
{
    if (!mHarmonised || indicator < 0 || region < 0 || period < 0 ||
        !mHarmonised->isMoved(indicator, region, period))
        return QString();
    // Each crosswalk of the chain by its years, weight kind and source file, in the UI's
    // language ("2015→2020 (oppervlakte)", "2017→2024 (bestand wijken.csv)").
    QStringList links;
    const RegionLevel level = mDataset.region(region).level;
    for (const workspace::Crosswalk &crosswalk :
         mHarmonised->crosswalksOf(level, mDataset.period(period))) {
        const QString file = QFileInfo(crosswalk.sourcePath).fileName();
        QString how;
        if (crosswalk.method == QLatin1String("area"))
            how = tr("area");
        else if (crosswalk.method == QLatin1String("points"))
            how = tr("addresses, file %1").arg(file);
        else
            how = tr("file %1").arg(file);
        links
            << QStringLiteral("%1→%2 (%3)").arg(crosswalk.fromYear).arg(crosswalk.toYear).arg(how);
    }
    return tr("estimated via crosswalk %1").arg(links.join(QStringLiteral(", ")));
}

ValueStatus WorkbenchSession::estimatedStatus(ValueStatus shown, int indicator, int region,
                                              int period) const
{
    // shown already says Derived where it is: only the crosswalk's estimate is added here.
    const bool moved = mHarmonised && indicator >= 0 && region >= 0 && period >= 0 &&
                       mHarmonised->isMoved(indicator, region, period);
    return presentation::shownStatus(shown, false, moved);
}

void WorkbenchSession::markEstimate(widgets::TableCell &cell, int indicator, int region,
                                    int period) const
{
    cell.status = estimatedStatus(cell.status, indicator, region, period);
    cell.note = estimateNote(indicator, region, period);
}

} // namespace wijk::gui
