#include "model/units.h"

#include <array>

namespace wijk {

namespace {

//! One unit in every wording the product uses (UTF-8; \u00a0 keeps "€ 1.000" on one line).
struct UnitRow
{
    Unit unit;
    const char *code;
    const char *nameDutch;
    const char *nameEnglish;
    const char *labelDutch;
    const char *labelEnglish;
    const char *changeDutch;
    const char *changeEnglish;
    const char *symbol;
};

// clang-format off
constexpr std::array<UnitRow, 12> kUnits = {{
    {Unit::Count, "count", "aantal", "count", "", "", "", "", ""},
    {Unit::Percent, "percent", "procent", "percent", "%", "%", "procentpunt", "percentage points", "%"},
    {Unit::PerThousand, "per_1000", "per 1.000", "per 1,000", "per 1.000", "per 1,000", "promillepunt", "per 1,000", "\u2030"},
    {Unit::Euro, "euro", "euro", "euro", "\u20ac", "\u20ac", "euro", "euro", ""},
    {Unit::ThousandEuro, "euro_x1000", "\u00d7 1.000 euro", "\u00d7 1,000 euro", "\u00d7\u00a0\u20ac\u00a01.000", "\u00d7\u00a0\u20ac\u00a01,000", "duizend euro", "thousand euro", ""},
    {Unit::Years, "years", "jaren", "years", "jaar", "years", "jaar", "years", ""},
    {Unit::Index, "index", "index", "index", "index", "index", "punt", "points", ""},
    {Unit::Score, "score", "score", "score", "score", "score", "punt", "points", ""},
    {Unit::CubicMetre, "m3", "m\u00b3", "m\u00b3", "m\u00b3", "m\u00b3", "m\u00b3", "m\u00b3", "m\u00b3"},
    {Unit::KilowattHour, "kwh", "kWh", "kWh", "kWh", "kWh", "kWh", "kWh", "kWh"},
    {Unit::MicrogramPerCubicMetre, "ug_m3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3", "\u00b5g/m\u00b3"},
    {Unit::Other, "other", "overig", "other", "", "", "", "", ""},
}};
// clang-format on

const UnitRow &rowOf(Unit unit)
{
    for (const UnitRow &row : kUnits)
        if (row.unit == unit)
            return row;
    return kUnits.back();
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Language languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C
               ? Language::English
               : Language::Dutch;
}

QLocale localeOf(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

Unit unitFromCode(const QString &code)
{
    const QString key = code.trimmed().toLower();
    for (const UnitRow &row : kUnits)
        if (key == QLatin1String(row.code))
            return row.unit;
    return Unit::Other;
}

QString unitCode(Unit unit)
{
    return text(rowOf(unit).code);
}

QString unitName(Unit unit, Language language)
{
    const UnitRow &row = rowOf(unit);
    return text(language == Language::English ? row.nameEnglish : row.nameDutch);
}

QString unitNameOfCode(const QString &code, Language language)
{
    const Unit unit = unitFromCode(code);
    return unit == Unit::Other && code.trimmed().toLower() != QLatin1String(rowOf(unit).code)
               ? code
               : unitName(unit, language);
}

QString unitLabel(Unit unit, Language language)
{
    const UnitRow &row = rowOf(unit);
    return text(language == Language::English ? row.labelEnglish : row.labelDutch);
}

QString valueSymbol(Unit unit)
{
    return text(rowOf(unit).symbol);
}

QString changeUnitName(Unit unit, Language language)
{
    const UnitRow &row = rowOf(unit);
    return text(language == Language::English ? row.changeEnglish : row.changeDutch);
}

QString sentenceUnit(Unit unit, Language language)
{
    const QString symbol = valueSymbol(unit);
    return symbol.isEmpty() ? changeUnitName(unit, language) : symbol;
}

QString differenceLabel(Unit unit, Language language)
{
    return unit == Unit::Percent ? changeUnitName(unit, language) : unitLabel(unit, language);
}

} // namespace wijk
