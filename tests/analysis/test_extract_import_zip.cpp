// Extracts delivered as .zip: read through /vsizip/, and the guards against entries that
// point outside the extract, symbolic links and zip bombs. Zips are made with libzip.
#include "import/extract_import.h"
#include "test_extract_import_support.h"
#include "test_zip.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>

using namespace wijk;
using namespace wijk::test;

namespace {
//! The valid extract's files as zip entries, under prefix.
std::vector<ZipEntry> validEntries(const QString &prefix = QString())
{
    std::vector<ZipEntry> entries;
    const QDir valid(dataPath(QStringLiteral("extracts/valid")));
    for (const QString &file : valid.entryList(QDir::Files))
        entries.push_back({prefix + file, readFile(valid.filePath(file))});
    return entries;
}
} // namespace

class TestExtractImportZip : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    import::ImportOutcome run(const QString &zip, import::ImportReport &report, qint64 limit = 0) {
        auto workspace = newWorkspace(mDir, QStringLiteral("zip.gpkg"));
    import::ImportRequest request;
    request.input = zip;
    if (limit > 0)
        request.maxUncompressedBytes = limit;
    const import::ImportOutcome outcome = import::importExtract(*workspace, request, report);
    if (outcome.status != import::ImportOutcome::Status::Imported) {
        mUnchanged = workspace->observationCount() == 0 && workspace->extracts().empty();
    }
    return outcome;
} bool mUnchanged = false;

private slots:
void initTestCase()
{
    QVERIFY(mDir.isValid());
}

void zipAtRootImports()
{
    const QString zip = mDir.filePath(QStringLiteral("valid.zip"));
    QVERIFY(makeZip(zip, validEntries()));
    import::ImportReport report;
    QVERIFY2(run(zip, report).status == import::ImportOutcome::Status::Imported,
             qPrintable(report.formatted().join('\n')));
}

void zipOfTheFolderImports()
{
    const QString zip = mDir.filePath(QStringLiteral("folder.zip"));
    QVERIFY(makeZip(zip, validEntries(QStringLiteral("hilversum-2025/"))));
    import::ImportReport report;
    QVERIFY2(run(zip, report).status == import::ImportOutcome::Status::Imported,
             qPrintable(report.formatted().join('\n')));
}

void zipWithRegionsGeoPackageImports()
{
    const QString folder = makeVariant(mDir, QString(), QStringLiteral("zipgpkg"));
    QVERIFY(convertRegions(folder, QStringLiteral("EPSG:28992")));
    std::vector<ZipEntry> entries;
    for (const char *file : {"manifest.json", "indicators.csv", "observations.csv", "regions.gpkg"})
        entries.push_back(
            {QString::fromLatin1(file), readFile(folder + '/' + QString::fromLatin1(file))});
    const QString zip = mDir.filePath(QStringLiteral("gpkg.zip"));
    QVERIFY(makeZip(zip, entries));
    import::ImportReport report;
    QVERIFY2(run(zip, report).status == import::ImportOutcome::Status::Imported,
             qPrintable(report.formatted().join('\n')));
}

void unsafeEntriesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("symlink");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dotdot") << "../evil.csv" << false
                            << "evil.zip: ../evil.csv: the zip entry points outside the "
                               "extract (absolute path or '..'); refused";
    QTest::newRow("nested dotdot") << "data/../../evil.csv" << false
                                   << "evil.zip: data/../../evil.csv: the zip entry points "
                                      "outside";
    QTest::newRow("absolute") << "/tmp/evil.csv" << false
                              << "evil.zip: /tmp/evil.csv: the zip entry points outside";
    QTest::newRow("symlink") << "observations.csv" << true
                             << "evil.zip: observations.csv: the zip entry is a symbolic "
                                "link; refused";
}
void unsafeEntriesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(bool, symlink);
    QFETCH(QString, expected);
    std::vector<ZipEntry> entries;
    for (ZipEntry &entry : validEntries()) {
        if (!(symlink && entry.name == name))
            entries.push_back(entry);
    }
    entries.push_back({name, symlink ? QByteArray("/etc/passwd") : QByteArray("x\n"), symlink});
    const QString zip = mDir.filePath(QStringLiteral("evil.zip"));
    QVERIFY(makeZip(zip, entries));
    import::ImportReport report;
    QCOMPARE(run(zip, report).status, import::ImportOutcome::Status::Failed);
    const QStringList lines = report.formatted();
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &line) { return line.startsWith(expected); }),
             qPrintable(lines.join('\n')));
    QVERIFY(mUnchanged);
}

