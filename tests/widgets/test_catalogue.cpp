// The indicator catalogue: themes as branches, recursive search, details with min_n.
#include "catalogue/indicator_catalogue.h"

#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace wijk;

class TestCatalogue : public QObject
{
    Q_OBJECT

    static QVector<Indicator> sample()
    {
        Indicator a;
        a.code = QStringLiteral("inwoners");
        a.name = QStringLiteral("Inwoners");
        a.nameEn = QStringLiteral("Residents");
        a.theme = QStringLiteral("Bevolking");
        a.unit = QStringLiteral("count");
        a.source = QStringLiteral("BRP");
        a.definition = QStringLiteral("Aantal inwoners op 1 januari");
        Indicator b = a;
        b.code = QStringLiteral("pct_65plus");
        b.name = QStringLiteral("Aandeel 65 jaar of ouder");
        b.nameEn = QStringLiteral("Share aged 65 or over");
        b.unit = QStringLiteral("percent");
        b.minN = 10;
        Indicator c = a;
        c.code = QStringLiteral("woz");
        c.name = QStringLiteral("Gemiddelde WOZ-waarde");
        c.nameEn = QStringLiteral("Average property value");
        c.theme = QStringLiteral("Wonen");
        c.definition = QStringLiteral("Gemiddelde waarde van woningen");
        return {a, b, c};
    }

private slots:
    void groupsByTheme()
    {
        widgets::IndicatorCatalogue catalogue;
        catalogue.setIndicators(sample(), false);
        QAbstractItemModel *model = catalogue.treeView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Bevolking"));
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);
        QCOMPARE(catalogue.visibleIndicators().size(), 3);
    }

    void searchesRecursivelyInNamesCodesAndDefinitions()
    {
        widgets::IndicatorCatalogue catalogue;
        catalogue.setIndicators(sample(), false);
        catalogue.setSearchText(QStringLiteral("woz"));
        QCOMPARE(catalogue.visibleIndicators(), QStringList{QStringLiteral("woz")});
        catalogue.setSearchText(QStringLiteral("65"));
        QCOMPARE(catalogue.visibleIndicators(), QStringList{QStringLiteral("pct_65plus")});
        catalogue.setSearchText(QStringLiteral("property"));
        QCOMPARE(catalogue.visibleIndicators(), QStringList{QStringLiteral("woz")});
        catalogue.setSearchText(QStringLiteral("bevolking")); // a theme keeps its children
        QCOMPARE(catalogue.visibleIndicators().size(), 2);
        catalogue.setSearchText(QString());
        QCOMPARE(catalogue.visibleIndicators().size(), 3);
    }

    void showsDefinitionUnitSourceAndThreshold()
    {
        widgets::IndicatorCatalogue catalogue;
        catalogue.setIndicators(sample(), true);
        const QString html = catalogue.detailsHtml(QStringLiteral("pct_65plus"));
        QVERIFY(html.contains(QStringLiteral("Share aged 65 or over")));
        QVERIFY(html.contains(QStringLiteral("percent")));
        QVERIFY(html.contains(QStringLiteral("BRP")));
        QVERIFY(html.contains(QStringLiteral("10")));
        QVERIFY(catalogue.detailsHtml(QStringLiteral("inwoners")).contains(QStringLiteral("none")));
    }

    void reportsTheChosenIndicator()
    {
        widgets::IndicatorCatalogue catalogue;
        catalogue.setIndicators(sample(), false);
        QSignalSpy spy(&catalogue, &widgets::IndicatorCatalogue::indicatorChosen);
        catalogue.setCurrentIndicator(QStringLiteral("woz")); // programmatic: silent
        QCOMPARE(spy.count(), 0);
        QCOMPARE(catalogue.currentIndicator(), QStringLiteral("woz"));
        QAbstractItemModel *model = catalogue.treeView()->model();
        catalogue.treeView()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestCatalogue)
#include "test_catalogue.moc"
