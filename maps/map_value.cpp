#include "map_value.h"

namespace wijk {

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

} // namespace wijk
