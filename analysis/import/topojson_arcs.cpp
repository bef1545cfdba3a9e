#include "import/topojson_arcs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wijk::import::boundaries {

namespace {
//! The arc indices of a geometry's "arcs" member, however deeply nested (LineString: [i],
//! Polygon: [[i, ...]], MultiPolygon: [[[i, ...]]]).
void collectArcs(const QJsonValue &value, std::vector<int> *arcs)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectArcs(item, arcs);
    } else if (value.isDouble()) {
        arcs->push_back(value.toInt());
    }
}

QString codeOf(const QJsonObject &geometry)
{
    const QJsonObject properties = geometry.value(QStringLiteral("properties")).toObject();
    for (const char *field : {"statcode", "code", "buurtcode", "wijkcode", "gemeentecode"}) {
        const QString code = properties.value(QLatin1String(field)).toString();
        if (!code.isEmpty())
            return code;
    }
    return geometry.value(QStringLiteral("id")).toVariant().toString();
}

void checkGeometry(const QJsonObject &geometry, const QString &object, int feature, int arcCount,
                   std::vector<MissingArc> *missing)
{
    std::vector<int> arcs;
    collectArcs(geometry.value(QStringLiteral("arcs")), &arcs);
    for (const int arc : arcs) {
        const int index = arc < 0 ? ~arc : arc; // TopoJSON: -1 is arc 0 reversed
        if (index >= arcCount) {
            missing->push_back({object, feature, codeOf(geometry), arc, arcCount});
            return; // one problem per feature is enough to refuse it
        }
    }
}
} // namespace

std::vector<MissingArc> findMissingTopoJsonArcs(const QString &path)
{
    std::vector<MissingArc> missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return missing;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("Topology"))
        return missing;
    const int arcCount = root.value(QStringLiteral("arcs")).toArray().size();
    const QJsonObject objects = root.value(QStringLiteral("objects")).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        if (object.value(QStringLiteral("geometries")).isArray()) { // a GeometryCollection
            int feature = 0;
            for (const QJsonValue &geometry : object.value(QStringLiteral("geometries")).toArray())
                checkGeometry(geometry.toObject(), it.key(), ++feature, arcCount, &missing);
        } else {
            checkGeometry(object, it.key(), 1, arcCount, &missing);
        }
    }
    return missing;
}

} // namespace wijk::import::boundaries
