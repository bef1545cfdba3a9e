// Duplicate member names in JSON objects. QJsonDocument (like json-c under GDAL) keeps only
// the last of two members with the same name and says nothing; a KWB JSON with a region or
// a column twice must be refused instead, as the CSV and OData readers refuse duplicates.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace wijk::import {

struct DuplicateJsonKey
{
    QString path;      //!< the object holding it: "" for the root, "GM0402", "value[3]"
    QString key;       //!< the member name that appears twice
    qint64 offset = 0; //!< byte offset of its second appearance
};

//! Every member name that appears twice in one object of json, which QJsonDocument has
//! already accepted as valid JSON (this only walks its structure: strings, objects,
//! arrays; it is no parser and assumes validity). Names with escapes are compared decoded.
std::vector<DuplicateJsonKey> findDuplicateJsonKeys(const QByteArray &json);

} // namespace wijk::import
