#include "gui/focus_controller.h"

#include "chart_series.h"
#include "engine/region_names.h"
#include "gui/focus_prompt.h"
#include "gui/workbench_session.h"
#include "region_layer.h"
#include "table_view.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCollator>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace wijk::gui {

namespace {
//! The region indices of codes the dataset knows, once each.
std::vector<int> indicesOf(const engine::Dataset &dataset, const QStringList &codes)
{
    std::vector<int> indices;
    QSet<int> seen;
    for (const QString &code : codes) {
        const int r = dataset.regionIndex(code);
        if (r >= 0 && !seen.contains(r)) {
            seen.insert(r);
            indices.push_back(r);
        }
    }
    return indices;
}
} // namespace

FocusController::FocusController(QObject *parent) : QObject(parent)
{
    mWholeCountryAction = new QAction(this);
    mWholeCountryAction->setObjectName(QStringLiteral("wholeCountryAction"));
    mWholeCountryAction->setCheckable(true);
    mWholeCountryAction->setEnabled(false);
    mWholeCountryAction->setVisible(false);
    connect(mWholeCountryAction, &QAction::toggled, this, &FocusController::setWholeCountry);
    mChooseAction = new QAction(this);
    mChooseAction->setObjectName(QStringLiteral("chooseFocusAction"));
    mChooseAction->setEnabled(false);
    connect(mChooseAction, &QAction::triggered, this,
            [this] { chooseInteractively(qobject_cast<QWidget *>(this->parent())); });
    retranslate();
}

void FocusController::retranslate()
{
    mWholeCountryAction->setText(tr("Whole country"));
    mWholeCountryAction->setToolTip(
        tr("Show every region of the workspace instead of the focus gemeente's"));
    mChooseAction->setText(tr("Choose focus…"));
    mChooseAction->setToolTip(tr("Choose the gemeente whose wijken and buurten the views show"));
}

void FocusController::adopt(const WorkbenchSession &session)
{
    mSession = &session;
    mWholeCountry = false;
    mFocus = {};
    QStringList given;
    if (!mGiven.isEmpty()) {
        QString ignored;
        engine::RegionFocus::parse(session.dataset(), mGiven.join(QLatin1Char(',')), &given,
                                   &ignored);
    }
    // A second, read-only connection: the focus is read once per open, and the session's
    // own workspace stays its business.
    // When it cannot be opened the session (which has it open) reports why; the window then
    // shows every region.
    QString unreadable;
    const auto file = workspace::Workspace::open(
        session.path(), workspace::Workspace::OpenMode::ReadOnly, &unreadable);
    if (file)
        mFocus = engine::workspaceFocus(*file, session.dataset(), given);
    const bool several = engine::RegionFocus::needsFocus(session.dataset());
    // Nobody chose yet (nothing stored, given or proposed): ask, without choosing for them.
    const bool neverChosen = file && file->focusText().isEmpty() && given.isEmpty();
    if (mPrompt) {
        if (several && neverChosen && !mFocus.focus.isSet())
            mPrompt->offer(session.dataset());
        else
            mPrompt->hide();
    }
    mChooseAction->setEnabled(several);
    {
        const QSignalBlocker blocker(mWholeCountryAction);
        mWholeCountryAction->setChecked(several && !mFocus.focus.isSet());
        mWholeCountryAction->setEnabled(mFocus.focus.isSet());
        // A workspace of one gemeente has nothing to switch to: no button that never works.
        mWholeCountryAction->setVisible(several);
    }
}

void FocusController::attachPrompt(FocusPrompt *prompt)
{
    mPrompt = prompt;
    connect(prompt, &FocusPrompt::gemeenteChosen, this, [this](const QString &code) {
        QString error;
        if (!choose({code}, &error))
            QMessageBox::information(qobject_cast<QWidget *>(parent()), tr("Choose focus"),
                                     tr("The focus holds until the window closes; it could not "
                                        "be remembered in the workspace: %1")
                                         .arg(error));
    });
    connect(prompt, &FocusPrompt::wholeCountryChosen, this, [this] {
        QString error;
        if (!chooseWholeCountry(&error))
            QMessageBox::information(qobject_cast<QWidget *>(parent()), tr("Choose focus"),
                                     tr("The choice holds until the window closes; it could not "
                                        "be remembered in the workspace: %1")
                                         .arg(error));
    });
}

bool FocusController::chooseWholeCountry(QString *error)
{
    if (!mSession)
        return false;
    if (mPrompt)
        mPrompt->hide();
    const auto file = workspace::Workspace::open(mSession->path(),
                                                 workspace::Workspace::OpenMode::ReadWrite, error);
    // The country is no gemeente: stored, it is no focus, but a choice that was made.
    return file && engine::storeFocus(*file, {engine::RegionFocus::countryCode()}, error);
}

