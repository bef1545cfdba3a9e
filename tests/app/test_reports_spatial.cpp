// Issue 15 in the reports, through wijkmonitor-cli on the Demostad workspace: the memo's
// "Waar het samenkomt" appears exactly when a mapped indicator's high values cluster among
// the buurten (and then says what `spatial` finds), and the peer group's median is a column
// of the memo's signal table and of the wijk profile's key figures; a workspace with a
// composite index of wijken gets a third profile page with the wijk's theme scores against
// the gemeente's, on a page of its own.
#include "engine/composite_index.h"
#include "import/composed_indicator.h"
#include "qgis_test_main.h"
#include "reports/report_data.h"
#include "reports/report_format.h"
#include "reports/wijk_profile_content.h"
#include "reports/wijk_profile_layout.h"
#include "test_reports_fixture.h"

#include <cmath>
#include <qgslayoutitem.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>

using namespace wijk;

class TestReportsSpatial : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QTemporaryDir mIndexDir; //!< a second demo workspace, with a composite index of wijken
    QString mIndexWorkspace;

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

    //! The demo again (same file name, so the profile's provenance reads the same), with an
    //! index over three themes.
    void defineACompositeIndex()
    {
        QVERIFY(mIndexDir.isValid());
        mIndexWorkspace = test::makeDemoWorkspace(mIndexDir);
        QVERIFY(!mIndexWorkspace.isEmpty());
        const test::CliResult result = test::runCli(
            {QStringLiteral("index"), QStringLiteral("--workspace"), mIndexWorkspace,
             QStringLiteral("--code"), QStringLiteral("wijkindex"), QStringLiteral("--name"),
             QStringLiteral("Wijkindex"), QStringLiteral("--level"), QStringLiteral("wijk"),
             QStringLiteral("--component"), QStringLiteral("ink_per_inwoner:2:Inkomen"),
             QStringLiteral("--component"), QStringLiteral("bijstand_per_1000:1:Inkomen"),
             QStringLiteral("--component"), QStringLiteral("misdrijven_per_1000:1:Veiligheid"),
             QStringLiteral("--component"), QStringLiteral("pct_groen:1:Klimaat")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void profileShowsTheCompositeThemeScores()
    {
        QVERIFY(!mIndexWorkspace.isEmpty());
        const auto report = [](const QString &workspace, const QString &pdf) {
            return test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--region"), QStringLiteral("WK999904"),
                                 QStringLiteral("--out"), pdf});
        };
        const auto pageText = [](const QString &pdf, int page) {
            QString text = QString::fromUtf8(test::tool(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")}));
            text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            // The workspace's name (a team workspace's schema differs) and "page / pages".
            text.replace(QRegularExpression(QStringLiteral("werkruimte [^;]+;")),
                         QStringLiteral("werkruimte WS;"));
            text.replace(QRegularExpression(QStringLiteral("\\b(\\d) ?/ ?\\d\\b")),
                         QStringLiteral("\\1 / N"));
            return text;
        };
        // Without an index the profile keeps its two pages.
        const QString plain = path(QStringLiteral("plain.pdf"));
        test::CliResult result = report(mWorkspace, plain);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(plain), 2);
        QVERIFY(!test::pdfText(plain).contains(QStringLiteral("Over de index")));

        const QString pdf = path(QStringLiteral("hoogt-index.pdf"));
        result = report(mIndexWorkspace, pdf);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(test::pdfPages(pdf), 3);
        // The charts page is the same page as without the index (nothing drawn over it).
        const QString chartsPage = pageText(pdf, 2);
        QCOMPARE(chartsPage, pageText(plain, 2));
        QVERIFY(!chartsPage.contains(QStringLiteral("Over de index")));

        const QString text = pageText(pdf, 3);
        QVERIFY2(text.contains(QStringLiteral("Het Hoogt: Wijkindex")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Over de index")));
        QVERIFY(text.contains(QStringLiteral("3 / N")));
        for (const char *theme : {"Inkomen", "Veiligheid", "Klimaat"})
            QVERIFY2(text.contains(QLatin1String(theme)), theme);
        // The definition named: the indicators with their weights, the scaling.
        QVERIFY2(text.contains(QStringLiteral("Misdrijven per 1000 inwoners (1; lager is beter)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Gemiddeld inkomen per inwoner (2);")));
        QVERIFY(text.contains(QStringLiteral("z-score")));
        QVERIFY(text.contains(QStringLiteral("Samengesteld door de Wijkmonitor Workbench")));

        // The scores are the engine's: the wijk's and the gemeente's on the wijk scale.
        QString error;
        const std::unique_ptr<reports::ReportData> data =
            reports::ReportData::load(mIndexWorkspace, &error);
        QVERIFY2(data, qPrintable(error));
        const engine::Dataset &dataset = data->dataset();
        const auto definition = engine::CompositeDefinition::fromJson(
            import::composedDefinition(data->workspace(), QStringLiteral("wijkindex")), &error);
        QVERIFY2(definition, qPrintable(error));
        const int wijk = dataset.regionIndex(QStringLiteral("WK999904"));
        QVERIFY(wijk >= 0);
        int p = dataset.periodCount() - 1; // the latest year with the wijk's index
        while (p > 0 && !std::isfinite(engine::compositeScore(dataset, *definition, wijk, p)))
            --p;
        const int gemeente = dataset.municipalityAt(wijk, p);
        QVERIFY(text.contains(QStringLiteral("Het Hoogt: Wijkindex %1").arg(dataset.period(p))));
        const auto wijkScores = engine::themeScores(dataset, *definition, wijk, p);
        const auto gemeenteScores = engine::themeScores(dataset, *definition, gemeente, p);
        QCOMPARE(int(wijkScores.size()), 3);
        for (size_t t = 0; t < wijkScores.size(); ++t) {
            QVERIFY(std::isfinite(wijkScores[t].second) && std::isfinite(gemeenteScores[t].second));
            // The table's row: the wijk's score, then the gemeente's.
            const QString scores =
                QStringLiteral("%1 %2").arg(reports::printedNumber(wijkScores[t].second, 2),
                                            reports::printedNumber(gemeenteScores[t].second, 2));
            QVERIFY2(text.contains(scores), qPrintable(wijkScores[t].first + QStringLiteral(": ") +
                                                       scores + QStringLiteral(" in ") + text));
        }
        const double index = engine::compositeScore(dataset, *definition, wijk, p);
        const double reference = engine::compositeScore(dataset, *definition, gemeente, p);
        const QString indexRow =
            QStringLiteral("alle indicatoren samen, naar hun gewicht %1 %2")
                .arg(reports::printedNumber(index, 2), reports::printedNumber(reference, 2));
        QVERIFY2(text.contains(indexRow), qPrintable(indexRow + " in " + text));
        // The stored index is the same number.
        const int stored = dataset.indicatorIndex(QStringLiteral("wijkindex"));
        QVERIFY(std::abs(dataset.value(stored, wijk, p) - index) < 1e-9);
    }

    //! Every item lies within the page it is on; the index page's items are on the third page
    //! and do not overlap; the first two pages keep their items where the template has them.
    void compositePageItemsLieOnTheirOwnPage()
    {
        QVERIFY(!mIndexWorkspace.isEmpty());
        QString error;
        const std::unique_ptr<reports::ReportData> plainData =
            reports::ReportData::load(mWorkspace, &error);
        QVERIFY2(plainData, qPrintable(error));
        const std::unique_ptr<reports::ReportData> data =
            reports::ReportData::load(mIndexWorkspace, &error);
        QVERIFY2(data, qPrintable(error));
        auto plain = reports::WijkProfileLayout::create(*plainData, QString(), &error);
        QVERIFY2(plain, qPrintable(error));
        auto layout = reports::WijkProfileLayout::create(*data, QString(), &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(plain->pageCount(), 2);
        QCOMPARE(layout->pageCount(), 3);
        const int wijk = data->dataset().regionIndex(QStringLiteral("WK999904"));
        QVERIFY2(layout->fill(reports::buildWijkProfile(*data, wijk), &error), qPrintable(error));
        QVERIFY2(plain->fill(reports::buildWijkProfile(*plainData, wijk), &error),
                 qPrintable(error));

        const auto items = [](const reports::WijkProfileLayout &profile) {
            QList<QgsLayoutItem *> all;
            profile.layout()->layoutItems(all);
            QList<QgsLayoutItem *> placed;
            for (QgsLayoutItem *item : qAsConst(all))
                if (!dynamic_cast<QgsLayoutItemPage *>(item))
                    placed << item;
            return placed;
        };
        const QgsLayoutPageCollection *pages = layout->layout()->pageCollection();
        QList<QRectF> onThirdPage;
        QStringList thirdPageIds;
        for (QgsLayoutItem *item : items(*layout)) {
            const QRectF rect(item->pos(), item->rect().size());
            const QgsLayoutItemPage *page = pages->page(item->page());
            QVERIFY2(page, qPrintable(item->id()));
            const QRectF pageRect(page->pos(), page->rect().size());
            // (QRectF::contains() is false for a rule of zero height.)
            const bool within =
                rect.left() >= pageRect.left() - 0.01 && rect.right() <= pageRect.right() + 0.01 &&
                rect.top() >= pageRect.top() - 0.01 && rect.bottom() <= pageRect.bottom() + 0.01;
            QVERIFY2(within, qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 mm is not within page %6")
                                            .arg(item->id())
                                            .arg(rect.x())
                                            .arg(rect.y())
                                            .arg(rect.width())
                                            .arg(rect.height())
                                            .arg(item->page() + 1)));
            const bool composite = item->id().startsWith(QLatin1String("composite_"));
            QCOMPARE(item->page() == 2, composite);
            if (composite) {
                QVERIFY2(!item->id().isEmpty(), "an item of the index page without an id");
                for (int k = 0; k < onThirdPage.size(); ++k)
                    QVERIFY2(
                        !onThirdPage[k].adjusted(0.01, 0.01, -0.01, -0.01).intersects(rect),
                        qPrintable(thirdPageIds[k] + QStringLiteral(" overlaps ") + item->id()));
                onThirdPage << rect;
                thirdPageIds << item->id();
            }
        }
        for (const char *id : {"composite_title", "composite_chart", "composite_scores",
                               "composite_heading", "composite_notes", "composite_footer"})
            QVERIFY2(thirdPageIds.contains(QLatin1String(id)), id);
        // The template's own items: where they are without the index.
        for (QgsLayoutItem *item : items(*plain)) {
            const QgsLayoutItem *same = layout->layout()->itemById(item->id());
            QVERIFY2(same, qPrintable(item->id()));
            QCOMPARE(same->page(), item->page());
            QCOMPARE(same->pos(), item->pos());
            QCOMPARE(same->rect(), item->rect());
        }
    }
};

WIJK_QGIS_TEST_MAIN(TestReportsSpatial)
#include "test_reports_spatial.moc"
