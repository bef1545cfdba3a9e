// Class breaks: the QGIS methods through our wrapper agree with QGIS itself; box map
// fences; manual and symmetric breaks; Dutch labels; ramp direction by polarity.
#include "choropleth_classification.h"
#include "choropleth_colours.h"
#include "qgis_test_main.h"

#include <qgsapplication.h>
#include <qgsclassificationmethod.h>
#include <qgsclassificationmethodregistry.h>
#include <qgscolorbrewerpalette.h>

using namespace wijk;

class TestChoroplethClassification : public QObject
{
    Q_OBJECT

    // A skewed sample: CBS-like percentages.
    const QVector<double> mValues{1.0, 2.5, 3.0,  3.5,  4.0,  4.2,  5.1,  6.0,  6.5,  7.0,
                                  8.0, 9.5, 11.0, 12.5, 13.0, 15.0, 18.0, 22.0, 30.0, 55.0};

    QList<double> qgisUpperBounds(const QString &id, int classes)
    {
        std::unique_ptr<QgsClassificationMethod> method(
            QgsApplication::classificationMethodRegistry()->method(id));
        QList<double> upper;
        for (const auto &range :
             method->classes(QList<double>(mValues.begin(), mValues.end()), classes))
            upper.append(range.upperBound());
        return upper;
    }

private slots:
    void methodsMatchQgis_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("classes");
        for (auto m : {ClassificationMethod::Quantile, ClassificationMethod::EqualInterval,
                       ClassificationMethod::Jenks, ClassificationMethod::Pretty,
                       ClassificationMethod::StdDev}) {
            for (int n : {3, 5, 7})
                QTest::addRow("%s-%d", qPrintable(contractName(m)), n) << int(m) << n;
        }
    }
    void methodsMatchQgis()
    {
        QFETCH(int, method);
        QFETCH(int, classes);
        const auto m = static_cast<ClassificationMethod>(method);
        QString error;
        ClassificationRequest request;
        request.method = m;
        request.classes = classes;
        const auto result = classify(mValues, request, &error);
        QVERIFY2(result, qPrintable(error));
        const QList<double> expected = qgisUpperBounds(qgisMethodId(m), classes);
        // Our last class always reaches the maximum; otherwise identical to QGIS.
        for (int i = 0; i + 1 < result->size(); ++i)
            QCOMPARE(result->ranges[i].upper, expected[i]);
        QVERIFY(result->ranges.last().upper >= 55.0);
        QVERIFY(result->ranges.first().lower <= 1.0);
        for (double v : mValues)
            QVERIFY(result->classOf(v) >= 0);
    }
    void knownBreaks()
    {
        QString error;
        ClassificationRequest request;
        request.method = ClassificationMethod::EqualInterval;
        request.classes = 5;
        auto equal = classify({0, 10, 20, 30, 40, 50}, request, &error);
        QVERIFY(equal);
        QCOMPARE(equal->size(), 5);
        QCOMPARE(equal->ranges[0].upper, 10.0);
        QCOMPARE(equal->ranges[4].upper, 50.0);
        QCOMPARE(equal->classOf(10.0), 0); // upper bound inclusive
        QCOMPARE(equal->classOf(10.5), 1);
        QCOMPARE(equal->classOf(0.0), 0);

        request.method = ClassificationMethod::Jenks;
        request.classes = 3;
        auto jenks = classify({1, 2, 3, 10, 11, 12, 30, 31, 32}, request, &error);
        QVERIFY(jenks);
        QCOMPARE(jenks->size(), 3);
        QCOMPARE(jenks->ranges[0].upper, 3.0);
        QCOMPARE(jenks->ranges[1].upper, 12.0);
        QCOMPARE(jenks->ranges[2].upper, 32.0);
    }
    void boxMapFences()
    {
        // numpy: q1 = 4.15, median = 7.5, q3 = 13.5, IQR = 9.35 → fences -9.875, 27.525
        QString error;
        ClassificationRequest request;
        request.method = ClassificationMethod::Box;
        request.decimals = 1;
        const auto box = classify(mValues, request, &error);
        QVERIFY2(box, qPrintable(error));
        QVERIFY(box->boxMap);
        QCOMPARE(box->size(), 6);
        QCOMPARE(box->q1, 4.15);
        QCOMPARE(box->median, 7.5);
        QCOMPARE(box->q3, 13.5);
        QVERIFY(qFuzzyCompare(box->lowerFence, -9.875));
        QVERIFY(qFuzzyCompare(box->upperFence, 27.525));
        QCOMPARE(box->classOf(55.0), 5);
        QCOMPARE(box->classOf(30.0), 5);
        QCOMPARE(box->classOf(22.0), 4);
        QCOMPARE(box->classOf(13.5), 3);
        QCOMPARE(box->classOf(4.15), 1);
        QCOMPARE(box->classOf(1.0), 1);
        QCOMPARE(box->classOf(-20.0), 0);
        QVERIFY2(box->ranges[5].label.contains(QStringLiteral("27,5")),
                 qPrintable(box->ranges[5].label));
    }
    void manualBreaks()
    {
        QString error;
        ClassificationRequest request;
        request.method = ClassificationMethod::Manual;
        request.manualBreaks = {5, 10, 20};
        const auto manual = classify(mValues, request, &error);
        QVERIFY2(manual, qPrintable(error));
        QCOMPARE(manual->size(), 4);
        QCOMPARE(manual->ranges[0].lower, 1.0);
        QCOMPARE(manual->ranges[3].upper, 55.0);
        QCOMPARE(manual->classOf(5.0), 0);
        QCOMPARE(manual->classOf(5.1), 1);
        request.manualBreaks = {10, 5};
        QVERIFY(!classify(mValues, request, &error));
        QVERIFY(error.contains(QStringLiteral("ascending")));
    }
    void symmetricAroundZero()
    {
        QString error;
        ClassificationRequest request;
        request.method = ClassificationMethod::EqualInterval;
        request.symmetricAroundZero = true;
        request.classes = 5;
        const auto odd = classify({-3, -1, 0.5, 2, 6}, request, &error);
        QVERIFY2(odd, qPrintable(error));
        QCOMPARE(odd->size(), 5);
        QCOMPARE(odd->ranges.first().lower, -6.0);
        QCOMPARE(odd->ranges.last().upper, 6.0);
        QCOMPARE(odd->ranges[2].lower, -odd->ranges[2].upper); // middle class straddles 0
        QCOMPARE(odd->classOf(0.5), 2);
        request.classes = 4;
        const auto even = classify({-3, -1, 0.5, 2, 6}, request, &error);
        QVERIFY(even);
        QCOMPARE(even->size(), 4);
        QCOMPARE(even->ranges[1].upper, 0.0);
        QCOMPARE(even->ranges[0].lower, -even->ranges[3].upper);
    }
    void badRequests()
    {
        QString error;
        ClassificationRequest request;
        request.classes = 12;
        QVERIFY(!classify(mValues, request, &error));
        QVERIFY(error.contains(QStringLiteral("3 to 9")));
        request.classes = 5;
        QVERIFY(!classify({std::nan("")}, request, &error));
    }
    void dutchLabels()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        QCOMPARE(formatRangeLabel(12.5, 15, 1, nl), QStringLiteral("12,5 – 15,0"));
        QCOMPARE(formatMapNumber(1234.5, 1, nl), QStringLiteral("1.234,5"));
        QCOMPARE(formatMapNumber(-2, 0, nl), QString(QChar(0x2212)) + QStringLiteral("2"));
        QCOMPARE(formatMapNumber(-0.01, 1, nl), QStringLiteral("0,0"));
        ClassificationRequest request;
        request.decimals = 2;
        QString error;
        const auto result = classify(mValues, request, &error);
        QVERIFY(result->ranges.first().label.contains(QStringLiteral("1,00 – ")));
    }
    void methodNames()
    {
        QCOMPARE(classificationMethodFromString(QStringLiteral("jenks")),
                 ClassificationMethod::Jenks);
        QCOMPARE(classificationMethodFromString(QStringLiteral("EQUAL")),
                 ClassificationMethod::EqualInterval);
        QVERIFY(!classificationMethodFromString(QStringLiteral("fancy")));
        for (auto m : {ClassificationMethod::Quantile, ClassificationMethod::EqualInterval,
                       ClassificationMethod::Jenks, ClassificationMethod::StdDev,
                       ClassificationMethod::Pretty})
            QVERIFY(QgsApplication::classificationMethodRegistry()->methodNames().values().contains(
                        qgisMethodId(m)) ||
                    QgsApplication::classificationMethodRegistry()->methodNames().keys().contains(
                        qgisMethodId(m)));
    }
    void polarityPicksRampDirection()
    {
        const QList<QColor> blues = QgsColorBrewerPalette::listSchemeColors("Blues", 5);
        const QList<QColor> ylorrd = QgsColorBrewerPalette::listSchemeColors("YlOrRd", 5);
        QCOMPARE(classColours(MapMode::Value, Polarity::Neutral, 5), blues);
        // lower is better: the highest class is the saturated red ("worse")
        QCOMPARE(classColours(MapMode::Value, Polarity::LowerIsBetter, 5).last(), ylorrd.last());
        // higher is better: reversed, the lowest class reads as worse
        QCOMPARE(classColours(MapMode::Value, Polarity::HigherIsBetter, 5).first(), ylorrd.last());
        // change: rising is worse when lower is better -> red at the top
        const auto rdbu = QgsColorBrewerPalette::listSchemeColors("RdBu", 5);
        QCOMPARE(classColours(MapMode::Change, Polarity::LowerIsBetter, 5).last(), rdbu.first());
        QCOMPARE(classColours(MapMode::Change, Polarity::HigherIsBetter, 5).first(), rdbu.first());
        QCOMPARE(classColours(MapMode::Value, Polarity::Neutral, 9).size(), 9);
        QCOMPARE(classColours(MapMode::Value, Polarity::Neutral, 6).size(), 6);
    }
};

WIJK_QGIS_TEST_MAIN(TestChoroplethClassification)
#include "test_choropleth_classification.moc"
