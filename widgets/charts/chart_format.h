// Number and label formatting shared by the charts, in the locale each is given: a chart passes
// its own (QChart::locale(): the window's language, set when it is made and when the language
// changes; Dutch for a report's chart, whatever the window's language), never the process's
// default, which a report must not change behind the window's back.
#pragma once

#include "model/model.h"

#include <QLocale>
#include <QString>

namespace wijk::widgets::charts {

//! value with decimals digits in locale (grouped thousands); empty for NaN.
QString formatNumber(double value, int decimals, const QLocale &locale);
//! value in the indicator's decimals followed by its unit where a symbol fits (12,3 %).
QString formatValue(double value, const Indicator &indicator, const QLocale &locale);
//! The short unit shown in axis titles: "%", "per 1.000", "€", "x € 1.000"; empty for none
//! (counts and "other": the indicator's name already says what is counted).
QString unitLabel(const QString &unit, const QLocale &locale);
//! "Name (unit)" for an axis title.
QString axisTitle(const Indicator &indicator, const QLocale &locale);
//! The axis title on a chart titled chartTitle: only the unit (possibly none) when that
//! title already names the indicator, so a narrow dock does not say it twice.
QString axisTitle(const Indicator &indicator, const QString &chartTitle, const QLocale &locale);
//! Short user-visible word for a status without a number ("suppressed", "missing").
QString statusLabel(ValueStatus status);
//! Year label without grouping (2015, never 2.015).
QString yearLabel(int year);

} // namespace wijk::widgets::charts
