// QGIS for the length of one CLI command: initQgis() when made, exitQgis() when the command
// ends, after every layer, layout and project is gone. The frame's ensureQgisInitialised()
// defers exitQgis() to a Qt post-routine, which runs after ~QgsApplication has freed the
// registries exitQgis() walks, and crashes at exit; until that is fixed in the frame, the
// report and memo commands start and stop QGIS themselves (as the map command does).
#pragma once

#include <qgsapplication.h>

namespace wijk::reports {

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

} // namespace wijk::reports
