// GeoDa's .gal weights files: read (with the file, line and field of every error) and
// written, so weights made elsewhere can be used and the workbench's weights can be checked
// in GeoDa or R (spdep::read.gal).
//   0 n name idvar        header (GeoDa); a bare "n" is also accepted
//   id k                  per region: its id and number of neighbours,
//   id1 id2 ... idk       then the ids of those neighbours on the next line
#pragma once

#include "engine/spatial_weights.h"

#include <QByteArray>
#include <QSet>
#include <optional>

namespace wijk::engine {

//! Reads a .gal file; every id must be one of `knownCodes` (the regions of the level and
//! division the weights are for) unless that is empty. nullopt with *error (Dutch: file,
//! line, field and what is wrong) on bad input.
std::optional<SpatialWeights> readGalFile(const QString &path, const QSet<QString> &knownCodes,
                                          QString *error);

//! The same from text already read (path only names it in errors).
std::optional<SpatialWeights> parseGal(const QByteArray &text, const QString &path,
                                       const QSet<QString> &knownCodes, QString *error);

//! The .gal text of weights (header "0 n <level> code").
QByteArray galText(const SpatialWeights &weights);

} // namespace wijk::engine
