// The real CBS KWB files (../shared/data/cbs): the 2017 national CSV and the 2024 table as
// keyed JSON and as OData JSON, with DataProperties as catalogue.
#include "import/cbs_kwb_import.h"
#include "test_support.h"
#include "test_workspace_location.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wijk;

namespace {

//! Options for one KWB import.
import::cbs::KwbImportOptions kwb(const QString &path, const char *format, int period,
                                  const QStringList &metadata = {}){
    import::cbs::KwbImportOptions options;
options.path = path;
options.format = QString::fromLatin1(format);
options.period = period;
options.metadata = metadata;
return options;
} // namespace
QString cbsFile(const QString &name)
{
    return QDir(test::cbsDataDir()).absoluteFilePath(name);
}

//! Value of one region, indicator and period (NaN when absent).
double valueOf(const workspace::Workspace &ws, const QString &region, const QString &indicator,
               int period)
{
    for (const Observation &o : ws.observations({indicator})) {
        if (o.region == region && o.period == period)
            return o.value;
    }
    return std::nan("");
}

//! Writes the keyed 2024 JSON as CBS OData JSON ({"value": [{"WijkenEnBuurten": ...}]}).
QString writeOdata(const QString &keyedPath, const QString &dir)
{
    QFile in(keyedPath);
    in.open(QIODevice::ReadOnly);
    const QJsonObject keyed = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray rows;
    int id = 0;
    for (auto it = keyed.begin(); it != keyed.end(); ++it) {
        QJsonObject row = it.value().toObject();
        row.insert(QStringLiteral("ID"), id++);
        row.insert(QStringLiteral("WijkenEnBuurten"), it.key().leftJustified(10, QLatin1Char(' ')));
        row.insert(QStringLiteral("SoortRegio_2"), it.key().startsWith(QLatin1String("GM"))
                                                       ? QStringLiteral("Gemeente  ")
                                                       : QStringLiteral("Wijk      "));
        rows.append(row);
    }
    QJsonObject root;
    root.insert(QStringLiteral("odata.metadata"),
                QStringLiteral("https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata"));
    root.insert(QStringLiteral("value"), rows);
    const QString path = QDir(dir).absoluteFilePath(QStringLiteral("85984NED-odata.json"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return path;
}
} // namespace

class TestCbsKwb : public QObject
{
    Q_OBJECT

    QMap<QString, QByteArray> mInputsBefore;

private slots:
    // Inputs are never written: every CBS file has the same SHA-256 after the tests.
    void initTestCase() { mInputsBefore = test::checksumsOf(test::cbsDataDir()); }
    void cleanupTestCase() { QCOMPARE(test::checksumsOf(test::cbsDataDir()), mInputsBefore); }
    void nationalCsv2017();
    void keyedJson2024();
    void odataJson2024();
};

void TestCbsKwb::nationalCsv2017()
{
    WIJK_REQUIRE_CBS_DATA();
    QTemporaryDir dir;
    QString openError;
    auto ws = workspace::Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    const import::cbs::KwbImportOptions options =
        kwb(cbsFile(QStringLiteral("kwb-2017-nl.csv")), import::cbs::kFormatKwbCsv, 2017, {});
    import::ImportReport report;
    QElapsedTimer timer;
    timer.start();
    const auto result = import::cbs::importKwb(*ws, options, report);
    qInfo("2017 national CSV imported in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QVERIFY(!report.hasErrors());
    QCOMPARE(result.regions, 16667 - 0); // every row with a code, including Nuenen's empty ones
    QCOMPARE(valueOf(*ws, QStringLiteral("WK040206"), QStringLiteral("AantalInwoners"), 2017),
             20000.0);
    QCOMPARE(valueOf(*ws, QStringLiteral("NL00"), QStringLiteral("AantalInwoners"), 2017),
             17081507.0);

    int gemeenten = 0, land = 0, hilversumWijken = 0;
    for (const Region &r : ws->regions()) {
        gemeenten += r.level == RegionLevel::Gemeente;
        land += r.level == RegionLevel::Land;
        if (r.parent == QLatin1String("GM0402") && r.level == RegionLevel::Wijk)
            ++hilversumWijken;
    }
    QCOMPARE(gemeenten, 388);
    QCOMPARE(land, 1);
    QCOMPARE(hilversumWijken, 9);
    bool sawEmptyRow = false, sawRounded = false;
    for (const import::ImportProblem &p : report.problems()) {
        sawEmptyRow = sawEmptyRow || p.message.contains(QLatin1String("GM0820"));
        sawRounded = sawRounded || (p.field == QLatin1String("AantalInwoners_5") &&
                                    p.message.contains(QLatin1String("rounded")));
    }
    QVERIFY(sawEmptyRow);
    QVERIFY(sawRounded);
    // '.' is kept as a suppressed value, not as zero.
    bool sawSuppressed = false;
    for (const Observation &o : ws->observations({QStringLiteral("HuishoudensMetEenLaagInkomen")}))
        sawSuppressed = sawSuppressed || (o.region == QLatin1String("BU16800009") &&
                                          o.status == ValueStatus::Suppressed && !o.hasValue());
    QVERIFY(sawSuppressed);

    // The same file again changes nothing and says so.
    import::ImportReport again;
    const auto second = import::cbs::importKwb(*ws, options, again);
    QVERIFY(second.ok);
    QVERIFY(second.alreadyImported);
    QCOMPARE(second.extractId, result.extractId);
}

void TestCbsKwb::keyedJson2024()
{
    WIJK_REQUIRE_CBS_DATA();
    QTemporaryDir dir;
    QString openError;
    auto ws = workspace::Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    import::ImportReport report;
    const import::cbs::KwbImportOptions options =
        kwb(cbsFile(QStringLiteral("kwb-2024-gemeente-wijk.json")), import::cbs::kFormatKwbJson, 0,
            {cbsFile(QStringLiteral("kwb-2024-DataProperties.json"))});
    const auto result = import::cbs::importKwb(*ws, options, report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.period, 2024); // from kwb-2024-TableInfos.json next to the file
    QVERIFY(result.extractId.startsWith(QLatin1String("cbs-85984NED-2024-")));
    QCOMPARE(valueOf(*ws, QStringLiteral("WK040206"), QStringLiteral("AantalInwoners"), 2024),
             22310.0);
    bool found = false;
    for (const Indicator &i : ws->indicators()) {
        if (i.code == QLatin1String("AantalInwoners")) {
            found = true;
            QCOMPARE(i.name, QStringLiteral("Aantal inwoners"));
            QCOMPARE(i.theme, QStringLiteral("Bevolking"));
            QCOMPARE(i.kind, IndicatorKind::Count);
            QCOMPARE(i.unit, QStringLiteral("count"));
        }
    }
    QVERIFY(found);

    // Then the 2017 CSV into the same workspace: WK040206 has both years.
    import::ImportReport report2017;
    const import::cbs::KwbImportOptions csv =
        kwb(cbsFile(QStringLiteral("kwb-2017-nl.csv")), import::cbs::kFormatKwbCsv, 2017, {});
    QVERIFY(import::cbs::importKwb(*ws, csv, report2017).ok);
    QCOMPARE(valueOf(*ws, QStringLiteral("WK040206"), QStringLiteral("AantalInwoners"), 2017),
             20000.0);
    QCOMPARE(valueOf(*ws, QStringLiteral("WK040206"), QStringLiteral("AantalInwoners"), 2024),
             22310.0);
    for (const Indicator &i : ws->indicators()) {
        if (i.code == QLatin1String("AantalInwoners"))
            QCOMPARE(i.name, QStringLiteral("Aantal inwoners")); // not overwritten by defaults
    }
    for (int w = 1; w <= 9; ++w) {
        const QString code = QStringLiteral("WK0402%1").arg(w, 2, 10, QLatin1Char('0'));
        QVERIFY2(!std::isnan(valueOf(*ws, code, QStringLiteral("AantalInwoners"), 2017)),
                 qPrintable(code));
        QVERIFY2(!std::isnan(valueOf(*ws, code, QStringLiteral("AantalInwoners"), 2024)),
                 qPrintable(code));
    }
}

void TestCbsKwb::odataJson2024()
{
    WIJK_REQUIRE_CBS_DATA();
    QTemporaryDir dir;
    const QString odata =
        writeOdata(cbsFile(QStringLiteral("kwb-2024-gemeente-wijk.json")), dir.path());
    QCOMPARE(import::cbs::detectKwbJson(odata), import::cbs::KwbJsonShape::Odata);
    QCOMPARE(import::cbs::detectKwbJson(cbsFile(QStringLiteral("kwb-2024-gemeente-wijk.json"))),
             import::cbs::KwbJsonShape::Keyed);
    QString openError;
    auto ws = workspace::Workspace::open(test::workspaceLocation(dir, QStringLiteral("ws.gpkg")),
                                         workspace::Workspace::OpenMode::ReadWrite, &openError);
    QVERIFY2(ws, qPrintable(openError));
    import::ImportReport report;
    // TableInfos is found next to the DataProperties given (the OData file lies elsewhere).
    const import::cbs::KwbImportOptions options =
        kwb(odata, import::cbs::kFormatKwbOdata, 0,
            {cbsFile(QStringLiteral("kwb-2024-DataProperties.json"))});
    const auto result = import::cbs::importKwb(*ws, options, report);
    QVERIFY2(result.ok, qPrintable(report.formatted().join(QLatin1Char('\n'))));
    QCOMPARE(result.period, 2024);
    QCOMPARE(result.regions, 3735);
    QCOMPARE(valueOf(*ws, QStringLiteral("WK040206"), QStringLiteral("AantalInwoners"), 2024),
             22310.0);
    QCOMPARE(valueOf(*ws, QStringLiteral("GM0402"), QStringLiteral("Bevolkingsdichtheid"), 2024),
             2070.0);
}

QTEST_GUILESS_MAIN(TestCbsKwb)
#include "test_cbs_kwb.moc"
