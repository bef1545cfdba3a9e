// Debian packages QGIS headers flat; qgslayoutitemscalebar.h still includes "scalebar/qgsscalebarrenderer.h".
#pragma once
#include <qgsscalebarrenderer.h>
