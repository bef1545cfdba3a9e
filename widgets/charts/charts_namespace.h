// Where Qt Charts keeps its classes: Qt 5 in namespace QtCharts (named by the QT_CHARTS_*
// macros), Qt 6 in Qt's own namespace, with those macros gone. The chart code names the
// namespace with these WIJK_CHARTS_* macros only, so it compiles against both (the widgets
// are tested with Qt 6 as well: scripts/test-qt6.sh).
#pragma once

#include <QtCharts/qchartglobal.h>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#define WIJK_CHARTS_BEGIN_NAMESPACE QT_BEGIN_NAMESPACE
#define WIJK_CHARTS_END_NAMESPACE QT_END_NAMESPACE
#define WIJK_CHARTS_USE_NAMESPACE
#ifdef QT_NAMESPACE
#define WIJK_CHARTS_NAMESPACE ::QT_NAMESPACE
#else
#define WIJK_CHARTS_NAMESPACE
#endif
#else
#define WIJK_CHARTS_BEGIN_NAMESPACE QT_CHARTS_BEGIN_NAMESPACE
#define WIJK_CHARTS_END_NAMESPACE QT_CHARTS_END_NAMESPACE
#define WIJK_CHARTS_USE_NAMESPACE QT_CHARTS_USE_NAMESPACE
#define WIJK_CHARTS_NAMESPACE QT_CHARTS_NAMESPACE
#endif
