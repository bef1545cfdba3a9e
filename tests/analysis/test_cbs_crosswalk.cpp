// The real CBS tables (../shared/data/cbs; skipped when absent): the national 2017 KWB CSV
// and the 2024 table, with a crosswalk of real 2017 -> 2024 cases. Haaren (GM0788) was
// divided among Oisterwijk, Vught, Boxtel and Tilburg in 2021: its wijk Esch (WK078803)
// went to Boxtel's WK075730 and WK075731 (weighed here by their 2024 inhabitants, 1,850
// and 355), Helvoirt (WK078802) to Vught's WK086503, Biezenmortel (WK078804) to Tilburg's
// WK085568, Haaren itself (WK078801) to Oisterwijk's WK082416. Hilversum's WK040201 is not
// in the file: unchanged.
#include "engine/harmonised_dataset.h"
#include "engine/workspace_loader.h"
#include "import/cbs_kwb_import.h"
#include "import/crosswalk_import.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/crosswalk_store.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace wijk;
using namespace wijk::import;
using namespace wijk::workspace;

namespace {

QString cbsFile(const char *name)
{
    return QDir(test::cbsDataDir()).absoluteFilePath(QString::fromLatin1(name));
}

} // namespace

class TestCbsCrosswalk : public QObject
{
    Q_OBJECT

private slots:
    void haarenOnThe2024Division()
    {
        WIJK_REQUIRE_CBS_DATA();
        QTemporaryDir dir;
        QString error;
        auto ws = Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                  Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        const QByteArray before = test::checksumOf(cbsFile("kwb-2017-nl.csv"));
        QElapsedTimer timer;
        timer.start();
        {
            cbs::KwbImportOptions options;
            options.path = cbsFile("kwb-2017-nl.csv");
            options.format = QString::fromLatin1(cbs::kFormatKwbCsv);
            options.period = 2017;
            ImportReport report;
            QVERIFY2(cbs::importKwb(*ws, options, report).ok,
                     qPrintable(report.formatted().join(QLatin1Char('\n'))));
        }
        const qint64 importMs = timer.elapsed();
        {
            cbs::KwbImportOptions options;
            options.path = cbsFile("kwb-2024-gemeente-wijk.json");
            options.format = QString::fromLatin1(cbs::kFormatKwbJson);
            options.metadata = QStringList{cbsFile("kwb-2024-DataProperties.json")};
            ImportReport report;
            QVERIFY2(cbs::importKwb(*ws, options, report).ok,
                     qPrintable(report.formatted().join(QLatin1Char('\n'))));
        }
        const QString crosswalk = test::writeFile(dir, "haaren-2017-2024.csv",
                                                  "from_code;to_code;weight\n"
                                                  "WK078801;WK082416;4760\n"
                                                  "WK078802;WK086503;4915\n"
                                                  "WK078803;WK075730;1850\n"
                                                  "WK078803;WK075731;355\n"
                                                  "WK078804;WK085568;1485\n"
                                                  "GM0788;GM0824;5690\n"
                                                  "GM0788;GM0865;4685\n"
                                                  "GM0788;GM0757;2120\n"
                                                  "GM0788;GM0855;1410\n");
        ImportReport report;
        import::CrosswalkImportOptions options;
        options.path = crosswalk;
        options.fromYear = 2017;
        options.toYear = 2024;
        const auto imported = import::importCrosswalk(*ws, options, report);
        QVERIFY2(imported.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
        QCOMPARE(imported.pairs, 9);
        QCOMPARE(imported.ignoredRows, 0);

        // Every indicator of both years, as the CLI loads them; the time is printed, not
        // asserted (docs/benchmarks.md holds no target figure for this small table).
        const engine::Dataset dataset = engine::loadDataset(*ws, {});
        timer.restart();
        const auto harmonised = engine::HarmonisedDataset::build(
            dataset, wijk::workspace::readCrosswalks(*ws, true), 2024);
        qInfo("2017 national CSV imported in %lld ms; all of the workspace moved onto the 2024 "
              "division in %lld ms",
              static_cast<long long>(importMs), static_cast<long long>(timer.elapsed()));
        const engine::Dataset &data = harmonised.data();
        const int i = data.indicatorIndex(QStringLiteral("AantalInwoners"));
        const int p = data.periodIndex(2017);
        const auto value = [&](const char *code) {
            return data.value(i, data.regionIndex(QLatin1String(code)), p);
        };
        const auto moved = [&](const char *code) {
            return harmonised.isMoved(i, data.regionIndex(QLatin1String(code)), p);
        };
        // Esch's 2,120 inhabitants of 2017, split 1,850 : 355.
        QVERIFY(qFuzzyCompare(value("WK075730"), 2120.0 * 1850 / 2205));
        QVERIFY(qFuzzyCompare(value("WK075731"), 2120.0 * 355 / 2205));
        QVERIFY(moved("WK075730"));
        QCOMPARE(value("WK086503"), 4685.0); // Helvoirt, whole
        QCOMPARE(value("WK085568"), 1410.0); // Biezenmortel, whole
        QVERIFY(moved("WK085568"));
        // Unchanged: passes through as delivered.
        QCOMPARE(value("WK040201"), 9400.0);
        QVERIFY(!moved("WK040201"));
        const auto rows = harmonised.levelValues(RegionLevel::Wijk, {i}, 2017);
        for (const engine::LevelValue &row : rows)
            if (data.region(row.region).code == QLatin1String("WK040201"))
                QVERIFY(!row.harmonised && !row.derived);
        // Haaren is gone from the 2024 division; its inhabitants are not.
        QCOMPARE(data.regionIndex(QStringLiteral("GM0788")), -1);
        const int s = dataset.periodIndex(2017);
        double old = 0, now = 0;
        for (const char *code : {"GM0824", "GM0865", "GM0757", "GM0855", "GM0788"})
            old += dataset.value(i, dataset.regionIndex(QLatin1String(code)), s);
        for (const char *code : {"GM0824", "GM0865", "GM0757", "GM0855"})
            now += value(code);
        QVERIFY2(qFuzzyCompare(old, now), qPrintable(QStringLiteral("%1 %2").arg(old).arg(now)));
        QCOMPARE(test::checksumOf(cbsFile("kwb-2017-nl.csv")), before);
    }
};

QTEST_GUILESS_MAIN(TestCbsCrosswalk)
#include "test_cbs_crosswalk.moc"
