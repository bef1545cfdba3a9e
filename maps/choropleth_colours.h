// The colours of the maps (the view's business, never analysis'): ColorBrewer ramps chosen
// by map mode and indicator polarity, and the fixed greys for missing and suppressed data.
#pragma once

#include "map_value.h"

#include <QColor>
#include <QList>
#include <QString>

namespace wijk {

namespace mapcolours {
const QColor missingFill(0xd4, 0xd4, 0xd4);    //!< "no data": plain light grey
const QColor suppressedFill(0xb4, 0xb4, 0xb4); //!< suppressed: grey, hatched
const QColor suppressedHatch(0x50, 0x50, 0x50);
const QColor noSignal(0xf0, 0xf0, 0xf0);
const QColor signalWorse(0xd7, 0x30, 0x27);
const QColor signalBetter(0x1a, 0x98, 0x50);
const QColor outline(0xff, 0xff, 0xff);
const QColor trendHatch(0x33, 0x33, 0x33);
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

} // namespace wijk
