#include "model/model.h"

#include <QtTest>

using namespace wijk;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void levelFromCodeFollowsCbsCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("parent");
        QTest::newRow("land") << QStringLiteral("NL00") << int(RegionLevel::Land)
                              << QStringLiteral("");
        QTest::newRow("gemeente") << QStringLiteral("GM0402") << int(RegionLevel::Gemeente)
                                  << QStringLiteral("");
        QTest::newRow("wijk") << QStringLiteral("WK040201") << int(RegionLevel::Wijk)
                              << QStringLiteral("GM0402");
        QTest::newRow("amsterdam wijk")
            << QStringLiteral("WK0363AA") << int(RegionLevel::Wijk) << QStringLiteral("GM0363");
        QTest::newRow("amsterdam buurt") << QStringLiteral("BU0363AA01") << int(RegionLevel::Buurt)
                                         << QStringLiteral("WK0363AA");
        QTest::newRow("buurt") << QStringLiteral("BU04020101") << int(RegionLevel::Buurt)
                               << QStringLiteral("WK040201");
    }
    void levelFromCodeFollowsCbsCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, level);
        QFETCH(QString, parent);
        QCOMPARE(int(*levelFromCode(code)), level);
        QCOMPARE(parentFromCode(code), parent);
    }
    void malformedCodesHaveNoLevel()
    {
        QVERIFY(!levelFromCode(QStringLiteral("WK0402")).has_value());
        QVERIFY(!levelFromCode(QStringLiteral("BU0402010")).has_value());
        QVERIFY(!levelFromCode(QStringLiteral("wk040201")).has_value());
        QVERIFY(parentFromCode(QStringLiteral("XX")).isEmpty());
    }
    void enumsRoundTripThroughTheirContractNames()
    {
        for (auto kind : {IndicatorKind::Count, IndicatorKind::Ratio, IndicatorKind::Mean,
                          IndicatorKind::Value})
            QCOMPARE(*indicatorKindFromString(contractName(kind)), kind);
        QCOMPARE(*polarityFromString(QStringLiteral("lower_is_better")), Polarity::LowerIsBetter);
        QCOMPARE(*valueStatusFromString(QString()), ValueStatus::Final);
        QCOMPARE(*valueStatusFromString(QStringLiteral(" Provisional ")), ValueStatus::Provisional);
        QVERIFY(!valueStatusFromString(QStringLiteral("secret")).has_value());
    }
    void displayDecimalsDefaultByKind()
    {
        Indicator count;
        count.kind = IndicatorKind::Count;
        QCOMPARE(count.displayDecimals(), 0);
        Indicator ratio;
        ratio.kind = IndicatorKind::Ratio;
        QCOMPARE(ratio.displayDecimals(), 1);
        ratio.decimals = 2;
        QCOMPARE(ratio.displayDecimals(), 2);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
