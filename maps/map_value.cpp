#include "map_value.h"

#include "model/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace wijk::maps {

QString mapUnitLabel(MapMode mode, const QString &unit)
{
    const Language language = languageOf(QLocale());
    if (mode == MapMode::Clusters)
        return QString(); // classes, not numbers
    if (mode == MapMode::Value || mode == MapMode::Signals)
        return unitLabel(unitFromCode(unit), language);
    // A difference of two percentages is in percentage points, not per cent.
    const QString difference = differenceLabel(unitFromCode(unit), language);
    if (mode == MapMode::Change)
        return difference;
    return difference.isEmpty()
               ? QCoreApplication::translate("wijk::maps", "per year")
               : QCoreApplication::translate("wijk::maps", "%1 per year").arg(difference);
}

QString mapLegendTitle(MapMode mode, int fromYear, int period, const QString &unit)
{
    const QString label = mapUnitLabel(mode, unit);
    const QString years = fromYear > 0 && fromYear < period
                              ? QStringLiteral("%1\u2013%2").arg(fromYear).arg(period)
                              : QString::number(period);
    switch (mode) {
    case MapMode::Value:
        break;
    case MapMode::Change:
        return label.isEmpty()
                   ? QCoreApplication::translate("wijk::maps", "Change %1").arg(years)
                   : QCoreApplication::translate("wijk::maps", "Change %1 (%2)").arg(years, label);
    case MapMode::Trend:
        return QCoreApplication::translate("wijk::maps", "Trend %1 (%2)").arg(years, label);
    case MapMode::Signals:
        return QCoreApplication::translate("wijk::maps", "Signal %1").arg(years);
    case MapMode::Clusters:
        return QCoreApplication::translate("wijk::maps", "Local Moran clusters %1").arg(period);
    }
    return label.isEmpty() ? QString::number(period)
                           : QStringLiteral("%1 (%2)").arg(period).arg(label);
}

} // namespace wijk::maps
