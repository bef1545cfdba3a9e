// The CBS OData metadata that comes with a KWB table: TableInfos (identifier, title,
// period) and DataProperties (one entry per column: title, unit, topic group, decimals,
// description), turned into the workbench's indicator catalogue.
#pragma once

#include "import/import_report.h"
#include "model/model.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wijk::import::cbs {

struct TableInfo
{
    QString identifier; //!< e.g. 85984NED
    QString title;      //!< e.g. Kerncijfers wijken en buurten 2024
    int period = 0;     //!< the table's year
    QDateTime modified;
    QString path;
};

//! DataProperties as an indicator catalogue, keyed by the code without position suffix.
struct Catalogue
{
    QHash<QString, Indicator> indicators;
    QSet<QString> descriptive; //!< codes of text/code columns that are not indicators
    QString path;
    bool isEmpty() const { return indicators.isEmpty() && descriptive.isEmpty(); }
};

//! What kind of CBS metadata file a JSON document is.
enum class MetadataKind
{
    Unknown,
    TableInfos,
    DataProperties
};

//! Looks at a JSON file's content: DataProperties is a list of {Key, Type, Title},
//! TableInfos a list (or object) with Identifier and Period.
MetadataKind detectMetadataKind(const QString &path);

//! Reads TableInfos; problems go to report under the file's name. False on error.
[[nodiscard]] bool readTableInfos(const QString &path, TableInfo *info, ImportReport &report);

//! Reads DataProperties into a catalogue; `source` is written into each indicator.
[[nodiscard]] bool readDataProperties(const QString &path, const QString &source,
                                      Catalogue *catalogue, ImportReport &report);

//! A metadata file of the given kind lying next to `dataPath` whose name prefix the data
//! file's name starts with (kwb-2024-TableInfos.json for kwb-2024-gemeente-wijk.json, but
//! never for kwb-2017-nl.csv); empty when there is none or more than one.
QString findSibling(const QString &dataPath, MetadataKind kind);

//! The first four-digit year (1900-2099) in a file's base name, or 0.
int yearFromFileName(const QString &path);

} // namespace wijk::import::cbs
