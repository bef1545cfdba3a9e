// The extract importer on real fixture extracts (tests/data/extracts): the valid one, one
// malformed variant per validation rule, re-import, supersession, GeoPackage regions.
#include "engine/workspace_focus.h"
#include "engine/workspace_loader.h"
#include "import/extract_import.h"
#include "test_extract_import_support.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace wijk;
using namespace wijk::test;

class TestExtractImport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void validExtractImportsEverything()
    {
        auto workspace = newWorkspace(mDir, QStringLiteral("valid.gpkg"));
        import::ImportReport report;
        int progressCalls = 0;
        import::ImportRequest request;
        request.input = dataPath(QStringLiteral("extracts/valid"));
        request.progress = [&](qint64, qint64, const QString &) { ++progressCalls; };
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, report);
        QVERIFY2(outcome.status == import::ImportOutcome::Status::Imported,
                 qPrintable(report.formatted().join('\n')));
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.warningCount(), 0);
        QVERIFY(progressCalls > 0);
        QCOMPARE(outcome.extractId, QStringLiteral("hilversum-2025-03-01-001"));
        QCOMPARE(outcome.indicators, 5);
        QCOMPARE(outcome.regions, 6);
        QCOMPARE(outcome.observations, 60);

        QCOMPARE(workspace->name(), QStringLiteral("Hilversum"));
        QCOMPARE(workspace->observationCount(), 60);
        QCOMPARE(workspace->periods(), (std::vector<int>{2023, 2024}));
        const auto indicators = workspace->indicators();
        const auto ratio = std::find_if(indicators.begin(), indicators.end(),
                                        [](const Indicator &i) { return i.code == "pct_ouderen"; });
        QVERIFY(ratio != indicators.end());
        QCOMPARE(ratio->kind, IndicatorKind::Ratio);
        QCOMPARE(ratio->numerator, QStringLiteral("ouderen"));
        QCOMPARE(ratio->scale, 100.0);
        QCOMPARE(ratio->minN, 10);
        for (const Region &region : workspace->regions()) {
            QCOMPARE(region.vintage, 2024); // the latest period, as no vintage is given
            QVERIFY2(region.areaM2 > 1e6, qPrintable(region.code));
        }
        const QByteArray wkb = workspace->regionGeometryWkb(QStringLiteral("GM0402"), 2024);
        OGRGeometryH geometry = nullptr;
        QCOMPARE(OGR_G_CreateFromWkb(wkb.constData(), nullptr, &geometry, wkb.size()), OGRERR_NONE);
        OGREnvelope envelope;
        OGR_G_GetEnvelope(geometry, &envelope);
        OGR_G_DestroyGeometry(geometry);
        QVERIFY2(envelope.MinX > 130000 && envelope.MaxX < 150000, "RD New x of Hilversum");
        QVERIFY2(envelope.MinY > 460000 && envelope.MaxY < 480000, "RD New y of Hilversum");

        int suppressed = 0;
        for (const Observation &observation : workspace->observations()) {
            QCOMPARE(observation.extractId, outcome.extractId);
            if (observation.status == ValueStatus::Suppressed) {
                ++suppressed;
                QVERIFY(!observation.hasValue());
            }
        }
        QCOMPARE(suppressed, 1);
        const auto extracts = workspace->extracts();
        QCOMPARE(int(extracts.size()), 1);
        QVERIFY(extracts[0].manifestJson.contains("Datafundament gemeente Hilversum"));
        QCOMPARE(extracts[0].observationCount, 60);
    }

    //! The catalogue's min_reliable_n is read and stored; not given, the kind's default holds.
    //! A national extract names one gemeente in its manifest (the benchmark's GM0001) but
    //! holds the wijken of several: the workspace records no gemeente for it, so the window
    //! proposes no focus (engine::workspaceFocus); the manifest is kept as given.
    void anExtractOfSeveralGemeentenNamesNone()
    {
        const QString extract = makeVariant(mDir, QString(), QStringLiteral("national"));
        const QString regionsPath = extract + QStringLiteral("/regions.geojson");
        QJsonObject regions = QJsonDocument::fromJson(readFile(regionsPath)).object();
        QJsonArray features = regions.value(QStringLiteral("features")).toArray();
        const auto feature = [](const QString &code, const QString &level, const QString &parent,
                                double x) {
            const QJsonArray ring{QJsonArray{x, 52.3}, QJsonArray{x + 0.05, 52.3},
                                  QJsonArray{x + 0.05, 52.35}, QJsonArray{x, 52.35},
                                  QJsonArray{x, 52.3}};
            // Appended, not QJsonArray{ring}: a braced list of one QJsonArray copies it under
            // clang (the sanitizer build) and nests it under gcc.
            QJsonArray polygon;
            polygon.append(ring);
            return QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("code"), code},
                             {QStringLiteral("name"), code},
                             {QStringLiteral("level"), level},
                             {QStringLiteral("parent"),
                              parent.isEmpty() ? QJsonValue() : QJsonValue(parent)}}},
                {QStringLiteral("geometry"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                             {QStringLiteral("coordinates"), polygon}}}};
        };
        features.append(
            feature(QStringLiteral("GM0406"), QStringLiteral("gemeente"), QString(), 5.25));
        features.append(feature(QStringLiteral("WK040601"), QStringLiteral("wijk"),
                                QStringLiteral("GM0406"), 5.25));
        regions.insert(QStringLiteral("features"), features);
        QVERIFY(writeFile(regionsPath, QJsonDocument(regions).toJson()));
        QFile observations(extract + QStringLiteral("/observations.csv"));
        QVERIFY(observations.open(QIODevice::Append));
        observations.write("WK040601,inwoners,2024,1200,\n");
        observations.close();
        setManifestField(extract, QStringLiteral("extract_id"), QStringLiteral("national-001"));

        auto workspace = newWorkspace(mDir, QStringLiteral("national.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = extract;
        QVERIFY2(import::importExtract(*workspace, request, report).status ==
                     import::ImportOutcome::Status::Imported,
                 qPrintable(report.formatted().join('\n')));
        const auto extracts = workspace->extracts();
        QCOMPARE(int(extracts.size()), 1);
        QVERIFY(extracts.front().municipalityCode.isEmpty());
        QVERIFY(extracts.front().manifestJson.contains("GM0402"));
        const engine::Dataset dataset = engine::loadDataset(*workspace, {});
        QVERIFY(engine::RegionFocus::needsFocus(dataset));
        const engine::WorkspaceFocus focus = engine::workspaceFocus(*workspace, dataset);
        QVERIFY(!focus.focus.isSet());
        QCOMPARE(focus.origin, engine::FocusOrigin::None);

        // The extract of one gemeente still names it, and the workspace proposes it.
        auto single = newWorkspace(mDir, QStringLiteral("single.gpkg"));
        request.input = dataPath(QStringLiteral("extracts/valid"));
        QVERIFY(import::importExtract(*single, request, report).status ==
                import::ImportOutcome::Status::Imported);
        QCOMPARE(single->extracts().front().municipalityCode, QStringLiteral("GM0402"));
    }

    void minReliableNIsReadAndStored()
    {
        const QString input = makeVariant(mDir, QString(), QStringLiteral("reliable"));
        const QString path = input + QStringLiteral("/indicators.csv");
        QStringList lines =
            QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            line += line.startsWith(QLatin1String("code,")) ? QStringLiteral(",min_reliable_n")
                    : line.startsWith(QLatin1String("pct_ouderen,")) ? QStringLiteral(",50")
                                                                     : QStringLiteral(",");
        }
        writeFile(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        auto workspace = newWorkspace(mDir, QStringLiteral("reliable.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, report);
        QVERIFY2(outcome.status == import::ImportOutcome::Status::Imported,
                 qPrintable(report.formatted().join('\n')));
        QCOMPARE(report.warningCount(), 0); // a known column
        int checked = 0;
        for (const Indicator &indicator : workspace->indicators()) {
            if (indicator.code == QLatin1String("pct_ouderen")) {
                QCOMPARE(indicator.minReliableN, 50);
                QCOMPARE(indicator.reliableThreshold(), 50);
                ++checked;
            } else if (indicator.code == QLatin1String("inkomen")) { // a mean, not given
                QCOMPARE(indicator.minReliableN, -1);
                QCOMPARE(indicator.reliableThreshold(), 100);
                ++checked;
            } else if (indicator.code == QLatin1String("inwoners")) { // a count: never
                QCOMPARE(indicator.reliableThreshold(), 0);
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
    }

    void eachValidationRuleIsReported_data()
    {
        QTest::addColumn<QString>("variant");
        const QDir invalid(dataPath(QStringLiteral("extracts/invalid")));
        for (const QString &name : invalid.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name)) << name;
    }
    void eachValidationRuleIsReported()
    {
        QFETCH(QString, variant);
        const QString input = makeVariant(mDir, variant);
        auto workspace = newWorkspace(mDir, variant + QStringLiteral(".gpkg"));
        const QByteArray before = workspaceFingerprint(workspace->path());
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, report);
        const QStringList lines = report.formatted();
        QVERIFY2(outcome.status == import::ImportOutcome::Status::Failed,
                 qPrintable(lines.join('\n')));
        for (const QString &expected : expectedLines(variant)) {
            const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
                return line.startsWith(expected);
            });
            QVERIFY2(
                found,
                qPrintable(
                    QStringLiteral("expected: %1\nreported:\n%2").arg(expected, lines.join('\n'))));
        }
        // Nothing imported: the file is byte for byte what it was.
        QCOMPARE(workspace->observationCount(), 0);
        QVERIFY(workspace->extracts().empty());
        QVERIFY(workspace->regions().empty());
        QVERIFY(workspace->indicators().empty());
        workspace.reset();
        QCOMPARE(workspaceFingerprint(workspaceLocation(mDir, variant + QStringLiteral(".gpkg"))),
                 before);
    }

    void allProblemsAreReportedTogether()
    {
        // Two broken files at once: both show up.
        const QString input =
            makeVariant(mDir, QStringLiteral("negative-count"), QStringLiteral("both"));
        QFile::remove(input + QStringLiteral("/indicators.csv"));
        QFile::copy(
            dataPath(QStringLiteral("extracts/invalid/bad-indicator-fields/indicators.csv")),
            input + QStringLiteral("/indicators.csv"));
        auto workspace = newWorkspace(mDir, QStringLiteral("both.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Failed);
        const QString all = report.formatted().join('\n');
        QVERIFY2(all.contains(QStringLiteral("observations.csv:62: value: -3 is negative")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("indicators.csv:8: unit: 'kg'")), qPrintable(all));
        QVERIFY(report.errorCount() >= 8);
    }

    void unknownColumnsAreWarningsOnly()
    {
        const QString input = makeVariant(mDir, QString(), QStringLiteral("extra-column"));
        QFile file(input + QStringLiteral("/observations.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        file.close();
        for (int i = 0; i < lines.size(); ++i)
            lines[i] += i == 0 ? QStringLiteral(",remark") : QStringLiteral(",ok");
        writeFile(input + QStringLiteral("/observations.csv"), lines.join('\n').toUtf8() + "\n");
        auto workspace = newWorkspace(mDir, QStringLiteral("extra.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Imported);
        QCOMPARE(report.warningCount(), 1);
        QCOMPARE(report.formatted().join('\n'),
                 QStringLiteral("observations.csv:1: remark: warning: unknown column, ignored"));
        QCOMPARE(workspace->observationCount(), 60);
    }

    void matchingChecksumIsAccepted()
    {
        const QString input = makeVariant(mDir, QString(), QStringLiteral("checksum-ok"));
        setManifestChecksum(input, QStringLiteral("observations.csv"));
        auto workspace = newWorkspace(mDir, QStringLiteral("checksum.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Imported);
    }

    void reimportChangesNothingAndSaysSo()
    {
        auto workspace = newWorkspace(mDir, QStringLiteral("again.gpkg"));
        import::ImportRequest request;
        request.input = dataPath(QStringLiteral("extracts/valid"));
        import::ImportReport first;
        QCOMPARE(import::importExtract(*workspace, request, first).status,
                 import::ImportOutcome::Status::Imported);
        workspace.reset();
        const QByteArray before =
            workspaceFingerprint(workspaceLocation(mDir, QStringLiteral("again.gpkg")));
        QString openError;
        workspace =
            workspace::Workspace::open(workspaceLocation(mDir, QStringLiteral("again.gpkg")),
                                       workspace::Workspace::OpenMode::ReadWrite, &openError);
        QVERIFY2(workspace, qPrintable(openError));
        import::ImportReport second;
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, second);
        QCOMPARE(outcome.status, import::ImportOutcome::Status::AlreadyImported);
        QCOMPARE(outcome.extractId, QStringLiteral("hilversum-2025-03-01-001"));
        workspace.reset();
        QCOMPARE(workspaceFingerprint(workspaceLocation(mDir, QStringLiteral("again.gpkg"))),
                 before);
    }

    void laterExtractSupersedesPerValue()
    {
        auto workspace = newWorkspace(mDir, QStringLiteral("later.gpkg"));
        import::ImportRequest request;
        request.input = dataPath(QStringLiteral("extracts/valid"));
        import::ImportReport first;
        QCOMPARE(import::importExtract(*workspace, request, first).status,
                 import::ImportOutcome::Status::Imported);
        // A correction: only one value, no regions file (the workspace has them).
        const QString input = makeVariant(mDir, QString(), QStringLiteral("correction"));
        QFile::remove(input + QStringLiteral("/regions.geojson"));
        writeFile(input + QStringLiteral("/observations.csv"),
                  "region;indicator;period;value\nWK040201;inwoners;2024;50123\n"
                  "WK040201;inkomen;2025;37,25\n");
        setManifestField(input, QStringLiteral("extract_id"), QStringLiteral("correction-1"));
        setManifestField(input, QStringLiteral("created"), QStringLiteral("2025-06-01T00:00:00Z"));
        import::ImportReport second;
        request.input = input;
        const import::ImportOutcome outcome = import::importExtract(*workspace, request, second);
        QVERIFY2(outcome.status == import::ImportOutcome::Status::Imported,
                 qPrintable(second.formatted().join('\n')));
        QCOMPARE(workspace->observationCount(), 61);
        int fromCorrection = 0;
        for (const Observation &o :
             workspace->observations({QStringLiteral("inwoners"), QStringLiteral("inkomen")})) {
            if (o.region == "WK040201" && o.period == 2024 && o.indicator == "inwoners") {
                QCOMPARE(o.value, 50123.0);
                QCOMPARE(o.extractId, QStringLiteral("correction-1"));
            } else if (o.region == "WK040201" && o.period == 2025) {
                QCOMPARE(o.value, 37.25);
            } else {
                QCOMPARE(o.extractId, QStringLiteral("hilversum-2025-03-01-001"));
            }
            fromCorrection += o.extractId == QStringLiteral("correction-1");
        }
        QCOMPARE(fromCorrection, 2);
        QCOMPARE(int(workspace->extracts().size()), 2);
        QCOMPARE(workspace->periods(), (std::vector<int>{2023, 2024, 2025}));
    }

    void geoPackageRegionsAreRead()
    {
        const QString input = makeVariant(mDir, QString(), QStringLiteral("gpkg"));
        QVERIFY(convertRegions(input, QStringLiteral("EPSG:28992")));
        QFile::remove(input + QStringLiteral("/regions.geojson"));
        auto workspace = newWorkspace(mDir, QStringLiteral("gpkg.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        QVERIFY2(import::importExtract(*workspace, request, report).status ==
                     import::ImportOutcome::Status::Imported,
                 qPrintable(report.formatted().join('\n')));
        QCOMPARE(int(workspace->regions().size()), 6);
    }

    void geoPackageWithoutCrsIsRefused()
    {
        const QString input = makeVariant(mDir, QString(), QStringLiteral("gpkg-nocrs"));
        QVERIFY(convertRegions(input, QString()));
        QFile::remove(input + QStringLiteral("/regions.geojson"));
        auto workspace = newWorkspace(mDir, QStringLiteral("nocrs.gpkg"));
        import::ImportReport report;
        import::ImportRequest request;
        request.input = input;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Failed);
        QVERIFY2(report.formatted().contains(
                     QStringLiteral("regions.gpkg: has no coordinate reference system; store the "
                                    "regions with one (e.g. EPSG:28992)")),
                 qPrintable(report.formatted().join('\n')));
    }

    void cancellingRollsBack()
    {
        auto workspace = newWorkspace(mDir, QStringLiteral("cancel.gpkg"));
        std::atomic_bool cancel{true};
        import::ImportReport report;
        import::ImportRequest request;
        request.input = dataPath(QStringLiteral("extracts/valid"));
        request.cancel = &cancel;
        QCOMPARE(import::importExtract(*workspace, request, report).status,
                 import::ImportOutcome::Status::Cancelled);
        QVERIFY(workspace->extracts().empty());
        QCOMPARE(workspace->observationCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExtractImport)
#include "test_extract_import.moc"
