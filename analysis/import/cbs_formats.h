// Registers the CBS formats (cbs-kwb, cbs-xlsx, cbs-json, cbs-odata), boundaries and
// generic long tables with the import registry (importer_registry.cpp).
#pragma once

#include "import/importer.h"

#include <vector>

namespace wijk::import::cbs {

//! Appends cbs-kwb, cbs-xlsx, cbs-json, cbs-odata, boundaries and long.
void appendCbsFormats(std::vector<ImportFormat> &list);

} // namespace wijk::import::cbs
