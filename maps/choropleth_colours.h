// The colours of the maps (the view's business, never analysis'): ColorBrewer ramps chosen
// by map mode and indicator polarity, and the fixed greys for missing and suppressed data.
#pragma once

#include "map_value.h"

#include <QColor>
#include <QList>
#include <QString>

namespace wijk::maps {

namespace mapcolours {
const QColor missingFill(0xd4, 0xd4, 0xd4);    //!< "no data": plain light grey
const QColor suppressedFill(0xb4, 0xb4, 0xb4); //!< suppressed: grey, hatched
const QColor suppressedHatch(0x50, 0x50, 0x50);
const QColor noSignal(0xf0, 0xf0, 0xf0);
const QColor signalWorse(0xd7, 0x30, 0x27);
const QColor signalBetter(0x1a, 0x98, 0x50);
// The LISA cluster colours GeoDa made familiar: strong red/blue for the clusters, light
// ones for the outliers, light grey for not significant.
const QColor clusterHighHigh(0xd7, 0x19, 0x1c);
const QColor clusterLowLow(0x2c, 0x7b, 0xb6);
const QColor clusterHighLow(0xfd, 0xae, 0x9b);
const QColor clusterLowHigh(0xab, 0xd9, 0xe9);
const QColor clusterNone(0xee, 0xee, 0xee);
const QColor outline(0xff, 0xff, 0xff);
const QColor trendHatch(0x33, 0x33, 0x33);
//! The neutral class of change and trend maps (no change, trend not significant): a pale
//! cream, neither side's hue, unlike ColorBrewer's near-white middle (#f7f7f7) visibly
//! different from the canvas (#f8f8f6), white paper and the no-data grey.
const QColor neutralClass(0xeb, 0xe5, 0xc3);
//! The selection: a dark contour with a white halo, never a fill (a fill colour would read
//! as a class colour).
const QColor selectionLine(0x1a, 0x1a, 0x1a);
const QColor selectionHalo(0xff, 0xff, 0xff);
} // namespace mapcolours

//! The ColorBrewer scheme used and whether it runs backwards (worse = the saturated end).
struct RampChoice
{
    QString scheme;
    bool reversed = false;
};

//! Value/box maps: sequential; change/trend: diverging, worse side red. Signals: none.
RampChoice rampFor(MapMode mode, Polarity polarity);

//! classes colours from low to high values for mode and polarity.
QList<QColor> classColours(MapMode mode, Polarity polarity, int classes);

//! The colours of diverging classes (change, trend) in class order: falling classes
//! (outermost first), the neutral colour when withNeutral, rising classes (innermost
//! first). The depth of a colour is its class's rank from 0, alike on both sides: the
//! diverging scheme with 2 × max(falling, rising) + 1 colours (interpolated beyond
//! ColorBrewer's 11), its middle replaced by mapcolours::neutralClass.
QList<QColor> divergingColours(Polarity polarity, int falling, bool withNeutral, int rising);

} // namespace wijk::maps
