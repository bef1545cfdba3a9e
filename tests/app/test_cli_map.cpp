// wijkmonitor-cli map as a user runs it: the Demostad extract imported into a workspace,
// then maps of every mode in every format, and clear exit codes for bad input.
#include "demo/demo_extract.h"
#include "import/extract_import.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;

class TestCliMap : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    Result run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("map"));
        QProcess process;
        process.start(test::cliPath(), arguments);
        if (!process.waitForFinished(180000))
            return {-1, QString(), QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QStringList base(const QString &out)
    {
        return {QStringLiteral("--workspace"), mWorkspace,
                QStringLiteral("--indicator"), QStringLiteral("pct_laag_inkomen"),
                QStringLiteral("--period"),    QStringLiteral("2024"),
                QStringLiteral("--out"),       mDir.filePath(out)};
    }
    //! WIJK_MAPS_TEST_OUT=<folder> keeps the maps for a look.
    static void keep(const QString &path)
    {
        const QString folder = qEnvironmentVariable("WIJK_MAPS_TEST_OUT");
        if (!folder.isEmpty()) {
            QFile::remove(QDir(folder).filePath(QFileInfo(path).fileName()));
            QFile::copy(path, QDir(folder).filePath(QFileInfo(path).fileName()));
        }
    }
    static int colourCount(const QString &png)
    {
        const QImage image(png);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        return colours.size();
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        QString error;
        const QString extract = mDir.filePath(QStringLiteral("demo"));
        QVERIFY2(demo::writeDemoExtract(extract, &error), qPrintable(error));
        mWorkspace = test::workspaceLocation(mDir, QStringLiteral("ws.gpkg"));
        auto workspace = workspace::Workspace::open(
            mWorkspace, workspace::Workspace::OpenMode::ReadWrite, &error);
        QVERIFY2(workspace, qPrintable(error));
        import::ImportRequest request;
        request.input = extract;
        import::ImportReport report;
        QVERIFY(import::importExtract(*workspace, request, report).status ==
                import::ImportOutcome::Status::Imported);
    }
    void valueMapAsPng()
    {
        const Result result = run(base(QStringLiteral("value.png")) +
                                  QStringList{QStringLiteral("--labels"), QStringLiteral("value")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral(" van 11 gebieden")), qPrintable(result.err));
        keep(mDir.filePath(QStringLiteral("value.png")));
        QVERIFY(colourCount(mDir.filePath(QStringLiteral("value.png"))) > 30);
    }
    void pdfCarriesTitleAndSource()
    {
        const QString pdf = mDir.filePath(QStringLiteral("value.pdf"));
        const Result result = run(base(QStringLiteral("value.pdf")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        keep(pdf);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            QSKIP("pdftotext is not available");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Aandeel huishoudens met laag inkomen")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("demostad-2025-001")));
        QVERIFY(text.contains(QStringLiteral("Hoogkamp")));
    }
    void trendMapSaysWhatItApplies()
    {
        // The same classes as the window (one ChoroplethLayer::apply): on each side of 0,
        // the unit per year in the legend.
        const QString pdf = mDir.filePath(QStringLiteral("trend-woz.pdf"));
        QStringList args = base(QStringLiteral("trend-woz.pdf"));
        args[3] = QStringLiteral("woz_gem");
        const Result result =
            run(args + QStringList{QStringLiteral("--mode"), QStringLiteral("trend")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        keep(pdf);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            QSKIP("pdftotext is not available");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("kwantielen per kant van 0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("× € 1.000 per jaar")), qPrintable(text));
        // Every wijk's WOZ rises significantly: rising classes only, the first from 0.
        QVERIFY2(text.contains(QStringLiteral("\n0,0 – ")), qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x2212)), qPrintable(text));
    }
    void everyModeAndFormat_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::newRow("change") << QStringList{"--mode", "change", "--from", "2015"}
                                << "change.png";
        QTest::newRow("trend") << QStringList{"--mode", "trend", "--level", "buurt"}
                               << "trend-buurt.png";
        QTest::newRow("signals") << QStringList{"--mode", "signals"} << "signals.png";
        QTest::newRow("box") << QStringList{"--method", "box", "--level", "buurt"} << "box.png";
        QTest::newRow("manual") << QStringList{"--breaks", "8,10,12"} << "manual.svg";
        QTest::newRow("jenks") << QStringList{"--method", "jenks", "--classes", "4"} << "jenks.pdf";
    }
    void everyModeAndFormat()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        const Result result = run(base(file) + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString path = mDir.filePath(file);
        QVERIFY(QFileInfo(path).size() > 1000);
        keep(path);
        if (file.endsWith(QLatin1String(".png")))
            QVERIFY(colourCount(path) > 20);
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("method") << QStringList{"--method", "fancy"} << "--method";
        QTest::newRow("mode") << QStringList{"--mode", "bubbles"} << "--mode";
        QTest::newRow("classes") << QStringList{"--classes", "12"} << "--classes";
        QTest::newRow("breaks") << QStringList{"--breaks", "1,x"} << "'x'";
        QTest::newRow("level") << QStringList{"--level", "provincie"} << "--level";
    }
    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        const Result result = run(base(QStringLiteral("x.png")) + options);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(run({QStringLiteral("--workspace"), mWorkspace}).exitCode, 1); // no --out
        QCOMPARE(run({QStringLiteral("--out"), QStringLiteral("x.bmp")}).exitCode, 1);
    }
    void badInput()
    {
        Result result = run(base(QStringLiteral("x.png")) +
                            QStringList{QStringLiteral("--indicator"), QStringLiteral("nope")});
        QCOMPARE(result.exitCode, 1); // two indicators
        QStringList args = base(QStringLiteral("x.png"));
        args[3] = QStringLiteral("nope");
        result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("nope")), qPrintable(result.err));
        args = base(QStringLiteral("x.png"));
        args[5] = QStringLiteral("1990");
        result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("1990")), qPrintable(result.err));
        args = base(QStringLiteral("x.png"));
        args[1] = mDir.filePath(QStringLiteral("missing.gpkg"));
        QCOMPARE(run(args).exitCode, 2);
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("--method")));
    }
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "test_cli_map.moc"
