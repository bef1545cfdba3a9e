// The Demostad demo extract passes the extract importer's validation and lands in a
// workspace whole: both region vintages, every indicator and every observation.
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;

class TestDemoImport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(mDir.isValid());
        QString error;
        QVERIFY2(demo::writeDemoExtract(mDir.filePath(QStringLiteral("demo")), &error),
                 qPrintable(error));
    }

    void importsIntoAnEmptyWorkspace()
    {
        QString error;
        auto workspace =
            workspace::Workspace::open(test::workspaceLocation(mDir, QStringLiteral("demo.gpkg")),
                                       workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        import::ImportRequest request;
        request.input = mDir.filePath(QStringLiteral("demo"));
        QCOMPARE(import::detectExtract(request.input), 100);
        import::ImportReport report;
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, report);
        QVERIFY2(outcome.status == import::ImportOutcome::Status::Imported,
                 qPrintable(report.formatted().join('\n')));
        QCOMPARE(report.errorCount(), 0);
        QVERIFY2(report.warningCount() == 0,
                 qPrintable(report.formatted().join(QLatin1Char('\n'))));
        QCOMPARE(outcome.extractId, QStringLiteral("demostad-2025-001"));
        QCOMPARE(outcome.indicators, 42);
        QCOMPARE(workspace->name(), QStringLiteral("Demostad"));

        // Both vintages: 1 + 11 + 52 regions in 2015, 1 + 11 + 53 in 2020.
        int vintage2015 = 0, vintage2020 = 0;
        QSet<QString> codes;
        for (const Region &region : workspace->regions()) {
            vintage2015 += region.vintage == 2015;
            vintage2020 += region.vintage == 2020;
            codes.insert(region.code);
            QVERIFY2(region.areaM2 > 0, qPrintable(region.code));
        }
        QCOMPARE(vintage2015, 64);
        QCOMPARE(vintage2020, 65);
        QVERIFY(codes.contains(QStringLiteral("BU99990903")) &&
                codes.contains(QStringLiteral("BU99990907")));

        std::vector<int> years;
        for (int year = 2015; year <= 2024; ++year)
            years.push_back(year);
        QCOMPARE(workspace->periods(), years);
        QFile observations(mDir.filePath(QStringLiteral("demo/observations.csv")));
        QVERIFY(observations.open(QIODevice::ReadOnly));
        const qint64 rows = observations.readAll().count('\n') - 1;
        QCOMPARE(workspace->observationCount(), rows);
        QCOMPARE(outcome.observations, rows);

        // Importing the same extract again changes nothing.
        import::ImportReport again;
        QCOMPARE(import::importExtract(*workspace, request, again).status,
                 import::ImportOutcome::Status::AlreadyImported);
        QCOMPARE(workspace->observationCount(), rows);
    }
};

QTEST_GUILESS_MAIN(TestDemoImport)
#include "test_demo_import.moc"
