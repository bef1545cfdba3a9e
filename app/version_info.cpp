#include "version_info.h"

#include "wijk_build_commit.h"

#include <QCoreApplication>
#include <QStringList>
#include <gdal.h>
#include <proj.h>
#include <qgis.h>
#include <sqlite3.h>

namespace wijk::app {

QString buildCommit()
{
    return QStringLiteral(WIJK_BUILD_COMMIT);
}

QString versionText(const QString &program)
{
    // The versions of the libraries loaded at run time (a Debian point release can update
    // them under an unchanged binary), not the headers compiled against.
    const QStringList lines = {
        program + QLatin1Char(' ') + QStringLiteral(WIJK_VERSION),
        QCoreApplication::translate("version", "commit %1").arg(buildCommit()),
        QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
        QStringLiteral("QGIS %1").arg(Qgis::version()),
        QStringLiteral("GDAL %1").arg(QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"))),
        QStringLiteral("GEOS %1").arg(Qgis::geosVersion()),
        QStringLiteral("PROJ %1").arg(QString::fromLatin1(proj_info().version)),
        QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))};
    return lines.join(QLatin1Char('\n'));
}

} // namespace wijk::app
