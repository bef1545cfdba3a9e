// Class breaks: the QGIS methods through our wrapper agree with QGIS itself; box map
// fences; standard deviations; manual breaks; diverging classes for change and trend maps;
// Dutch labels; ramp direction by polarity.
#include "choropleth_classification.h"
#include "choropleth_colours.h"
#include "map_style_choice.h"
#include "qgis_test_main.h"

#include <QSet>
#include <cmath>
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
        // Standard deviations are our own (stdDevGivesTheClassesAsked).
        for (auto m :
             {maps::ClassificationMethod::Quantile, maps::ClassificationMethod::EqualInterval,
              maps::ClassificationMethod::Jenks, maps::ClassificationMethod::Pretty}) {
            for (int n : {3, 5, 7})
                QTest::addRow("%s-%d", qPrintable(contractName(m)), n) << int(m) << n;
        }
    }
    void methodsMatchQgis()
    {
        QFETCH(int, method);
        QFETCH(int, classes);
        const auto m = static_cast<maps::ClassificationMethod>(method);
        QString error;
        maps::ClassificationRequest request;
        request.method = m;
        request.classes = classes;
        const auto result = maps::classify(mValues, request, &error);
        QVERIFY2(result, qPrintable(error));
        const QList<double> expected = qgisUpperBounds(maps::qgisMethodId(m), classes);
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
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::EqualInterval;
        request.classes = 5;
        auto equal = maps::classify({0, 10, 20, 30, 40, 50}, request, &error);
        QVERIFY(equal);
        QCOMPARE(equal->size(), 5);
        QCOMPARE(equal->ranges[0].upper, 10.0);
        QCOMPARE(equal->ranges[4].upper, 50.0);
        QCOMPARE(equal->classOf(10.0), 0); // upper bound inclusive
        QCOMPARE(equal->classOf(10.5), 1);
        QCOMPARE(equal->classOf(0.0), 0);

        request.method = maps::ClassificationMethod::Jenks;
        request.classes = 3;
        auto jenks = maps::classify({1, 2, 3, 10, 11, 12, 30, 31, 32}, request, &error);
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
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::Box;
        request.decimals = 1;
        const auto box = maps::classify(mValues, request, &error);
        QVERIFY2(box, qPrintable(error));
        QVERIFY(box->boxMap);
        QCOMPARE(box->size(), 6);
        QCOMPARE(box->q1, 4.15);
        QCOMPARE(box->median, 7.5);
        QCOMPARE(box->q3, 13.5);
        QCOMPARE(box->lowerFence, -9.875);
        QCOMPARE(box->upperFence, 27.525);
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
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::Manual;
        request.manualBreaks = {5, 10, 20};
        const auto manual = maps::classify(mValues, request, &error);
        QVERIFY2(manual, qPrintable(error));
        QCOMPARE(manual->size(), 4);
        QCOMPARE(manual->ranges[0].lower, 1.0);
        QCOMPARE(manual->ranges[3].upper, 55.0);
        QCOMPARE(manual->classOf(5.0), 0);
        QCOMPARE(manual->classOf(5.1), 1);
        request.manualBreaks = {10, 5};
        QVERIFY(!maps::classify(mValues, request, &error));
        QVERIFY(error.contains(QStringLiteral("ascending")));
    }
    void stdDevGivesTheClassesAsked()
    {
        // QGIS's method puts pretty breaks on the σ scale: 4 classes when 5 are asked (the
        // demo's shares), and its labels were replaced by plain ranges without σ.
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        for (int n = 3; n <= 9; ++n) {
            maps::ClassificationRequest request;
            request.method = maps::ClassificationMethod::StdDev;
            request.classes = n;
            QString error;
            const auto result = maps::classify(mValues, request, &error);
            QVERIFY2(result, qPrintable(error));
            QCOMPARE(result->size(), n);
            for (const maps::ClassRange &range : result->ranges)
                QVERIFY2(range.label.contains(QStringLiteral("σ")), qPrintable(range.label));
            for (double v : mValues)
                QVERIFY(result->classOf(v) >= 0);
        }
        // 5 classes: breaks at mean ± 0.5 σ and ± 1.5 σ (mean 11.99, σ 12.25, n - 1).
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::StdDev;
        const auto five = maps::classify(mValues, request, nullptr);
        double mean = 0, squares = 0;
        for (double v : mValues)
            mean += v / mValues.size();
        for (double v : mValues)
            squares += (v - mean) * (v - mean);
        const double sd = std::sqrt(squares / (mValues.size() - 1));
        QCOMPARE(five->ranges[1].lower, mean - 1.5 * sd);
        QCOMPARE(five->ranges[2].lower, mean - 0.5 * sd);
        QCOMPARE(five->ranges[2].upper, mean + 0.5 * sd);
        QCOMPARE(five->ranges[4].lower, mean + 1.5 * sd);
        QCOMPARE(five->ranges[2].label.left(15), QStringLiteral("−0,5 σ – +0,5 σ"));
        QVERIFY2(five->ranges[0].label.startsWith(QStringLiteral("< −1,5 σ")),
                 qPrintable(five->ranges[0].label));
        QVERIFY2(five->ranges[4].label.startsWith(QStringLiteral("> +1,5 σ")),
                 qPrintable(five->ranges[4].label));
        QCOMPARE(five->classOf(55.0), 4);
        QCOMPARE(five->classOf(mean), 2);
        // All values equal: one class, not five copies of it.
        const auto flat = maps::classify({3, 3, 3}, request, nullptr);
        QVERIFY(flat);
        QCOMPARE(flat->size(), 1);
    }
    void divergingNeutralHoldsOnlyTheUndirected()
    {
        // Slopes as on the demo's WOZ map: all rising, some not significant. Only the
        // directed (significant) ones are classed; the neutral class is for the rest.
        const QVector<double> directed{13.6, 12.0, 9.1, 7.4, 6.0, 5.2, 4.9, 3.3};
        maps::ClassificationRequest request;
        request.classes = 5;
        QString error;
        const auto result =
            maps::classifyDiverging(directed, true, QStringLiteral("n.s."), request, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->diverging);
        QCOMPARE(result->falling, 0);
        QCOMPARE(result->rising, 4);
        QCOMPARE(result->neutralClass, 0);
        QCOMPARE(result->size(), 5);
        QCOMPARE(result->ranges[0].label, QStringLiteral("n.s."));
        QCOMPARE(result->ranges[1].lower, 0.0);
        for (double v : directed) {
            const int k = result->classOf(v);
            QVERIFY(k > result->neutralClass);
            QVERIFY(result->ranges[k].lower >= 0 && v <= result->ranges[k].upper);
        }
        QCOMPARE(result->classOf(13.6), 4);
    }
    void divergingClassesAreNeverEmpty_data()
    {
        QTest::addColumn<int>("method");
        for (auto m : {maps::ClassificationMethod::Quantile,
                       maps::ClassificationMethod::EqualInterval, maps::ClassificationMethod::Jenks,
                       maps::ClassificationMethod::StdDev, maps::ClassificationMethod::Pretty})
            QTest::addRow("%s", qPrintable(contractName(m))) << int(m);
    }
    void divergingClassesAreNeverEmpty()
    {
        QFETCH(int, method);
        // Few falls, many rises with a gap (equal intervals would leave classes empty),
        // ties, and a far outlier.
        const QVector<double> directed{-0.4, -0.4, -2.0, 0.1, 0.1, 0.2, 0.3, 0.3,
                                       0.5,  0.6,  0.9,  1.0, 6.5, 7.0, 40.0};
        for (bool neutral : {false, true}) {
            for (int n = 3; n <= 9; ++n) {
                maps::ClassificationRequest request;
                request.method = static_cast<maps::ClassificationMethod>(method);
                request.classes = n;
                QString error;
                const auto result = maps::classifyDiverging(directed, neutral, QStringLiteral("0"),
                                                            request, &error);
                QVERIFY2(result, qPrintable(error));
                QVERIFY(result->size() <= n);
                QCOMPARE(result->neutralClass >= 0, neutral);
                QVector<int> members(result->size());
                for (double v : directed) {
                    const int k = result->classOf(v);
                    QVERIFY(k >= 0 && k != result->neutralClass);
                    // Falls below the neutral class, rises above it.
                    QVERIFY(v < 0 ? k < result->falling : k >= result->size() - result->rising);
                    ++members[k];
                }
                for (int k = 0; k < result->size(); ++k)
                    QVERIFY2(k == result->neutralClass || members[k] > 0,
                             qPrintable(QStringLiteral("class %1 of %2 is empty (%3)")
                                            .arg(k)
                                            .arg(n)
                                            .arg(result->ranges[k].label)));
                // Both sides; the falls have two distinct values, so at most two classes.
                QVERIFY(result->falling >= 1 && result->falling <= 2 && result->rising >= 1);
                QCOMPARE(result->size(), result->falling + result->rising + (neutral ? 1 : 0));
            }
        }
    }
    //! A box map has no sides of 0: the caller applies maps::appliedMethod (quantiles for
    //! change and trend, as the window and the command line do); the classifier refuses it
    //! rather than swap the method behind the caller's back.
    void divergingBoxMapIsTheCallersDecision()
    {
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::Box;
        request.classes = 5;
        QString error;
        QVERIFY(
            !maps::classifyDiverging({-1, 1, 2, 3}, true, QStringLiteral("0"), request, &error));
        QVERIFY(!error.isEmpty());
        for (maps::MapMode mode : {maps::MapMode::Change, maps::MapMode::Trend})
            QCOMPARE(maps::appliedMethod(mode, maps::ClassificationMethod::Box),
                     maps::ClassificationMethod::Quantile);
        QCOMPARE(maps::appliedMethod(maps::MapMode::Value, maps::ClassificationMethod::Box),
                 maps::ClassificationMethod::Box);
        QCOMPARE(maps::appliedMethod(maps::MapMode::Trend, maps::ClassificationMethod::Jenks),
                 maps::ClassificationMethod::Jenks);
    }
    void divergingSidesMirror()
    {
        // Equal rises and falls get the same depth: a break value on both sides.
        maps::ClassificationRequest request;
        request.method = maps::ClassificationMethod::Manual;
        request.manualBreaks = {-2, 2};
        const auto result =
            maps::classifyDiverging({-3, -2, -1, 1, 2, 3}, false, QString(), request, nullptr);
        QVERIFY(result);
        QCOMPARE(result->size(), 4);
        QCOMPARE(result->classOf(-2.0), 1); // inner falling class, as 2 is inner rising
        QCOMPARE(result->classOf(2.0), 2);
        QCOMPARE(result->classOf(-3.0), 0);
        QCOMPARE(result->classOf(3.0), 3);
        QCOMPARE(result->ranges[1].label, QStringLiteral("−2,0 – 0,0"));
        // Nothing directed, only neutral regions: one class.
        const auto neutral =
            maps::classifyDiverging({}, true, QStringLiteral("n.s."), request, nullptr);
        QVERIFY(neutral);
        QCOMPARE(neutral->size(), 1);
        QVERIFY(!maps::classifyDiverging({}, false, QString(), request, nullptr));
    }
    void badRequests()
    {
        QString error;
        maps::ClassificationRequest request;
        request.classes = 12;
        QVERIFY(!maps::classify(mValues, request, &error));
        QVERIFY(error.contains(QStringLiteral("3 to 9")));
        request.classes = 5;
        QVERIFY(!maps::classify({std::nan("")}, request, &error));
    }
    void dutchLabels()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        QCOMPARE(maps::formatRangeLabel(12.5, 15, 1, nl), QStringLiteral("12,5 – 15,0"));
        QCOMPARE(maps::formatMapNumber(1234.5, 1, nl), QStringLiteral("1.234,5"));
        QCOMPARE(maps::formatMapNumber(-2, 0, nl), QString(QChar(0x2212)) + QStringLiteral("2"));
        QCOMPARE(maps::formatMapNumber(-0.01, 1, nl), QStringLiteral("0,0"));
        maps::ClassificationRequest request;
        request.decimals = 2;
        QString error;
        const auto result = maps::classify(mValues, request, &error);
        QVERIFY(result->ranges.first().label.contains(QStringLiteral("1,00 – ")));
    }
    void methodNames()
    {
        QCOMPARE(maps::classificationMethodFromString(QStringLiteral("jenks")),
                 maps::ClassificationMethod::Jenks);
        QCOMPARE(maps::classificationMethodFromString(QStringLiteral("EQUAL")),
                 maps::ClassificationMethod::EqualInterval);
        QVERIFY(!maps::classificationMethodFromString(QStringLiteral("fancy")));
        for (auto m : {maps::ClassificationMethod::Quantile,
                       maps::ClassificationMethod::EqualInterval, maps::ClassificationMethod::Jenks,
                       maps::ClassificationMethod::StdDev, maps::ClassificationMethod::Pretty})
            QVERIFY(QgsApplication::classificationMethodRegistry()->methodNames().values().contains(
                        maps::qgisMethodId(m)) ||
                    QgsApplication::classificationMethodRegistry()->methodNames().keys().contains(
                        maps::qgisMethodId(m)));
    }
    void polarityPicksRampDirection()
    {
        const QList<QColor> blues = QgsColorBrewerPalette::listSchemeColors("Blues", 5);
        const QList<QColor> ylorrd = QgsColorBrewerPalette::listSchemeColors("YlOrRd", 5);
        QCOMPARE(maps::classColours(maps::MapMode::Value, Polarity::Neutral, 5), blues);
        // lower is better: the highest class is the saturated red ("worse")
        QCOMPARE(maps::classColours(maps::MapMode::Value, Polarity::LowerIsBetter, 5).last(),
                 ylorrd.last());
        // higher is better: reversed, the lowest class reads as worse
        QCOMPARE(maps::classColours(maps::MapMode::Value, Polarity::HigherIsBetter, 5).first(),
                 ylorrd.last());
        // change: rising is worse when lower is better -> red at the top
        const auto rdbu = QgsColorBrewerPalette::listSchemeColors("RdBu", 5);
        QCOMPARE(maps::classColours(maps::MapMode::Change, Polarity::LowerIsBetter, 5).last(),
                 rdbu.first());
        QCOMPARE(maps::classColours(maps::MapMode::Change, Polarity::HigherIsBetter, 5).first(),
                 rdbu.first());
        QCOMPARE(maps::classColours(maps::MapMode::Value, Polarity::Neutral, 9).size(), 9);
        QCOMPARE(maps::classColours(maps::MapMode::Value, Polarity::Neutral, 6).size(), 6);
    }
    void divergingColoursByRankFromZero()
    {
        const auto rdbu5 = QgsColorBrewerPalette::listSchemeColors("RdBu", 5);
        // Lower is better: rising red. One falling, neutral, two rising classes.
        const QList<QColor> colours = maps::divergingColours(Polarity::LowerIsBetter, 1, true, 2);
        QCOMPARE(colours.size(), 4);
        QCOMPARE(colours.at(0), rdbu5.at(3)); // the innermost blue
        QCOMPARE(colours.at(1), maps::mapcolours::neutralClass);
        QCOMPARE(colours.at(2), rdbu5.at(1));
        QCOMPARE(colours.at(3), rdbu5.at(0)); // the darkest red
        // Eight classes on one side: beyond ColorBrewer's 11, interpolated, all distinct.
        const QList<QColor> many = maps::divergingColours(Polarity::Neutral, 0, true, 8);
        QCOMPARE(many.size(), 9);
        QCOMPARE(
            QSet<QRgb>({many[0].rgb(), many[1].rgb(), many[2].rgb(), many[3].rgb(), many[4].rgb(),
                        many[5].rgb(), many[6].rgb(), many[7].rgb(), many[8].rgb()})
                .size(),
            9);
        QCOMPARE(many.last(), QgsColorBrewerPalette::listSchemeColors("PuOr", 11).last());
    }
};

WIJK_QGIS_TEST_MAIN(TestChoroplethClassification)
#include "test_choropleth_classification.moc"
