#include "map_value.h"

#include <QCoreApplication>

namespace wijk::maps {

QString contractName(MapMode mode)
{
    switch (mode) {
    case MapMode::Value:
        return QStringLiteral("value");
    case MapMode::Change:
        return QStringLiteral("change");
    case MapMode::Trend:
        return QStringLiteral("trend");
    case MapMode::Signals:
        return QStringLiteral("signals");
    }
    return QString();
}

std::optional<MapMode> mapModeFromString(const QString &text)
{
    for (MapMode mode : {MapMode::Value, MapMode::Change, MapMode::Trend, MapMode::Signals}) {
        if (text.trimmed().compare(contractName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

MapSignal mapSignalFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.startsWith(QLatin1String("verslecht")) || key == QLatin1String("worse") ||
        key == QLatin1String("worsening") || key == QLatin1String("deterioration"))
        return MapSignal::Worse;
    if (key.startsWith(QLatin1String("verbeter")) || key == QLatin1String("better") ||
        key == QLatin1String("improvement") || key == QLatin1String("improving"))
        return MapSignal::Better;
    return MapSignal::None;
}

QString unitLabel(const QString &unit)
{
    const QString key = unit.trimmed().toLower();
    if (key == QLatin1String("percent"))
        return QStringLiteral("%");
    if (key == QLatin1String("per_1000"))
        return QCoreApplication::translate("wijk::maps", "per 1,000");
    if (key == QLatin1String("euro"))
        return QStringLiteral("€");
    if (key == QLatin1String("euro_x1000"))
        return QCoreApplication::translate("wijk::maps", "× € 1,000");
    if (key == QLatin1String("years"))
        return QCoreApplication::translate("wijk::maps", "years");
    if (key == QLatin1String("m3"))
        return QStringLiteral("m³");
    if (key == QLatin1String("kwh"))
        return QStringLiteral("kWh");
    if (key == QLatin1String("ug_m3"))
        return QStringLiteral("µg/m³");
    if (key == QLatin1String("index"))
        return QCoreApplication::translate("wijk::maps", "index");
    if (key == QLatin1String("score"))
        return QCoreApplication::translate("wijk::maps", "score");
    return QString();
}

QString mapUnitLabel(MapMode mode, const QString &unit)
{
    if (mode == MapMode::Value || mode == MapMode::Signals)
        return unitLabel(unit);
    // A difference of two percentages is in percentage points, not per cent.
    const QString difference = unit.trimmed().toLower() == QLatin1String("percent")
                                   ? QCoreApplication::translate("wijk::maps", "percentage points")
                                   : unitLabel(unit);
    if (mode == MapMode::Change)
        return difference;
    return difference.isEmpty()
               ? QCoreApplication::translate("wijk::maps", "per year")
               : QCoreApplication::translate("wijk::maps", "%1 per year").arg(difference);
}

} // namespace wijk::maps
