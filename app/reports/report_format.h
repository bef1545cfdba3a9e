// Numbers and words the way a Dutch municipal document prints them: decimal comma, thousands
// dot, a true minus sign, units after the number, and the trend arrows of the key figures
// (solid when significant, outline when not, so they survive black-and-white printing).
#pragma once

#include "engine/trends.h"
#include "model/model.h"

#include <QLocale>
#include <QString>

namespace wijk::reports {

//! The locale of every report (nl_NL: decimal comma, thousands dot), given explicitly to
//! what formats through a locale (the profile's charts), whatever the window's language. The
//! process's default locale is the window's and is never changed by a report.
QLocale dutchLocale();

//! "4.310", "12,3" (nl_NL, fixed decimals, U+2212 minus); empty for NaN.
QString printedNumber(double value, int decimals);
//! The value with the indicator's decimals and unit: "12,3 %", "€ 1.234", "312"; "–" for NaN.
QString formatValue(const Indicator &indicator, double value);
//! A signed change: "+1,2 %-punt", "−35", "+0,4"; "–" for NaN.
QString formatChange(const Indicator &indicator, double change);
//! The unit as a short suffix for the indicator column ("%", "per 1.000", "× € 1.000").
QString unitSuffix(const Indicator &indicator);
//! ▲/▼ when significant, △/▽ when tested but not, "–" for a flat or untested series.
QString trendArrow(engine::TrendDirection direction, double slope);
//! "verslechtering" / "verbetering" / "" for the polarity-aware signal of a trend.
QString signalWord(engine::TrendSignal signal);
//! "28 november 2026"
QString dutchDate(const QDate &date);

} // namespace wijk::reports
