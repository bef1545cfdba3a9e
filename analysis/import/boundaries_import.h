// Imports region boundaries: a CBS wijk- en buurtkaart GeoPackage (layers gemeenten,
// wijken, buurten with gemeentecode/wijkcode/buurtcode and ...naam), or any OGR vector
// file with statcode/statnaam (the wijken_2017 GeoPackage, GeoJSON, TopoJSON).
// Geometries are reprojected to RD New; level and parent follow from the codes.
#pragma once

#include "import/import_report.h"

#include <QString>
#include <atomic>
#include <functional>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import::boundaries {

inline const char *kFormatBoundaries = "boundaries";

struct BoundariesImportOptions
{
    QString path;
    int period = 0; //!< the vintage; 0: from the file name's year or jrstatcode
    //! Called per feature read (done, total, stage); may be empty.
    std::function<void(qint64, qint64, const QString &)> progress;
    const std::atomic_bool *cancel = nullptr; //!< set to stop; nothing is written then
};

struct BoundariesImportResult
{
    bool ok = false;
    bool alreadyImported = false;
    bool cancelled = false;
    QString extractId;
    int vintage = 0;
    int regions = 0;         //!< regions written (with or without geometry)
    int repaired = 0;        //!< invalid geometries repaired with MakeValid
    int withoutGeometry = 0; //!< geometries that collapsed: region kept without geometry
};

//! Whether GDAL opens the file as vector data with a layer that has a region code field.
bool looksLikeBoundaries(const QString &path);

//! Checks and imports the boundaries; all problems go to report; nothing is written when
//! there is an error. Existing regions of the same vintage get the new name and geometry.
[[nodiscard]] BoundariesImportResult importBoundaries(workspace::Workspace &workspace,
                                                      const BoundariesImportOptions &options,
                                                      ImportReport &report);

} // namespace wijk::import::boundaries
