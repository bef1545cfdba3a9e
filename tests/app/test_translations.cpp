// The strings of maps/, analysis/ and the CLI come out translated at run time: the context
// lupdate files them under (translations/*.ts) is the one the code asks for.
#include "app_environment.h"
#include "choropleth_renderer.h"
#include "cli/cli_command.h"
#include "gui/english_signal_sentence.h"
#include "import/cbs_formats.h"
#include "import/import_report.h"
#include "qgis_test_main.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace wijk;

namespace {
//! Installed on top of the others: records every (context, source) the code asks for and
//! answers nothing itself, so the real translators still answer.
class LookupRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        lookups.push_back({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return QString();
    }
    bool isEmpty() const override { return false; }

    mutable std::vector<std::pair<QString, QString>> lookups;
};
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Loads the embedded .qm resources, as the applications do.
        app::setupApplication(*QCoreApplication::instance());
    }

    void cleanupTestCase() { app::installTranslators(QStringLiteral("en")); }

    void legendLabelsFollowTheLanguage()
    {
        app::installTranslators(QStringLiteral("nl"));
        QCOMPARE(maps::missingLabel(), QStringLiteral("Geen gegevens"));
        QCOMPARE(maps::suppressedLabel(), QStringLiteral("Afgeschermd (privacy)"));
        // Small numbers are shown: an entry of their own, not the withheld one.
        QCOMPARE(maps::smallNumbersLabel(),
                 QStringLiteral("Kleine aantallen (gestippeld; getoond, geen signaal)"));
        app::installTranslators(QStringLiteral("en"));
        QCOMPARE(maps::missingLabel(), QStringLiteral("No data"));
        QCOMPARE(maps::suppressedLabel(), QStringLiteral("Suppressed (privacy)"));
    }

    //! The English window's signal sentences: every string englishSignalSentence() asks for
    //! is in the English translation under the context it asks with (a free tr() was once
    //! filed by lupdate under another context, so the entries were dead).
    void englishSignalSentencesAreFoundUnderTheirContext()
    {
        app::installTranslators(QStringLiteral("en"));
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/wijkmonitor_en.qm")));
        LookupRecorder recorder;
        QCoreApplication::installTranslator(&recorder);
        Indicator share;
        share.code = QStringLiteral("share");
        share.unit = QStringLiteral("percentage");
        share.polarity = Polarity::LowerIsBetter;
        engine::Signal trend;
        trend.kind = engine::SignalKind::Worsening;
        trend.assessment = engine::SignalAssessment::Unfavourable;
        trend.slope = 0.4;
        trend.q = 0.01;
        trend.sinceYear = 2015;
        trend.referenceName = QStringLiteral("Demostad");
        trend.referenceSlope = 0.1;
        engine::Signal outlier;
        outlier.kind = engine::SignalKind::Outlier;
        outlier.assessment = engine::SignalAssessment::Favourable;
        outlier.year = 2024;
        outlier.value = 3.0;
        outlier.levelMean = 9.0;
        outlier.z = -2.5;
        const QString rising = gui::englishSignalSentence(trend, share, RegionLevel::Wijk);
        const QString below = gui::englishSignalSentence(outlier, share, RegionLevel::Wijk);
        QCoreApplication::removeTranslator(&recorder);
        QVERIFY2(rising.startsWith(QStringLiteral("Rising since 2015 by 0.4")), qPrintable(rising));
        QVERIFY2(rising.endsWith(QStringLiteral("For this indicator that is a deterioration.")),
                 qPrintable(rising));
        QVERIFY2(below.contains(QStringLiteral("the mean of the districts")), qPrintable(below));
        int asked = 0;
        for (const auto &[context, source] : recorder.lookups) {
            if (!context.contains(QLatin1String("EnglishSignalSentence")))
                continue;
            ++asked;
            QVERIFY2(!english.translate(context.toUtf8().constData(), source.toUtf8().constData())
                          .isEmpty(),
                     qPrintable(context + QStringLiteral(": ") + source));
        }
        QVERIFY(asked >= 5);
    }

    void cliSummaryInDutch()
    {
        app::installTranslators(QStringLiteral("nl"));
        QCOMPARE(cli::makeMapCommand()->summary(),
                 QString::fromUtf8("Teken een choropleet van één indicator als afgewerkte kaart "
                                   "(PNG, SVG of PDF)."));
    }

    void importFormatDescriptionInDutch()
    {
        app::installTranslators(QStringLiteral("nl"));
        std::vector<import::ImportFormat> formats;
        import::cbs::appendCbsFormats(formats);
        QVERIFY(!formats.empty());
        QCOMPARE(formats.front().description,
                 QString::fromUtf8(
                     "CBS Kerncijfers wijken en buurten, CSV-export (één rij per gebied)"));
    }

    // Issue 17: the counts read "1 error(s), 0 warning(s)", also in the Dutch interface.
    void importSummaryHasPluralForms()
    {
        import::ImportReport one;
        one.addError(QStringLiteral("a.csv"), 2, QString(), QStringLiteral("x"));
        import::ImportReport more;
        for (int i = 0; i < 2; ++i)
            more.addError(QStringLiteral("a.csv"), 2 + i, QString(), QStringLiteral("x"));
        more.addWarning(QStringLiteral("a.csv"), 5, QString(), QStringLiteral("y"));
        import::ImportReport unlisted;
        unlisted.setListLimit(1);
        for (int i = 0; i < 3; ++i)
            unlisted.addError(QStringLiteral("a.csv"), 2 + i, QString(), QStringLiteral("x"));

        app::installTranslators(QStringLiteral("nl"));
        QCOMPARE(one.summary(), QStringLiteral("1 fout, 0 waarschuwingen"));
        QCOMPARE(more.summary(), QStringLiteral("2 fouten, 1 waarschuwing"));
        QCOMPARE(unlisted.formatted().last(),
                 QStringLiteral("a.csv: nog 2 problemen niet getoond"));
        app::installTranslators(QStringLiteral("en"));
        QCOMPARE(one.summary(), QStringLiteral("1 error, 0 warnings"));
        QCOMPARE(more.summary(), QStringLiteral("2 errors, 1 warning"));
        QCOMPARE(unlisted.formatted().last(), QStringLiteral("a.csv: 2 more problems not listed"));
    }

    //! Issue 12: "95 signal(s)". Every message with a count says it in the singular and the
    //! plural in both languages (Qt's %n plural forms), and no message counts with "(s)".
    void countsArePluralised()
    {
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            app::installTranslators(language);
            QFile ts(test::dataPath(
                QStringLiteral("../../translations/wijkmonitor_%1.ts").arg(language)));
            QVERIFY(ts.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&ts);
            QString context;
            int counted = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    const bool numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    xml.readNextStartElement();
                    const QString source = xml.readElementText();
                    QVERIFY2(numerus || !source.contains(QLatin1String("(s)")), qPrintable(source));
                    if (!numerus)
                        continue;
                    ++counted;
                    for (int n : {1, 95}) {
                        const QString text = QCoreApplication::translate(
                            context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
                        const QString where = language + QStringLiteral(": ") + text;
                        for (const char *hedge : {"(s)", "(en)", "(len)"})
                            QVERIFY2(!text.contains(QLatin1String(hedge)), qPrintable(where));
                        if (source.contains(QLatin1String("%n")))
                            QVERIFY2(text.contains(QString::number(n)), qPrintable(where));
                    }
                }
            }
            QVERIFY(!xml.hasError());
            QVERIFY(counted >= 9);
        }
        // The Signals list's count and the import summary, as the window and the CLI show them.
        app::installTranslators(QStringLiteral("en"));
        QCOMPARE(
            QCoreApplication::translate("wijk::widgets::SignalsList", "%n signal(s)", nullptr, 95),
            QStringLiteral("95 signals"));
        QCOMPARE(
            QCoreApplication::translate("wijk::widgets::SignalsList", "%n signal(s)", nullptr, 1),
            QStringLiteral("1 signal"));
        import::ImportReport report;
        report.addError(QStringLiteral("a.csv"), 2, QStringLiteral("value"), QStringLiteral("x"));
        QCOMPARE(report.summary(), QStringLiteral("1 error, 0 warnings"));
        app::installTranslators(QStringLiteral("nl"));
        QCOMPARE(
            QCoreApplication::translate("wijk::widgets::SignalsList", "%n signal(s)", nullptr, 95),
            QStringLiteral("95 signalen"));
        QCOMPARE(report.summary(), QStringLiteral("1 fout, 0 waarschuwingen"));
    }
};

WIJK_QGIS_TEST_MAIN(TestTranslations)
#include "test_translations.moc"
