// A finished map sheet from the shipped template, exported to PNG, SVG and PDF: files that
// are not blank, carry the title, and come out the same twice.
#include "choropleth_layer.h"
#include "compare_near.h"
#include "map_export.h"
#include "map_layout.h"
#include "maps_fixture.h"
#include "maps_resources.h"
#include "qgis_test_main.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace wijk;

class TestMapExport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mGpkg;
    std::unique_ptr<maps::ChoroplethLayer> mMap;
    QgsProject mProject;

    std::unique_ptr<QgsPrintLayout> layout()
    {
        maps::MapLayoutText text;
        text.title = QStringLiteral("Testindicator per wijk");
        text.subtitle = QStringLiteral("Wijken, 2024");
        text.legendTitle = QStringLiteral("Aandeel (%)");
        text.source = maps::sourceLine(QStringLiteral("CBS"), QStringLiteral("test-001"));
        QString error;
        auto result = maps::createMapLayout(&mProject, {mMap->layer()}, mMap->regions().extentOf(),
                                            text, &error);
        if (!result)
            qWarning() << error;
        return result;
    }

    //! WIJK_MAPS_TEST_OUT=<folder> keeps the exported files for a look.
    static void keep(const QString &path)
    {
        const QString folder = qEnvironmentVariable("WIJK_MAPS_TEST_OUT");
        if (!folder.isEmpty())
            QFile::copy(path, QDir(folder).filePath(QFileInfo(path).fileName()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mGpkg = test::writeRegionsGeoPackage(mDir.path());
        maps::ChoroplethSpec spec;
        spec.polarity = Polarity::LowerIsBetter;
        QString error;
        mMap = maps::ChoroplethLayer::create(
            maps::RegionSource::workspace(mGpkg, RegionLevel::Wijk, 2024), test::sampleValues(),
            spec, &error);
        QVERIFY2(mMap, qPrintable(error));
    }
    void templateIsShipped()
    {
        QVERIFY(QFile::exists(maps::defaultMapTemplate()));
        QString error;
        auto loaded = maps::loadLayoutTemplate(&mProject, QString(), &error);
        QVERIFY2(loaded, qPrintable(error));
        for (const char *id : {"title", "subtitle", "map", "legend", "scalebar", "north", "source"})
            QVERIFY2(loaded->itemById(QString::fromLatin1(id)), id);
        QVERIFY(!maps::loadLayoutTemplate(&mProject, QStringLiteral("/nope.qpt"), &error));
        QVERIFY(error.contains(QStringLiteral("/nope.qpt")));
    }
    void legendListsClassesAndWithheld()
    {
        auto sheet = layout();
        QVERIFY(sheet);
        auto *legend =
            qobject_cast<QgsLayoutItemLegend *>(sheet->itemById(QStringLiteral("legend")));
        QVERIFY(legend);
        QCOMPARE(legend->title(), QStringLiteral("Aandeel (%)"));
        QCOMPARE(legend->model()->rootGroup()->findLayers().size(), 1);
        auto *map = qobject_cast<QgsLayoutItemMap *>(sheet->itemById(QStringLiteral("map")));
        const QgsRectangle regions = mMap->regions().extentOf();
        QVERIFY2(map->extent().contains(regions),
                 qPrintable(map->extent().toString() + QStringLiteral(" / ") + regions.toString()));
    }
    void pngIsNotBlank()
    {
        auto sheet = layout();
        const QString path = mDir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(maps::exportLayout(sheet.get(), path, {}, &error), qPrintable(error));
        keep(path);
        QImage image(path);
        QVERIFY(!image.isNull());
        WIJK_COMPARE_NEAR(image.width(), 297 / 25.4 * 150, 1.0); // A4 landscape at 150 dpi
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        // A region's class colour is on the map: the darkest YlOrRd class.
        bool sawDarkRed = false;
        for (QRgb c : colours)
            sawDarkRed |= qRed(c) > 150 && qGreen(c) < 60 && qBlue(c) < 60;
        QVERIFY(sawDarkRed);
        // Same layout, same pixels.
        const QString again = mDir.filePath(QStringLiteral("again.png"));
        QVERIFY(maps::exportLayout(sheet.get(), again, {}, &error));
        QCOMPARE(QImage(again), image);
    }
    void pngShowsRegionLabels()
    {
        // The layout draws the label layer of the choropleth (createMapLayout adds it): the
        // sheet with name labels has more near-black grey (text) pixels than without.
        const auto darkPixels = [this](const QString &name) {
            auto sheet = layout();
            auto *map = qobject_cast<QgsLayoutItemMap *>(sheet->itemById(QStringLiteral("map")));
            if (!map || !map->layers().contains(mMap->labelLayer()))
                return -1;
            const QString path = mDir.filePath(name);
            QString error;
            if (!maps::exportLayout(sheet.get(), path, {}, &error))
                return -1;
            keep(path);
            const QImage image(path);
            int dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb c = image.pixel(x, y);
                    const int spread = std::max({qRed(c), qGreen(c), qBlue(c)}) -
                                       std::min({qRed(c), qGreen(c), qBlue(c)});
                    dark += qGray(c) < 80 && spread < 24 ? 1 : 0;
                }
            }
            return dark;
        };
        QString error;
        maps::ChoroplethSpec spec = mMap->spec();
        spec.labels = maps::LabelContent::None;
        QVERIFY(mMap->apply(test::sampleValues(), spec, &error));
        const int without = darkPixels(QStringLiteral("no-labels.png"));
        spec.labels = maps::LabelContent::Name;
        QVERIFY(mMap->apply(test::sampleValues(), spec, &error));
        const int with = darkPixels(QStringLiteral("labels.png"));
        QVERIFY(without >= 0);
        QVERIFY2(with > without + 600,
                 qPrintable(QStringLiteral("%1 / %2").arg(with).arg(without)));
    }
    void pdfHasTitleAndIsReproducible()
    {
        auto sheet = layout();
        const QString a = mDir.filePath(QStringLiteral("a.pdf"));
        const QString b = mDir.filePath(QStringLiteral("b.pdf"));
        QString error;
        QVERIFY2(maps::exportLayout(sheet.get(), a, {}, &error), qPrintable(error));
        keep(a);
        QVERIFY(maps::exportLayout(sheet.get(), b, {}, &error));
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray da = fa.readAll(), db = fb.readAll();
        QVERIFY(da.startsWith("%PDF-"));
        QRegularExpression date(QStringLiteral("/CreationDate \\(D:[0-9+\\-Z']*\\)"));
        QString sa = QString::fromLatin1(da), sb = QString::fromLatin1(db);
        sa.remove(date);
        sb.remove(date);
        QCOMPARE(sa.size(), sb.size());
        QVERIFY2(sa == sb, "PDFs differ beyond their creation date");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {a, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            QSKIP("pdftotext is not available");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Testindicator per wijk")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("test-001")));
        QVERIFY(text.contains(maps::missingLabel()));
        QVERIFY(text.contains(maps::suppressedLabel()));
    }
    void svgIsWritten()
    {
        auto sheet = layout();
        const QString path = mDir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(maps::exportLayout(sheet.get(), path, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<path"));
    }
    void badPathsAreReported()
    {
        auto sheet = layout();
        QString error;
        QVERIFY(
            !maps::exportLayout(sheet.get(), mDir.filePath(QStringLiteral("map.bmp")), {}, &error));
        QVERIFY(error.contains(QStringLiteral(".pdf")));
        QVERIFY(!maps::exportLayout(sheet.get(), QStringLiteral("/no/such/folder/map.pdf"), {},
                                    &error));
        QVERIFY(error.contains(QStringLiteral("/no/such/folder")));
    }
};

WIJK_QGIS_TEST_MAIN(TestMapExport)
#include "test_map_export.moc"
