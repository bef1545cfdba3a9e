// Similar areas as a reference (issue 15): a region's peer group, the k regions of its level
// most like it on the level's default indicators (engine::similarAreas over
// engine::defaultSimilarityIndicators, as `wijkmonitor-cli similar` with its defaults), and
// the peers' median of an indicator. The trend chart draws that median as a line, the wijk
// profile and the memo show it as a column: all through these functions.
#pragma once

#include "chart_inputs.h"
#include "engine/dataset.h"

#include <vector>

namespace wijk::presentation {

//! The default size of a peer group (the command line's --k).
constexpr int kPeerGroupSize = 10;

struct PeerGroup
{
    int region = -1;
    int period = -1;             //!< the period index the peers were chosen in
    std::vector<int> peers;      //!< dataset indices, most similar first
    std::vector<int> indicators; //!< the indicators the similarity was measured on
    bool isEmpty() const { return peers.empty(); }
};

//! The k regions most like `region` in period index p; empty when the region lacks a value
//! for one of the level's default indicators. The dataset must hold every indicator's
//! values (the default set is chosen among those with values).
PeerGroup peerGroup(const engine::Dataset &dataset, int region, int p, int k = kPeerGroupSize);

//! The median of the peers' shown values of indicator in period index p (values withheld or
//! missing left out); NaN when fewer than half the peers have one.
double peerMedian(const engine::Dataset &dataset, int indicator, const PeerGroup &group, int p);

//! "mediaan van 10 vergelijkbare wijken" (translated; the level's plural).
QString peerMedianName(RegionLevel level, int peers);

//! The peers' median of indicator over every period, as a reference series of the trend chart
//! (code "peers:<region>", reference, no trend line); no values when the group is empty.
TrendSeries peerMedianSeries(const engine::Dataset &dataset, int indicator, const PeerGroup &group);

} // namespace wijk::presentation
