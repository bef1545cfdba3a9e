// A small Demostad for the engine tests: one gemeente, two wijken, five buurten, built
// directly as plain model vectors (no workspace).
#pragma once

#include "engine/dataset.h"

#include <vector>

namespace wijk::test {

inline Region makeRegion(const QString &code, const QString &name, RegionLevel level,
                         const QString &parent, int vintage = 2020, double area = 1e6)
{
    Region region;
    region.code = code;
    region.name = name;
    region.level = level;
    region.parent = parent;
    region.vintage = vintage;
    region.areaM2 = area;
    return region;
}

inline Indicator makeIndicator(const QString &code, IndicatorKind kind, int minN = 0,
                               Polarity polarity = Polarity::Neutral, const QString &numerator = {},
                               const QString &denominator = {}, double scale = 1.0)
{
    Indicator indicator;
    indicator.code = code;
    indicator.name = code;
    indicator.kind = kind;
    indicator.minN = minN;
    indicator.polarity = polarity;
    indicator.numerator = numerator;
    indicator.denominator = denominator;
    indicator.scale = scale;
    return indicator;
}

inline std::vector<Region> demostadRegions()
{
    return {makeRegion("GM9999", "Demostad", RegionLevel::Gemeente, {}),
            makeRegion("WK999901", "Wijk 01 Centrum", RegionLevel::Wijk, "GM9999"),
            makeRegion("WK999902", "Wijk 02 Oost", RegionLevel::Wijk, "GM9999"),
            makeRegion("BU99990101", "Buurt 0101", RegionLevel::Buurt, "WK999901"),
            makeRegion("BU99990102", "Buurt 0102", RegionLevel::Buurt, "WK999901"),
            makeRegion("BU99990201", "Buurt 0201", RegionLevel::Buurt, "WK999902"),
            makeRegion("BU99990202", "Buurt 0202", RegionLevel::Buurt, "WK999902"),
            makeRegion("BU99990203", "Buurt 0203", RegionLevel::Buurt, "WK999902")};
}

inline Observation obs(const QString &region, const QString &indicator, int period, double value,
                       ValueStatus status = ValueStatus::Final)
{
    Observation observation;
    observation.region = region;
    observation.indicator = indicator;
    observation.period = period;
    observation.value = value;
    observation.status = status;
    observation.extractId = QStringLiteral("test");
    return observation;
}

} // namespace wijk::test
