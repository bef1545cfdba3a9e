// Number and label formatting shared by the charts: always through QLocale() so that
// QLocale::setDefault(nl_NL) gives decimal commas and thousands dots everywhere.
#pragma once

#include "model/model.h"

#include <QString>

namespace wijk::widgets::charts {

//! value with decimals digits in the default locale (grouped thousands); empty for NaN.
QString formatNumber(double value, int decimals);
//! value in the indicator's decimals followed by its unit where a symbol fits (12,3 %).
QString formatValue(double value, const Indicator &indicator);
//! The short unit shown in axis titles: "%", "per 1.000", "€", "x € 1.000"; empty for none
//! (counts and "other": the indicator's name already says what is counted).
QString unitLabel(const QString &unit);
//! "Name (unit)" for an axis title.
QString axisTitle(const Indicator &indicator);
//! The axis title on a chart titled chartTitle: only the unit (possibly none) when that
//! title already names the indicator, so a narrow dock does not say it twice.
QString axisTitle(const Indicator &indicator, const QString &chartTitle);
//! Short user-visible word for a status without a number ("suppressed", "missing").
QString statusLabel(ValueStatus status);
//! Year label without grouping (2015, never 2.015).
QString yearLabel(int year);

} // namespace wijk::widgets::charts
