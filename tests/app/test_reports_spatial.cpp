// Issue 15 in the reports, through wijkmonitor-cli on the Demostad workspace: the memo's
// "Waar het samenkomt" appears exactly when a mapped indicator's high values cluster among
// the buurten (and then says what `spatial` finds), and the peer group's median is a column
// of the memo's signal table and of the wijk profile's key figures.
#include "test_reports_fixture.h"

using namespace wijk;

class TestReportsSpatial : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;

    QString path(const QString &name) const { return mDir.filePath(name); }
    QString memoText(const QString &out, const QStringList &extra = {})
    {
        const test::CliResult result =
            test::runCli(QStringList{QStringLiteral("memo"), QStringLiteral("--workspace"),
                                     mWorkspace, QStringLiteral("--out"), path(out)} +
                         extra);
        if (result.exitCode != 0)
            return QStringLiteral("FAILED: ") + result.err;
        QString text = test::pdfText(path(out));
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        return text;
    }
    //! Whether `spatial` finds a high-high buurt with global p <= 0.05 for the indicator.
    bool clustersAmongBuurten(const QString &indicator)
    {
        const QString out = path(QStringLiteral("lisa-%1.csv").arg(indicator));
        const test::CliResult result =
            test::runCli({QStringLiteral("spatial"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--level"), QStringLiteral("buurt"),
                          QStringLiteral("--indicator"), indicator, QStringLiteral("--period"),
                          QStringLiteral("2024"), QStringLiteral("--out"), out});
        QFile file(out);
        if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return false;
        const bool highHigh = file.readAll().contains(",high-high,");
        const QRegularExpressionMatch p =
            QRegularExpression(QStringLiteral("p_sim=([0-9.e-]+)")).match(result.out);
        const QRegularExpressionMatch i =
            QRegularExpression(QStringLiteral("I=([-0-9.e]+)")).match(result.out);
        return highHigh && p.hasMatch() && p.captured(1).toDouble() <= 0.05 && i.hasMatch() &&
               i.captured(1).toDouble() > 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "wijkmonitor-cli is not built");
        mWorkspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!mWorkspace.isEmpty());
    }

    void memoSaysWhereItComesTogether()
    {
        // The demo's low incomes and benefits lie together among the buurten.
        QVERIFY(clustersAmongBuurten(QStringLiteral("bijstand_per_1000")));
        const QString text = memoText(QStringLiteral("memo.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Waar het samenkomt")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("De buurten met hoge waarden voor")));
        QVERIFY(text.contains(QStringLiteral("liggen geclusterd")));
        QVERIFY(text.contains(QStringLiteral("Moran's I")));
        QVERIFY(text.contains(QStringLiteral("Ruimtelijke clusters.")));
        // The signal table's peer column.
        QVERIFY(text.contains(QStringLiteral("Mediaan 10 vergelijkbare wijken")));
    }

    void memoWithoutAClusterSaysNothingAboutIt()
    {
        // Veiligheid's mapped indicators have no high-high buurten on the demo.
        QVERIFY(!clustersAmongBuurten(QStringLiteral("misdrijven_per_1000")));
        QVERIFY(!clustersAmongBuurten(QStringLiteral("onveiligheid")));
        const QString text = memoText(QStringLiteral("veiligheid.pdf"),
                                      {QStringLiteral("--theme"), QStringLiteral("Veiligheid")});
        QVERIFY2(text.contains(QStringLiteral("Veiligheid")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("Waar het samenkomt")));
        QVERIFY(!text.contains(QStringLiteral("Ruimtelijke clusters.")));
    }

    void profileHasThePeerMedianColumn()
    {
        const test::CliResult result =
            test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--region"), QStringLiteral("WK999901"),
                          QStringLiteral("--out"), path(QStringLiteral("centrum.pdf"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QString text = test::pdfText(path(QStringLiteral("centrum.pdf")));
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        // The header wraps in its narrow column.
        QVERIFY2(text.contains(QStringLiteral("10 vergel.")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Vergel. wijken")));
    }
};

QTEST_GUILESS_MAIN(TestReportsSpatial)
#include "test_reports_spatial.moc"
