#include "maps_resources.h"

#include <QtGlobal>
#include <mutex>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initMapsQrc()
{
    Q_INIT_RESOURCE(maps);
}

namespace wijk::maps {

void initMapsResources()
{
    static std::once_flag once;
    std::call_once(once, initMapsQrc);
}

QString layoutTemplatePath(const QString &fileName)
{
    initMapsResources();
    return QStringLiteral(":/layouts/") + fileName;
}

QString defaultMapTemplate()
{
    return layoutTemplatePath(QStringLiteral("wijk_map_a4_landscape.qpt"));
}

} // namespace wijk::maps
