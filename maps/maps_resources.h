// The resources compiled into wijk_maps (print layout templates). A static library's
// resources are not registered by themselves: initMapsResources() does that once.
#pragma once

#include <QString>

namespace wijk::maps {

//! Registers maps.qrc (idempotent, thread-safe).
void initMapsResources();

//! The resource path of a shipped layout template, e.g. ":/layouts/wijk_map_a4_landscape.qpt".
QString layoutTemplatePath(const QString &fileName);

//! The default map template.
QString defaultMapTemplate();

} // namespace wijk::maps
