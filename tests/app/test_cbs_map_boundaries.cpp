// Boundaries by year on the real CBS files (docs/maps.md): KWB 2017 for the whole country,
// KWB 2024 (gemeenten and wijken) and the wijk boundaries of 2017. Skips without ../shared.
#include "gui/main_window.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <qgsvectorlayer.h>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestCbsMapBoundaries : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    QString copyOf(const QString &name) { return test::cbsCopy(mDir, name); }

private slots:
    void initTestCase()
    {
        initResources();
        WIJK_REQUIRE_CBS_DATA();
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = mDir.filePath(QStringLiteral("nl.gpkg"));
        const QStringList imports[] = {
            {copyOf(QStringLiteral("kwb-2017-nl.csv")), QStringLiteral("--format"),
             QStringLiteral("cbs-kwb"), QStringLiteral("--period"), QStringLiteral("2017")},
            {copyOf(QStringLiteral("kwb-2024-gemeente-wijk.json")), QStringLiteral("--metadata"),
             copyOf(QStringLiteral("kwb-2024-DataProperties.json")), QStringLiteral("--period"),
             QStringLiteral("2024")},
            {copyOf(QStringLiteral("wijken-2017.gpkg"))}};
        for (const QStringList &import : imports) {
            QProcess process;
            process.start(test::cliPath(), QStringList{QStringLiteral("import"),
                                                       QStringLiteral("--workspace"), mWorkspace} +
                                               import);
            QVERIFY(process.waitForFinished(300000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        }
    }

    void hilversumIn2017And2024()
    {
        WIJK_REQUIRE_CBS_DATA();
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        window.setCurrentIndicator(QStringLiteral("AantalInwoners"));
        window.setCurrentLevel(RegionLevel::Wijk);
        window.setCurrentPeriod(2017);
        widgets::MapView *map = window.mapView();
        QVERIFY2(map->message().isEmpty(), qPrintable(map->message()));
        QVERIFY(map->regionLayer());
        QCOMPARE(map->regionLayer()->featureCount(), 3070); // the wijken of 2017
        for (const QString &code : test::hilversumWijken())
            QVERIFY2(map->featureId(code) != FID_NULL, qPrintable(code));
        QVERIFY(!map->legendTitle().contains(QStringLiteral("grenzen")));

        // No boundaries of 2024 in the workspace: 2017's with the legend saying so, or the
        // plain message; never SQL, never a blank canvas.
        window.setCurrentPeriod(2024);
        if (map->message().isEmpty()) {
            QVERIFY(map->regionLayer());
            for (const QString &code : test::hilversumWijken())
                QVERIFY2(map->featureId(code) != FID_NULL, qPrintable(code));
            QVERIFY2(map->legendTitle().contains(QStringLiteral("grenzen 2017")),
                     qPrintable(map->legendTitle()));
        } else {
            QCOMPARE(map->message(), QStringLiteral("Geen grenzen voor de indeling van 2024"));
        }
    }
};

WIJK_QGIS_TEST_MAIN(TestCbsMapBoundaries)
#include "test_cbs_map_boundaries.moc"
