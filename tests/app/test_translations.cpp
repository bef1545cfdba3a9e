// The strings of maps/, analysis/ and the CLI come out translated at run time: the context
// lupdate files them under (translations/*.ts) is the one the code asks for.
#include "app_environment.h"
#include "choropleth_renderer.h"
#include "cli/cli_command.h"
#include "import/cbs_formats.h"
#include "qgis_test_main.h"

#include <QCoreApplication>

using namespace wijk;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Loads the embedded .qm resources, as the applications do.
        setupApplication(*QCoreApplication::instance());
    }

    void cleanupTestCase() { installTranslators(QStringLiteral("en")); }

    void legendLabelsFollowTheLanguage()
    {
        installTranslators(QStringLiteral("nl"));
        QCOMPARE(missingLabel(), QStringLiteral("Geen gegevens"));
        QCOMPARE(suppressedLabel(), QStringLiteral("Afgeschermd (privacy)"));
        // Small numbers are shown: an entry of their own, not the withheld one.
        QCOMPARE(smallNumbersLabel(),
                 QStringLiteral("Kleine aantallen (gestippeld; getoond, geen signaal)"));
        installTranslators(QStringLiteral("en"));
        QCOMPARE(missingLabel(), QStringLiteral("No data"));
        QCOMPARE(suppressedLabel(), QStringLiteral("Suppressed (privacy)"));
    }

    void cliSummaryInDutch()
    {
        installTranslators(QStringLiteral("nl"));
        QCOMPARE(cli::makeMapCommand()->summary(),
                 QString::fromUtf8("Teken een choropleet van één indicator als afgewerkte kaart "
                                   "(PNG, SVG of PDF)."));
    }

    void importFormatDescriptionInDutch()
    {
        installTranslators(QStringLiteral("nl"));
        std::vector<ImportFormat> formats;
        cbs::appendCbsFormats(formats);
        QVERIFY(!formats.empty());
        QCOMPARE(formats.front().description,
                 QString::fromUtf8(
                     "CBS Kerncijfers wijken en buurten, CSV-export (één rij per gebied)"));
    }
};

WIJK_QGIS_TEST_MAIN(TestTranslations)
#include "test_translations.moc"
