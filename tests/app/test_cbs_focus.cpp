// The focus on real CBS files (issue 19): the national workspace (KWB 2017 for the whole
// country, KWB 2024 gemeenten and wijken, the wijk boundaries of 2017) opened with focus
// GM0402 shows Hilversum's nine wijken in map, ranking and table, the trend chart over the
// real years, and unambiguous names; the same state from the command line's --screenshot
// JSON. Skips without ../shared/data/cbs; the shared files are read through copies and
// their checksums checked.
#include "charts/ranking_chart.h"
#include "charts/trend_chart.h"
#include "gui/focus_controller.h"
#include "gui/focus_prompt.h"
#include "gui/main_window.h"
#include "map/map_view.h"
#include "qgis_test_main.h"
#include "region_labels.h"
#include "reports/profile_charts.h"
#include "reports/report_data.h"
#include "table/values_table_model.h"
#include "table/values_table_view.h"
#include "test_reports_fixture.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <qgsmapcanvas.h>
#include <qgspallabeling.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace wijk;

class TestCbsFocus : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QMap<QString, QByteArray> mSharedChecksums;

    QString copyOf(const QString &name) { return test::cbsCopy(mDir, name); }
    static QStringList sorted(QStringList codes)
    {
        codes.sort();
        return codes;
    }
    //! Runs wijkmonitor-cli; its standard output.
    QByteArray cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(test::cliPath(), arguments);
        if (!process.waitForFinished(300000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return QByteArray("FAILED");
        }
        return process.readAllStandardOutput();
    }

    //! The region_name of a region's first row in a values CSV (empty when absent).
    static QString nameIn(const QByteArray &csv, const QByteArray &code)
    {
        for (const QByteArray &line : csv.split('\n'))
            if (line.startsWith(code + ','))
                return QString::fromUtf8(line.split(',').value(1));
        return QString();
    }

