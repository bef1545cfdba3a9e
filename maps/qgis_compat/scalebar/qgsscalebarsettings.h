// Debian packages QGIS headers flat; qgslayoutitemscalebar.h still includes "scalebar/qgsscalebarsettings.h".
#pragma once
#include <qgsscalebarsettings.h>
