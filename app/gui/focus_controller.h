// The window's focus (issue 19): in a workspace with several gemeenten, the analyst's own
// gemeente(n), whose wijken and buurten map, ranking, scatter, distribution, table and
// signals show, with the gemeente and Nederland as reference; "Heel Nederland" one click
// away. Which regions are in focus is engine::RegionFocus; this class applies it to the
// views' data and keeps the choice (remembered in the workspace, engine::storeFocus).
#pragma once

#include "charts/chart_data.h"
#include "engine/region_focus.h"
#include "engine/workspace_focus.h"
#include "map_value.h"
#include "model/model.h"
#include "signals/signals_list.h"
#include "table/values_table_model.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <utility>

class QAction;
class QWidget;

namespace wijk::maps {
struct RegionSource;
}

namespace wijk::gui {

class FocusPrompt;
class WorkbenchSession;

class FocusController : public QObject
{
    Q_OBJECT

public:
    explicit FocusController(QObject *parent = nullptr);

    //! A focus given on the command line (--focus): the next adopt() uses it instead of the
    //! stored one, without storing it.
    void setGiven(const QStringList &codes) { mGiven = codes; }
    //! Takes the focus of a newly opened session (given, stored, proposed or none); the
    //! whole country is off again.
    void adopt(const WorkbenchSession &session);
    //! Forgets the session (closed).
    void reset();

    //! The focus (set or not); isActive() says whether the views apply it now.
    const engine::RegionFocus &focus() const { return mFocus.focus; }
    engine::FocusOrigin origin() const { return mFocus.origin; }
    //! Whether the views show the focus now (a focus, and not "Heel Nederland").
    bool isActive() const { return mFocus.focus.isSet() && !mWholeCountry; }
    bool showsWholeCountry() const { return mWholeCountry; }
    //! "Heel Nederland": every region (on) or the focus again (off).
    void setWholeCountry(bool on);
    //! Sets the focus and remembers it in the workspace; false with *error when it could
    //! not be remembered (read-only): the focus then holds for this session only.
    bool choose(const QStringList &codes, QString *error);
    //! Asks for a gemeente (a list of the workspace's gemeenten) and chooses it.
    void chooseInteractively(QWidget *parent);
    //! The whole country, chosen in the prompt: no focus, remembered (the stored focus
    //! NL00) so that the prompt is not offered again; false with *error when it could not
    //! be remembered.
    bool chooseWholeCountry(QString *error);
    //! The "Kies je gemeente" strip: adopt() offers it for a workspace of several gemeenten
    //! without a focus when nobody chose one before (stored, given or proposed).
    void attachPrompt(FocusPrompt *prompt);

    //! The actions of the View menu and tool bar: "Heel Nederland" (checkable) and
    //! "Focus kiezen…"; both disabled without a workspace with several gemeenten.
    QAction *wholeCountryAction() const { return mWholeCountryAction; }
    QAction *chooseAction() const { return mChooseAction; }
    void retranslate();

    // The views' data, narrowed to the focus while it is active, with names that stay
    // unambiguous among what is shown (engine::RegionNames).
    void apply(widgets::TableData &table) const;
    void apply(QVector<maps::MapValue> &values) const;
    void apply(QVector<widgets::SignalEntry> &entries) const;
    void apply(widgets::ScatterChartData &scatter) const;
    //! Also sets the reference line to the focus gemeente's value in period (one gemeente).
    void apply(widgets::RankingChartData &ranking, int period) const;
    void apply(widgets::DistributionChartData &distribution, int period) const;
    //! The lowest and highest value shown in any period among the regions shown (the
    //! ranking's axis while the map's classes are fixed over the years); NaN, NaN when none.
    std::pair<double, double> valueRangeOfAllPeriods(WorkbenchSession &session,
                                                     const QString &indicator,
                                                     RegionLevel level) const;
    //! The latest year in which the focus has regions of the level (the year a window opens
    //! on: a gemeente merged away shows its last year, not an empty map); 0 when the focus is
    //! not active or never has regions of the level.
    int latestYearShown(const WorkbenchSession &session, RegionLevel level) const;
    //! Narrows a map layer's source to the focus's regions of the level.
    void apply(maps::RegionSource &source, RegionLevel level) const;
    //! The trend chart's data: the selection with its gemeente and Nederland as reference;
    //! with nothing selected, the focus gemeente(n) and Nederland.
    widgets::TrendChartData trendData(WorkbenchSession &session, const QString &indicator,
                                      const QStringList &selected, bool english) const;
    //! A map tooltip (WorkbenchSession::regionTooltip) with the name as the views show it.
    QString tooltip(const QString &html, const QString &code, RegionLevel level) const;
    //! The name of a region as the views show it (with its gemeente when ambiguous).
    QString displayName(const QString &code, RegionLevel level) const;

signals:
    //! The focus or "Heel Nederland" changed: every view must be rebuilt.
    void changed();

private:
    //! The reference value (gemeente) of a ranking or distribution.
    void setReference(const Indicator &indicator, int period, double *value, QString *name) const;
    template <typename Item> void narrow(std::vector<Item> &items) const;

    const WorkbenchSession *mSession = nullptr;
    engine::WorkspaceFocus mFocus;
    QStringList mGiven;
    bool mWholeCountry = false;
    QAction *mWholeCountryAction = nullptr;
    QAction *mChooseAction = nullptr;
    QPointer<FocusPrompt> mPrompt;
};

} // namespace wijk::gui
