// QGIS for a scope: initQgis() when made, exitQgis() when it ends. Every entry point that
// needs QGIS (the GUI's main, the map/report/memo commands) holds one that outlives all its
// layers, layouts and projects. exitQgis() must run before ~QgsApplication: deferred to a
// Qt post-routine it walks registries the application has already freed and crashes.
#pragma once

#include <qgsapplication.h>

namespace wijk::app {

class QgisSession
{
public:
    QgisSession()
    {
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
        QgsApplication::initQgis();
    }
    ~QgisSession() { QgsApplication::exitQgis(); }
    QgisSession(const QgisSession &) = delete;
    QgisSession &operator=(const QgisSession &) = delete;
};

} // namespace wijk::app
