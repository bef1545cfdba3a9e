// Feeding the views from the session and keeping them on one indicator, level, period and
// selection. Each view reports user choices; this file turns them into the shared state.
#include "catalogue/indicator_catalogue.h"
#include "charts/distribution_chart.h"
#include "charts/ranking_chart.h"
#include "charts/scatter_chart.h"
#include "charts/trend_chart.h"
#include "choropleth_layer.h"
#include "gui/focus_controller.h"
#include "gui/main_window.h"
#include "gui/workbench_session.h"
#include "gui/workspace_import.h"
#include "map/map_view.h"
#include "selection/region_selection.h"
#include "signals/signals_list.h"
#include "table/values_table_view.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QStatusBar>
#include <qgsvectorlayer.h>
#include <tuple>

namespace wijk::gui {

namespace {
QString levelName(RegionLevel level)
{
    return widgets::SignalsList::levelLabel(level);
}
} // namespace

void MainWindow::connectViews()
{
    connect(mSelection, &widgets::RegionSelection::changed, this, &MainWindow::onSelectionChanged);
    connect(mCatalogue, &widgets::IndicatorCatalogue::indicatorChosen, this,
            &MainWindow::setCurrentIndicator);
    connect(mMap, &widgets::MapView::regionClicked, this, [this](const QString &code, bool add) {
        if (code.isEmpty()) {
            if (!add)
                mSelection->clear(mMap);
            return;
        }
        mSelection->click(code, add, mMap);
    });
    connect(mMap, &widgets::MapView::periodChanged, this, &MainWindow::setCurrentPeriod);
    connect(mMap, &widgets::MapView::styleChanged, this, [this] { refreshMap(false); });
    connect(mMap, &widgets::MapView::importBoundariesRequested, this, &MainWindow::chooseImport);
    connect(mMap, &widgets::MapView::fixedClassesChanged, this, [this] { refreshCharts(); });
    connect(mTable, &widgets::ValuesTableView::regionsSelected, this,
            [this](const QStringList &codes) { mSelection->setSelection(codes, mTable); });
    connect(mTable, &widgets::ValuesTableView::columnsChosen, this, [this] { refreshTable(); });
    connect(mSignals, &widgets::SignalsList::signalChosen, this, &MainWindow::onSignalChosen);
    connect(mScatterY, QOverload<int>::of(&QComboBox::activated), this, [this] {
        mScatterYByUser = true;
        refreshCharts();
    });
    mMap->setTooltipProvider([this](const QString &code) {
        return mSession ? mFocus->tooltip(mSession->regionTooltip(code, mIndicator, mPeriod), code,
                                          mLevel)
                        : code;
    });
    connect(mFocus, &FocusController::changed, this, [this] {
        mMap->setRegionLayer(nullptr); // the focus's regions: a new layer
        mChoropleth.reset();
        mSelection->clear(this);
        showSession();
    });
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    // The indicator shown before stays if the workspace has it: load that one first.
    std::unique_ptr<WorkbenchSession> session =
        WorkbenchSession::open(path, &error, QStringList{mIndicator});
    if (!session) {
        showError(tr("Open workspace"),
                  tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    mMap->togglePlay(false);
    mMap->setRegionLayer(nullptr);
    mChoropleth.reset();
    if (mSignalsWatcher) {
        // The old session's job is cancelled with it; its end must not reach the new one.
        mSignalsWatcher->disconnect(this);
        mSignalsWatcher->deleteLater();
        mSignalsWatcher = nullptr;
    }
    mSession = std::move(session);
    mFocus->adopt(*mSession);
    mWorkspaceName = QFileInfo(path).completeBaseName();
    mSelection->clear(this);
    const QVector<Indicator> indicators = mSession->indicators();
    if (!mSession->indicator(mIndicator))
        mIndicator = indicators.isEmpty() ? QString() : indicators.constFirst().code;
    const QVector<RegionLevel> levels = mSession->levels();
    if (!levels.contains(mLevel))
        mLevel = levels.contains(RegionLevel::Wijk) || levels.isEmpty() ? RegionLevel::Wijk
                                                                        : levels.constLast();
    const QVector<int> periods = mSession->periods();
    mPeriod = periods.isEmpty() ? 0 : periods.constLast();
    addRecent(path);
    mSignals->setComputing(true);
    showSession();
    updateTitle();
    startSignals();
    emit workspaceOpened(path);
    return true;
}

void MainWindow::startSignals()
{
    auto *watcher = new QFutureWatcher<void>(this);
    mSignalsWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (mSignalsWatcher != watcher)
            return;
        mSignalsWatcher = nullptr;
        if (!mSession)
            return;
        const bool periodsChanged = mSession->adoptSignals();
        mSignals->setComputing(false);
        if (!mSession->signalsError().isEmpty())
            statusBar()->showMessage(
                tr("Signals could not be computed: %1").arg(mSession->signalsError()), 10000);
        if (periodsChanged) {
            const QVector<int> periods = mSession->periods();
            if (!periods.contains(mPeriod))
                mPeriod = periods.constLast();
            showSession(); // the period slider and every view get the added years
        } else {
            refreshSignals();
        }
        emit signalsReady();
    });
    watcher->setFuture(mSession->startSignals());
}

bool MainWindow::signalsPending() const
{
    return mSignalsWatcher != nullptr;
}

bool MainWindow::openDemo()
{
    QString error;
    const QString path = ensureDemoWorkspace(demoFolder(), &error);
    if (path.isEmpty()) {
        showError(tr("Demo workspace"), tr("The demo could not be prepared: %1").arg(error));
        return false;
    }
    return openWorkspace(path);
}

void MainWindow::showSession()
{
    const bool open = mSession != nullptr;
    mEmptyHint->setVisible(!open);
    mMap->setVisible(open);
    if (!open)
        return;
    mCatalogue->setIndicators(mSession->indicators(), english());
    mCatalogue->setCurrentIndicator(mIndicator);
    mLevelBox->clear();
    for (RegionLevel level : mSession->levels())
        mLevelBox->addItem(levelName(level), static_cast<int>(level));
    mLevelBox->setCurrentIndex(qMax(0, mLevelBox->findData(static_cast<int>(mLevel))));
    {
        const QSignalBlocker blocker(mMap);
        mMap->setPeriods(mSession->periods());
        mMap->setPeriod(mPeriod);
    }
    // Rebuilt in the current language; the chosen y stays (a language switch comes here).
    const QString chosenY = mScatterY->currentData().toString();
    mScatterY->clear();
    for (const Indicator &indicator : mSession->indicators())
        mScatterY->addItem(indicator.displayName(english()), indicator.code);
    chooseScatterY(mScatterYByUser ? chosenY : QString());
    refreshMap(!mChoropleth || mChoroplethLevel != mLevel);
    refreshTable();
    refreshCharts();
    refreshSignals();
    refreshStatus();
}

void MainWindow::setCurrentIndicator(const QString &code)
{
    if (!mSession || !mSession->indicator(code))
        return;
    mIndicator = code;
    mCatalogue->setCurrentIndicator(code);
    // A y the user chose stays; the default follows x to a meaningful partner.
    chooseScatterY(mScatterYByUser ? mScatterY->currentData().toString() : QString());
    refreshMap(false);
    refreshTable();
    refreshCharts();
    refreshStatus();
}

void MainWindow::setCurrentLevel(RegionLevel level)
{
    if (!mSession || level == mLevel)
        return;
    mLevel = level;
    mLevelBox->setCurrentIndex(qMax(0, mLevelBox->findData(static_cast<int>(level))));
    mSelection->clear(this);
    refreshMap(true);
    refreshTable();
    refreshCharts();
    refreshSignals();
    refreshStatus();
}

void MainWindow::setCurrentPeriod(int period)
{
    if (!mSession || period == mPeriod)
        return;
    mPeriod = period;
    mMap->setPeriod(period);
    refreshMap(false);
    if (mTable->columns() == widgets::ValuesTableView::Columns::Indicators)
        refreshTable(); // one year across the theme's indicators
    refreshCharts();
    refreshStatus();
}

void MainWindow::setMapMode(const QString &mode)
{
    mMap->setMode(mode);
}

void MainWindow::refreshMap(bool rebuildLayer)
{
    if (!mSession || mIndicator.isEmpty())
        return;
    const Indicator *indicator = mSession->indicator(mIndicator);
    QVector<maps::MapValue> values = mSession->mapValues(mIndicator, mLevel, mPeriod);
    mFocus->apply(values);
    maps::ChoroplethSpec spec;
    spec.mode = maps::mapModeFromString(mMap->mode()).value_or(maps::MapMode::Value);
    spec.polarity = indicator->polarity;
    spec.classification.method = maps::classificationMethodFromString(mMap->classificationMethod())
                                     .value_or(maps::ClassificationMethod::Quantile);
    spec.classification.classes = mMap->classCount();
    spec.classification.decimals = indicator->displayDecimals();
    spec.classification.locale = QLocale();
    // Classes over every year: playing through the years then shows growth. (The window's
    // trends are per series, the same in every year: nothing to fix there.)
    if (mMap->fixedClasses() &&
        (spec.mode == maps::MapMode::Value || spec.mode == maps::MapMode::Change)) {
        spec.classBasis = mSession->mapValuesOfAllPeriods(mIndicator, mLevel);
        mFocus->apply(spec.classBasis);
    }
    spec.labels =
        mLevel == RegionLevel::Buurt ? maps::LabelContent::None : maps::LabelContent::Name;
    mMap->setClassificationEnabled(spec.mode != maps::MapMode::Signals);
    QString title =
        QStringLiteral("<b>%1</b>").arg(indicator->displayName(english()).toHtmlEscaped());
    // The one vintage rule of window and command line (docs/maps.md, "Boundaries by year").
    const engine::BoundaryChoice boundaries = mSession->boundaries(mLevel, mPeriod);
    if (!boundaries.found()) {
        mMap->setRegionLayer(nullptr);
        mChoropleth.reset();
        mMap->setMessage(engine::noBoundariesMessage(boundaries), true);
        mMap->setLegendTitle(title);
        mMap->refresh();
        return;
    }
    mMap->setMessage(QString());
    QString error;
    if (rebuildLayer || !mChoropleth || mChoroplethVintage != boundaries.boundaries) {
        mMap->setRegionLayer(nullptr);
        maps::RegionSource source =
            maps::RegionSource::workspace(mSession->path(), mLevel, boundaries.boundaries);
        mFocus->apply(source, mLevel);
        mChoropleth = maps::ChoroplethLayer::create(source, values, spec, &error);
        mChoroplethLevel = mLevel;
        mChoroplethVintage = boundaries.boundaries;
        if (mChoropleth) {
            mMap->setRegionLayer(mChoropleth->layer(), QStringLiteral("code"));
            mMap->setSelectedRegions(
                QSet<QString>(mSelection->selected().cbegin(), mSelection->selected().cend()));
        }
    } else if (!mChoropleth->apply(values, spec, &error)) {
        statusBar()->showMessage(error, 10000);
    }
    if (!mChoropleth) {
        statusBar()->showMessage(tr("The map cannot be drawn: %1").arg(error), 10000);
        return;
    }
    title +=
        QStringLiteral("<br>%1 · %2").arg(widgets::MapView::modeLabel(mMap->mode())).arg(mPeriod);
    if (boundaries.borrowed())
        title += QStringLiteral(" · %1").arg(engine::boundaryNote(boundaries).toHtmlEscaped());
    const QString unit = maps::mapUnitLabel(spec.mode, indicator->unit);
    if (!unit.isEmpty())
        title += QStringLiteral("<br>%1").arg(unit.toHtmlEscaped());
    mMap->setLegendTitle(title);
    mMap->refresh();
}

void MainWindow::refreshTable()
{
    if (!mSession)
        return;
    widgets::TableData table = mTable->columns() == widgets::ValuesTableView::Columns::Indicators
                                   ? mSession->themeTable(mIndicator, mLevel, mPeriod, english())
                                   : mSession->periodTable(mIndicator, mLevel, english());
    mFocus->apply(table);
    mTable->setTableData(table);
    mTable->setSelectedRegions(
        QSet<QString>(mSelection->selected().cbegin(), mSelection->selected().cend()));
}

void MainWindow::refreshCharts()
{
    if (!mSession || mIndicator.isEmpty())
        return;
    mTrendChart->setData(
        mFocus->trendData(*mSession, mIndicator, mSelection->selected(), english()));
    widgets::RankingChartData rankingData =
        mSession->rankingData(mIndicator, mLevel, mPeriod, english());
    mFocus->apply(rankingData, mPeriod);
    // With the map's classes fixed over the years, the ranking's axis is too.
    if (mMap->fixedClasses())
        std::tie(rankingData.axisMin, rankingData.axisMax) =
            mFocus->valueRangeOfAllPeriods(*mSession, mIndicator, mLevel);
    mRankingChart->setData(rankingData);
    widgets::RankingChartData ranking =
        mSession->rankingData(mIndicator, mLevel, mPeriod, english());
    mFocus->apply(ranking, mPeriod);
    widgets::DistributionChartData distribution;
    distribution.title = ranking.title;
    distribution.indicator = ranking.indicator;
    distribution.items = ranking.items;
    distribution.referenceValue = ranking.referenceValue;
    distribution.referenceName = ranking.referenceName;
    mDistributionChart->setData(distribution);
    const QString yCode = mScatterY->currentData().toString();
    if (const Indicator *y = mSession->indicator(yCode)) {
        const widgets::RankingChartData yValues =
            mSession->rankingData(yCode, mLevel, mPeriod, english());
        widgets::ScatterChartData scatter;
        scatter.xIndicator = ranking.indicator;
        scatter.yIndicator = *y;
        scatter.title =
            QStringLiteral("%1 × %2, %3")
                .arg(ranking.indicator.displayName(english()), y->displayName(english()))
                .arg(mPeriod);
        QHash<QString, widgets::RegionValue> yByCode;
        for (const widgets::RegionValue &v : yValues.items)
            yByCode.insert(v.code, v);
        for (const widgets::RegionValue &x : ranking.items) {
            const widgets::RegionValue yv = yByCode.value(x.code);
            scatter.points.push_back({x.code, x.name, x.hasValue() ? x.value : widgets::kNoValue,
                                      yv.hasValue() ? yv.value : widgets::kNoValue});
        }
        mFocus->apply(scatter);
        mScatterChart->setData(scatter);
    }
}

QString MainWindow::scatterYIndicator() const
{
    return mScatterY->currentData().toString();
}

void MainWindow::chooseScatterY(const QString &preferred)
{
    if (!mSession)
        return;
    // Never x against itself (r = 1 says nothing): x is not offered, and a y that became x
    // gives way to a meaningful partner.
    QString y = preferred;
    if (y == mIndicator || mScatterY->findData(y) < 0)
        y = widgets::charts::ScatterChart::defaultYIndicator(mSession->indicators(), mIndicator);
    auto *items = qobject_cast<QStandardItemModel *>(mScatterY->model());
    for (int i = 0; i < mScatterY->count(); ++i)
        if (items)
            items->item(i)->setEnabled(mScatterY->itemData(i).toString() != mIndicator);
    mScatterY->setCurrentIndex(mScatterY->findData(y));
}

void MainWindow::refreshSignals()
{
    if (mSession && !mSession->signalsPending()) {
        QVector<widgets::SignalEntry> entries = mSession->signalEntries(mLevel, english());
        mFocus->apply(entries);
        mSignals->setSignals(entries);
    }
}

void MainWindow::refreshStatus()
{
    if (!mSession) {
        mStatusWorkspace->setText(tr("No workspace open"));
        mStatusSelection->clear();
        return;
    }
    const Indicator *indicator = mSession->indicator(mIndicator);
    mStatusWorkspace->setText(tr("%1 · %2 · %3 · %4")
                                  .arg(mSession->name(),
                                       indicator ? indicator->displayName(english()) : QString(),
                                       levelName(mLevel))
                                  .arg(mPeriod));
    const QStringList selected = mSelection->selected();
    if (selected.isEmpty())
        mStatusSelection->setText(tr("Nothing selected"));
    else if (selected.size() == 1)
        mStatusSelection->setText(
            tr("Selected: %1").arg(mSession->regionName(selected.constFirst())));
    else
        mStatusSelection->setText(tr("%n region(s) selected", nullptr, selected.size()));
}

void MainWindow::onSelectionChanged(const QStringList &added, const QStringList &removed,
                                    QObject *origin)
{
    // The map mirrors every change (a map click only reports; it does not select by itself).
    mMap->applySelectionDelta(added, removed);
    if (origin != mTable)
        mTable->setSelectedRegions(
            QSet<QString>(mSelection->selected().cbegin(), mSelection->selected().cend()));
    if (mSession && !mIndicator.isEmpty())
        mTrendChart->setData(
            mFocus->trendData(*mSession, mIndicator, mSelection->selected(), english()));
    refreshStatus();
}

void MainWindow::onSignalChosen(const QString &region, const QString &indicator)
{
    if (!mSession)
        return;
    setCurrentIndicator(indicator);
    mSelection->setSelection({region}, mSignals);
    mMap->zoomToSelection();
}

} // namespace wijk::gui
