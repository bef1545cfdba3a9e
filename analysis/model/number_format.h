// The one number formatter of the product: every figure a table, chart, map legend, sentence,
// report or memo shows is written here, in Dutch (1.234,5) or English (1,234.5).
#pragma once

#include "model/units.h"

#include <QLocale>
#include <QString>

namespace wijk {

struct NumberFormat
{
    //! Decimals after the separator (at least this many with significantDigit).
    int decimals = 0;
    //! Thousands separators ("1.234"); tables leave them out to keep columns narrow.
    bool grouping = true;
    //! The typographic minus U+2212 instead of a hyphen (print, map legends).
    bool typographicMinus = false;
    //! More decimals (at most 8) when needed to show one significant digit: 0,04 rather
    //! than 0,0 in a sentence about a small change. A value that rounds to 0 otherwise
    //! prints as 0 (never "-0").
    bool significantDigit = false;
};

//! A number in the locale; empty for NaN and infinities.
QString formatNumber(double value, const NumberFormat &format, const QLocale &locale);
//! A number in the language (nl_NL or en_GB).
QString formatNumber(double value, const NumberFormat &format, Language language);
//! The same with fixed decimals and the other options at their defaults.
QString formatNumber(double value, int decimals, Language language);

//! "12,5 %" with a no-break space (kept on one line), or the number alone when unit is empty.
QString withUnit(const QString &number, const QString &unit);

} // namespace wijk
