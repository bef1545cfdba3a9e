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

} // namespace wijk::maps
