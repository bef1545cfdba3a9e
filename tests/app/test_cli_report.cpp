// wijkmonitor-cli report on the Demostad workspace: pages, the wijk's name and key figures in
// the PDF's text, a map that is not blank, one PDF per wijk or one with a table of contents,
// PDFs that differ only in their creation date, and no withheld number anywhere.
#include "reports/report_data.h"
#include "reports/report_format.h"
#include "reports/wijk_profile_content.h"
#include "test_reports_fixture.h"

#include <QDir>
#include <QFile>
#include <QImage>

using namespace wijk;

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QSet<QString> mWithheld;

    QString path(const QString &name) const { return mDir.filePath(name); }
    QStringList base() const
    {
        return {QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace};
    }
    static QByteArray withoutCreationDate(QByteArray pdf)
    {
        const int start = pdf.indexOf("/CreationDate (");
        if (start >= 0)
            pdf.remove(start, pdf.indexOf(')', start) - start + 1);
        return pdf;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
        mWithheld = test::withheldNumbers(mWorkspace);
        QVERIFY(!mWithheld.isEmpty());
    }

    void oneWijkHasItsNameKeyFiguresAndProvenance()
    {
        const test::CliResult result = test::runCli(
            base() + QStringList{QStringLiteral("--region"), QStringLiteral("WK999901"),
                                 QStringLiteral("--out"), path(QStringLiteral("centrum.pdf"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(path(QStringLiteral("centrum.pdf"))), 2);
        const QString text = test::pdfText(path(QStringLiteral("centrum.pdf")));
        QVERIFY(text.contains(QStringLiteral("Centrum")));
        QVERIFY(text.contains(QStringLiteral("WK999901")));
        QVERIFY(text.contains(QStringLiteral("Kerncijfers")));
        QVERIFY(text.contains(QStringLiteral("demostad-2025-001")));
        QVERIFY(text.contains(QStringLiteral("Wijkmonitor Workbench " WIJK_VERSION)));
        QVERIFY(text.contains(QStringLiteral("Binnenstad"))); // a buurt on the map

        // The key figures the engine gives, in Dutch notation, are in the text.
        QString error;
        const auto data = reports::ReportData::load(mWorkspace, &error);
        QVERIFY2(data, qPrintable(error));
        const int wijk = data->dataset().regionIndex(QStringLiteral("WK999901"));
        const reports::WijkProfileContent content = reports::buildWijkProfile(*data, wijk);
        QVERIFY(content.keyFigures.size() >= 8);
        int found = 0;
        for (const reports::KeyFigure &figure : content.keyFigures) {
            const Indicator &indicator = data->dataset().indicator(figure.indicator);
            if (!std::isfinite(figure.value))
                continue;
            const QString value = reports::formatValue(indicator, figure.value);
            QVERIFY2(text.contains(value.left(value.indexOf(QChar(0xa0)))), qPrintable(value));
            ++found;
        }
        QVERIFY(found >= 8);
        QVERIFY(text.contains(reports::printedNumber(content.keyFigures.front().value, 0)));
        QVERIFY2(test::leakedNumbers(text, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(text, mWithheld).join(QLatin1Char(' '))));
    }

    void mapIsNotBlank()
    {
        const QString pdf = path(QStringLiteral("centrum.pdf"));
        QVERIFY(QFile::exists(pdf));
        const QString prefix = path(QStringLiteral("page"));
        test::tool(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                    QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
        QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        // The map item: 15..119 mm across, 41..137 mm down an A4 page.
        const double pxPerMm = page.width() / 210.0;
        const QRect map(int(17 * pxPerMm), int(43 * pxPerMm), int(100 * pxPerMm),
                        int(92 * pxPerMm));
        QSet<QRgb> colours;
        int nonWhite = 0;
        for (int y = map.top(); y <= map.bottom(); ++y)
            for (int x = map.left(); x <= map.right(); ++x) {
                const QRgb pixel = page.pixel(x, y);
                colours.insert(pixel);
                // Drawn: the wijk's buurten and the faint neighbouring wijken (#f2f2f2) around
                // it, which fill the room the inset leaves beside the wijk.
                if (qGray(pixel) < 250)
                    ++nonWhite;
            }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY2(nonWhite > map.width() * map.height() / 3, qPrintable(QString::number(nonWhite)));
    }

    void allWijkenInOneDocumentWithContents()
    {
        const test::CliResult result =
            test::runCli(base() + QStringList{QStringLiteral("--all"), QStringLiteral("--out"),
                                              path(QStringLiteral("all.pdf"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(path(QStringLiteral("all.pdf"))), 1 + 11 * 2);
        const QString text = test::pdfText(path(QStringLiteral("all.pdf")));
        QVERIFY(text.contains(QStringLiteral("Inhoud")));
        for (const QString &name : {QStringLiteral("Centrum"), QStringLiteral("Oude Haven"),
                                    QStringLiteral("De Schans"), QStringLiteral("Vogelwijk")})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral("Oude Haven \\(WK999902\\)\\s+4"))));
        QVERIFY2(test::leakedNumbers(text, mWithheld).isEmpty(),
                 qPrintable(test::leakedNumbers(text, mWithheld).join(QLatin1Char(' '))));
    }

    void allWijkenOnePdfEach()
    {
        const QString dir = path(QStringLiteral("each"));
        const test::CliResult result = test::runCli(
            base() + QStringList{QStringLiteral("--all"), QStringLiteral("--out-dir"), dir});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(files.size(), 11);
        QVERIFY(files.contains(QStringLiteral("wijkprofiel-WK999908.pdf")));
        const QString schans =
            test::pdfText(QDir(dir).filePath(QStringLiteral("wijkprofiel-WK999908.pdf")));
        QVERIFY(schans.contains(QStringLiteral("De Schans")));
        QCOMPARE(test::pdfPages(QDir(dir).filePath(QStringLiteral("wijkprofiel-WK999908.pdf"))), 2);
    }

    void twoRunsDifferOnlyInCreationDate()
    {
        for (const QString &name : {QStringLiteral("run1.pdf"), QStringLiteral("run2.pdf")}) {
            const test::CliResult result = test::runCli(
                base() + QStringList{QStringLiteral("--region"), QStringLiteral("WK999904"),
                                     QStringLiteral("--out"), path(name)});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
        QFile a(path(QStringLiteral("run1.pdf")));
        QFile b(path(QStringLiteral("run2.pdf")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray left = a.readAll();
        QVERIFY(left.contains("/CreationDate"));
        QVERIFY(withoutCreationDate(left) == withoutCreationDate(b.readAll()));
    }

    void userTemplateFromDiskAndBadInput()
    {
        const QString shipped =
            test::dataPath(QStringLiteral("../../resources/layouts/wijkprofiel.qpt"));
        QVERIFY(QFile::exists(shipped));
        test::CliResult result = test::runCli(
            base() + QStringList{QStringLiteral("--region"), QStringLiteral("WK999902"),
                                 QStringLiteral("--template"), shipped, QStringLiteral("--out"),
                                 path(QStringLiteral("t.pdf"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(
            test::pdfText(path(QStringLiteral("t.pdf"))).contains(QStringLiteral("Oude Haven")));

        result = test::runCli(base() + QStringList{QStringLiteral("--region"),
                                                   QStringLiteral("WK123456"),
                                                   QStringLiteral("--out"), path("x.pdf")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("WK123456")));
        result = test::runCli(base() + QStringList{QStringLiteral("--all")});
        QCOMPARE(result.exitCode, 1);
        result =
            test::runCli(base() + QStringList{QStringLiteral("--all"), QStringLiteral("--template"),
                                              path(QStringLiteral("none.qpt")),
                                              QStringLiteral("--out"), path("x.pdf")});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