void FocusController::reset()
{
    if (mPrompt)
        mPrompt->hide();
    mSession = nullptr;
    mFocus = {};
    mWholeCountry = false;
    mChooseAction->setEnabled(false);
    mWholeCountryAction->setEnabled(false);
    mWholeCountryAction->setVisible(false);
}

void FocusController::setWholeCountry(bool on)
{
    if (on == mWholeCountry || !mFocus.focus.isSet())
        return;
    mWholeCountry = on;
    {
        const QSignalBlocker blocker(mWholeCountryAction);
        mWholeCountryAction->setChecked(on);
    }
    emit changed();
}

bool FocusController::choose(const QStringList &codes, QString *error)
{
    if (!mSession)
        return false;
    if (mPrompt)
        mPrompt->hide();
    mFocus.focus = engine::RegionFocus(mSession->dataset(), codes);
    mFocus.origin = mFocus.focus.isSet() ? engine::FocusOrigin::Stored : engine::FocusOrigin::None;
    mWholeCountry = false;
    {
        const QSignalBlocker blocker(mWholeCountryAction);
        mWholeCountryAction->setChecked(!mFocus.focus.isSet());
        mWholeCountryAction->setEnabled(mFocus.focus.isSet());
    }
    bool stored = false;
    const auto file = workspace::Workspace::open(mSession->path(),
                                                 workspace::Workspace::OpenMode::ReadWrite, error);
    if (file)
        stored = engine::storeFocus(*file, mFocus.focus.gemeenten(), error);
    emit changed();
    return stored;
}

void FocusController::chooseInteractively(QWidget *parent)
{
    if (!mSession)
        return;
    const engine::Dataset &dataset = mSession->dataset();
    std::vector<int> gemeenten = dataset.regionsOfLevel(RegionLevel::Gemeente);
    QCollator collator;
    std::sort(gemeenten.begin(), gemeenten.end(), [&](int a, int b) {
        return collator.compare(dataset.region(a).name, dataset.region(b).name) < 0;
    });
    QStringList items;
    int current = 0;
    for (int r : gemeenten) {
        if (focus().gemeenten().contains(dataset.region(r).code))
            current = items.size();
        items << QStringLiteral("%1 (%2)").arg(dataset.region(r).name, dataset.region(r).code);
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, tr("Choose focus"),
                                               tr("The gemeente whose wijken and buurten the "
                                                  "views show (remembered with the workspace):"),
                                               items, current, false, &ok);
    if (!ok || item.isEmpty())
        return;
    const int chosen = gemeenten[size_t(items.indexOf(item))];
    QString error;
    if (!choose({dataset.region(chosen).code}, &error))
        QMessageBox::information(parent, tr("Choose focus"),
                                 tr("The focus holds until the window closes; it could not be "
                                    "remembered in the workspace: %1")
                                     .arg(error));
}

template <typename Item> void FocusController::narrow(std::vector<Item> &items) const
{
    if (isActive())
        items.erase(
            std::remove_if(items.begin(), items.end(),
                           [this](const Item &item) { return !mFocus.focus.contains(item.code); }),
            items.end());
    if (!mSession)
        return;
    QStringList codes;
    for (const Item &item : items)
        codes << item.code;
    const engine::RegionNames names(mSession->dataset(), indicesOf(mSession->dataset(), codes));
    for (Item &item : items)
        item.name = names.name(item.code);
}

void FocusController::apply(widgets::TableData &table) const
{
    // The same narrowing as an export of the table as shown (presentation/table_view.h).
    if (mSession)
        presentation::narrowTableToFocus(table, mSession->dataset(),
                                         isActive() ? mFocus.focus : engine::RegionFocus());
}

void FocusController::apply(QVector<maps::MapValue> &values) const
{
    if (isActive())
        values.erase(std::remove_if(values.begin(), values.end(),
                                    [this](const maps::MapValue &value) {
                                        return !mFocus.focus.contains(value.code);
                                    }),
                     values.end());
}

void FocusController::apply(QVector<widgets::SignalEntry> &entries) const
{
    if (isActive())
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [this](const widgets::SignalEntry &entry) {
                                         return !mFocus.focus.contains(entry.region);
                                     }),
                      entries.end());
    if (!mSession)
        return;
    QStringList codes;
    for (const widgets::SignalEntry &entry : qAsConst(entries))
        codes << entry.region;
    const engine::RegionNames names(mSession->dataset(), indicesOf(mSession->dataset(), codes));
    for (widgets::SignalEntry &entry : entries)
        entry.regionName = names.name(entry.region);
}

void FocusController::apply(widgets::ScatterChartData &scatter) const
{
    narrow(scatter.points);
}

