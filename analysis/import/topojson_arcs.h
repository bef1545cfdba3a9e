// TopoJSON arc references that point nowhere. GDAL's TopoJSON reader skips an arc index
// beyond the file's "arcs" list without a word and returns a smaller, wrong shape (a wijk
// of 21.1 km² came out as 8.2 km²), so the boundaries importer checks the references first.
#pragma once

#include <QString>
#include <vector>

namespace wijk::import::boundaries {

struct MissingArc
{
    QString object;   //!< the TopoJSON object (GDAL's layer name), e.g. "layer"
    int feature = 0;  //!< 1-based, in the order GDAL numbers the layer's features
    QString code;     //!< the feature's statcode, code or id, for the message
    int arc = 0;      //!< the index as written (negative: the arc reversed, ~index)
    int arcCount = 0; //!< how many arcs the file has
};

//! Every arc reference in the TopoJSON file at path that is not in its "arcs" list. Empty
//! also when the file cannot be read as JSON (GDAL reports that when it opens it).
std::vector<MissingArc> findMissingTopoJsonArcs(const QString &path);

} // namespace wijk::import::boundaries
