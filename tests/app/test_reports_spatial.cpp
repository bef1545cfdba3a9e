// Issue 15 in the reports, through wijkmonitor-cli on the Demostad workspace: the memo's
// "Waar het samenkomt" appears exactly when a mapped indicator's high values cluster among
// the buurten (and then says what `spatial` finds), and the peer group's median is a column
// of the memo's signal table and of the wijk profile's key figures; a workspace with a
// composite index gets a profile page with the wijk's theme scores against the gemeente.
#include "engine/composite_index.h"
#include "engine/workspace_loader.h"
#include "import/composed_indicator.h"
#include "reports/report_format.h"
#include "test_reports_fixture.h"
#include "workspace/workspace.h"

#include <cmath>

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

    void profileShowsTheCompositeThemeScores()
    {
        // The profile of a workspace without a composite index keeps its two pages.
        const QString plain = path(QStringLiteral("plain.pdf"));
        test::CliResult result =
            test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), mWorkspace,
                          QStringLiteral("--region"), QStringLiteral("WK999904"),
                          QStringLiteral("--out"), plain});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(plain), 2);
        QVERIFY(!test::pdfText(plain).contains(QStringLiteral("Over de index")));

        // A copy with an index over three themes.
        const QString withIndex = path(QStringLiteral("index.gpkg"));
        QVERIFY(QFile::copy(mWorkspace, withIndex));
        result = test::runCli(
            {QStringLiteral("index"), QStringLiteral("--workspace"), withIndex,
             QStringLiteral("--code"), QStringLiteral("wijkindex"), QStringLiteral("--name"),
             QStringLiteral("Wijkindex"), QStringLiteral("--level"), QStringLiteral("wijk"),
             QStringLiteral("--component"), QStringLiteral("ink_per_inwoner:2:Inkomen"),
             QStringLiteral("--component"), QStringLiteral("bijstand_per_1000:1:Inkomen"),
             QStringLiteral("--component"), QStringLiteral("misdrijven_per_1000:1:Veiligheid"),
             QStringLiteral("--component"), QStringLiteral("pct_groen:1:Klimaat")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString pdf = path(QStringLiteral("hoogt-index.pdf"));
        result = test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), withIndex,
                               QStringLiteral("--region"), QStringLiteral("WK999904"),
                               QStringLiteral("--out"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(pdf), 3);
        QString text = test::pdfText(pdf);
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(text.contains(QStringLiteral("Het Hoogt: Wijkindex")),
                 qPrintable(text.right(1500)));
        QVERIFY(text.contains(QStringLiteral("Over de index")));
        // The definition named, in the catalogue's words.
        QVERIFY(text.contains(QStringLiteral("Samengesteld door de Wijkmonitor Workbench")));
        QVERIFY(text.contains(QStringLiteral("bijstand_per_1000 (thema Inkomen, gewicht 1")));
        QVERIFY(text.contains(QStringLiteral("3 / 3")));

        // The figures are the engine's: the wijk's and the gemeente's index on the wijk scale.
        QString error;
        const auto workspace =
            workspace::Workspace::open(withIndex, workspace::Workspace::OpenMode::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        const engine::Dataset dataset = engine::loadDataset(*workspace, {});
        const auto definition = engine::CompositeDefinition::fromJson(
            import::composedDefinition(*workspace, QStringLiteral("wijkindex")), &error);
        QVERIFY2(definition, qPrintable(error));
        const int wijk = dataset.regionIndex(QStringLiteral("WK999904"));
        int p = dataset.periodCount() - 1; // the latest year with the wijk's index
        while (p > 0 && !std::isfinite(engine::compositeScore(dataset, *definition, wijk, p)))
            --p;
        const double index = engine::compositeScore(dataset, *definition, wijk, p);
        const double gemeente =
            engine::compositeScore(dataset, *definition, dataset.municipalityAt(wijk, p), p);
        QVERIFY(std::isfinite(index) && std::isfinite(gemeente));
        // The stored index is the same number.
        const int stored = dataset.indicatorIndex(QStringLiteral("wijkindex"));
        QVERIFY(std::abs(dataset.value(stored, wijk, p) - index) < 1e-9);
        const QString expected =
            QStringLiteral("Index %1: Het Hoogt %2, gemeente Demostad %3.")
                .arg(dataset.period(p))
                .arg(reports::printedNumber(index, 2), reports::printedNumber(gemeente, 2));
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" in ") + text.right(1200)));
    }
};

QTEST_GUILESS_MAIN(TestReportsSpatial)
#include "test_reports_spatial.moc"