void FocusController::setReference(const Indicator &indicator, int period, double *value,
                                   QString *name) const
{
    // The focus gemeente as the reference line, as the window draws the one gemeente of a
    // one-gemeente workspace (presentation::chartReference: not for counts, never withheld).
    if (!isActive() || !mSession || mFocus.focus.gemeenten().size() != 1)
        return;
    const engine::Dataset &dataset = mSession->dataset();
    const presentation::ChartReference line = presentation::chartReference(
        dataset, dataset.indicatorIndex(indicator.code),
        dataset.regionIndex(mFocus.focus.gemeenten().constFirst()), period);
    *value = line.value;
    *name = line.name;
}

void FocusController::apply(widgets::RankingChartData &ranking, int period) const
{
    narrow(ranking.items);
    setReference(ranking.indicator, period, &ranking.referenceValue, &ranking.referenceName);
}

void FocusController::apply(widgets::DistributionChartData &distribution, int period) const
{
    narrow(distribution.items);
    setReference(distribution.indicator, period, &distribution.referenceValue,
                 &distribution.referenceName);
}

std::pair<double, double> FocusController::valueRangeOfAllPeriods(WorkbenchSession &session,
                                                                  const QString &indicator,
                                                                  RegionLevel level) const
{
    if (!isActive())
        return session.valueRangeOfAllPeriods(indicator, level);
    return presentation::shownValueRange(
        session.mapValuesOfAllPeriods(indicator, level),
        [this](const QString &code) { return mFocus.focus.contains(code); });
}

int FocusController::latestYearShown(const WorkbenchSession &session, RegionLevel level) const
{
    if (!isActive())
        return 0;
    const engine::Dataset &dataset = session.dataset();
    const std::vector<int> regions = mFocus.focus.regionsOfLevel(dataset, level);
    for (int p = dataset.periodCount() - 1; p >= 0; --p)
        for (int r : regions)
            if (dataset.existsAt(r, p))
                return dataset.periods()[size_t(p)];
    return 0;
}

void FocusController::apply(maps::RegionSource &source, RegionLevel level) const
{
    if (isActive() && mSession)
        source.restrictToCodes(mFocus.focus.codesOfLevel(mSession->dataset(), level));
}

widgets::TrendChartData FocusController::trendData(WorkbenchSession &session,
                                                   const QString &indicator,
                                                   const QStringList &selected, bool english) const
{
    if (!isActive() && !engine::RegionFocus::needsFocus(session.dataset()))
        return session.trendData(indicator, selected, english);
    // Nothing selected: the focus gemeenten themselves (the whole country: Nederland only).
    const QStringList shown =
        selected.isEmpty() ? (isActive() ? mFocus.focus.gemeenten() : QStringList()) : selected;
    widgets::TrendChartData data = session.trendData(indicator, shown, english);
    // Nederland as the reference, where levels compare (not for counts).
    const QString country = engine::RegionFocus::countryCode();
    const bool hasCountry =
        std::any_of(data.series.begin(), data.series.end(),
                    [&](const widgets::TrendSeries &series) { return series.code == country; });
    if (!hasCountry && session.dataset().regionIndex(country) >= 0 &&
        (data.indicator.kind != IndicatorKind::Count || shown.isEmpty())) {
        widgets::TrendChartData countryData = session.trendData(indicator, {country}, english);
        for (widgets::TrendSeries &series : countryData.series)
            if (series.code == country) {
                series.reference = !shown.isEmpty();
                data.series.push_back(series);
            }
        if (data.title.isEmpty())
            data = widgets::TrendChartData{countryData.title, countryData.indicator, data.series};
    }
    QStringList codes;
    for (const widgets::TrendSeries &series : data.series)
        codes << series.code;
    const engine::RegionNames names(session.dataset(), indicesOf(session.dataset(), codes));
    for (widgets::TrendSeries &series : data.series)
        series.name = names.name(series.code);
    return data;
}

QString FocusController::tooltip(const QString &html, const QString &code, RegionLevel level) const
{
    const int r = mSession ? mSession->dataset().regionIndex(code) : -1;
    if (r < 0)
        return html;
    const QString plain =
        QStringLiteral("<b>%1</b>").arg(mSession->dataset().region(r).name.toHtmlEscaped());
    QString result = html;
    const int at = result.indexOf(plain);
    if (at >= 0)
        result.replace(at, plain.size(),
                       QStringLiteral("<b>%1</b>").arg(displayName(code, level).toHtmlEscaped()));
    return result;
}

QString FocusController::displayName(const QString &code, RegionLevel level) const
{
    if (!mSession)
        return code;
    const engine::Dataset &dataset = mSession->dataset();
    const std::vector<int> shown =
        isActive() ? mFocus.focus.regionsOfLevel(dataset, level) : dataset.regionsOfLevel(level);
    return engine::RegionNames(dataset, shown).name(code);
}

} // namespace wijk::gui
