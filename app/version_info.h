// What --version of both programs and the GUI's About box say: the workbench's version, the
// git commit it was built from and the versions of the libraries it runs on. People report
// bugs with this text, so it is computed here only.
#pragma once

#include <QString>

namespace wijk::app {

//! The git commit the binaries were built from ("unknown" for a build without git metadata,
//! "-dirty" appended when tracked files had uncommitted changes).
QString buildCommit();

//! Lines "program version", "commit …", then one line per library (Qt, QGIS, GDAL, GEOS,
//! PROJ, SQLite) with the version the running library reports.
QString versionText(const QString &program);

} // namespace wijk::app
