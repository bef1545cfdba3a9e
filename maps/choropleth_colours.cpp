#include "choropleth_colours.h"

#include <algorithm>
#include <qgscolorbrewerpalette.h>

namespace wijk {

RampChoice rampFor(MapMode mode, Polarity polarity)
{
    switch (mode) {
    case MapMode::Value:
    case MapMode::Signals:
        // Sequential: the dark end reads as "more"; with a polarity, as "worse".
        if (polarity == Polarity::Neutral)
            return {QStringLiteral("Blues"), false};
        return {QStringLiteral("YlOrRd"), polarity == Polarity::HigherIsBetter};
    case MapMode::Change:
    case MapMode::Trend:
        // Diverging around 0. RdBu runs red (low) to blue (high): falling is worse when
        // higher is better; a rise is worse when lower is better. Neutral: no judgement.
        if (polarity == Polarity::Neutral)
            return {QStringLiteral("PuOr"), false};
        return {QStringLiteral("RdBu"), polarity == Polarity::LowerIsBetter};
    }
    return {QStringLiteral("Blues"), false};
}

QList<QColor> classColours(MapMode mode, Polarity polarity, int classes)
{
    const RampChoice ramp = rampFor(mode, polarity);
    // ColorBrewer schemes start at 3 classes; fewer classes take the ends of the 3-scheme.
    const int wanted = std::max(classes, 3);
    QList<QColor> colours = QgsColorBrewerPalette::listSchemeColors(ramp.scheme, wanted);
    if (colours.size() < wanted) {
        // Beyond the scheme's longest variant: interpolate the longest one.
        const QList<int> variants = QgsColorBrewerPalette::listSchemeVariants(ramp.scheme);
        const QList<QColor> longest = QgsColorBrewerPalette::listSchemeColors(
            ramp.scheme, variants.isEmpty() ? 9 : variants.last());
        colours.clear();
        for (int i = 0; i < wanted; ++i)
            colours.append(longest.value(i * (longest.size() - 1) / std::max(wanted - 1, 1)));
    }
    if (classes < 3) {
        colours = classes == 2 ? QList<QColor>{colours.first(), colours.last()}
                               : QList<QColor>{colours.at(1)};
    }
    if (ramp.reversed)
        std::reverse(colours.begin(), colours.end());
    return colours;
}

} // namespace wijk
