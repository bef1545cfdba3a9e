#include "workspace/sql_dialect.h"

#include "workspace/gpkg_geometry.h"

namespace wijk::workspace::sql {

QByteArray geometryFromParameter(Dialect dialect, int parameter)
{
    const QByteArray placeholder = '?' + QByteArray::number(parameter);
    if (dialect == Dialect::Sqlite)
        return placeholder;
    return "ST_Multi(ST_GeomFromWKB(" + placeholder + ", " + QByteArray::number(gpkg::kRdNewSrsId) +
           "))";
}

QByteArray geometryParameter(Dialect dialect, const QByteArray &gpkgBlob)
{
    return dialect == Dialect::Sqlite ? gpkgBlob : gpkg::wkbFromBlob(gpkgBlob);
}

QByteArray geometrySelect(Dialect dialect, const char *column)
{
    if (dialect == Dialect::Sqlite)
        return QByteArray(column);
    return "ST_AsBinary(" + QByteArray(column) + ")";
}

QByteArray geometryToWkb(Dialect dialect, const QByteArray &value)
{
    return dialect == Dialect::Sqlite ? gpkg::wkbFromBlob(value) : value;
}

} // namespace wijk::workspace::sql