private slots:
    void initTestCase()
    {
        initResources();
        WIJK_REQUIRE_CBS_DATA();
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mSharedChecksums = test::checksumsOf(test::cbsDataDir());
        mWorkspace = mDir.filePath(QStringLiteral("nl.gpkg"));
        const QStringList imports[] = {
            {copyOf(QStringLiteral("kwb-2017-nl.csv")), QStringLiteral("--format"),
             QStringLiteral("cbs-kwb"), QStringLiteral("--period"), QStringLiteral("2017")},
            {copyOf(QStringLiteral("kwb-2024-gemeente-wijk.json")), QStringLiteral("--metadata"),
             copyOf(QStringLiteral("kwb-2024-DataProperties.json")), QStringLiteral("--period"),
             QStringLiteral("2024")},
            {copyOf(QStringLiteral("wijken-2017.gpkg"))}};
        for (const QStringList &import : imports)
            QVERIFY(cli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                    mWorkspace} +
                        import) != "FAILED");
    }

    void hilversumInFocus()
    {
        WIJK_REQUIRE_CBS_DATA();
        gui::MainWindow window;
        window.focusController()->setGiven({QStringLiteral("GM0402")});
        QVERIFY(window.openWorkspace(mWorkspace));
        QVERIFY(window.focusController()->isActive());
        window.setCurrentIndicator(QStringLiteral("AantalInwoners"));
        window.setCurrentLevel(RegionLevel::Wijk);
        window.setCurrentPeriod(2017);

        // 2017: Hilversum's nine wijken, on the boundaries of 2017.
        widgets::MapView *map = window.mapView();
        QVERIFY2(map->message().isEmpty(), qPrintable(map->message()));
        QVERIFY(map->regionLayer());
        QCOMPARE(int(map->regionLayer()->featureCount()), 9);
        for (const QString &code : test::hilversumWijken())
            QVERIFY2(map->featureId(code) != FID_NULL, qPrintable(code));
        QVERIFY(!map->legendTitle().contains(QStringLiteral("grenzen")));
        // The wijken carry their names at the scale the focus is drawn at: the label scale
        // limit is the nine wijken's, not hiding them as for the whole country's 3,070.
        const QgsVectorLayer *labels = maps::regionLabelLayer(map->regionLayer());
        QVERIFY(labels && labels->labelsEnabled() && labels->labeling());
        const QgsPalLayerSettings settings = labels->labeling()->settings();
        QVERIFY2(!settings.scaleVisibility || map->canvas()->scale() < settings.minimumScale,
                 qPrintable(QStringLiteral("1:%1 beyond 1:%2")
                                .arg(map->canvas()->scale())
                                .arg(settings.minimumScale)));

        // The ranking and the table list exactly those nine, by unambiguous names.
        QCOMPARE(sorted(window.rankingChart()->orderedCodes()), test::hilversumWijken());
        QSet<QString> names;
        for (const QString &code : window.rankingChart()->orderedCodes())
            names.insert(window.rankingChart()->labelOf(code));
        QCOMPARE(names.size(), 9);
        QStringList tableCodes;
        QSet<QString> tableNames;
        for (const widgets::TableRow &row : window.tableView()->model()->tableData().rows) {
            tableCodes << row.code;
            tableNames.insert(row.name);
        }
        QCOMPARE(sorted(tableCodes), test::hilversumWijken());
        QCOMPARE(tableNames.size(), 9);

        // Nothing selected: the trend chart shows the focus gemeente over the data's years.
        QVERIFY(window.selection()->selected().isEmpty());
        QCOMPARE(window.trendChart()->firstYear(), 2017);
        QCOMPARE(window.trendChart()->lastYear(), 2024);
        const auto &series = window.trendChart()->data().series;
        QVERIFY(std::any_of(series.begin(), series.end(), [](const widgets::TrendSeries &line) {
            return line.code == QLatin1String("GM0402") && !line.reference;
        }));

        // 2024: no boundaries of 2024; the wijken on 2017's with the legend saying so, or
        // the plain message.
        window.setCurrentPeriod(2024);
        if (map->message().isEmpty()) {
            QVERIFY(map->regionLayer());
            QCOMPARE(int(map->regionLayer()->featureCount()), 9);
            QVERIFY2(map->legendTitle().contains(QStringLiteral("grenzen 2017")),
                     qPrintable(map->legendTitle()));
        } else {
            QCOMPARE(map->message(), QStringLiteral("Geen grenzen voor de indeling van 2024"));
        }

        // "Heel Nederland" is one click away, and back.
        window.focusController()->wholeCountryAction()->trigger();
        window.setCurrentPeriod(2017);
        QCOMPARE(int(map->regionLayer()->featureCount()), 3070);
        QVERIFY(window.rankingChart()->orderedCodes().size() <=
                widgets::charts::RankingChart::kMostBars);
        window.focusController()->wholeCountryAction()->trigger();
        QCOMPARE(int(map->regionLayer()->featureCount()), 9);
    }

    //! Bellingwedde (GM0007) merged into Westerwolde in 2018: not in 2024's division. The
    //! window opens on 2017, where its wijken are, and in 2024 says why the map is empty
    //! (before: 2024, a blank map, "geen gebieden met een code en een geometrie").
    void aFocusMergedAwayOpensOnItsLastYear()
    {
        WIJK_REQUIRE_CBS_DATA();
        gui::MainWindow window;
        window.focusController()->setGiven({QStringLiteral("GM0007")});
        QVERIFY(window.openWorkspace(mWorkspace));
        QVERIFY(window.focusController()->isActive());
        QCOMPARE(window.currentLevel(), RegionLevel::Wijk);
        QCOMPARE(window.currentPeriod(), 2017);
        widgets::MapView *map = window.mapView();
        QVERIFY2(map->message().isEmpty(), qPrintable(map->message()));
        QVERIFY(map->regionLayer());
        QVERIFY(map->regionLayer()->featureCount() > 0);
        window.setCurrentPeriod(2024);
        QCOMPARE(map->message(),
                 QStringLiteral("Bellingwedde heeft geen wijken in de indeling van 2024 (wel in "
                                "2017)"));
        QVERIFY(!map->regionLayer());
    }

    //! A wijk profile of the national workspace: drawn on the boundaries of 2017 (2024 has
    //! none; before, the profile failed with "geen gebieden … vintage = 2024"), of the
    //! wijk's own gemeente (before: "Gemeente Amsterdam", the gemeente with the most wijken)
    //! and ranked among that gemeente's wijken (before: 27 of the country's 3,393).
    void aWijkProfileIsOfItsOwnGemeente()
    {
        WIJK_REQUIRE_CBS_DATA();
        const QString out = mDir.filePath(QStringLiteral("oost.pdf"));
        QVERIFY(cli({QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace,
                     QStringLiteral("--region"), QStringLiteral("WK040206"),
                     QStringLiteral("--out"), out}) != "FAILED");
        const QString text = test::pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("GEMEENTE HILVERSUM")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("van Hilversum")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Amsterdam")), qPrintable(text));
        // No buurt boundaries here: the caption says what the map shows.
        QVERIFY2(text.contains(QStringLiteral("geen buurtgrenzen")), qPrintable(text));
        // The ranking (a picture in the PDF): Hilversum's nine wijken, not a cut of the
        // country's.
        QString error;
        const auto data = reports::ReportData::load(mWorkspace, &error);
        QVERIFY2(data, qPrintable(error));
        reports::ChartRequest request;
        request.wijk = data->dataset().regionIndex(QStringLiteral("WK040206"));
        request.indicator = data->dataset().indicatorIndex(QStringLiteral("AantalInwoners"));
        request.sizeMm = QSizeF(90, 70);
        request.trend = false;
        const std::unique_ptr<QtCharts::QChart> chart = reports::buildProfileChart(*data, request);
        const auto *ranking = dynamic_cast<const widgets::charts::RankingChart *>(chart.get());
        QVERIFY(ranking);
        QCOMPARE(sorted(ranking->orderedCodes()), test::hilversumWijken());
    }

    void namesCarryTheirGemeenteNationally()
    {
        WIJK_REQUIRE_CBS_DATA();
        const QStringList values = {QStringLiteral("values"),
                                    QStringLiteral("--workspace"),
                                    mWorkspace,
                                    QStringLiteral("--level"),
                                    QStringLiteral("wijk"),
                                    QStringLiteral("--indicator"),
                                    QStringLiteral("AantalInwoners"),
                                    QStringLiteral("--period"),
                                    QStringLiteral("2017"),
                                    QStringLiteral("--out"),
                                    QStringLiteral("-")};
        // The whole country's wijken: Hilversum's wijk names occur in other gemeenten too
        // ("Wijk 01"), so they carry their gemeente.
        QCOMPARE(nameIn(cli(values), "WK040201").endsWith(QLatin1String(" (Hilversum)")), true);
        // With the focus, only Hilversum's nine, whose names alone are unambiguous.
        const QByteArray focused =
            cli(values + QStringList{QStringLiteral("--focus"), QStringLiteral("GM0402")});
        QCOMPARE(focused.trimmed().split('\n').size(), 1 + 9);
        QVERIFY(!nameIn(focused, "WK040201").isEmpty());
        QVERIFY(!nameIn(focused, "WK040201").contains(QLatin1String("(Hilversum)")));
    }

    void focusIsRememberedWithTheWorkspace()
    {
        WIJK_REQUIRE_CBS_DATA();
        QCOMPARE(cli({QStringLiteral("focus"), QStringLiteral("--workspace"), mWorkspace,
                      QStringLiteral("GM0402")})
                     .trimmed(),
                 QByteArray("GM0402\tHilversum"));
        gui::MainWindow window;
        QVERIFY(window.openWorkspace(mWorkspace));
        QCOMPARE(window.focusController()->origin(), engine::FocusOrigin::Stored);
        QCOMPARE(window.focusController()->focus().gemeenten(), QStringList{"GM0402"});
        QVERIFY(cli({QStringLiteral("focus"), QStringLiteral("--workspace"), mWorkspace,
                     QStringLiteral("--clear")}) != "FAILED");
    }

    //! The CBS files name no gemeente: the first open proposes no focus and offers "Kies je
    //! gemeente" (or the whole country); either choice is remembered, so the next open asks
    //! no more.
    void theNationalWorkspaceAsksForAGemeenteOnce()
    {
        WIJK_REQUIRE_CBS_DATA();
        const auto promptOf = [](const gui::MainWindow &window) {
            return window.findChild<gui::FocusPrompt *>(QStringLiteral("focusPrompt"));
        };
        {
            gui::MainWindow window;
            QVERIFY(window.openWorkspace(mWorkspace));
            QCOMPARE(window.focusController()->origin(), engine::FocusOrigin::None);
            QVERIFY(!window.focusController()->focus().isSet());
            gui::FocusPrompt *prompt = promptOf(window);
            QVERIFY(prompt);
            QVERIFY(!prompt->isHidden());
            QVERIFY2(prompt->gemeenteBox()->count() > 300,
                     qPrintable(QString::number(prompt->gemeenteBox()->count())));
            prompt->gemeenteBox()->setCurrentIndex(
                prompt->gemeenteBox()->findData(QStringLiteral("GM0402")));
            prompt->showButton()->click();
            QVERIFY(prompt->isHidden());
            QCOMPARE(window.focusController()->focus().gemeenten(), QStringList{"GM0402"});
            QCOMPARE(window.tableView()->model()->rowCount(), 9); // Hilversum's wijken
        }
        {
            gui::MainWindow window;
            QVERIFY(window.openWorkspace(mWorkspace));
            QCOMPARE(window.focusController()->origin(), engine::FocusOrigin::Stored);
            QVERIFY(promptOf(window)->isHidden());
        }
        QVERIFY(cli({QStringLiteral("focus"), QStringLiteral("--workspace"), mWorkspace,
                     QStringLiteral("--clear")}) != "FAILED");
        {
            gui::MainWindow window;
            QVERIFY(window.openWorkspace(mWorkspace));
            QVERIFY(!promptOf(window)->isHidden());
            promptOf(window)->wholeCountryButton()->click();
            QVERIFY(promptOf(window)->isHidden());
            QVERIFY(!window.focusController()->focus().isSet());
        }
        {
            gui::MainWindow window;
            QVERIFY(window.openWorkspace(mWorkspace));
            QVERIFY(promptOf(window)->isHidden());
            QVERIFY(!window.focusController()->focus().isSet());
            QVERIFY(window.tableView()->model()->rowCount() > 3000); // every gemeente's wijken
        }
        QVERIFY(cli({QStringLiteral("focus"), QStringLiteral("--workspace"), mWorkspace,
                     QStringLiteral("--clear")}) != "FAILED");
    }

    void screenshotStateFromTheCommandLine()
    {
        WIJK_REQUIRE_CBS_DATA();
        const QString gui = QStringLiteral(WIJK_GUI_PATH);
        if (gui.isEmpty())
            QSKIP("wijkmonitor is not built");
        const QString shot = mDir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), mDir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), mDir.filePath(QStringLiteral("cfg")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(gui, {mWorkspace, QStringLiteral("--focus"), QStringLiteral("GM0402"),
                            QStringLiteral("--level"), QStringLiteral("wijk"),
                            QStringLiteral("--period"), QStringLiteral("2017"),
                            QStringLiteral("--indicator"), QStringLiteral("AantalInwoners"),
                            QStringLiteral("--select"), QStringLiteral("WK040206"),
                            QStringLiteral("--screenshot"), shot});
        QVERIFY(process.waitForFinished(300000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(shot + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject map = state.value(QStringLiteral("map")).toObject();
        QCOMPARE(map.value(QStringLiteral("level")).toString(), QStringLiteral("wijk"));
        QCOMPARE(map.value(QStringLiteral("year")).toInt(), 2017);
        QCOMPARE(map.value(QStringLiteral("boundaries_year")).toInt(), 2017);
        QCOMPARE(map.value(QStringLiteral("features_drawn")).toInt(), 9);
        QCOMPARE(map.value(QStringLiteral("message")).toString(), QString());
        QStringList ranking;
        for (const QJsonValue &code : state.value(QStringLiteral("ranking"))
                                          .toObject()
                                          .value(QStringLiteral("regions"))
                                          .toArray())
            ranking << code.toString();
        QCOMPARE(sorted(ranking), test::hilversumWijken());
        const QJsonObject trend = state.value(QStringLiteral("trend")).toObject();
        QCOMPARE(trend.value(QStringLiteral("first_year")).toInt(), 2017);
        QCOMPARE(trend.value(QStringLiteral("last_year")).toInt(), 2024);
        QCOMPARE(
            state.value(QStringLiteral("table")).toObject().value(QStringLiteral("rows")).toInt(),
            9);
        QCOMPARE(state.value(QStringLiteral("focus"))
                     .toObject()
                     .value(QStringLiteral("gemeenten"))
                     .toArray(),
                 QJsonArray{QStringLiteral("GM0402")});
    }

    void cleanupTestCase()
    {
        if (!test::cbsDataDir().isEmpty())
            QCOMPARE(test::checksumsOf(test::cbsDataDir()), mSharedChecksums);
    }
};

WIJK_QGIS_TEST_MAIN(TestCbsFocus)
#include "test_cbs_focus.moc"
