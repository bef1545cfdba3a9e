// What a wijk profile says, decided before anything is drawn: the key figures with their
// municipality value, change and trend, the charts to show and the short Dutch text.
// Every number comes from the engine after disclosure control (ReportData).
#pragma once

#include "engine/composite_definition.h"
#include "engine/trends.h"
#include "key_figures.h"
#include "reports/report_data.h"

#include <QStringList>
#include <cmath>
#include <optional>
#include <utility>

namespace wijk::reports {

//! The key figures are the presentation module's (one computation for every output).
using presentation::KeyFigure;

//! The workspace's composite index of wijken as a profile shows it (issue 15): the wijk's
//! theme scores beside its gemeente's, scored on the same (wijk) scale, in one year.
struct ProfileComposite
{
    int indicator = -1; //!< the index in the dataset's catalogue
    engine::CompositeDefinition definition;
    int year = 0; //!< the latest year in which the wijk has a theme score (else the last)
    QStringList themes;
    std::vector<double> wijk;     //!< per theme; NaN where a component lacks a value
    std::vector<double> gemeente; //!< per theme, the gemeente on the wijk scale
    double wijkIndex = std::nan("");
    double gemeenteIndex = std::nan("");
};

struct WijkProfileContent
{
    int wijk = -1;
    QString code;
    QString name;
    QString municipalityName;
    int firstYear = 0;
    int lastYear = 0;
    std::vector<KeyFigure> keyFigures;
    //! Per key figure the median of the wijk's peer group (presentation/peer_median.h) in the
    //! key figure's year; NaN where fewer than half the peers have a value.
    std::vector<double> peerMedians;
    int peers = 0;                    //!< the size of the peer group (0: none could be chosen)
    QStringList summary;              //!< Dutch sentences, most important first
    std::vector<int> chartIndicators; //!< 1-2 indicators; each gets a trend and a ranking chart
    std::vector<int> buurten;         //!< buurt region indices in the latest period
    int suppressedValues = 0;         //!< values of the wijk and its buurten withheld (latest)
    //! Set when the workspace defines a composite index of wijken (profileCompositeOf()).
    std::optional<ProfileComposite> composite;
};

//! The composite index a profile shows: the first indicator of the catalogue composed by the
//! workbench (engine::compositeSource()) over wijken whose definition the workspace keeps;
//! nullopt when there is none. Index into the catalogue and the definition.
std::optional<std::pair<int, engine::CompositeDefinition>>
profileCompositeOf(const ReportData &data);

//! The default key indicators: the first count (population) and every indicator with a
//! polarity, then neutral shares, at most maxRows, in catalogue order.
std::vector<int> defaultKeyIndicators(const engine::Dataset &dataset, int maxRows = 16);

//! Builds the content of one wijk's profile; indicators empty means defaultKeyIndicators().
WijkProfileContent buildWijkProfile(const ReportData &data, int wijk,
                                    const std::vector<int> &indicators = {});

} // namespace wijk::reports
