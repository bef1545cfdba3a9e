// Format detection of the CBS, boundaries and long-table inputs through the import
// registry, and `wijkmonitor-cli import` with --format, --period and --metadata.
#include "import/importer.h"
#include "test_support.h"
#include "test_workspace_location.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace wijk;

namespace {
QString fixture(const char *name)
{
    return test::dataPath(QStringLiteral("cbs/") + QString::fromLatin1(name));
}

QString detected(const QString &path)
{
    const import::ImportFormat *format = import::detectImportFormat(path);
    return format ? format->name : QStringLiteral("(none)");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    // The assertions read the English messages; the CLI speaks Dutch by default.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WIJK_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(test::cliPath(), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestKwbImportCli : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void detection();
    void commandLine();
};

void TestKwbImportCli::registered()
{
    for (const char *name : {"cbs-kwb", "cbs-xlsx", "cbs-json", "cbs-odata", "boundaries", "long"})
        QVERIFY2(import::findImportFormat(QString::fromLatin1(name)), name);
}

void TestKwbImportCli::detection()
{
    QCOMPARE(detected(fixture("kwb-mini-2017.csv")), QStringLiteral("cbs-kwb"));
    QCOMPARE(detected(fixture("kwb-mini-2017-cp1252.csv")), QStringLiteral("cbs-kwb"));
    QCOMPARE(detected(fixture("kwb-mini-2017.xlsx")), QStringLiteral("cbs-xlsx"));
    QCOMPARE(detected(fixture("kwb-mini-2024-wijk.json")), QStringLiteral("cbs-json"));
    QCOMPARE(detected(fixture("wijken-mini-2020.geojson")), QStringLiteral("boundaries"));
    QCOMPARE(detected(fixture("wijken-mini-2014.topojson")), QStringLiteral("boundaries"));
    QCOMPARE(detected(fixture("kaart-mini-2021.gpkg")), QStringLiteral("boundaries"));
    QCOMPARE(detected(fixture("long-mini.csv")), QStringLiteral("long"));
    QCOMPARE(detected(fixture("long-plain.csv")), QStringLiteral("long"));
    QCOMPARE(detected(fixture("kwb-mini-2024-DataProperties.json")), QStringLiteral("(none)"));

    QTemporaryDir dir;
    QJsonObject row{{QStringLiteral("ID"), 0},
                    {QStringLiteral("WijkenEnBuurten"), QStringLiteral("GM0402    ")},
                    {QStringLiteral("AantalInwoners_5"), 94435}};
    const QString odata = dir.filePath(QStringLiteral("odata.json"));
    QFile file(odata);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("value"), QJsonArray{row}}}).toJson());
    file.close();
    QCOMPARE(detected(odata), QStringLiteral("cbs-odata"));
}

void TestKwbImportCli::commandLine()
{
    if (test::cliPath().isEmpty() || !QFileInfo::exists(test::cliPath()))
        QSKIP("wijkmonitor-cli is not built");
    QTemporaryDir dir;
    const QString ws = test::workspaceLocation(dir, QStringLiteral("ws.gpkg"));
    const QStringList kwbArgs{
        QStringLiteral("import"),     QStringLiteral("--workspace"), ws,
        fixture("kwb-mini-2017.csv"), QStringLiteral("--format"),    QStringLiteral("cbs-kwb"),
        QStringLiteral("--period"),   QStringLiteral("2017")};
    Run run = cli(kwbArgs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("Imported")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("kwb-mini-2017.csv:9")), qPrintable(run.err));

    run = cli(kwbArgs);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("nothing changed")), qPrintable(run.out));

    // Detected, with the catalogue named by --metadata; TableInfos found next to the file.
    run = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
               fixture("kwb-mini-2024-wijk.json"), QStringLiteral("--metadata"),
               fixture("kwb-mini-2024-DataProperties.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("cbs-85984NED-2024")), qPrintable(run.out));

    run = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
               fixture("wijken-mini-2020.geojson")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(QLatin1String("MakeValid")), qPrintable(run.err));

    run = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
               fixture("kwb-mini-2017-cp1252.csv"), QStringLiteral("--period"),
               QStringLiteral("2017")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("UTF-8")), qPrintable(run.err));

    run = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, fixture("long-bad.csv"),
               QStringLiteral("--metadata"), fixture("long-mini-indicators.csv")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("long-bad.csv:9: status")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestKwbImportCli)
#include "test_kwb_import_cli.moc"
