// What a wijk profile says, decided before anything is drawn: the key figures with their
// municipality value, change and trend, the charts to show and the short Dutch text.
// Every number comes from the engine after disclosure control (ReportData).
#pragma once

#include "engine/trends.h"
#include "key_figures.h"
#include "reports/report_data.h"

#include <QStringList>

namespace wijk::reports {

//! The key figures are the presentation module's (one computation for every output).
using presentation::KeyFigure;

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
};

//! The default key indicators: the first count (population) and every indicator with a
//! polarity, then neutral shares, at most maxRows, in catalogue order.
std::vector<int> defaultKeyIndicators(const engine::Dataset &dataset, int maxRows = 16);

//! Builds the content of one wijk's profile; indicators empty means defaultKeyIndicators().
WijkProfileContent buildWijkProfile(const ReportData &data, int wijk,
                                    const std::vector<int> &indicators = {});

} // namespace wijk::reports
