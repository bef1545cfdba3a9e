// wijkmonitor-cli memo on the Demostad workspace: the PDF's pages and text, the .odt's
// content.xml (what Word and LibreOffice read), a theme, reproducible output, and no withheld
// number anywhere.
#include "test_reports_fixture.h"

#include <QFile>

using namespace wijk;

class TestCliMemo : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QSet<QString> mWithheld;

    QString path(const QString &name) const { return mDir.filePath(name); }
    test::CliResult memo(const QString &out, const QStringList &extra = {})
    {
        return test::runCli(QStringList{QStringLiteral("memo"), QStringLiteral("--workspace"),
                                        mWorkspace, QStringLiteral("--out"), path(out)} +
                            extra);
    }
    void checkContent(const QString &text) const
    {
        // The workspace by name; a team workspace's long location may wrap in the PDF's text,
        // its schema name does not.
        const QString shown = test::testingPostgres()
                                  ? workspace::parsePgLocation(mWorkspace).schema
                                  : test::workspaceShownAs(mWorkspace);
        QVERIFY2(text.contains(shown), qPrintable(shown));
        for (const QString &expected :
             {QStringLiteral("Samenvatting"), QStringLiteral("Signalen die het meest aandacht"),
              QStringLiteral("Grootste bewegers per thema"), QStringLiteral("Werkwijze"),
              QStringLiteral("q-waarde"), QStringLiteral("afgeschermd"),
              QStringLiteral("demostad-2025-001"),
              QStringLiteral("Wijkmonitor Workbench " WIJK_VERSION), QStringLiteral("Hoogkamp")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
        mWithheld = test::withheldNumbers(mWorkspace);
    }

    void pdfHasTheSectionsAndProvenance()
    {
        const test::CliResult result = memo(QStringLiteral("memo.pdf"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const int pages = test::pdfPages(path(QStringLiteral("memo.pdf")));
        QVERIFY2(pages >= 3 && pages <= 6, qPrintable(QString::number(pages)));
        QString text = test::pdfText(path(QStringLiteral("memo.pdf")));
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        checkContent(text);
        QVERIFY2(test::leakedNumbers(text, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(text, mWithheld).join(QLatin1Char(' '))));
    }

    void odtIsAnOpenDocumentWithTheSameText()
    {
        const test::CliResult result = memo(QStringLiteral("memo.odt"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString odt = path(QStringLiteral("memo.odt"));
        QCOMPARE(test::zipEntryText(odt, QStringLiteral("mimetype")),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString content = test::zipEntryText(odt, QStringLiteral("content.xml"));
        QVERIFY(content.startsWith(QStringLiteral("<?xml")));
        QVERIFY(content.contains(QStringLiteral("<table:table ")));
        QVERIFY(content.contains(QStringLiteral("<draw:image ")));
        QString text = content;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        checkContent(text);
        QVERIFY2(test::leakedNumbers(text, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(text, mWithheld).join(QLatin1Char(' '))));
        // Same input, same document.
        QVERIFY(memo(QStringLiteral("memo2.odt")).exitCode == 0);
        QCOMPARE(
            test::zipEntryText(path(QStringLiteral("memo2.odt")), QStringLiteral("content.xml")),
            content);
    }

    void themeNarrowsTheMemo()
    {
        const test::CliResult result = memo(QStringLiteral("inkomen.pdf"),
                                            {QStringLiteral("--theme"), QStringLiteral("inkomen")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QString text = test::pdfText(path(QStringLiteral("inkomen.pdf")));
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY(text.contains(QStringLiteral("Wijkmonitor Demostad: Inkomen")));
        QVERIFY(!text.contains(QStringLiteral("Stikstofdioxide")));
    }

    void badInputIsAClearError()
    {
        test::CliResult result =
            memo(QStringLiteral("x.pdf"), {QStringLiteral("--theme"), QStringLiteral("Sport")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("Sport")));
        result = memo(QStringLiteral("x.docx"));
        QCOMPARE(result.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMemo)
#include "test_cli_memo.moc"
