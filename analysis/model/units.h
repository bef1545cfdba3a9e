// The units of indicators, in one table: their Dutch and English names, the label a legend,
// axis or table header puts after a number, the unit of a difference, and the symbol a
// sentence writes after a number. Adding a unit means adding one row to units.cpp.
#pragma once

#include <QLocale>
#include <QString>

namespace wijk {

//! The language a text is written in (the interface's, or always Dutch for council texts).
enum class Language
{
    Dutch,
    English
};

//! English for an English locale and for the C locale (which writes numbers the English
//! way, as the untranslated source texts do), Dutch for every other.
Language languageOf(const QLocale &locale);
//! nl_NL or en_GB: the locale numbers of the language are written in.
QLocale localeOf(Language language);

//! The unit of an indicator's values (model.h's Indicator::unit holds its code).
enum class Unit
{
    Count,
    Percent,
    PerThousand,
    Euro,
    ThousandEuro,
    Years,
    Index,
    Score,
    CubicMetre,
    KilowattHour,
    MicrogramPerCubicMetre,
    Other
};

//! The unit of a catalogue code ("percent", "per_1000", ...); Other for an unknown code.
Unit unitFromCode(const QString &code);
//! The catalogue code of a unit ("percent").
QString unitCode(Unit unit);
//! The unit's name as the catalogue lists it ("procent" / "percent").
QString unitName(Unit unit, Language language);
//! The name of a catalogue code's unit; an unknown code as it is (the catalogue says what
//! the workspace says).
QString unitNameOfCode(const QString &code, Language language);
//! The short label next to numbers in a legend, axis or header: "%", "per 1.000",
//! "€", "× € 1.000", "jaar", "index", "m³"; empty for counts and other units.
QString unitLabel(Unit unit, Language language);
//! The symbol written right after a number in a sentence: "%", "‰", "m³", "kWh",
//! "µg/m³"; empty when the unit has none.
QString valueSymbol(Unit unit);
//! The unit of a difference of two values in a sentence: "procentpunt" / "percentage
//! points", "promillepunt", "euro", "duizend euro", "jaar", "punt"; the symbol of m³, kWh
//! and µg/m³; empty for counts.
QString changeUnitName(Unit unit, Language language);
//! The unit after a value in a sentence: its symbol, else the word of changeUnitName();
//! empty for counts.
QString sentenceUnit(Unit unit, Language language);
//! The label of a difference in a legend: percentage points for percentages
//! ("procentpunt" / "percentage points"), unitLabel() otherwise.
QString differenceLabel(Unit unit, Language language);

} // namespace wijk
