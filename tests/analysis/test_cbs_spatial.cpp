// Contiguity on real boundaries (label cbs): Hilversum's 2017 wijken from
// ../shared/data/cbs/wijken-2017.gpkg give the same queen neighbours as an independent
// all-pairs computation with GEOS touches() (or overlaps(), for slivers); the file is
// only read (its checksum is unchanged).
#include "engine/contiguity.h"
#include "test_support.h"

#include <QDir>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace wijk;
using namespace wijk::engine;

class TestCbsSpatial : public QObject
{
    Q_OBJECT

private:
    //! The wijken of one gemeente (statcode WK<gm>..) as code and WKB, in file order.
    static std::vector<RegionBoundary> wijkenOf(const QString &path, const QString &gemeente)
    {
        std::vector<RegionBoundary> result;
        GDALDatasetH dataset =
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                       nullptr, nullptr);
        if (!dataset)
            return result;
        OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
        OGR_L_ResetReading(layer);
        const QString prefix = QStringLiteral("WK") + gemeente;
        while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
            const QString code = QString::fromUtf8(
                OGR_F_GetFieldAsString(feature, OGR_F_GetFieldIndex(feature, "statcode")));
            OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
            if (code.startsWith(prefix) && geometry) {
                QByteArray wkb(OGR_G_WkbSize(geometry), '\0');
                OGR_G_ExportToIsoWkb(geometry, wkbNDR,
                                     reinterpret_cast<unsigned char *>(wkb.data()));
                result.push_back({code, wkb});
            }
            OGR_F_Destroy(feature);
        }
        GDALClose(dataset);
        return result;
    }

private slots:
    void hilversumQueenNeighboursMatchTouches()
    {
        WIJK_REQUIRE_CBS_DATA();
        const QString path = QDir(test::cbsDataDir()).filePath(QStringLiteral("wijken-2017.gpkg"));
        const QByteArray before = test::checksumOf(path);
        GDALAllRegister();
        const std::vector<RegionBoundary> wijken = wijkenOf(path, QStringLiteral("0402"));
        QVERIFY(wijken.size() >= 5);

        QString error;
        const auto queen = contiguityWeights(wijken, WeightsMethod::Queen, &error);
        QVERIFY2(queen, qPrintable(error));

        // Independent: every pair, GEOS touches() (or overlaps()) through the OGR C API.
        std::vector<OGRGeometryH> geometries;
        for (const RegionBoundary &wijk : wijken) {
            OGRGeometryH geometry = nullptr;
            OGR_G_CreateFromWkb(wijk.wkb.constData(), nullptr, &geometry, int(wijk.wkb.size()));
            geometries.push_back(geometry);
        }
        int links = 0;
        for (size_t i = 0; i < wijken.size(); ++i) {
            QStringList expected;
            for (size_t j = 0; j < wijken.size(); ++j)
                if (i != j && (OGR_G_Touches(geometries[i], geometries[j]) ||
                               OGR_G_Overlaps(geometries[i], geometries[j])))
                    expected << wijken[j].code;
            QStringList computed;
            for (const int j : queen->neighbours(int(i)))
                computed << queen->code(j);
            expected.sort();
            computed.sort();
            QCOMPARE(computed, expected);
            links += int(expected.size());
        }
        for (OGRGeometryH geometry : geometries)
            OGR_G_DestroyGeometry(geometry);
        QVERIFY(links > 0);
        QVERIFY(queen->isSymmetric());
        QCOMPARE(test::checksumOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCbsSpatial)
#include "test_cbs_spatial.moc"
