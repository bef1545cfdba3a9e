#include "choropleth_colours.h"

#include <algorithm>
#include <qgscolorbrewerpalette.h>

namespace wijk::maps {

RampChoice rampFor(MapMode mode, Polarity polarity)
{
    switch (mode) {
    case MapMode::Value:
    case MapMode::Signals:
    case MapMode::Clusters:
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

namespace {
//! The colour at t (0..1) along ramp, interpolated linearly between its colours.
QColor colourAlong(const QList<QColor> &ramp, double t)
{
    const double position = t * (ramp.size() - 1);
    const int low = std::min(int(position), int(ramp.size()) - 1);
    const int high = std::min(low + 1, int(ramp.size()) - 1);
    const double f = position - low;
    auto mix = [f](int a, int b) { return int(std::lround(a + f * (b - a))); };
    const QColor &a = ramp.at(low), &b = ramp.at(high);
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}
} // namespace

QList<QColor> divergingColours(Polarity polarity, int falling, bool withNeutral, int rising)
{
    const RampChoice ramp = rampFor(MapMode::Change, polarity);
    const int depth = std::max({falling, rising, 1});
    const int wanted = 2 * depth + 1;
    QList<QColor> full = QgsColorBrewerPalette::listSchemeColors(ramp.scheme, wanted);
    if (full.size() < wanted) {
        const QList<int> variants = QgsColorBrewerPalette::listSchemeVariants(ramp.scheme);
        const QList<QColor> longest = QgsColorBrewerPalette::listSchemeColors(
            ramp.scheme, variants.isEmpty() ? 11 : variants.last());
        full.clear();
        for (int i = 0; i < wanted; ++i)
            full.append(colourAlong(longest, double(i) / (wanted - 1)));
    }
    if (ramp.reversed)
        std::reverse(full.begin(), full.end());
    QList<QColor> colours;
    for (int i = depth - falling; i < depth; ++i)
        colours.append(full.at(i));
    if (withNeutral)
        colours.append(mapcolours::neutralClass);
    for (int i = depth + 1; i <= depth + rising; ++i)
        colours.append(full.at(i));
    return colours;
}

} // namespace wijk::maps
