// The report API the GUI uses (ReportJob: progress, cancel, one PDF per wijk), the Dutch
// number formats of the documents, and a user template that leaves items out.
#include "engine/small_numbers.h"
#include "qgis_test_main.h"
#include "reports/memo_document.h"
#include "reports/profile_charts.h"
#include "reports/report_format.h"
#include "reports/report_job.h"
#include "reports/wijk_profile_content.h"
#include "reports/wijk_profile_layout.h"
#include "test_reports_fixture.h"

#include <QDir>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QtCharts/QChart>
#include <qgsfeatureiterator.h>
#include <qgslayoutitemmap.h>
#include <qgsprintlayout.h>
#include <qgsvectorlayer.h>

using namespace wijk;

class TestReportsJob : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<reports::ReportData> mData;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        const QString workspace = test::makeDemoWorkspace(mDir);
        QVERIFY(!workspace.isEmpty());
        QString error;
        mData = reports::ReportData::load(workspace, &error);
        QVERIFY2(mData, qPrintable(error));
    }
    void cleanupTestCase() { mData.reset(); }

    void dutchNumbers()
    {
        QCOMPARE(reports::printedNumber(1234.5, 1), QStringLiteral("1.234,5"));
        QCOMPARE(reports::printedNumber(-0.04, 1), QStringLiteral("0,0"));
        QCOMPARE(reports::printedNumber(-2.5, 1), QString(QChar(0x2212)) + QStringLiteral("2,5"));
        Indicator share;
        share.unit = QStringLiteral("percent");
        share.kind = IndicatorKind::Ratio;
        QCOMPARE(reports::formatValue(share, 12.345), QStringLiteral("12,3\u00a0%"));
        QCOMPARE(reports::formatChange(share, 1.24), QStringLiteral("+1,2\u00a0%-punt"));
        QCOMPARE(reports::formatValue(share, qQNaN()), QStringLiteral("\u2013"));
        Indicator euros;
        euros.unit = QStringLiteral("euro");
        euros.kind = IndicatorKind::Mean;
        euros.decimals = 0;
        QCOMPARE(reports::formatValue(euros, 312000), QStringLiteral("\u20ac\u00a0312.000"));
    }

    //! Issue 11: reports made nl_NL the process's default locale while they ran (a window in
    //! English, painting meanwhile, got Dutch numbers). They give their charts the Dutch
    //! locale instead and leave the default alone.
    void reportsWriteDutchWithoutChangingTheDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const engine::Dataset &dataset = mData->dataset();
        reports::ChartRequest request;
        request.wijk = dataset.regionIndex(QStringLiteral("WK999907"));
        request.indicator = dataset.indicatorIndex(QStringLiteral("inwoners"));
        request.sizeMm = QSizeF(80, 60);
        request.trend = false;
        QVERIFY(request.wijk >= 0 && request.indicator >= 0);
        const std::unique_ptr<QtCharts::QChart> chart = reports::buildProfileChart(*mData, request);
        QString error;
        QVERIFY2(reports::buildMemo(*mData, reports::MemoOptions(), &error), qPrintable(error));
        const QLocale after;
        QLocale::setDefault(before);
        QCOMPARE(after.language(), QLocale::English);
        QCOMPARE(chart->locale().language(), QLocale::Dutch);
        // The bars' values in Dutch notation: "4.310", never "4,310".
        QStringList labels;
        for (const QGraphicsItem *item : chart->childItems())
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                labels << text->text();
        bool dutchThousands = false;
        for (const QString &label : qAsConst(labels)) {
            QVERIFY2(!label.contains(QLatin1Char(',')), qPrintable(label));
            dutchThousands |= QRegularExpression(QStringLiteral("^\\d{1,3}(\\.\\d{3})+$"))
                                  .match(label)
                                  .hasMatch();
        }
        QVERIFY2(dutchThousands, qPrintable(labels.join(QStringLiteral(" | "))));
    }

    void arrowsAreSolidOnlyWhenSignificant()
    {
        using engine::TrendDirection;
        QCOMPARE(reports::trendArrow(engine::TrendDirection::Up, 1.0), QStringLiteral("\u25b2"));
        QCOMPARE(reports::trendArrow(engine::TrendDirection::Down, -1.0), QStringLiteral("\u25bc"));
        QCOMPARE(reports::trendArrow(engine::TrendDirection::Flat, 0.3), QStringLiteral("\u25b3"));
        QCOMPARE(reports::trendArrow(engine::TrendDirection::Flat, -0.3), QStringLiteral("\u25bd"));
        QCOMPARE(reports::trendArrow(engine::TrendDirection::None, 0.3), QStringLiteral("\u2013"));
    }

    void profileContentComesFromTheEngine()
    {
        const engine::Dataset &dataset = mData->dataset();
        const int wijk = dataset.regionIndex(QStringLiteral("WK999907"));
        QVERIFY(wijk >= 0);
        const reports::WijkProfileContent content = reports::buildWijkProfile(*mData, wijk);
        QCOMPARE(content.name, QStringLiteral("Hoogkamp"));
        QCOMPARE(content.municipalityName, QStringLiteral("Demostad"));
        QVERIFY(!content.buurten.empty());
        QVERIFY(content.summary.size() >= 3);
        QVERIFY(content.summary.front().startsWith(QStringLiteral("Hoogkamp telt ")));
        QVERIFY(!content.chartIndicators.empty());
        for (const reports::KeyFigure &figure : content.keyFigures) {
            const int p = dataset.periodIndex(figure.valueYear);
            if (std::isfinite(figure.value))
                QVERIFY(engine::mayShow(dataset, figure.indicator, wijk, p));
            else
                QVERIFY(!engine::mayShow(dataset, figure.indicator, wijk, p));
        }
    }

    //! Issue 12: "23,4 / %" wrapped in the profile. In every wijk's summary (engine sentences
    //! and the profile's own) a number and its unit are joined by a no-break space.
    void numbersKeepTheirUnits()
    {
        const QRegularExpression brokenUnit(QStringLiteral(
            "\\d (%|‰|procentpunt|promillepunt|punt|duizend euro|euro|m³|kWh|µg/m³)"));
        const QRegularExpression joinedUnit(QStringLiteral("\\d\u00a0(%|procentpunt)"));
        int joined = 0;
        for (int wijk : mData->wijken()) {
            const reports::WijkProfileContent content = reports::buildWijkProfile(*mData, wijk);
            for (const QString &sentence : content.summary) {
                QVERIFY2(!brokenUnit.match(sentence).hasMatch(), qPrintable(sentence));
                joined += sentence.contains(joinedUnit) ? 1 : 0;
            }
        }
        QVERIFY(joined >= 11); // at least each wijk's share of the city's inhabitants
    }

    //! Issue 12: Hoogkamp's "In het kort" and its charts open with what needs attention (its
    //! worsening low-income share), not with income and solar panels.
    void profileSummaryPutsUnfavourableFirst()
    {
        const engine::Dataset &dataset = mData->dataset();
        const int wijk = dataset.regionIndex(QStringLiteral("WK999907"));
        const reports::WijkProfileContent content = reports::buildWijkProfile(*mData, wijk);
        const engine::Signal *first = nullptr;
        bool favourableToo = false;
        for (const engine::Signal &signal : mData->levelSignals(RegionLevel::Wijk)) {
            if (signal.region != wijk)
                continue;
            if (!first)
                first = &signal;
            favourableToo |= signal.assessment == engine::SignalAssessment::Favourable;
        }
        QVERIFY(first && favourableToo);
        QCOMPARE(first->assessment, engine::SignalAssessment::Unfavourable);
        QVERIFY(content.summary.size() >= 2);
        QCOMPARE(content.summary.at(1), first->explanation);
        QCOMPARE(content.chartIndicators.front(), first->indicator);
        QCOMPARE(dataset.indicator(content.chartIndicators.front()).polarity,
                 Polarity::LowerIsBetter);
    }

    //! De Schans's profile: its trends through small numbers are shown, never called a signal.
    void profileCallsNoSmallNumberTrendASignal()
    {
        const engine::Dataset &dataset = mData->dataset();
        const int schans = dataset.regionIndex(QStringLiteral("WK999908"));
        QVERIFY(schans >= 0);
        QCOMPARE(dataset.region(schans).name, QStringLiteral("De Schans"));
        const reports::WijkProfileContent content = reports::buildWijkProfile(*mData, schans);
        int heldBack = 0;
        for (const reports::KeyFigure &figure : content.keyFigures) {
            const engine::TrendRow *trend = mData->trendOf(schans, figure.indicator);
            if (!trend || !engine::restsOnSmallNumbers(dataset, *trend))
                continue;
            QCOMPARE(figure.signal, engine::TrendSignal::None);
            heldBack += trend->signal != engine::TrendSignal::None ? 1 : 0;
        }
        QVERIFY(heldBack > 0); // e.g. the falling crime rate, an "improvement" over 60 people
        for (const QString &sentence : content.summary)
            QVERIFY2(!sentence.contains(QStringLiteral("Misdrijven per 1000")),
                     qPrintable(sentence));
    }

    //! The memo's summary opens with unfavourable signals and never cites small numbers: De
    //! Schans's crime rate (60 inhabitants) is no signal, no bullet and no mover.
    void memoSummaryPutsUnfavourableFirstWithoutSmallNumbers()
    {
        const engine::Dataset &dataset = mData->dataset();
        QString error;
        const auto memo = reports::buildMemo(*mData, reports::MemoOptions(), &error);
        QVERIFY2(memo, qPrintable(error));
        const QString text = memo->toPlainText();
        const int summary = text.indexOf(QStringLiteral("Samenvatting"));
        const int table = text.indexOf(QStringLiteral("Signalen die het meest aandacht vragen"));
        QVERIFY(summary >= 0 && table > summary);
        const QString summaryText = text.mid(summary, table - summary);
        int bullets = 0;
        for (const engine::Signal &signal : mData->levelSignals(RegionLevel::Wijk)) {
            QVERIFY(!signal.smallNumbers);
            // toPlainText() turns the sentences' no-break spaces into plain ones.
            if (summaryText.contains(QString(signal.explanation).replace(QChar(0xa0), ' '))) {
                QCOMPARE(signal.assessment, engine::SignalAssessment::Unfavourable);
                ++bullets;
            }
        }
        QCOMPARE(bullets, 3);
        QVERIFY2(!text.contains(QStringLiteral("Misdrijven per 1000 inwoners in De Schans")),
                 qPrintable(text));
        // No biggest mover rests on small numbers: De Schans's rows are of reliable values only.
        int schans = -1;
        for (int r : dataset.regionsOfLevel(RegionLevel::Wijk))
            if (dataset.region(r).name == QLatin1String("De Schans"))
                schans = r;
        QVERIFY(schans >= 0);
        const int crime = dataset.indicatorIndex(QStringLiteral("misdrijven_per_1000"));
        QVERIFY(engine::restsOnSmallNumbers(dataset, crime, schans, mData->lastPeriodIndex()));
        const int movers = text.indexOf(QStringLiteral("Grootste bewegers per thema"));
        QVERIFY(movers > table);
        const QStringList moverLines = text.mid(movers).split(QLatin1Char('\n'));
        // Each mover row reads wijk, then indicator, on lines of their own (positive control).
        int pairs = 0;
        for (int k = 0; k + 1 < moverLines.size(); ++k)
            for (int r : dataset.regionsOfLevel(RegionLevel::Wijk))
                pairs +=
                    moverLines[k] == dataset.region(r).name &&
                            std::any_of(
                                dataset.indicators().begin(), dataset.indicators().end(),
                                [&](const Indicator &i) { return i.name == moverLines[k + 1]; })
                        ? 1
                        : 0;
        QVERIFY2(pairs >= 3, qPrintable(text.mid(movers, 600)));
        for (const engine::TrendRow &row : mData->trends(RegionLevel::Wijk))
            if (row.region == schans && engine::restsOnSmallNumbers(dataset, row))
                for (int k = 0; k + 1 < moverLines.size(); ++k)
                    QVERIFY2(!(moverLines[k] == QLatin1String("De Schans") &&
                               moverLines[k + 1] == dataset.indicator(row.indicator).name),
                             qPrintable(dataset.indicator(row.indicator).name));
    }

    void progressAndOnePdfPerWijk()
    {
        reports::ReportJob job(*mData);
        QStringList unknown;
        const std::vector<int> wijken = job.wijkIndices(
            {QStringLiteral("WK999901"), QStringLiteral("wk999905"), QStringLiteral("BU99990101")},
            &unknown);
        QCOMPARE(int(wijken.size()), 2);
        QCOMPARE(unknown, QStringList{QStringLiteral("BU99990101")});
        QStringList seen;
        job.setProgress([&](int done, int total, const QString &what) {
            QCOMPARE(total, 2);
            if (!what.isEmpty())
                seen << QStringLiteral("%1:%2").arg(done).arg(what);
        });
        QStringList files;
        QString error;
        const QString dir = mDir.filePath(QStringLiteral("each"));
        QVERIFY2(job.writeEach(wijken, dir, &files, &error), qPrintable(error));
        QCOMPARE(seen,
                 QStringList({QStringLiteral("0:Centrum"), QStringLiteral("1:Molenkwartier")}));
        QCOMPARE(files.size(), 2);
        QCOMPARE(test::pdfPages(QDir(dir).filePath(QStringLiteral("wijkprofiel-WK999905.pdf"))), 2);
    }

    void cancelStopsAndRemovesTheFile()
    {
        reports::ReportJob job(*mData);
        std::atomic_bool cancel{false};
        job.setCancelFlag(&cancel);
        int started = 0;
        job.setProgress([&](int, int, const QString &what) {
            if (!what.isEmpty() && ++started == 2)
                cancel = true; // the user presses Cancel while the second wijk is made
        });
        const QString pdf = mDir.filePath(QStringLiteral("cancelled.pdf"));
        QString error;
        QVERIFY(!job.writeCombined(mData->wijken(), pdf, true, &error));
        QVERIFY(job.wasCancelled());
        QCOMPARE(started, 2);
        QVERIFY(!QFile::exists(pdf));
    }

    //! Issue 12: the inset (overview) map covered Hoogkamp's north-east corner. With the real
    //! layout, for every wijk: the wijk's bounding box on the page lies on the main map and
    //! does not touch the inset's rectangle.
    void insetNeverCoversTheWijk()
    {
        QString error;
        auto layout = reports::WijkProfileLayout::create(*mData, QString(), &error);
        QVERIFY2(layout, qPrintable(error));
        auto *map = dynamic_cast<QgsLayoutItemMap *>(layout->layout()->itemById("map"));
        auto *inset = dynamic_cast<QgsLayoutItemMap *>(layout->layout()->itemById("map_overview"));
        QVERIFY(map && inset);
        const QRectF insetOnPage(inset->pos(), inset->rect().size());
        const QRectF mapOnPage(map->pos(), map->rect().size());
        QVERIFY(mapOnPage.intersects(insetOnPage)); // the template puts the inset on the map
        const engine::Dataset &dataset = mData->dataset();
        int checked = 0;
        for (int wijk : mData->wijken()) {
            const reports::WijkProfileContent content = reports::buildWijkProfile(*mData, wijk);
            QVERIFY2(layout->fill(content, &error), qPrintable(error));
            // The wijk's outline as the map draws it: its feature in the map's wijken layer.
            QgsRectangle box;
            for (QgsMapLayer *layer : map->layers()) {
                auto *vector = qobject_cast<QgsVectorLayer *>(layer);
                if (!vector || vector->fields().indexOf("code") < 0)
                    continue;
                QgsFeature feature;
                QgsFeatureIterator it = vector->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"code\" = '%1'").arg(content.code)));
                while (it.nextFeature(feature))
                    box.combineExtentWith(feature.geometry().boundingBox());
            }
            QVERIFY2(!box.isEmpty(), qPrintable(content.code));
            // Map units to page mm (the map is not rotated): x right, y down on the page.
            const QgsRectangle shown = map->extent();
            const auto onPage = [&](double x, double y) {
                return map->pos() +
                       QPointF((x - shown.xMinimum()) / shown.width() * map->rect().width(),
                               (shown.yMaximum() - y) / shown.height() * map->rect().height());
            };
            const QPointF topLeft = onPage(box.xMinimum(), box.yMaximum());
            const QPointF bottomRight = onPage(box.xMaximum(), box.yMinimum());
            const QRectF wijkOnPage = QRectF(topLeft, bottomRight).normalized();
            const QString where =
                QStringLiteral("%1 (%2): wijk %3,%4 %5x%6 mm, inset %7,%8 %9x%10 mm")
                    .arg(dataset.region(wijk).name, content.code)
                    .arg(wijkOnPage.x())
                    .arg(wijkOnPage.y())
                    .arg(wijkOnPage.width())
                    .arg(wijkOnPage.height())
                    .arg(insetOnPage.x())
                    .arg(insetOnPage.y())
                    .arg(insetOnPage.width())
                    .arg(insetOnPage.height());
            QVERIFY2(!wijkOnPage.intersects(insetOnPage), qPrintable(where));
            QVERIFY2(mapOnPage.contains(wijkOnPage), qPrintable(where));
            // ... and the wijk still fills a good part of the map.
            QVERIFY2(wijkOnPage.width() > mapOnPage.width() * 0.45 ||
                         wijkOnPage.height() > mapOnPage.height() * 0.45,
                     qPrintable(where));
            ++checked;
        }
        QCOMPARE(checked, 11);
    }

    void templateWithoutChartsStillWorks()
    {
        QFile shipped(reports::defaultProfileTemplate());
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(shipped.readAll());
        // Drop the four chart pictures, as a user restyling the template might.
        const QRegularExpression picture(
            QStringLiteral("<LayoutItem [^>]*type=\"65640\"[^>]*>.*?</LayoutItem>"),
            QRegularExpression::DotMatchesEverythingOption);
        const int before = xml.count(QStringLiteral("<LayoutItem "));
        xml.remove(picture);
        QCOMPARE(xml.count(QStringLiteral("<LayoutItem ")), before - 4);
        const QString path = mDir.filePath(QStringLiteral("nocharts.qpt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(xml.toUtf8());
        out.close();
        reports::ReportJob job(*mData, path);
        QString error;
        const QString pdf = mDir.filePath(QStringLiteral("nocharts.pdf"));
        QVERIFY2(job.writeCombined(job.wijkIndices({QStringLiteral("WK999903")}, nullptr), pdf,
                                   false, &error),
                 qPrintable(error));
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral("Vogelwijk")));
    }
};

WIJK_QGIS_TEST_MAIN(TestReportsJob)
#include "test_reports_job.moc"
