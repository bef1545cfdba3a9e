#include "workspace/gpkg_geometry.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cpl_error.h>
#include <cstring>
#include <memory>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

namespace wijk::workspace::gpkg {

namespace {
struct GeometryDeleter
{
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

void appendDouble(QByteArray &out, double value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

} // namespace

bool prepareMultiPolygon(const QByteArray &wkb, PreparedGeometry *out, QString *error)
{
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size()) !=
            OGRERR_NONE ||
        !raw) {
        *error = QCoreApplication::translate("wijk::gpkg", "the geometry cannot be read");
        return false;
    }
    GeometryPtr geometry(raw);
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbCurvePolygon &&
        type != wkbMultiSurface) {
        *error = QCoreApplication::translate("wijk::gpkg", "the geometry is a %1, not a polygon")
                     .arg(QString::fromLatin1(OGRGeometryTypeToName(type)));
        return false;
    }
    geometry.reset(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
    geometry->flattenTo2D();
    if (geometry->IsEmpty()) {
        *error = QCoreApplication::translate("wijk::gpkg", "the geometry is empty");
        return false;
    }
    // GEOS explains invalidity on stderr through CPLError; the caller reports it instead.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool valid = geometry->IsValid();
    CPLPopErrorHandler();
    if (!valid) {
        *error = QCoreApplication::translate(
            "wijk::gpkg", "the geometry is invalid (self-intersecting or badly nested rings)");
        return false;
    }
    OGREnvelope envelope;
    geometry->getEnvelope(&envelope);
    out->areaM2 = geometry->toMultiPolygon()->get_Area();
    out->minX = envelope.MinX;
    out->maxX = envelope.MaxX;
    out->minY = envelope.MinY;
    out->maxY = envelope.MaxY;

    QByteArray &blob = out->blob;
    blob.clear();
    blob.reserve(8 + 32 + geometry->WkbSize());
    blob.append("GP", 2);
    blob.append(char(0));    // version 1 is written as 0
    blob.append(char(0x03)); // little endian, XY envelope, not empty, standard GeoPackage
    char srs[4];
    qToLittleEndian<qint32>(kRdNewSrsId, srs);
    blob.append(srs, 4);
    appendDouble(blob, envelope.MinX);
    appendDouble(blob, envelope.MaxX);
    appendDouble(blob, envelope.MinY);
    appendDouble(blob, envelope.MaxY);
    const int offset = blob.size();
    blob.resize(offset + geometry->WkbSize());
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(blob.data() + offset),
                          wkbVariantIso);
    return true;
}

QByteArray wkbFromBlob(const QByteArray &blob)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return QByteArray();
    const int envelopeKind = (static_cast<unsigned char>(blob[3]) >> 1) & 0x07;
    static const int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelopeKind > 4)
        return QByteArray();
    const int offset = 8 + kEnvelopeBytes[envelopeKind];
    return offset <= blob.size() ? blob.mid(offset) : QByteArray();
}

QString epsgWkt(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return QString();
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

} // namespace wijk::workspace::gpkg
