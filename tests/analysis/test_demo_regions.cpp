// The Demostad regions: read back by GDAL in RD New, valid, nested, a plausible town.
#include "compare_near.h"
#include "demo/demo_extract.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

struct RegionRow
{
    QString code, name, level, parent;
    int vintage = 0;
    OGRGeometryUniquePtr geometry;
};

double area(const OGRGeometry &geometry)
{
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&geometry)));
}

} // namespace

class TestDemoRegions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::vector<RegionRow> mRegions;
    QString mAuthority;

    std::vector<const RegionRow *> regions(int vintage, const QString &level) const
    {
        std::vector<const RegionRow *> out;
        for (const RegionRow &row : mRegions) {
            if (row.vintage == vintage && row.level == level)
                out.push_back(&row);
        }
        return out;
    }
    const RegionRow *find(int vintage, const QString &code) const
    {
        for (const RegionRow &row : mRegions) {
            if (row.vintage == vintage && row.code == code)
                return &row;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        QVERIFY2(wijk::demo::writeDemoExtract(mDir.path(), &error), qPrintable(error));
        GDALAllRegister();
        const QByteArray file = mDir.filePath(QStringLiteral("regions.geojson")).toUtf8();
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(file.constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        QVERIFY2(ds, "GDAL cannot open regions.geojson");
        OGRLayer *layer = ds->GetLayer(0);
        QVERIFY(layer->GetSpatialRef());
        mAuthority = QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityName(nullptr)) +
                     QLatin1Char(':') +
                     QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr));
        for (auto &feature : *layer) {
            RegionRow row;
            row.code = QString::fromUtf8(feature->GetFieldAsString("code"));
            row.name = QString::fromUtf8(feature->GetFieldAsString("name"));
            row.level = QString::fromUtf8(feature->GetFieldAsString("level"));
            row.parent = QString::fromUtf8(feature->GetFieldAsString("parent"));
            row.vintage = feature->GetFieldAsInteger("vintage");
            row.geometry.reset(feature->StealGeometry());
            mRegions.push_back(std::move(row));
        }
    }

    void declaresRdNew() { QCOMPARE(mAuthority, QStringLiteral("EPSG:28992")); }

    void hasTheRightNumbersOfRegions()
    {
        for (const int vintage : {2015, 2020}) {
            QCOMPARE(int(regions(vintage, "gemeente").size()), 1);
            const int wijken = int(regions(vintage, "wijk").size());
            const int buurten = int(regions(vintage, "buurt").size());
            QVERIFY(wijken >= 8 && wijken <= 12);
            QVERIFY(buurten >= 40 && buurten <= 70);
            QSet<QString> codes;
            for (const RegionRow &row : mRegions) {
                if (row.vintage == vintage) {
                    QVERIFY2(!codes.contains(row.code), qPrintable(row.code));
                    codes.insert(row.code);
                }
            }
        }
        QCOMPARE(regions(2020, "buurt").size(), regions(2015, "buurt").size() + 1);
    }

    void codesFollowCbsPatterns()
    {
        static const QRegularExpression wk(QStringLiteral("^WK9999\\d{2}$"));
        static const QRegularExpression bu(QStringLiteral("^BU9999\\d{4}$"));
        for (const RegionRow &row : mRegions) {
            if (row.level == QLatin1String("gemeente")) {
                QCOMPARE(row.code, QStringLiteral("GM9999"));
                QVERIFY(row.parent.isEmpty());
            } else if (row.level == QLatin1String("wijk")) {
                QVERIFY(wk.match(row.code).hasMatch());
                QCOMPARE(row.parent, QStringLiteral("GM9999"));
            } else {
                QVERIFY(bu.match(row.code).hasMatch());
                QCOMPARE(row.parent, QStringLiteral("WK") + row.code.mid(2, 6));
                QVERIFY(find(row.vintage, row.parent));
            }
            QVERIFY(!row.name.isEmpty());
        }
    }

    void everyGeometryIsValid()
    {
        for (const RegionRow &row : mRegions) {
            QVERIFY2(row.geometry && !row.geometry->IsEmpty(), qPrintable(row.code));
            QVERIFY2(row.geometry->IsValid(), qPrintable(row.code));
        }
    }

    void buurtenTileTheirWijkAndWijkenTheGemeente()
    {
        for (const int vintage : {2015, 2020}) {
            double sumWijken = 0;
            for (const RegionRow *wijk : regions(vintage, "wijk")) {
                OGRMultiPolygon parts;
                double sum = 0;
                for (const RegionRow *buurt : regions(vintage, "buurt")) {
                    if (buurt->parent != wijk->code)
                        continue;
                    sum += area(*buurt->geometry);
                    for (int i = 0; i < buurt->geometry->toMultiPolygon()->getNumGeometries(); ++i)
                        parts.addGeometry(buurt->geometry->toMultiPolygon()->getGeometryRef(i));
                }
                OGRGeometryUniquePtr merged(parts.UnionCascaded());
                QVERIFY(merged);
                const double wijkArea = area(*wijk->geometry);
                // No overlaps (the areas add up) and no gaps (the union is the wijk).
                WIJK_COMPARE_NEAR2(sum, wijkArea, 1e-5 * wijkArea, wijk->code);
                OGRGeometryUniquePtr difference(merged->SymDifference(wijk->geometry.get()));
                QVERIFY2(area(*difference) < 1.0, qPrintable(wijk->code));
                sumWijken += wijkArea;
            }
            const double gemeente = area(*regions(vintage, "gemeente").front()->geometry);
            WIJK_COMPARE_NEAR(sumWijken, gemeente, 1e-5 * gemeente);
            QVERIFY(gemeente > 20e6 && gemeente < 40e6); // a Dutch town of 20-40 km2
            OGREnvelope extent;
            regions(vintage, "gemeente").front()->geometry->getEnvelope(&extent);
            QVERIFY(extent.MinX > 0 && extent.MaxX < 300000 && extent.MinY > 300000 &&
                    extent.MaxY < 625000);
        }
    }

    void splitBuurtIsDividedBetweenItsSuccessors()
    {
        const RegionRow *old = find(2015, "BU99990903");
        QVERIFY(old && !find(2020, "BU99990903"));
        const RegionRow *a = find(2020, "BU99990906");
        const RegionRow *b = find(2020, "BU99990907");
        QVERIFY(a && b && !find(2015, "BU99990906") && !find(2015, "BU99990907"));
        WIJK_COMPARE_NEAR(area(*a->geometry) + area(*b->geometry), area(*old->geometry), 1.0);
        OGRGeometryUniquePtr joined(a->geometry->Union(b->geometry.get()));
        OGRGeometryUniquePtr difference(joined->SymDifference(old->geometry.get()));
        QVERIFY(area(*difference) < 1.0);
        // Unchanged regions carry the same code and geometry in both vintages.
        QVERIFY(
            find(2015, "BU99990101")->geometry->Equals(find(2020, "BU99990101")->geometry.get()));
    }

    void looksLikeATownNotAGrid()
    {
        // Buurten vary in size (dense centre, wide outskirts) and in shape.
        QVector<double> areas;
        QSet<int> vertexCounts;
        for (const RegionRow *buurt : regions(2015, "buurt")) {
            areas << area(*buurt->geometry);
            vertexCounts.insert(buurt->geometry->toMultiPolygon()
                                    ->getGeometryRef(0)
                                    ->getExteriorRing()
                                    ->getNumPoints());
        }
        std::sort(areas.begin(), areas.end());
        QVERIFY(areas.last() > 5 * areas.first());
        QVERIFY(vertexCounts.size() >= 8);
    }
};

QTEST_GUILESS_MAIN(TestDemoRegions)
#include "test_demo_regions.moc"
