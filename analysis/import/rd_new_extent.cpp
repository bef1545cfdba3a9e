#include "import/rd_new_extent.h"

#include <ogr_geometry.h>

namespace wijk::import {

bool withinRdNewExtent(const OGRGeometry &geometry)
{
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    return envelope.MinX >= RdNewExtent::minX && envelope.MaxX <= RdNewExtent::maxX &&
           envelope.MinY >= RdNewExtent::minY && envelope.MaxY <= RdNewExtent::maxY;
}

QString rdNewExtentText()
{
    return QStringLiteral("x %1…%2 m, y %3…%4 m")
        .arg(RdNewExtent::minX, 0, 'f', 0)
        .arg(RdNewExtent::maxX, 0, 'f', 0)
        .arg(RdNewExtent::minY, 0, 'f', 0)
        .arg(RdNewExtent::maxY, 0, 'f', 0);
}

} // namespace wijk::import