void oversizedZipIsRefused()
{
    // A bomb in miniature: 10 MB of zeros compress to a few kB; the limit is lowered.
    std::vector<ZipEntry> entries = validEntries();
    entries.push_back({QStringLiteral("padding.bin"), QByteArray(10 * 1024 * 1024, '\0')});
    const QString zip = mDir.filePath(QStringLiteral("big.zip"));
    QVERIFY(makeZip(zip, entries));
    QVERIFY(QFileInfo(zip).size() < 100 * 1024);
    import::ImportReport report;
    QCOMPARE(run(zip, report, 5 * 1024 * 1024).status, import::ImportOutcome::Status::Failed);
    QVERIFY2(report.formatted().contains(QStringLiteral(
                 "big.zip: the zip declares that it unpacks to 10 MiB, more than the limit of 5 "
                 "MiB; refused")),
             qPrintable(report.formatted().join('\n')));
    QVERIFY(mUnchanged);
    // With the default limit (2 GiB) the same zip is fine (the extra file is ignored).
    import::ImportReport relaxed;
    QCOMPARE(run(zip, relaxed).status, import::ImportOutcome::Status::Imported);
}

// Issue 17: the guard read the declared sizes, and GDAL reads an entry to its end
// whatever its header says: a zip whose entry claimed 1 kB but inflated to 3 GB was
// read whole. The entry here claims 1,000 bytes and inflates to 10 MiB of valid rows.
void lyingEntrySizeIsCaughtWhileInflating()
{
    std::vector<ZipEntry> entries;
    QByteArray observations = readFile(dataPath(QStringLiteral("extracts/valid/observations.csv")));
    const QByteArray row("GM0402,inwoners,1999,1,\n");
    const QByteArray rows = row.repeated(10 * 1024 * 1024 / row.size());
    for (ZipEntry &entry : validEntries()) {
        if (entry.name == QLatin1String("observations.csv"))
            entry.data = observations + rows;
        entries.push_back(entry);
    }
    const QString zip = mDir.filePath(QStringLiteral("lying.zip"));
    QVERIFY(makeZip(zip, entries));
    QVERIFY(declareSize(zip, "observations.csv", 1000));
    QVERIFY(QFileInfo(zip).size() < 200 * 1024);
    import::ImportReport report;
    QCOMPARE(run(zip, report).status, import::ImportOutcome::Status::Failed);
    // One problem: the import stopped before any row was read.
    QCOMPARE(report.formatted(),
             QStringList(QStringLiteral(
                 "lying.zip: observations.csv: the zip entry unpacks to more than the 1000 "
                 "bytes its header declares: the zip is damaged or made to mislead; "
                 "refused")));
    QVERIFY(mUnchanged);
}

// Issue 17: an encrypted zip gave GDAL's raw "CRC error" lines, then "not valid JSON".
void encryptedZipIsNamed()
{
    std::vector<ZipEntry> entries = validEntries();
    for (ZipEntry &entry : entries)
        entry.encrypted = true;
    const QString zip = mDir.filePath(QStringLiteral("secret.zip"));
    QVERIFY(makeZip(zip, entries));
    import::ImportReport report;
    QCOMPARE(run(zip, report).status, import::ImportOutcome::Status::Failed);
    const QStringList lines = report.formatted();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().startsWith(QStringLiteral("secret.zip: ")) &&
                 lines.front().endsWith(QStringLiteral(
                     ": the zip is encrypted: this entry needs a password. Unpack the zip "
                     "with its password and import the folder; refused")),
             qPrintable(lines.join('\n')));
    QVERIFY(mUnchanged);
    // The format is recognised as an extract all the same, so that the CLI says why.
    QVERIFY(import::detectExtract(zip) > 0);
}

void unsafeZipIsDetectedAsAnExtract()
{
    std::vector<ZipEntry> entries = validEntries();
    entries.push_back({QStringLiteral("../evil.csv"), QByteArray("x\n")});
    const QString zip = mDir.filePath(QStringLiteral("unsafe.zip"));
    QVERIFY(makeZip(zip, entries));
    QVERIFY(import::detectExtract(zip) > 0);
}

void notAZipIsReported()
{
    const QString fake = mDir.filePath(QStringLiteral("fake.zip"));
    QVERIFY(writeFile(fake, "this is not a zip"));
    import::ImportReport report;
    QCOMPARE(run(fake, report).status, import::ImportOutcome::Status::Failed);
    QVERIFY2(report.formatted().join('\n').startsWith(
                 QStringLiteral("fake.zip: is not a readable zip file")),
             qPrintable(report.formatted().join('\n')));
}
}
;

QTEST_GUILESS_MAIN(TestExtractImportZip)
#include "test_extract_import_zip.moc"
