// The one unit table and the one number formatter (docs/architecture.md, "Units and
// numbers"): every unit has a code, Dutch and English names and labels; numbers are Dutch
// or English, grouped or not, with a hyphen or a typographic minus, never "-0".
#include "model/number_format.h"
#include "model/units.h"

#include <QtTest>

using namespace wijk;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void everyUnitRoundTripsItsCode()
    {
        for (Unit unit :
             {Unit::Count, Unit::Percent, Unit::PerThousand, Unit::Euro, Unit::ThousandEuro,
              Unit::Years, Unit::Index, Unit::Score, Unit::CubicMetre, Unit::KilowattHour,
              Unit::MicrogramPerCubicMetre, Unit::Other}) {
            QCOMPARE(unitFromCode(unitCode(unit)), unit);
            QVERIFY(!unitName(unit, Language::Dutch).isEmpty());
            QVERIFY(!unitName(unit, Language::English).isEmpty());
        }
        QCOMPARE(unitFromCode(QStringLiteral(" Percent ")), Unit::Percent);
        QCOMPARE(unitFromCode(QStringLiteral("furlongs")), Unit::Other);
    }

    void labelsInBothLanguages()
    {
        QCOMPARE(unitLabel(Unit::PerThousand, Language::Dutch), QStringLiteral("per 1.000"));
        QCOMPARE(unitLabel(Unit::PerThousand, Language::English), QStringLiteral("per 1,000"));
        QCOMPARE(unitLabel(Unit::Count, Language::Dutch), QString());
        QCOMPARE(unitName(Unit::Percent, Language::Dutch), QStringLiteral("procent"));
        QCOMPARE(differenceLabel(Unit::Percent, Language::Dutch), QStringLiteral("procentpunt"));
        QCOMPARE(differenceLabel(Unit::Percent, Language::English),
                 QStringLiteral("percentage points"));
        QCOMPARE(differenceLabel(Unit::Euro, Language::Dutch), QStringLiteral("\u20ac"));
        QCOMPARE(sentenceUnit(Unit::PerThousand, Language::Dutch), QStringLiteral("\u2030"));
        QCOMPARE(sentenceUnit(Unit::ThousandEuro, Language::Dutch), QStringLiteral("duizend euro"));
        QCOMPARE(sentenceUnit(Unit::Count, Language::English), QString());
        QCOMPARE(languageOf(QLocale(QLocale::English, QLocale::UnitedStates)), Language::English);
        QCOMPARE(languageOf(QLocale::c()), Language::English);
        QCOMPARE(languageOf(QLocale(QLocale::Dutch, QLocale::Belgium)), Language::Dutch);
    }

    void numbersDutchAndEnglish()
    {
        QCOMPARE(formatNumber(1234.5, 1, Language::Dutch), QStringLiteral("1.234,5"));
        QCOMPARE(formatNumber(1234.5, 1, Language::English), QStringLiteral("1,234.5"));
        QCOMPARE(formatNumber(-0.04, 1, Language::Dutch), QStringLiteral("0,0"));
        QCOMPARE(formatNumber(-2.5, 1, Language::Dutch), QStringLiteral("-2,5"));
        QCOMPARE(formatNumber(qQNaN(), 1, Language::Dutch), QString());
        NumberFormat print;
        print.decimals = 1;
        print.typographicMinus = true;
        QCOMPARE(formatNumber(-2.5, print, Language::Dutch), QStringLiteral("\u22122,5"));
        NumberFormat table;
        table.decimals = 0;
        table.grouping = false;
        QCOMPARE(formatNumber(12345.0, table, Language::Dutch), QStringLiteral("12345"));
        NumberFormat sentence;
        sentence.decimals = 1;
        sentence.significantDigit = true;
        QCOMPARE(formatNumber(0.04, sentence, Language::English), QStringLiteral("0.04"));
        QCOMPARE(formatNumber(-0.004, sentence, Language::Dutch), QStringLiteral("-0,004"));
        QCOMPARE(formatNumber(12.345, sentence, Language::Dutch), QStringLiteral("12,3"));
        QCOMPARE(withUnit(QStringLiteral("12,5"), QStringLiteral("%")),
                 QStringLiteral("12,5\u00a0%"));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "test_units.moc"
