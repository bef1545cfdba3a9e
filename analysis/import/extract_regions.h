// regions.gpkg (layer `regions`) or regions.geojson of an extract, read with OGR and
// reprojected to RD New (EPSG:28992); then the hierarchy is checked.
#pragma once

#include "import/import_report.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::import {

struct ExtractRegion
{
    Region region;
    QByteArray wkb;          //!< RD New, checked valid and non-empty
    int feature = 0;         //!< 1-based feature number, for problems
    bool hasVintage = false; //!< false: takes the extract's latest period
};

//! Reads every feature; problems (fields, CRS, empty or invalid geometry) go to report.
//! allCodes receives every code in the file, also of features with problems (so that
//! observations naming them are not reported as unknown too).
[[nodiscard]] std::vector<ExtractRegion> readExtractRegions(const QString &gdalPath,
                                                            const QString &displayName,
                                                            ImportReport &report,
                                                            QStringList *allCodes);

//! Sets the default vintage, then checks (code, vintage) uniqueness and that every parent
//! exists one level up (in the file or among `known`, the workspace's regions) without
//! cycles.
void checkRegionHierarchy(std::vector<ExtractRegion> &regions, int defaultVintage,
                          const std::vector<Region> &known, const QString &displayName,
                          ImportReport &report);

} // namespace wijk::import
